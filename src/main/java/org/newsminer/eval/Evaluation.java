package org.newsminer.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.newsminer.JsonCodec;
import org.newsminer.MinedArticle;
import org.newsminer.MinedPage;
import org.newsminer.check.Check;
import org.newsminer.entity.Entity;
import org.newsminer.entity.Money;
import org.newsminer.entity.Percent;
import org.newsminer.entity.Place;
import org.newsminer.entity.Program;

/**
 * Scores extraction against gold annotations: per entity type (and per program kind) precision, recall
 * and F1, strict (span and key attributes agree) and by span only; for checks, recall and false alarms.
 *
 * <p>Gold for a page {@code NAME.txt} is every {@code NAME.json} and {@code NAME.*.json} in the gold
 * directory, each {@code {"annotates": [...], "entities": [...], "checks": [...]}} in the shape of
 * EXTRACTION.md §6 with offsets into the original page. {@code annotates} names what the file covers
 * completely (entity types, and {@code CHECK} for checks): only those are scored on that page, so a page
 * annotated for some types only does not count the others as false positives. Not thread-safe: one
 * evaluation accumulates one run.
 */
public final class Evaluation {

  /** Counts for one row of the table. */
  public static final class Score {
    private int truePositives;
    private int falsePositives;
    private int falseNegatives;
    private int spanTruePositives;

    public int truePositives() {
      return truePositives;
    }

    public int falsePositives() {
      return falsePositives;
    }

    public int falseNegatives() {
      return falseNegatives;
    }

    public double precision() {
      return ratio(truePositives, truePositives + falsePositives);
    }

    public double recall() {
      return ratio(truePositives, truePositives + falseNegatives);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** F1 when only the spans have to agree. */
    public double spanF1() {
      int gold = truePositives + falseNegatives;
      int predicted = truePositives + falsePositives;
      double p = ratio(spanTruePositives, predicted);
      double r = ratio(spanTruePositives, gold);
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 1.0 : (double) a / b;
    }
  }

  /** One disagreement between prediction and gold, for the error listing. */
  public record Error(String source, String kind, String text, int start, int end, String detail) {}

  private final Map<String, Score> scores = new TreeMap<>();
  private final List<Error> errors = new ArrayList<>();
  private int goldChecks;
  private int foundChecks;
  private int falseAlarms;

  /** Whether {@code goldDir} holds annotations of {@code pageFile} ({@code NAME.json}, {@code NAME.*.json}). */
  public static boolean hasGold(Path goldDir, Path pageFile) throws IOException {
    return !goldFiles(goldDir, pageFile).isEmpty();
  }

  private static List<Path> goldFiles(Path goldDir, Path pageFile) throws IOException {
    String base = pageFile.getFileName().toString().replaceFirst("\\.txt$", "");
    try (Stream<Path> list = Files.list(goldDir)) {
      return list.filter(p -> {
        String n = p.getFileName().toString();
        return n.equals(base + ".json") || (n.startsWith(base + ".") && n.endsWith(".json"));
      }).sorted().toList();
    }
  }

  /**
   * Reads the gold annotations of {@code pageFile} from {@code goldDir}.
   *
   * @throws IllegalArgumentException when there are none or they do not parse
   */
  public static Gold readGold(Path goldDir, Path pageFile) throws IOException {
    List<Path> files = goldFiles(goldDir, pageFile);
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no gold annotations for " + pageFile + " in " + goldDir);
    }
    List<Entity> entities = new ArrayList<>();
    List<Check> checks = new ArrayList<>();
    Set<String> annotates = new HashSet<>();
    for (Path f : files) {
      JsonNode root;
      try {
        root = JsonCodec.parse(f);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        // Jackson's message names its parser internals: the place and the first clause are what a user can act on.
        String why = e.getOriginalMessage().split("[(\n]", 2)[0].strip();
        throw new IllegalArgumentException(f + ": not valid JSON at line " + e.getLocation().getLineNr()
            + ", column " + e.getLocation().getColumnNr() + ": " + why);
      }
      if (!root.path("annotates").isArray() || root.path("annotates").isEmpty()) {
        throw new IllegalArgumentException(f + ": missing \"annotates\" (the types this file covers)");
      }
      for (JsonNode t : root.path("annotates")) {
        if (!ANNOTATABLE.contains(t.asText())) {
          throw new IllegalArgumentException(f + ": cannot annotate \"" + t.asText() + "\", expected one of " + ANNOTATABLE);
        }
        annotates.add(t.asText());
      }
      try {
        root.path("entities").forEach(n -> entities.add(JsonCodec.entity(n)));
        root.path("checks").forEach(n -> checks.add(JsonCodec.check(n)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(f + ": " + e.getMessage());
      }
    }
    for (Entity e : entities) {
      if (!annotates.contains(e.type().name())) {
        throw new IllegalArgumentException(pageFile + ": gold has " + e.type() + " entities but no file annotates " + e.type());
      }
    }
    return new Gold(Set.copyOf(annotates), entities, checks);
  }

  private static final Set<String> ANNOTATABLE = Set.of("MONEY", "PERCENT", "PLACE", "PROGRAM", "CHECK");

  /** The gold annotations of one page, and what they cover completely ({@code MONEY} … {@code CHECK}). */
  public record Gold(Set<String> annotates, List<Entity> entities, List<Check> checks) {}

  /** Scores one page's prediction against its gold. */
  public void add(String source, MinedPage page, Gold gold) {
    List<Entity> predicted = new ArrayList<>();
    List<Check> predictedChecks = new ArrayList<>();
    for (MinedArticle a : page.articles()) {
      a.entities().stream().filter(e -> gold.annotates().contains(e.type().name())).forEach(predicted::add);
      predictedChecks.addAll(a.checks());
    }
    Set<String> types = new HashSet<>();
    predicted.forEach(e -> types.add(row(e)));
    gold.entities().forEach(e -> types.add(row(e)));
    for (String type : types) {
      List<Entity> p = predicted.stream().filter(e -> row(e).equals(type)).toList();
      List<Entity> g = gold.entities().stream().filter(e -> row(e).equals(type)).toList();
      score(source, type, p, g);
    }
    if (gold.annotates().contains("CHECK")) {
      scoreChecks(source, predictedChecks, gold.checks());
    }
  }

  /** The row an entity is counted in: its type, or {@code PROGRAM/KIND} for programs. */
  private static String row(Entity e) {
    return e instanceof Program p ? "PROGRAM/" + p.kind() : e.type().name();
  }

  private void score(String source, String type, List<Entity> predicted, List<Entity> gold) {
    Score s = scores.computeIfAbsent(type, t -> new Score());
    Map<Long, Entity> goldBySpan = new LinkedHashMap<>();
    gold.forEach(e -> goldBySpan.put(span(e), e));
    Set<Long> matched = new HashSet<>();
    for (Entity e : predicted) {
      Entity g = goldBySpan.get(span(e));
      if (g != null && matched.add(span(e))) {
        s.spanTruePositives++;
        if (key(e).equals(key(g))) {
          s.truePositives++;
        } else {
          s.falsePositives++;
          s.falseNegatives++;
          errors.add(new Error(source, "WRONG " + type, e.text(), e.start(), e.end(),
              "found " + key(e) + ", gold " + key(g)));
        }
      } else {
        s.falsePositives++;
        errors.add(new Error(source, "FP " + type, e.text(), e.start(), e.end(), key(e).toString()));
      }
    }
    for (Entity g : gold) {
      if (!matched.contains(span(g))) {
        s.falseNegatives++;
        errors.add(new Error(source, "FN " + type, g.text(), g.start(), g.end(), key(g).toString()));
      }
    }
  }

  private void scoreChecks(String source, List<Check> predicted, List<Check> gold) {
    goldChecks += gold.size();
    Set<Object> goldKeys = new HashSet<>();
    gold.forEach(c -> goldKeys.add(checkKey(c)));
    Set<Object> found = new HashSet<>();
    for (Check c : predicted) {
      if (goldKeys.contains(checkKey(c))) {
        found.add(checkKey(c));
      } else {
        falseAlarms++;
        errors.add(new Error(source, "FALSE ALARM " + c.kind(), String.join(" ", c.numbers()),
            c.spans().get(0).start(), c.spans().get(0).end(), c.verdict().name()));
      }
    }
    foundChecks += found.size();
    for (Check c : gold) {
      if (!found.contains(checkKey(c))) {
        errors.add(new Error(source, "MISSED " + c.kind(), String.join(" ", c.numbers()),
            c.spans().get(0).start(), c.spans().get(0).end(), c.verdict().name()));
      }
    }
  }

  /** A check is found when the kind, the verdict and the set of figures' spans agree. */
  private static Object checkKey(Check c) {
    return List.of(c.kind(), c.verdict(), Set.copyOf(c.spans()));
  }

  private static long span(Entity e) {
    return ((long) e.start() << 32) | e.end();
  }

  /** The attributes that must agree for a strict match. */
  private static List<Object> key(Entity e) {
    if (e instanceof Money m) {
      return List.of(num(m.value()), Objects.toString(num(m.min())), Objects.toString(num(m.max())),
          m.currency(), m.qualifier());
    }
    if (e instanceof Percent p) {
      return List.of(num(p.value()), Objects.toString(num(p.min())), Objects.toString(num(p.max())),
          p.unit(), p.qualifier());
    }
    if (e instanceof Place p) {
      return List.of(p.name(), p.level());
    }
    Program p = (Program) e;
    return List.of(p.name(), p.kind());
  }

  private static String num(BigDecimal d) {
    return d == null ? null : d.stripTrailingZeros().toPlainString();
  }

  public Map<String, Score> scores() {
    return scores;
  }

  /** The score of one row ({@code MONEY}, {@code PROGRAM/DOCUMENT} …), or of all program kinds together. */
  public Score score(String row) {
    if (row.equals("PROGRAM")) {
      Score all = new Score();
      scores.forEach((k, s) -> {
        if (k.startsWith("PROGRAM/")) {
          all.truePositives += s.truePositives;
          all.falsePositives += s.falsePositives;
          all.falseNegatives += s.falseNegatives;
          all.spanTruePositives += s.spanTruePositives;
        }
      });
      return all;
    }
    return scores.getOrDefault(row, new Score());
  }

  public List<Error> errors() {
    return errors;
  }

  public int goldChecks() {
    return goldChecks;
  }

  /** Gold checks that were found with the same kind, verdict and figures. */
  public int foundChecks() {
    return foundChecks;
  }

  /** Reported checks that are not in the gold. */
  public int falseAlarms() {
    return falseAlarms;
  }

  /** The table printed by {@code newsminer eval}. */
  public String table() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-20s %5s %5s %5s %9s %7s %7s %8s%n", "type", "tp", "fp", "fn", "precision",
        "recall", "F1", "span-F1"));
    Collection<String> rows = new ArrayList<>(scores.keySet());
    if (rows.stream().anyMatch(r -> r.startsWith("PROGRAM/"))) {
      rows.add("PROGRAM");
    }
    rows.stream().sorted().forEach(r -> {
      Score s = score(r);
      b.append(String.format(Locale.ROOT, "%-20s %5d %5d %5d %9.3f %7.3f %7.3f %8.3f%n", r, s.truePositives,
          s.falsePositives, s.falseNegatives, s.precision(), s.recall(), s.f1(), s.spanF1()));
    });
    if (goldChecks > 0 || falseAlarms > 0) {
      b.append(String.format(Locale.ROOT, "%-20s found %d of %d (recall %.3f), false alarms %d%n", "CHECK", foundChecks,
          goldChecks, goldChecks == 0 ? 1.0 : (double) foundChecks / goldChecks, falseAlarms));
    }
    return b.toString();
  }
}
