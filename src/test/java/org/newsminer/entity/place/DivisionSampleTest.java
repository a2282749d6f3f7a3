package org.newsminer.entity.place;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsminer.TestRandom;
import org.newsminer.entity.Entity;
import org.newsminer.entity.Place;
import org.newsminer.entity.PlaceLevel;

/**
 * Recall with the right code on a random sample of the division list, drawn anew each run: county-level
 * names in a plain sentence (记者来到X采访), townships named after their county. The seed is printed;
 * {@code -Dnewsminer.seed=N} replays a run ({@link TestRandom}), {@code -Dnewsminer.sample=N} sets the
 * sample size.
 */
class DivisionSampleTest {
  private static final double COUNTY_FLOOR = 0.99;
  private static final double TOWNSHIP_FLOOR = 0.97;

  private static int sampleSize() {
    return Integer.getInteger("newsminer.sample", 600);
  }

  private static List<Place> places(String s) {
    List<Entity> out = new ArrayList<>();
    new PlaceRecognizer().recognize(s, 0, s.length(), out);
    List<Place> ps = new ArrayList<>();
    out.forEach(e -> ps.add((Place) e));
    return ps;
  }

  private static List<Integer> sample(Divisions d, Random r, int n, java.util.function.IntPredicate keep) {
    List<Integer> all = new ArrayList<>();
    for (int u = 0; u < d.size(); u++) {
      if (keep.test(u)) {
        all.add(u);
      }
    }
    Collections.shuffle(all, r);
    return all.subList(0, Math.min(n, all.size()));
  }

  /**
   * A county-level name in a plain sentence comes out with its code; a name several counties share (鼓楼区)
   * comes out without one, which is right: nothing in the sentence says which.
   */
  @Test
  void countyLevelNamesWithTheirCode() {
    Random r = TestRandom.create("county-level names");
    Divisions d = Divisions.get();
    Gazetteer g = Gazetteer.get();
    List<Integer> units = sample(d, r, sampleSize(), u -> d.level(u) == PlaceLevel.COUNTY);
    int right = 0;
    List<String> misses = new ArrayList<>();
    for (int u : units) {
      String name = d.name(u);
      boolean shared = g.entry(name) != null && g.entry(name).ambiguous();
      String s = "记者来到" + name + "采访";
      boolean ok = places(s).stream().anyMatch(p -> p.start() == 4 && p.end() == 4 + name.length()
          && (d.code(u).equals(p.code()) || shared && p.code() == null || sameNamedAncestor(d, u, p.code())));
      if (ok) {
        right++;
      } else {
        misses.add(name + " " + d.code(u));
      }
    }
    double recall = (double) right / units.size();
    System.out.printf(Locale.ROOT, "PLACE county-level sample: %.4f (%d/%d)%n", recall, right, units.size());
    misses.stream().limit(20).forEach(m -> System.out.println("  miss: " + m));
    assertTrue(recall >= COUNTY_FLOOR, "county recall " + recall + " below " + COUNTY_FLOOR);
  }

  /** 嘉峪关市 the county-level unit under 嘉峪关市 the prefecture: the mention is reported as the higher one. */
  private static boolean sameNamedAncestor(Divisions d, int u, String code) {
    for (int a = d.parent(u); a >= 0 && code != null; a = d.parent(a)) {
      if (d.code(a).equals(code) && d.name(a).equals(d.name(u))) {
        return true;
      }
    }
    return false;
  }

  /** A township (镇, 乡, 街道) named after its county comes out with its own code. */
  @Test
  void townshipsAfterTheirCounty() {
    Random r = TestRandom.create("townships");
    Divisions d = Divisions.get();
    List<Integer> units = sample(d, r, sampleSize(), u -> d.level(u) == PlaceLevel.TOWNSHIP
        && (d.name(u).endsWith("镇") || d.name(u).endsWith("乡") || d.name(u).endsWith("街道")));
    int right = 0;
    List<String> misses = new ArrayList<>();
    for (int u : units) {
      String county = d.name(d.parent(u));
      String name = d.name(u);
      String s = r.nextBoolean()
          ? "近日，记者来到" + county + name + "，看到群众正在忙着春耕。"
          : county + "今年加快发展特色产业，" + name + "的群众收入明显增加。";
      if (places(s).stream().anyMatch(p -> p.text().equals(name) && d.code(u).equals(p.code()))) {
        right++;
      } else {
        misses.add(county + " " + name + " " + d.code(u));
      }
    }
    double recall = (double) right / units.size();
    System.out.printf(Locale.ROOT, "PLACE township sample: %.4f (%d/%d)%n", recall, right, units.size());
    misses.stream().limit(20).forEach(m -> System.out.println("  miss: " + m));
    assertTrue(recall >= TOWNSHIP_FLOOR, "township recall " + recall + " below " + TOWNSHIP_FLOOR);
  }
}
