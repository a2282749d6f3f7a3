package org.newsminer.entity;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * PROGRAM precision and recall per kind against the gold files that annotate PROGRAM, in a gold folder
 * beside its pages. The recognizer runs on each page with its whitespace removed — the PDF artefact that
 * matters for programs — so the figures measure this recognizer alone, whatever state the normalizer is
 * in ({@code newsminer eval} measures the whole pipeline). Skipped, with a message, when no gold is present.
 */
class ProgramGoldTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The sample pages (the target is F1 ≥ 0.90 there) and the held-out page (first measured at 0.864
   * before any change made after reading it; the bar leaves room for new held-out gold).
   */
  @ParameterizedTest
  @CsvSource({"corpus/gold, 0.90", "corpus/heldout/gold, 0.85"})
  void f1OnTheGoldPages(String folder, double minF1) throws IOException {
    Path dir = Path.of(folder);
    List<Path> golds = new ArrayList<>();
    if (Files.isDirectory(dir)) {
      try (Stream<Path> s = Files.list(dir)) {
        for (Path p : (Iterable<Path>) s.sorted()::iterator) {
          if (p.toString().endsWith(".json") && annotatesPrograms(p)) {
            golds.add(p);
          }
        }
      }
    }
    assumeTrue(!golds.isEmpty(), "no PROGRAM gold in " + dir.toAbsolutePath() + ": evaluation skipped");

    ObjectMapper json = JSON;
    ProgramRecognizer recognizer = new ProgramRecognizer();
    Map<ProgramKind, int[]> counts = new EnumMap<>(ProgramKind.class); // tp, fp, fn
    for (ProgramKind k : ProgramKind.values()) {
      counts.put(k, new int[3]);
    }
    StringBuilder errors = new StringBuilder();
    for (Path g : golds) {
      JsonNode root = json.readTree(g.toFile());
      Path page = dir.toAbsolutePath().getParent().resolve(root.get("source").asText());
      String original = Files.readString(page);
      Set<String> gold = new HashSet<>();
      for (JsonNode e : root.get("entities")) {
        if (e.get("type").asText().equals("PROGRAM")) {
          gold.add(key(e.get("kind").asText(), e.get("start").asInt(), e.get("end").asInt(), e.get("name").asText()));
        }
      }
      // Remove whitespace, remembering where each kept character came from.
      StringBuilder text = new StringBuilder();
      List<Integer> at = new ArrayList<>();
      for (int i = 0; i < original.length(); i++) {
        char c = original.charAt(i);
        if (!Character.isWhitespace(c) && c != '\u3000') {
          text.append(c);
          at.add(i);
        }
      }
      List<Entity> found = new ArrayList<>();
      recognizer.recognize(text.toString(), 0, text.length(), found);
      Set<String> predicted = new HashSet<>();
      for (Entity e : found) {
        Program p = (Program) e;
        predicted.add(key(p.kind().name(), at.get(p.start()), at.get(p.end() - 1) + 1, p.name()));
      }
      for (String k : predicted) {
        int[] c = counts.get(ProgramKind.valueOf(k.substring(0, k.indexOf(' '))));
        if (gold.contains(k)) {
          c[0]++;
        } else {
          c[1]++;
          errors.append(g.getFileName()).append(" FP ").append(k).append('\n');
        }
      }
      for (String k : gold) {
        if (!predicted.contains(k)) {
          counts.get(ProgramKind.valueOf(k.substring(0, k.indexOf(' '))))[2]++;
          errors.append(g.getFileName()).append(" FN ").append(k).append('\n');
        }
      }
    }
    int[] all = new int[3];
    StringBuilder report = new StringBuilder("PROGRAM on " + golds.size() + " gold pages in " + dir + "\n");
    for (Map.Entry<ProgramKind, int[]> e : counts.entrySet()) {
      int[] c = e.getValue();
      for (int i = 0; i < 3; i++) {
        all[i] += c[i];
      }
      report.append(line(e.getKey().name(), c));
    }
    report.append(line("ALL", all));
    System.out.print(report);
    System.out.print(errors);
    assertTrue(f1(all) >= minF1, report.toString());
  }

  private static boolean annotatesPrograms(Path gold) throws IOException {
    for (JsonNode t : JSON.readTree(gold.toFile()).path("annotates")) {
      if (t.asText().equals("PROGRAM")) {
        return true;
      }
    }
    return false;
  }

  private static String key(String kind, int start, int end, String name) {
    return kind + " " + start + " " + end + " " + name;
  }

  private static String line(String label, int[] c) {
    double p = c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
    double r = c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
    return String.format("%-10s tp=%3d fp=%3d fn=%3d  P=%.3f R=%.3f F1=%.3f%n", label, c[0], c[1], c[2], p, r, f1(c));
  }

  private static double f1(int[] c) {
    return c[0] == 0 ? 0 : 2.0 * c[0] / (2.0 * c[0] + c[1] + c[2]);
  }
}
