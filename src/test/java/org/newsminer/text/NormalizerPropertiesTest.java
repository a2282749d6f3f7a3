package org.newsminer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsminer.TestRandom;

/**
 * Properties of the offset map and of idempotence, on random strings and on the sample pages.
 *
 * <p>The content check is exact: the original span of a normalized span, with whitespace removed,
 * has the same length as the normalized span with whitespace removed, and each pair of characters is
 * either equal or one of the conversions the normalizer is allowed to make (full-width ASCII form to
 * ASCII, except the Chinese punctuation ！（），：；？ which must stay, but ， may become the ASCII
 * thousands separator; half-width ( ) , : ; ! ? to their full-width forms).
 */
class NormalizerPropertiesTest {
  private static final String CJK = "拉萨市脱贫攻坚成果年万元亿个人户记者本报讯摄图为的和";
  private static final String PUNCT = "，。、：；“”《》（）！？——·…「」";
  private static final String FULL = "０１２３４５６７８９ＡＢＣＺａｚ％＋－．／！（），：；？＠";
  private static final String ASCII = "0123456789abcXYZ.,%+-/:;()!?@";
  private static final String SPACE = "  \n\n\n\t\r\u3000\u00A0";

  private final Normalizer normalizer = new Normalizer();

  @Test
  void randomStrings() {
    Random r = TestRandom.create("NormalizerPropertiesTest.randomStrings");
    for (int iter = 0; iter < 3000; iter++) {
      String s = randomText(r, r.nextInt(120));
      checkAll(s, iter % 10 == 0, false); // every span directly on a tenth of them
    }
  }

  @Test
  void randomColumnLayouts() {
    // Lines of varied widths separated by blank lines, like the extractor's narrow columns.
    Random r = TestRandom.create("NormalizerPropertiesTest.randomColumnLayouts");
    for (int iter = 0; iter < 300; iter++) {
      StringBuilder sb = new StringBuilder();
      int lines = 1 + r.nextInt(30);
      for (int i = 0; i < lines; i++) {
        sb.append(randomText(r, r.nextInt(25)).replace('\n', ' '));
        sb.append(r.nextInt(5) == 0 ? "\n" : "\n\n");
      }
      checkAll(sb.toString(), iter % 10 == 0 && sb.length() < 150, false);
    }
  }

  @Test
  void samplePages() {
    for (Path p : CorpusPages.all()) {
      checkAll(CorpusPages.read(p), false, true);
    }
  }

  private String randomText(Random r, int len) {
    StringBuilder sb = new StringBuilder(len);
    for (int i = 0; i < len; i++) {
      int k = r.nextInt(10);
      String pool = k < 4 ? CJK : k < 5 ? PUNCT : k < 6 ? FULL : k < 8 ? ASCII : SPACE;
      sb.append(pool.charAt(r.nextInt(pool.length())));
    }
    return sb.toString();
  }

  private void checkAll(String original, boolean allSpans, boolean page) {
    NormalizedText t = normalizer.normalize(original);
    String text = t.text();
    int n = text.length();
    String where = "input <" + original + "> normalized <" + text + ">";
    // In range, non-empty and monotonic.
    int prevEnd = 0;
    for (int i = 0; i < n; i++) {
      int start = t.originalStart(i);
      int end = t.originalEnd(i + 1);
      final int at = i;
      assertTrue(0 <= start && start < end && end <= original.length(), () -> "span of char " + at + " " + where);
      assertTrue(start >= prevEnd, () -> "monotonic at " + at + " " + where);
      prevEnd = end;
      // normalizedOffset inverts originalStart on kept characters.
      assertEquals(i, t.normalizedOffset(start), () -> "normalizedOffset at " + at + " " + where);
    }
    assertEquals(n, t.normalizedOffset(original.length()));
    // Content, character by character: each normalized character comes from exactly the original
    // characters of its span (whitespace aside), and what lies between spans is whitespace. This
    // implies the span property for every span; the spans are also checked directly below.
    int gapFrom = 0;
    for (int i = 0; i <= n; i++) {
      int gapTo = i < n ? t.originalStart(i) : original.length();
      final int at = i;
      assertEquals("", Whitespace.strip(original.substring(gapFrom, gapTo)), () -> "dropped non-space before " + at + " " + where);
      if (i < n) {
        gapFrom = t.originalEnd(i + 1);
        String from = Whitespace.strip(original.substring(gapTo, gapFrom));
        String to = Whitespace.strip(text.substring(i, i + 1));
        assertTrue(
            from.length() == to.length() && (to.isEmpty() || allowed(from.charAt(0), to.charAt(0))),
            () -> "char " + at + " <" + to + "> from <" + from + "> " + where);
      }
    }
    if (allSpans) {
      for (int s = 0; s < n; s++) {
        for (int e = s + 1; e <= n; e++) {
          checkSpan(t, s, e, where);
        }
      }
    } else if (page) {
      Random r = new Random(original.length());
      for (int k = 0; k < 3000; k++) {
        int s = r.nextInt(n);
        int e = s + 1 + r.nextInt(Math.min(200, n - s));
        checkSpan(t, s, e, "page span");
      }
      checkSpan(t, 0, n, "whole page");
      // Every short span, so that each line join and each dropped space is crossed.
      for (int s = 0; s < n; s++) {
        for (int e = s + 1; e <= Math.min(n, s + 8); e++) {
          checkSpan(t, s, e, "short page span");
        }
      }
    }
    // Idempotent.
    assertEquals(text, normalizer.normalize(text).text(), () -> "idempotence " + where);
  }

  private static void checkSpan(NormalizedText t, int s, int e, String where) {
    String orig = Whitespace.strip(t.original().substring(t.originalStart(s), t.originalEnd(e)));
    String norm = Whitespace.strip(t.text().substring(s, e));
    if (orig.length() != norm.length()) {
      fail("span [" + s + "," + e + ") <" + norm + "> from <" + orig + "> " + where);
    }
    for (int i = 0; i < orig.length(); i++) {
      if (!allowed(orig.charAt(i), norm.charAt(i))) {
        fail("span [" + s + "," + e + ") <" + norm + "> from <" + orig + "> at " + i + " " + where);
      }
    }
  }

  /** The character pairs (original, normalized) the normalizer may produce. */
  static boolean allowed(char o, char n) {
    if (o == '，') {
      return n == o || n == ','; // a thousands separator between digits
    }
    if (o >= '\uFF01' && o <= '\uFF5E') {
      boolean stays = "！（）：；？".indexOf(o) >= 0;
      return stays ? n == o : n == (char) (o - 0xFEE0);
    }
    switch (o) {
      case '(':
        return n == '（';
      case ')':
        return n == '）';
      case ',':
        return n == ',' || n == '，';
      case ':':
        return n == ':' || n == '：';
      case ';':
        return n == ';' || n == '；';
      case '!':
        return n == '!' || n == '！';
      case '?':
        return n == '?' || n == '？';
      default:
        return n == o;
    }
  }
}
