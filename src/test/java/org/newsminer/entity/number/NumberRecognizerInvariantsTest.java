package org.newsminer.entity.number;

import org.newsminer.TestRandom;
import org.newsminer.entity.Entity;
import org.newsminer.entity.EntityExtractor;
import org.newsminer.entity.EntityType;
import org.newsminer.entity.Money;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Properties every MONEY/PERCENT result must have, on corpus pages and on random numeral soup. */
class NumberRecognizerInvariantsTest {
  private static final EntityExtractor X = EntityExtractor.of(EnumSet.of(EntityType.MONEY, EntityType.PERCENT));

  private static void check(String t, int from, int to) {
    List<Entity> es = X.extract(t, from, to);
    int prevEnd = from;
    for (Entity e : es) {
      assertTrue(e.start() >= prevEnd && e.end() <= to, () -> "span outside [" + from + "," + to + ") or overlapping: " + e + " in " + t);
      assertEquals(NumberLexicon.surface(t, e.start(), e.end()), e.text(), "text is the span without whitespace");
      assertTrue(!Character.isWhitespace(t.charAt(e.start())) && !Character.isWhitespace(t.charAt(e.end() - 1)),
          () -> "span starts or ends with whitespace: " + e);
      if (e instanceof Money m && m.isRange()) {
        assertTrue(m.min().compareTo(m.max()) <= 0 && m.value().equals(m.min()), m::toString);
      }
      prevEnd = e.end();
    }
  }

  @Test
  void corpusPagesInArticleSizedWindows() throws IOException {
    try (Stream<Path> pages = Files.list(Path.of("corpus"))) {
      for (Path p : pages.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String t = Files.readString(p, StandardCharsets.UTF_8);
        for (int from = 0; from < t.length(); from += 397) {
          check(t, from, Math.min(t.length(), from + 1500));
        }
        check(t, 0, t.length());
      }
    }
  }

  @Test
  void randomNumeralSoupNeverBreaksTheContract() {
    String alphabet = "0123456789０１.．,，%％‰零一二两三四五六七八九十百千万亿兆壹叁拾佰点余多几半成折元块角分毛美欧港"
        + "人民币约近超以上下左右至到-—~、和 \n负个百分之打对又/^eEkKM$￥资金投的年";
    Random r = TestRandom.create("NumberRecognizerInvariantsTest");
    for (int it = 0; it < 10000; it++) {
      StringBuilder b = new StringBuilder();
      int len = 1 + r.nextInt(16);
      for (int i = 0; i < len; i++) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String t = b.toString();
      int from = r.nextInt(t.length() + 1);
      int to = from + r.nextInt(t.length() - from + 1);
      check(t, from, to);
      NumeralFinder.find(t);
    }
  }
}
