package org.newsminer.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.newsminer.text.CharClasses;

/**
 * The query mix of the benchmarks ({@code bench --archive}, {@code bench --serve}): Chinese strings
 * drawn from corpus paragraphs, place and program filters, amount ranges, and combinations. Stateless.
 */
public final class QueryMix {
  private QueryMix() {}

  /** Paragraphs of the corpus pages with some Chinese text in them (split at blank lines). */
  public static List<String> paragraphs(Path corpus) throws IOException {
    List<String> out = new ArrayList<>();
    List<Path> txt;
    try (Stream<Path> s = Files.list(corpus)) {
      txt = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path p : txt) {
      for (String para : Files.readString(p, StandardCharsets.UTF_8).split("\n\\s*\n")) {
        String t = para.strip();
        if (t.codePoints().filter(CharClasses::isHan).count() >= 8) {
          out.add(t);
        }
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no corpus paragraphs in " + corpus);
    }
    return out;
  }

  /** Text strings from the corpus, place and program filters, amount ranges, and combinations. */
  public static List<SearchRequest> of(List<String> paragraphs, Random rnd) {
    String[] places = {"拉萨", "拉萨市", "阿里地区", "堆龙德庆区", "西藏自治区", "日喀则市", "达孜区"};
    String[] programs = {"乡村振兴", "万企兴万村", "两不愁三保障", "脱贫攻坚", "INITIATIVE", "FORMULA"};
    String[] amounts = {"1亿", "5000万", "2.5万元", "100万", "10亿"};
    List<SearchRequest> out = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      SearchRequest.Builder b = SearchRequest.builder().limit(10);
      switch (i % 6) {
        case 0, 1 -> b.query(randomString(paragraphs, rnd));
        case 2 -> b.place(places[rnd.nextInt(places.length)]);
        case 3 -> b.program(programs[rnd.nextInt(programs.length)]);
        case 4 -> b.moneyMin(amounts[rnd.nextInt(amounts.length)]);
        default -> b.query(randomString(paragraphs, rnd) + " OR " + randomString(paragraphs, rnd))
            .place(places[rnd.nextInt(places.length)]).moneyMin(amounts[rnd.nextInt(amounts.length)]);
      }
      out.add(b.build());
    }
    return out;
  }

  private static String randomString(List<String> paragraphs, Random rnd) {
    while (true) {
      String p = paragraphs.get(rnd.nextInt(paragraphs.size()));
      int len = 2 + rnd.nextInt(4);
      if (p.length() <= len) {
        continue;
      }
      int s = rnd.nextInt(p.length() - len);
      String q = p.substring(s, s + len);
      if (q.chars().allMatch(CharClasses::isHan)) {
        return q;
      }
    }
  }

}
