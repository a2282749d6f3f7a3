package org.newsminer.entity.place;

import org.newsminer.entity.Entity;
import org.newsminer.entity.Place;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * PLACE against the gold annotations {@code corpus/gold/*.places.json} (matched on start, end, name and
 * level, as {@code newsminer eval} does). The pages are only stripped of whitespace here, not run through
 * the normalizer, so this is the recognizer's own figure; it prints P/R/F1 and every miss.
 */
class PlaceGoldTest {
  private static final double F1_FLOOR = 0.98;

  @Test
  void goldPages() throws IOException {
    Path gold = Path.of("corpus", "gold");
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(gold)) {
      try (var s = Files.list(gold)) {
        s.filter(p -> p.getFileName().toString().endsWith(".places.json")).sorted().forEach(files::add);
      }
    }
    assumeTrue(!files.isEmpty(), "SKIPPED: no corpus/gold/*.places.json in this checkout");
    ObjectMapper json = new ObjectMapper();
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (Path f : files) {
      JsonNode doc = json.readTree(f.toFile());
      String original = Files.readString(Path.of("corpus", doc.get("source").asText()), StandardCharsets.UTF_8);
      StringBuilder stripped = new StringBuilder();
      List<Integer> map = new ArrayList<>();
      for (int i = 0; i < original.length(); i++) {
        if (!Character.isWhitespace(original.charAt(i))) {
          stripped.append(original.charAt(i));
          map.add(i);
        }
      }
      Set<String> want = new LinkedHashSet<>();
      for (JsonNode e : doc.get("entities")) {
        if (e.get("type").asText().equals("PLACE")) {
          want.add(e.get("start").asInt() + "-" + e.get("end").asInt() + " " + e.get("name").asText() + " "
              + e.get("level").asText());
        }
      }
      List<Entity> out = new ArrayList<>();
      String t = stripped.toString();
      new PlaceRecognizer().recognize(t, 0, t.length(), out);
      Set<String> got = new LinkedHashSet<>();
      for (Entity e : out) {
        Place p = (Place) e;
        got.add(map.get(p.start()) + "-" + (map.get(p.end() - 1) + 1) + " " + p.name() + " " + p.level());
      }
      for (String g : got) {
        if (want.contains(g)) {
          tp++;
        } else {
          fp++;
          System.out.println("  PLACE false positive " + f.getFileName() + " " + g);
        }
      }
      for (String w : want) {
        if (!got.contains(w)) {
          fn++;
          System.out.println("  PLACE missed " + f.getFileName() + " " + w);
        }
      }
    }
    double p = tp / (double) (tp + fp);
    double r = tp / (double) (tp + fn);
    double f1 = 2 * p * r / (p + r);
    System.out.printf("PLACE gold: P %.4f R %.4f F1 %.4f (tp %d, fp %d, fn %d)%n", p, r, f1, tp, fp, fn);
    assertTrue(f1 >= F1_FLOOR, "PLACE F1 fell below " + F1_FLOOR + ": " + f1);
  }
}
