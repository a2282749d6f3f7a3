package org.newsminer.entity.place;

import org.newsminer.entity.PlaceLevel;
import org.newsminer.entity.Entity;
import org.newsminer.entity.Place;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Recall measures on third-party data read in place from {@code newsminer.shared} (never copied into
 * the project). Each prints its figure and asserts it does not fall below what the recognizer reached
 * when the test was written (a ratchet: raise the floor when the figure improves).
 */
class PlaceRecallTest {

  /** Floors: the figures reached, rounded down. */
  private static final double TIBET_FLOOR = 0.97;
  private static final double MSRA_FLOOR = 0.85;

  private static Path shared(String rel) {
    String dir = System.getProperty("newsminer.shared");
    Path p = dir == null ? null : Path.of(dir).resolve(rel);
    assumeTrue(p != null && Files.isReadable(p), "SKIPPED: " + rel + " not found under newsminer.shared=" + dir);
    return p;
  }

  private static List<Place> places(String text) {
    List<Entity> out = new ArrayList<>();
    new PlaceRecognizer().recognize(text, 0, text.length(), out);
    List<Place> ps = new ArrayList<>();
    for (Entity e : out) {
      ps.add((Place) e);
    }
    return ps;
  }

  /** A committee name as newspapers write the village: 马曲村村委会 → 马曲村. */
  static String newspaperForm(String n) {
    String[][] rules = {
      {"村村民委员会", "村"}, {"村村委会", "村"}, {"村民委员会", "村"}, {"村委会", "村"},
      {"社区居民委员会", "社区"}, {"社区居委会", "社区"}, {"居民委员会", "居委会"},
    };
    for (String[] r : rules) {
      if (n.endsWith(r[0])) {
        return n.substring(0, n.length() - r[0].length()) + r[1];
      }
    }
    return n;
  }

  private static final String[] TEMPLATES = {
    "近日，{C}{T}{V}举行2022年产业分红大会，全村群众喜领分红金。",
    "驻村工作队来到{V}开展入户走访，宣讲惠民政策。",
    "位于{T}的{V}，近年来大力发展特色种植业。",
    "{T}组织辖区党员干部群众开展义务植树活动。",
    "在{T}{V}，新建的安居房整齐排列。",
    "记者日前走进{C}{T}，看到群众正忙着春耕。",
  };

  @Test
  void tibetTownshipsAndVillagesInNewspaperSentences() throws IOException {
    Path csv = shared("data/gazetteer-source/tibet_divisions_2021_5level.csv");
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, String[]> rows = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      names.put(f[0], f[1]);
      rows.put(f[0], f);
    }
    int total = 0;
    int found = 0;
    int[] byLevel = new int[2];
    int[] totalByLevel = new int[2];
    List<String> misses = new ArrayList<>();
    for (String[] f : rows.values()) {
      int level = Integer.parseInt(f[2]);
      if (level < 4) {
        continue;
      }
      String county;
      String township;
      String village;
      if (level == 4) {
        if (!f[1].matches(".*(乡|镇|街道)")) {
          continue; // development-zone management units are not townships newspapers name
        }
        county = f[6];
        township = f[1];
        village = null;
      } else {
        county = f[6];
        township = names.get(f[3]);
        village = newspaperForm(f[1]);
        if (township == null || !township.matches(".*(乡|镇|街道)")) {
          continue;
        }
      }
      for (String t : TEMPLATES) {
        boolean needsVillage = t.contains("{V}");
        if (needsVillage != (village != null)) {
          continue;
        }
        String s = t.replace("{C}", county).replace("{T}", township).replace("{V}", village == null ? "" : village);
        String target = village == null ? township : village;
        int at = village == null ? s.indexOf(township) : s.lastIndexOf(village);
        PlaceLevel want = village == null ? PlaceLevel.TOWNSHIP : PlaceLevel.VILLAGE;
        boolean ok = false;
        for (Place p : places(s)) {
          if (p.start() == at && p.end() == at + target.length() && p.level() == want) {
            ok = true;
          }
        }
        total++;
        totalByLevel[village == null ? 0 : 1]++;
        if (ok) {
          found++;
          byLevel[village == null ? 0 : 1]++;
        } else if (misses.size() < 40) {
          misses.add(s);
        }
      }
    }
    double recall = (double) found / total;
    System.out.printf("PLACE Tibet township/village recall: %.4f (%d/%d; townships %d/%d, villages %d/%d)%n",
        recall, found, total, byLevel[0], totalByLevel[0], byLevel[1], totalByLevel[1]);
    misses.forEach(m -> System.out.println("  miss: " + m));
    assertTrue(total > 20000, "too few sentences: " + total);
    assertTrue(recall >= TIBET_FLOOR, "recall fell below " + TIBET_FLOOR + ": " + recall);
  }

  @Test
  void msraLocRecall() throws IOException {
    Path bio = shared("peer-tests/ner/msra_test_bio.txt");
    List<String> lines = Files.readAllLines(bio, StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder();
    List<int[]> gold = new ArrayList<>();
    int gold1 = 0;
    int hit = 0;
    int predicted = 0;
    int locStart = -1;
    for (int k = 0; k <= lines.size(); k++) {
      String line = k < lines.size() ? lines.get(k) : "";
      int tab = line.indexOf('\t');
      String tag = tab < 0 ? "O" : line.substring(tab + 1).trim();
      if (locStart >= 0 && !tag.equals("I-LOC")) {
        gold.add(new int[] {locStart, sb.length()});
        locStart = -1;
      }
      if (tab < 0) {
        if (sb.length() > 0) {
          String s = sb.toString();
          List<Place> ps = places(s);
          predicted += ps.size();
          for (int[] g : gold) {
            gold1++;
            for (Place p : ps) {
              if (p.start() == g[0] && p.end() == g[1]) {
                hit++;
                break;
              }
            }
          }
        }
        sb.setLength(0);
        gold.clear();
        continue;
      }
      if (tag.equals("B-LOC")) {
        locStart = sb.length();
      }
      sb.append(line, 0, tab);
    }
    double recall = (double) hit / gold1;
    // Precision on exact spans is a lower bound: MSRA tags no place inside an organisation's name
    // (拉萨市 in 拉萨市消防救援支队), which EXTRACTION.md §3 counts as a PLACE.
    System.out.printf(java.util.Locale.ROOT, "PLACE MSRA LOC recall: %.4f (%d/%d); places predicted: %d, exact-span precision %.4f%n",
        recall, hit, gold1, predicted, (double) hit / predicted);
    assertTrue(gold1 > 2800, "expected the MSRA test set's 2886 LOC spans, got " + gold1);
    assertTrue(recall >= MSRA_FLOOR, "recall fell below " + MSRA_FLOOR + ": " + recall);
  }
}
