package org.newsminer.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scores extraction output against gold in the format of {@code ANNOTATE.md} (one
 * {@code {"file": …, "money": […], "places": […], "checks": […]}} per article, as in
 * {@code ../shared/dev-news/gold/}), exactly as the reference scorer {@code score_extract.py} does:
 * MONEY and PERCENT as multisets by value (or range) and currency, PLACE and PROGRAM as distinct
 * normalized names with aliases and optional names, checks by kind, verdict and the set of figures
 * (digits and 万/亿), false alarms as INCONSISTENT verdicts that no gold INCONSISTENT (or borderline
 * relation) covers.
 *
 * <p>Predictions are given in the JSON shape of {@code extract --format jsonl} (EXTRACTION.md §6), so
 * what is scored is what users get. Not thread-safe: one instance accumulates one run.
 */
public final class AnnotationScore {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern QUOTES = Pattern.compile("[“”\"「」『』《》〈〉\\s·・•]");
  private static final Pattern TRIGGERS = Pattern.compile("(行动计划|示范行动|行动|工程|计划|项目|战略|活动)$");
  private static final Pattern FIGURE = Pattern.compile("[0-9.]+(?:万亿|万|亿)?");
  private static final List<String> TYPES = List.of("MONEY", "PERCENT", "PLACE", "PROGRAM");

  /** gold, predicted, true positives per type. */
  private final Map<String, int[]> totals = new LinkedHashMap<>();
  private int qualifierRight;
  private int qualifierMatched;
  private int goldChecks;
  private int foundChecks;
  private int falseAlarms;
  private int goldInconsistent;
  private int foundInconsistent;
  private final List<String> details = new ArrayList<>();

  public AnnotationScore() {
    TYPES.forEach(t -> totals.put(t, new int[3]));
  }

  /** Whether {@code goldDir} holds gold in this format (a JSON file with a {@code "file"} field). */
  public static boolean isAnnotationGold(Path goldDir) throws IOException {
    try (Stream<Path> files = Files.list(goldDir)) {
      for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".json")).sorted()::iterator) {
        try {
          return JSON.readTree(p.toFile()).has("file");
        } catch (IOException e) {
          return false;
        }
      }
    }
    return false;
  }

  /**
   * Scores every gold file in {@code goldDir} against the predicted articles, keyed by the base name
   * of their source file; a gold file without predictions scores as an article where nothing was found.
   *
   * @throws IllegalArgumentException naming the file when a gold file does not parse
   */
  public void score(Path goldDir, Map<String, List<JsonNode>> predictedBySource) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(goldDir)) {
      files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    for (Path f : files) {
      JsonNode gold;
      try {
        gold = JSON.readTree(f.toFile());
      } catch (IOException e) {
        throw new IllegalArgumentException(f + ": not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
      }
      if (!gold.hasNonNull("file")) {
        throw new IllegalArgumentException(f + ": missing \"file\" (ANNOTATE.md format)");
      }
      String src = gold.get("file").asText();
      scoreFile(src, gold, predictedBySource.getOrDefault(src, List.of()));
    }
  }

  private void scoreFile(String src, JsonNode gold, List<JsonNode> articles) {
    Map<String, List<JsonNode>> pred = new HashMap<>();
    List<JsonNode> checks = new ArrayList<>();
    for (JsonNode a : articles) {
      a.path("entities").forEach(e -> pred.computeIfAbsent(e.path("type").asText().toUpperCase(Locale.ROOT),
          k -> new ArrayList<>()).add(e));
      a.path("checks").forEach(checks::add);
    }
    scoreValues(src, "MONEY", gold.path("money"), pred.getOrDefault("MONEY", List.of()), true);
    scoreValues(src, "PERCENT", gold.path("percent"), pred.getOrDefault("PERCENT", List.of()), false);
    scoreNames(src, "PLACE", gold.path("places"), gold.path("places_optional"), pred.getOrDefault("PLACE", List.of()), false);
    scoreNames(src, "PROGRAM", gold.path("programs"), gold.path("programs_optional"),
        pred.getOrDefault("PROGRAM", List.of()), true);
    scoreChecks(src, gold.path("checks"), checks);
  }

  private void scoreValues(String src, String type, JsonNode goldItems, List<JsonNode> predicted, boolean money) {
    Map<String, Integer> gold = new HashMap<>();
    Map<String, Integer> optional = new HashMap<>();
    Map<String, Set<String>> goldQualifiers = new HashMap<>();
    for (JsonNode e : goldItems) {
      String k = valueKey(e, money);
      if (e.path("garbled").asBoolean(false)) {
        optional.merge(k, 1, Integer::sum);
      } else {
        gold.merge(k, 1, Integer::sum);
        goldQualifiers.computeIfAbsent(k, x -> new HashSet<>()).add(e.path("qualifier").asText("EXACT"));
      }
    }
    Map<String, Integer> pred = new HashMap<>();
    for (JsonNode e : predicted) {
      String k = valueKey(e, money);
      pred.merge(k, 1, Integer::sum);
      if (goldQualifiers.containsKey(k)) {
        qualifierMatched++;
        String q = e.path("qualifier").asText("");
        if (goldQualifiers.get(k).contains(q.isEmpty() ? "EXACT" : q)) {
          qualifierRight++;
        }
      }
    }
    int tp = 0;
    int ignored = 0;
    int predCount = 0;
    for (Map.Entry<String, Integer> p : pred.entrySet()) {
      int g = gold.getOrDefault(p.getKey(), 0);
      tp += Math.min(g, p.getValue());
      int extra = Math.max(0, p.getValue() - g);
      int ign = Math.min(extra, optional.getOrDefault(p.getKey(), 0));
      ignored += ign;
      predCount += p.getValue();
      if (extra - ign > 0) {
        details.add(String.format(Locale.ROOT, "   %s %s spurious %s %d", type, src, p.getKey(), extra - ign));
      }
    }
    for (Map.Entry<String, Integer> g : gold.entrySet()) {
      int missed = g.getValue() - Math.min(g.getValue(), pred.getOrDefault(g.getKey(), 0));
      if (missed > 0) {
        details.add(String.format(Locale.ROOT, "   %s %s missed %s %d", type, src, g.getKey(), missed));
      }
    }
    int[] t = totals.get(type);
    t[0] += gold.values().stream().mapToInt(Integer::intValue).sum();
    t[1] += predCount - ignored;
    t[2] += tp;
  }

  private void scoreNames(String src, String type, JsonNode entries, JsonNode optionalEntries, List<JsonNode> predicted,
      boolean program) {
    Set<String> optional = new HashSet<>();
    for (JsonNode o : optionalEntries) {
      optional.add(normName(o.path("name").asText(), program));
      o.path("aliases").forEach(a -> optional.add(normName(a.asText(), program)));
    }
    List<Set<String>> forms = new ArrayList<>();
    Set<String> allForms = new HashSet<>();
    for (JsonNode e : entries) {
      Set<String> f = new HashSet<>();
      f.add(normName(e.path("name").asText(), program));
      e.path("aliases").forEach(a -> f.add(normName(a.asText(), program)));
      forms.add(f);
      allForms.addAll(f);
    }
    Set<String> pred = new HashSet<>();
    for (JsonNode e : predicted) {
      String name = e.path("name").asText("");
      pred.add(normName(name.isEmpty() ? e.path("text").asText("") : name, program));
    }
    int matched = 0;
    for (int i = 0; i < forms.size(); i++) {
      if (forms.get(i).stream().anyMatch(pred::contains)) {
        matched++;
      } else {
        details.add(String.format(Locale.ROOT, "   %s %s missed %s 1", type, src, entries.get(i).path("name").asText()));
      }
    }
    int spurious = 0;
    for (String p : sorted(pred)) {
      if (!allForms.contains(p) && !optional.contains(p)) {
        spurious++;
        details.add(String.format(Locale.ROOT, "   %s %s spurious %s 1", type, src, p));
      }
    }
    int[] t = totals.get(type);
    t[0] += entries.size();
    t[1] += spurious + matched;
    t[2] += matched;
  }

  private void scoreChecks(String src, JsonNode goldChecks, List<JsonNode> predicted) {
    // What a predicted ✗ may match without being a false alarm: gold ✗ and the undecidable relations.
    List<Set<String>> mayBeInconsistent = new ArrayList<>();
    for (JsonNode g : goldChecks) {
      Set<String> need = figures(g);
      if ("INCONSISTENT".equals(g.path("verdict").asText()) || g.path("borderline").asBoolean(false)) {
        mayBeInconsistent.add(need);
      }
      if (g.path("borderline").asBoolean(false)) {
        continue;
      }
      this.goldChecks++;
      boolean found = predicted.stream().anyMatch(p -> p.path("kind").asText().equals(g.path("kind").asText())
          && p.path("verdict").asText().equals(g.path("verdict").asText()) && figures(p).containsAll(need));
      boolean inconsistent = "INCONSISTENT".equals(g.path("verdict").asText());
      if (inconsistent) {
        goldInconsistent++;
      }
      if (found) {
        foundChecks++;
        if (inconsistent) {
          foundInconsistent++;
        }
      } else {
        details.add(String.format(Locale.ROOT, "   CHECK %s missed %s %s", src, g.path("kind").asText(), sorted(need)));
      }
    }
    for (JsonNode p : predicted) {
      if ("INCONSISTENT".equals(p.path("verdict").asText())) {
        Set<String> have = figures(p);
        if (mayBeInconsistent.stream().noneMatch(have::containsAll)) {
          falseAlarms++;
          details.add(String.format(Locale.ROOT, "   CHECK %s false alarm %s %s", src, p.path("kind").asText(), sorted(have)));
        }
      }
    }
  }

  /** The reference scorer's value key: rounded to 2 decimals; a range by its bounds. */
  private static String valueKey(JsonNode e, boolean money) {
    String currency = money ? " " + (e.path("currency").asText("").isEmpty() ? "CNY" : e.path("currency").asText()) : "";
    if (e.hasNonNull("min") || e.hasNonNull("max")) {
      return "R " + round(e.get("min")) + " " + round(e.get("max")) + currency;
    }
    return "V " + round(e.get("value")) + currency;
  }

  private static String round(JsonNode n) {
    if (n == null || n.isNull()) {
      return "None";
    }
    return new BigDecimal(n.asText()).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
  }

  static String normName(String s, boolean program) {
    if (!program) {
      return s.replaceAll("\\s", "");
    }
    String q = QUOTES.matcher(s).replaceAll("");
    String t = TRIGGERS.matcher(q).replaceAll("");
    return t.isEmpty() ? q : t;
  }

  /** A check's figures by digits and 万/亿 ({@code 187208.13 万元} → {@code 187208.13万}). */
  private static Set<String> figures(JsonNode check) {
    Set<String> out = new HashSet<>();
    for (JsonNode n : check.path("numbers")) {
      String s = n.asText().replaceAll("[\\s,，]", "");
      Matcher m = FIGURE.matcher(s);
      out.add(m.find() ? m.group() : s);
    }
    return out;
  }

  private static List<String> sorted(Set<String> s) {
    List<String> l = new ArrayList<>(s);
    l.sort(null);
    return l;
  }

  /** The table the reference scorer prints, figure for figure. */
  public String table() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-8s %5s %5s %5s %6s %6s %6s%n", "type", "gold", "pred", "tp", "P", "R", "F1"));
    for (String t : TYPES) {
      int[] x = totals.get(t);
      b.append(String.format(Locale.ROOT, "%-8s %5d %5d %5d %6.3f %6.3f %6.3f%n", t, x[0], x[1], x[2],
          precision(t), recall(t), f1(t)));
    }
    b.append(String.format(Locale.ROOT, "qualifier accuracy on matched money/percent: %s%n",
        qualifierMatched == 0 ? "None" : String.format(Locale.ROOT, "%.3f", (double) qualifierRight / qualifierMatched)));
    b.append(String.format(Locale.ROOT, "CHECK: gold %d, found %d, recall %s, false alarms %d%n", goldChecks, foundChecks,
        goldChecks == 0 ? "None" : String.format(Locale.ROOT, "%.3f", checkRecall()), falseAlarms));
    return b.toString();
  }

  /** Every miss, spurious entity and false alarm, one per line, in the reference scorer's words. */
  public List<String> details() {
    return List.copyOf(details);
  }

  public double precision(String type) {
    int[] x = totals.get(type);
    return x[1] == 0 ? (x[0] == 0 ? 1.0 : 0.0) : (double) x[2] / x[1];
  }

  public double recall(String type) {
    int[] x = totals.get(type);
    return x[0] == 0 ? 1.0 : (double) x[2] / x[0];
  }

  public double f1(String type) {
    double p = precision(type);
    double r = recall(type);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public int goldChecks() {
    return goldChecks;
  }

  public int foundChecks() {
    return foundChecks;
  }

  public double checkRecall() {
    return goldChecks == 0 ? 1.0 : (double) foundChecks / goldChecks;
  }

  public int falseAlarms() {
    return falseAlarms;
  }

  /** Gold relations that do not hold (✗), borderline ones left out. */
  public int goldInconsistent() {
    return goldInconsistent;
  }

  /** Of {@link #goldInconsistent()}, those found with the ✗ verdict. */
  public int foundInconsistent() {
    return foundInconsistent;
  }
}
