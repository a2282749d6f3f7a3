package org.newsminer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsminer.MinedArticle;
import org.newsminer.MinedPage;
import org.newsminer.TestRandom;
import org.newsminer.entity.Entity;
import org.newsminer.entity.Money;
import org.newsminer.entity.Place;
import org.newsminer.entity.PlaceLevel;
import org.newsminer.entity.Program;
import org.newsminer.entity.ProgramKind;
import org.newsminer.entity.Qualifier;
import org.newsminer.index.ArchiveIndexer;
import org.newsminer.text.NormalizedText;

/**
 * Facet counts of searches matching few or most articles (counted directly, or as all minus the rest)
 * against counts made by hand from the entities each article was given, on an index with deletions.
 */
class ComplementFacetsTest {
  static final List<List<String>> PATHS = List.of(
      List.of("西藏自治区", "拉萨市", "城关区"), List.of("西藏自治区", "拉萨市", "堆龙德庆区"),
      List.of("西藏自治区", "阿里地区", "普兰县"), List.of("西藏自治区", "阿里地区"), List.of("四川省", "成都市", "武侯区"));
  static final List<List<String>> PROGRAMS = List.of(List.of("INITIATIVE", "乡村振兴"), List.of("INITIATIVE", "脱贫攻坚"),
      List.of("FORMULA", "两不愁三保障"));
  static final long[] AMOUNTS = {1000, 50000, 2000000, 300000000};

  @TempDir
  Path dir;

  /** What one invented article names. */
  record Art(Set<List<String>> places, Set<List<String>> programs, List<Long> amounts) {}

  @Test
  void countsEqualHandCountsWhateverShareOfTheArchiveMatches() throws IOException {
    Random rnd = TestRandom.create("ComplementFacetsTest.countsEqualHandCountsWhateverShareOfTheArchiveMatches");
    Map<String, Art> arts = new TreeMap<>();
    try (ArchiveIndexer ix = ArchiveIndexer.open(dir)) {
      for (int round = 0; round < 2; round++) {
        for (int a = 0; a < 70; a++) {
          if (round == 1 && rnd.nextInt(3) > 0) {
            continue; // the second round replaces a third of the pages: deleted documents
          }
          String source = "p" + a + ".txt";
          Art art = new Art(new LinkedHashSet<>(), new LinkedHashSet<>(), new ArrayList<>());
          StringBuilder t = new StringBuilder("今年");
          List<Entity> es = new ArrayList<>();
          for (int k = rnd.nextInt(4); k > 0; k--) {
            List<String> path = PATHS.get(rnd.nextInt(PATHS.size()));
            String name = path.get(path.size() - 1);
            es.add(new Place(name, t.length(), t.length() + name.length(), name, PlaceLevel.COUNTY, path));
            art.places().add(path);
            t.append(name).append("，");
          }
          for (int k = rnd.nextInt(3); k > 0; k--) {
            List<String> p = PROGRAMS.get(rnd.nextInt(PROGRAMS.size()));
            es.add(new Program(p.get(1), t.length(), t.length() + p.get(1).length(), p.get(1), ProgramKind.valueOf(p.get(0))));
            art.programs().add(p);
            t.append(p.get(1)).append("，");
          }
          for (int k = rnd.nextInt(3); k > 0; k--) {
            long v = AMOUNTS[rnd.nextInt(AMOUNTS.length)];
            String m = v + "元";
            es.add(Money.cny(m, t.length(), t.length() + m.length(), BigDecimal.valueOf(v), Qualifier.EXACT));
            art.amounts().add(v);
            t.append(m).append("，");
          }
          String text = t.toString();
          ix.replace(source, "s" + round, new MinedPage(NormalizedText.identity(text),
              List.of(new MinedArticle(1, "标题", 0, text.length(), text, es, List.of()))));
          arts.put(source, art);
        }
        ix.commit();
      }
    }
    int few = 0;
    int most = 0;
    try (ArchiveSearcher s = ArchiveSearcher.open(dir)) {
      for (int q = 0; q < 30; q++) {
        BigDecimal min = q == 0 || rnd.nextBoolean() ? null : BigDecimal.valueOf(AMOUNTS[rnd.nextInt(AMOUNTS.length)]);
        BigDecimal max = q == 0 || rnd.nextBoolean() ? null : BigDecimal.valueOf(AMOUNTS[rnd.nextInt(AMOUNTS.length)]);
        if (min != null && max != null && min.compareTo(max) > 0) {
          BigDecimal x = min;
          min = max;
          max = x;
        }
        SearchResult r = s.search(SearchRequest.builder().moneyMin(min).moneyMax(max).facets(true).limit(1).build());
        List<Art> matched = new ArrayList<>();
        for (Art a : arts.values()) {
          BigDecimal lo = min;
          BigDecimal hi = max;
          if ((lo == null && hi == null) || a.amounts().stream().anyMatch(v ->
              (lo == null || v >= lo.longValue()) && (hi == null || v <= hi.longValue()))) {
            matched.add(a);
          }
        }
        String what = "money [" + min + ", " + max + "], " + matched.size() + " of " + arts.size() + " match";
        assertEquals(matched.size(), r.total(), what);
        if (matched.size() * 2 > arts.size()) {
          most++;
        } else {
          few++;
        }
        assertEquals(tree(matched.stream().map(Art::places).toList(), List.of(), 3), r.places(), what);
        assertEquals(tree(matched.stream().map(Art::programs).toList(), List.of(), 2), r.programs(), what);
      }
    }
    assertTrue(few > 0 && most > 0, "both ways of counting tried: " + few + " few, " + most + " most");
  }

  /** Articles per label under {@code prefix}, top 10 by count then label, {@code depth} levels down. */
  static List<FacetCount> tree(List<Set<List<String>>> articles, List<String> prefix, int depth) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Set<List<String>> paths : articles) {
      Set<String> labels = new LinkedHashSet<>();
      for (List<String> p : paths) {
        if (p.size() > prefix.size() && p.subList(0, prefix.size()).equals(prefix)) {
          labels.add(p.get(prefix.size()));
        }
      }
      labels.forEach(l -> counts.merge(l, 1, Integer::sum));
    }
    List<FacetCount> out = new ArrayList<>();
    counts.entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue()).thenComparing(Map.Entry::getKey))
        .limit(10)
        .forEach(e -> {
          List<String> child = new ArrayList<>(prefix);
          child.add(e.getKey());
          out.add(new FacetCount(e.getKey(), e.getValue(), depth > 1 ? tree(articles, child, depth - 1) : List.of()));
        });
    return out;
  }
}
