package org.newsminer.index;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsminer.MinedArticle;
import org.newsminer.check.Check;
import org.newsminer.check.Verdict;
import org.newsminer.entity.Entity;
import org.newsminer.entity.Money;
import org.newsminer.entity.Percent;
import org.newsminer.entity.PercentUnit;
import org.newsminer.entity.Place;
import org.newsminer.entity.Program;

/**
 * The entities and checks of a document (one or more mined articles) as plain field values, for a
 * search engine that indexes them itself: the Solr update processor and the OpenSearch ingest processor
 * both add exactly these fields. Names and meanings follow the library's own index
 * ({@link ArchiveFields}):
 *
 * <ul>
 *   <li>{@value #PLACE}: every level of every place (its name and each name on its path);
 *   <li>{@value #PLACE_PATH}: every prefix of every place path joined with {@code /}, an exact
 *       hierarchical filter ({@code 西藏自治区/拉萨市} matches every place under 拉萨市);
 *   <li>{@value #PLACE_TREE}: the same prefixes led by their depth ({@code 1/西藏自治区/拉萨市}), so a
 *       terms facet restricted to the prefix {@code 1/西藏自治区/} lists the children of 西藏自治区: a
 *       drill-down that works per shard and sums across shards;
 *   <li>{@value #PROGRAM}, {@value #PROGRAM_KIND}: program names and kinds;
 *   <li>{@value #MONEY}: amounts in yuan (CNY only; both ends of a range); {@value #PERCENT}: percent
 *       values (unit PERCENT only; both ends of a range);
 *   <li>{@value #CHECK_CONSISTENT}, {@value #CHECK_INCONSISTENT}: how many stated sums and ratios
 *       add up and how many do not.
 * </ul>
 *
 * <p>Values are de-duplicated, in order of first mention. Immutable and thread-safe.
 */
public final class EntityFields {
  public static final String PLACE = ArchiveFields.PLACE;
  public static final String PLACE_PATH = ArchiveFields.PLACE_PATH;
  public static final String PLACE_TREE = "place_tree";
  public static final String PROGRAM = ArchiveFields.PROGRAM;
  public static final String PROGRAM_KIND = ArchiveFields.PROGRAM_KIND;
  public static final String MONEY = ArchiveFields.MONEY;
  public static final String PERCENT = ArchiveFields.PERCENT;
  public static final String CHECK_CONSISTENT = "check_consistent";
  public static final String CHECK_INCONSISTENT = "check_inconsistent";

  private final Map<String, List<Object>> fields;

  private EntityFields(Map<String, List<Object>> fields) {
    this.fields = fields;
  }

  /** The fields of the entities and checks of {@code articles} together. */
  public static EntityFields of(Collection<MinedArticle> articles) {
    Set<String> places = new LinkedHashSet<>();
    Set<String> paths = new LinkedHashSet<>();
    Set<String> tree = new LinkedHashSet<>();
    Set<String> programs = new LinkedHashSet<>();
    Set<String> kinds = new LinkedHashSet<>();
    Set<Double> money = new LinkedHashSet<>();
    Set<Double> percent = new LinkedHashSet<>();
    int consistent = 0;
    int inconsistent = 0;
    for (MinedArticle a : articles) {
      for (Entity e : a.entities()) {
        if (e instanceof Place p) {
          places.add(p.name());
          places.addAll(p.path());
          for (int i = 1; i <= p.path().size(); i++) {
            String prefix = String.join(ArchiveFields.PATH_SEPARATOR, p.path().subList(0, i));
            paths.add(prefix);
            tree.add((i - 1) + ArchiveFields.PATH_SEPARATOR + prefix);
          }
        } else if (e instanceof Program p) {
          programs.add(p.name());
          kinds.add(p.kind().name());
        } else if (e instanceof Money m && m.currency().equals("CNY")) {
          addValue(money, m.value(), m.isRange() ? m.max() : null);
        } else if (e instanceof Percent p && p.unit() == PercentUnit.PERCENT) {
          addValue(percent, p.value(), p.isRange() ? p.max() : null);
        }
      }
      for (Check c : a.checks()) {
        if (c.verdict() == Verdict.CONSISTENT) {
          consistent++;
        } else {
          inconsistent++;
        }
      }
    }
    Map<String, List<Object>> f = new LinkedHashMap<>();
    f.put(PLACE, List.copyOf(places));
    f.put(PLACE_PATH, List.copyOf(paths));
    f.put(PLACE_TREE, List.copyOf(tree));
    f.put(PROGRAM, List.copyOf(programs));
    f.put(PROGRAM_KIND, List.copyOf(kinds));
    f.put(MONEY, List.copyOf(money));
    f.put(PERCENT, List.copyOf(percent));
    f.put(CHECK_CONSISTENT, List.of(consistent));
    f.put(CHECK_INCONSISTENT, List.of(inconsistent));
    return new EntityFields(Collections.unmodifiableMap(f));
  }

  private static void addValue(Set<Double> values, BigDecimal value, BigDecimal rangeEnd) {
    values.add(value.doubleValue());
    if (rangeEnd != null) {
      values.add(rangeEnd.doubleValue());
    }
  }

  /**
   * Field name to values, in the order of the constants above: strings for the place and program
   * fields, doubles for money and percent, one integer for each check count. A field with no values
   * maps to an empty list.
   */
  public Map<String, List<Object>> asMap() {
    return fields;
  }

  /** The values of one field (empty when none, or when {@code name} is not one of these fields). */
  public List<Object> values(String name) {
    return fields.getOrDefault(name, List.of());
  }
}
