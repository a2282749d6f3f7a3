package org.newsminer.entity.place;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsminer.entity.PlaceLevel;
import org.newsminer.text.ModelFile;

/**
 * Read-only lookup of the places PLACE finds by name: every province, prefecture- and county-level unit of
 * China's statistical division list ({@link Divisions}), with the short forms and former names papers use
 * ({@code models/division-aliases.tsv}: 拉萨 → 拉萨市, 昌都地区 → 昌都市), and the places the list lacks
 * ({@code models/places.tsv}: the country, Taiwan, Hong Kong and Macao, development zones, foreign places,
 * natural features).
 *
 * <p>A name several counties share (鼓楼区) is one entry with all its units and no code or path: the
 * article's context decides ({@link CodeResolver}). Immutable and thread-safe; {@link #get()} loads once,
 * lazily.
 */
public final class Gazetteer {

  /**
   * One place. {@code units} are the division units the name may be (one when it resolves, several when
   * ambiguous, none for places outside the list); {@code code} and {@code path} are set when it is one unit
   * or a place of {@code places.tsv}. {@code listed} is false for HanLP's own place words (hierarchy unknown).
   */
  record Entry(String name, PlaceLevel level, List<String> path, String code, int[] units, boolean listed) {

    /** A HanLP place word: level guessed, hierarchy unknown. */
    static Entry unlisted(String name, PlaceLevel level) {
      return new Entry(name, level, List.of(), null, new int[0], false);
    }

    boolean ambiguous() {
      return units.length > 1;
    }
  }

  private static final String PLACES = "places.tsv";
  private static final String ALIASES = "division-aliases.tsv";

  private final Map<String, Entry> byName;
  /** Every surface form (full names, short forms, former names) to its entry. */
  private final Map<String, Entry> bySurface;
  /** Short forms derived from the list (天峻 for 天峻县) that count only where the article names their region. */
  private final Set<String> contextual;

  private Gazetteer(Map<String, Entry> byName, Map<String, Entry> bySurface, Set<String> contextual) {
    this.byName = byName;
    this.bySurface = bySurface;
    this.contextual = contextual;
  }

  private static final class Holder {
    static final Gazetteer INSTANCE = build(ModelFile.rows(PLACES, 3, 4), ModelFile.rows(ALIASES, 3, 3), Divisions.get());
  }

  /** The gazetteer shipped in the jar. */
  public static Gazetteer get() {
    return Holder.INSTANCE;
  }

  /**
   * The full name a surface form stands for: {@code 拉萨} → 拉萨市, {@code 西藏} → 西藏自治区,
   * {@code 昌都地区} → 昌都市; empty when the gazetteer does not know the form.
   */
  public Optional<String> fullName(String surface) {
    Entry e = bySurface.get(surface);
    return e == null ? Optional.empty() : Optional.of(e.name());
  }

  /**
   * The administrative path of a full name or short form, from the province down, ending in the name itself
   * ({@code 堆龙德庆区} → [西藏自治区, 拉萨市, 堆龙德庆区]). Empty when unknown or shared by several units.
   */
  public List<String> path(String name) {
    Entry e = byName.get(name);
    if (e == null) {
      e = bySurface.get(name);
    }
    return e == null ? List.of() : e.path();
  }

  /** The statistical division code of a full name or short form when it is exactly one unit. */
  public Optional<String> code(String name) {
    Entry e = byName.get(name);
    if (e == null) {
      e = bySurface.get(name);
    }
    return e == null ? Optional.empty() : Optional.ofNullable(e.code());
  }

  /** The level of a full name or short form, if known. */
  public Optional<PlaceLevel> level(String name) {
    Entry e = bySurface.get(name);
    return e == null ? Optional.empty() : Optional.of(e.level());
  }

  /**
   * The full names of the gazetteer's places: provinces, prefectures and counties of the division list
   * and the hand-kept places (natural features, zones, foreign places), not townships or villages.
   * Search uses them as words that segmentation keeps whole.
   */
  public Set<String> names() {
    return byName.keySet();
  }

  /** Number of places (not surface forms). */
  public int size() {
    return byName.size();
  }

  Entry entry(String surface) {
    return bySurface.get(surface);
  }

  /** All surface forms with their entries, for building automata. */
  Map<String, Entry> surfaces() {
    return bySurface;
  }

  /** A gazetteer of {@code places.tsv}-style rows alone (no division list), for validating such rows. */
  static Gazetteer parse(BufferedReader r) throws IOException {
    List<ModelFile.Row> rows = new ArrayList<>();
    String line;
    int no = 0;
    while ((line = r.readLine()) != null) {
      no++;
      if (!line.isBlank() && !line.startsWith("#")) {
        ModelFile.Row row = new ModelFile.Row(PLACES, no, List.of(line.split("\t", -1)));
        if (row.size() < 3 || row.size() > 4 || row.field(0).isEmpty()) {
          throw row.error("expected name, level, parent[, short forms]");
        }
        rows.add(row);
      }
    }
    return build(rows, List.of(), null);
  }

  private static Gazetteer build(List<ModelFile.Row> places, List<ModelFile.Row> aliases, Divisions d) {
    Map<String, Entry> byName = new HashMap<>();
    Map<String, Entry> bySurface = new HashMap<>();
    if (d != null) {
      addDivisions(d, byName, bySurface);
      addAliases(aliases, d, byName, bySurface);
    }
    Map<String, ModelFile.Row> rows = new LinkedHashMap<>();
    for (ModelFile.Row row : places) {
      if (rows.put(row.field(0), row) != null) {
        throw row.error("duplicate name " + row.field(0));
      }
    }
    Map<String, Entry> listed = new HashMap<>();
    for (String name : rows.keySet()) {
      resolve(name, rows, listed, byName, 0);
    }
    for (Entry e : listed.values()) {
      byName.put(e.name(), e);
      surface(bySurface, e.name(), e, rows.get(e.name()));
    }
    for (Entry e : listed.values()) {
      ModelFile.Row row = rows.get(e.name());
      if (row.size() > 3) {
        for (String s : row.field(3).split(",")) {
          if (!s.isEmpty()) {
            surface(bySurface, s, e, row);
          }
        }
      }
    }
    Set<String> contextual = new HashSet<>();
    if (d != null) {
      addStems(byName, bySurface, contextual);
    }
    return new Gazetteer(Collections.unmodifiableMap(byName), Collections.unmodifiableMap(bySurface),
        Set.copyOf(contextual));
  }

  /** True for a short form derived from the list, which counts only where the article names its region. */
  boolean contextual(String surface) {
    return contextual.contains(surface);
  }

  /**
   * Papers drop the suffix of counties and prefectures they list or name again (祁连、天峻等地; 乌什、柯坪两个
   * 县): each such unit's stem becomes a short form, unless it is a common word or stands for several names.
   */
  private static void addStems(Map<String, Entry> byName, Map<String, Entry> bySurface, Set<String> contextual) {
    Map<String, List<Entry>> byStem = new HashMap<>();
    for (Entry e : byName.values()) {
      if (e.units().length > 0 && (e.level() == PlaceLevel.COUNTY || e.level() == PlaceLevel.PREFECTURE)) {
        String stem = stem(e.name());
        if (stem != null && stem.length() >= 2 && !commonWord(stem)) {
          byStem.computeIfAbsent(stem, k -> new ArrayList<>()).add(e);
        }
      }
    }
    for (Map.Entry<String, List<Entry>> s : byStem.entrySet()) {
      if (s.getValue().size() == 1 && !bySurface.containsKey(s.getKey())) {
        bySurface.put(s.getKey(), s.getValue().get(0));
        contextual.add(s.getKey());
      }
    }
  }

  /**
   * A county's or prefecture's name without its administrative suffix and its peoples: 天峻县 → 天峻,
   * 门源回族自治县 → 门源, 东乡族自治县 → 东乡 (the people's name when nothing else is left). Null if none.
   */
  static String stem(String name) {
    String s = null;
    for (Suffixes.Suffix suf : Suffixes.ALL) {
      if ((suf.level() == PlaceLevel.COUNTY || suf.level() == PlaceLevel.PREFECTURE) && name.endsWith(suf.text())
          && name.length() > suf.text().length()) {
        s = name.substring(0, name.length() - suf.text().length());
        break;
      }
    }
    if (s == null) {
      return null;
    }
    if (s.endsWith("自治")) {
      s = s.substring(0, s.length() - 2);
    }
    String people = null;
    while (s.endsWith("族")) {
      int cut = -1;
      for (int k = Math.min(5, s.length()); k >= 2; k--) {
        if (CoreDictionary.contains(s.substring(s.length() - k))) {
          cut = k;
          break;
        }
      }
      if (cut < 0 && s.length() <= 4) {
        cut = s.length(); // 东乡族: a people the dictionary lacks, the whole rest
      } else if (cut < 0) {
        break;
      }
      people = s.substring(s.length() - cut, s.length() - 1);
      s = s.substring(0, s.length() - cut);
    }
    return s.isEmpty() ? people : s;
  }

  private static void surface(Map<String, Entry> bySurface, String s, Entry e, ModelFile.Row row) {
    Entry old = bySurface.putIfAbsent(s, e);
    if (old != null && old != e && !old.name().equals(e.name())) {
      throw row.error("surface form " + s + " of " + e.name() + " is also " + old.name());
    }
  }

  /**
   * Every province, prefecture- and county-level unit by its full name. A name that is a frequent common
   * word (城区, 郊区, 矿区: districts of a few cities) is no surface form: in prose it is the word.
   */
  private static void addDivisions(Divisions d, Map<String, Entry> byName, Map<String, Entry> bySurface) {
    Map<String, List<Integer>> units = new LinkedHashMap<>();
    for (int u = 0; u < d.size(); u++) {
      if (Cand.rank(d.level(u)) <= Cand.rank(PlaceLevel.COUNTY) && !d.grouping(u)) {
        units.computeIfAbsent(d.name(u), k -> new ArrayList<>(1)).add(u);
      }
    }
    for (Map.Entry<String, List<Integer>> e : units.entrySet()) {
      List<Integer> us = e.getValue();
      int top = us.get(0);
      // 东莞市 the prefecture and 东莞市 the county-level unit under it are one place: the higher one.
      if (us.size() > 1 && us.stream().allMatch(u -> d.within(u, top))) {
        us = List.of(top);
      }
      Entry entry = divisionEntry(d, e.getKey(), us.stream().mapToInt(Integer::intValue).toArray());
      byName.put(entry.name(), entry);
      if (!commonWord(entry.name())) {
        bySurface.put(entry.name(), entry);
      }
    }
  }

  private static boolean commonWord(String name) {
    CoreDictionary.Attribute a = CoreDictionary.get(name);
    if (HanlpPlaceWords.isBlocked(name) || a != null && a.totalFrequency >= WordBoundaries.RARE && !a.hasNatureStartsWith("ns")) {
      return true;
    }
    // 老城区, 新城区: a generic word and a suffix read as a phrase in prose (木如、绕赛等老城区).
    String stem = name.length() > 2 ? name.substring(0, name.length() - 1) : null;
    return stem != null && PlaceRules.GENERIC.contains(stem);
  }

  static Entry divisionEntry(Divisions d, String name, int... units) {
    PlaceLevel level = levelOf(d, units[0], name);
    if (units.length > 1) {
      return new Entry(name, level, List.of(), null, units, true);
    }
    return new Entry(name, level, d.path(units[0]), d.code(units[0]), units, true);
  }

  /**
   * The unit's level. County-level codes numbered 71-79 within their prefecture (540172 拉萨经济技术开发区)
   * are development zones in the statistical standard: ZONE.
   */
  static PlaceLevel levelOf(Divisions d, int u, String name) {
    PlaceLevel level = d.level(u);
    return level == PlaceLevel.COUNTY && d.code(u).charAt(4) == '7' ? PlaceLevel.ZONE : level;
  }

  private static void addAliases(List<ModelFile.Row> aliases, Divisions d, Map<String, Entry> byName,
      Map<String, Entry> bySurface) {
    for (ModelFile.Row row : aliases) {
      int u = d.byCode(row.field(1));
      if (u < 0 || !d.name(u).equals(row.field(0))) {
        throw row.error("no unit " + row.field(0) + " with code " + row.field(1) + " in the division list");
      }
      Entry e = byName.get(row.field(0));
      if (e.ambiguous()) {
        e = divisionEntry(d, row.field(0), u);
      }
      for (String s : row.field(2).split(",")) {
        if (!s.isEmpty()) {
          Entry old = bySurface.putIfAbsent(s, e);
          if (old != null && old != e) {
            throw row.error("short form " + s + " of " + e.name() + " is also " + old.name());
          }
        }
      }
    }
  }

  private static Entry resolve(String name, Map<String, ModelFile.Row> rows, Map<String, Entry> done,
      Map<String, Entry> divisions, int depth) {
    Entry e = done.get(name);
    if (e != null) {
      return e;
    }
    ModelFile.Row row = rows.get(name);
    if (depth > 8) {
      throw row.error("parent cycle at " + name);
    }
    PlaceLevel level;
    try {
      level = PlaceLevel.valueOf(row.field(1));
    } catch (IllegalArgumentException ex) {
      throw row.error("bad level " + row.field(1) + " for " + name);
    }
    String parent = row.field(2);
    List<String> path = new ArrayList<>();
    if (!parent.isEmpty()) {
      Entry p = rows.containsKey(parent) ? resolve(parent, rows, done, divisions, depth + 1) : divisions.get(parent);
      if (p == null || p.path().isEmpty()) {
        throw row.error("unknown parent " + parent);
      }
      path.addAll(p.path());
    }
    path.add(name);
    e = new Entry(name, level, List.copyOf(path), null, new int[0], true);
    done.put(name, e);
    return e;
  }
}
