package org.newsminer.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsminer.MinedArticle;
import org.newsminer.MinedPage;
import org.newsminer.TestRandom;
import org.newsminer.entity.Entity;
import org.newsminer.entity.Money;
import org.newsminer.entity.Qualifier;
import org.newsminer.index.ArchiveIndexer;
import org.newsminer.text.NormalizedText;

/** Counts per amount band against a brute-force count over the amounts each article names. */
class MoneyBandsTest {
  static final List<BigDecimal> EDGES = List.of(new BigDecimal("100000"), new BigDecimal("1000000"),
      new BigDecimal("10000000"), new BigDecimal("100000000"));
  static final long[] VALUES = {5000, 100000, 250000, 1000000, 3000000, 10000000, 45000000, 100000000, 230000000};

  @TempDir
  Path dir;

  @Test
  void bandCountsEqualBruteForceUnderRandomMoneyFilters() throws IOException {
    Random rnd = TestRandom.create("MoneyBandsTest.bandCountsEqualBruteForceUnderRandomMoneyFilters");
    List<List<Long>> articles = new ArrayList<>();
    try (ArchiveIndexer ix = ArchiveIndexer.open(dir)) {
      for (int a = 0; a < 60; a++) {
        List<Long> amounts = new ArrayList<>();
        StringBuilder text = new StringBuilder("资金");
        List<Entity> es = new ArrayList<>();
        for (int k = rnd.nextInt(4); k > 0; k--) {
          long v = VALUES[rnd.nextInt(VALUES.length)];
          amounts.add(v);
          String surface = v + "元";
          es.add(Money.cny(surface, text.length(), text.length() + surface.length(), BigDecimal.valueOf(v), Qualifier.EXACT));
          text.append(surface).append("，");
        }
        articles.add(amounts);
        String t = text.toString();
        ix.replace("p" + a + ".txt", "s", new MinedPage(NormalizedText.identity(t),
            List.of(new MinedArticle(1, "标题", 0, t.length(), t, es, List.of()))));
        if (a % 20 == 19) {
          ix.commit(); // several segments
        }
      }
    }
    try (ArchiveSearcher s = ArchiveSearcher.open(dir)) {
      for (int round = 0; round < 40; round++) {
        BigDecimal min = rnd.nextInt(3) == 0 ? null : BigDecimal.valueOf(VALUES[rnd.nextInt(VALUES.length)]);
        BigDecimal max = rnd.nextInt(3) == 0 ? null : BigDecimal.valueOf(VALUES[rnd.nextInt(VALUES.length)]);
        if (min != null && max != null && min.compareTo(max) > 0) {
          BigDecimal t = min;
          min = max;
          max = t;
        }
        SearchRequest r = SearchRequest.builder().moneyMin(min).moneyMax(max).build();
        assertArrayEquals(bruteForce(articles, min, max), s.countByMoneyBand(r, EDGES),
            "filter [" + min + ", " + max + "]");
      }
    }
  }

  /** Articles with an amount in band ∩ filter, per band. */
  static long[] bruteForce(List<List<Long>> articles, BigDecimal min, BigDecimal max) {
    long[] out = new long[EDGES.size() + 1];
    for (int i = 0; i < out.length; i++) {
      double lo = Math.max(i == 0 ? Double.NEGATIVE_INFINITY : EDGES.get(i - 1).doubleValue(),
          min == null ? Double.NEGATIVE_INFINITY : min.doubleValue());
      double hi = Math.min(i == EDGES.size() ? Double.POSITIVE_INFINITY : EDGES.get(i).doubleValue(),
          max == null ? Double.POSITIVE_INFINITY : max.doubleValue());
      for (List<Long> amounts : articles) {
        if (amounts.stream().anyMatch(v -> v >= lo && v <= hi)) {
          out[i]++;
        }
      }
    }
    return out;
  }
}
