package org.newsminer.entity.place;

import org.newsminer.entity.PlaceLevel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read-only lookup in newsminer's hand-written gazetteer ({@code models/places.tsv}): China's provinces
 * and prefecture-level divisions, every county-level division of Tibet, Lhasa's development zones,
 * countries, major foreign cities and well-known natural features, each with its level, its parent and
 * the short forms newspapers use ({@code 拉萨} for 拉萨市, {@code 堆龙} for 堆龙德庆区).
 *
 * <p>Immutable and thread-safe; {@link #get()} loads the file once, lazily, from the classpath.
 */
public final class Gazetteer {

  /** One gazetteer row. {@code parent} is null at the top of the hierarchy. */
  record Entry(String name, PlaceLevel level, String parent, List<String> shortForms, List<String> path) {}

  private static final String RESOURCE = "/org/newsminer/models/places.tsv";

  private final Map<String, Entry> byName;
  /** Every surface form (full names and short forms) to its entry. */
  private final Map<String, Entry> bySurface;

  private Gazetteer(Map<String, Entry> byName, Map<String, Entry> bySurface) {
    this.byName = byName;
    this.bySurface = bySurface;
  }

  private static final class Holder {
    static final Gazetteer INSTANCE = load();
  }

  /** The gazetteer shipped in the jar. */
  public static Gazetteer get() {
    return Holder.INSTANCE;
  }

  /**
   * The full name a surface form stands for: {@code 拉萨} → 拉萨市, {@code 西藏} → 西藏自治区,
   * {@code 拉萨市} → 拉萨市; empty when the gazetteer does not know the form.
   */
  public Optional<String> fullName(String surface) {
    Entry e = bySurface.get(surface);
    return e == null ? Optional.empty() : Optional.of(e.name());
  }

  /**
   * The administrative path of a full name, from the province down, ending in the name itself
   * ({@code 堆龙德庆区} → [西藏自治区, 拉萨市, 堆龙德庆区]); a short form is resolved first. Empty when
   * unknown.
   */
  public List<String> path(String name) {
    Entry e = byName.get(name);
    if (e == null) {
      e = bySurface.get(name);
    }
    return e == null ? List.of() : e.path();
  }

  /** The level of a full name or short form, if known. */
  public Optional<PlaceLevel> level(String name) {
    Entry e = bySurface.get(name);
    return e == null ? Optional.empty() : Optional.of(e.level());
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

  private static Gazetteer load() {
    try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("gazetteer " + RESOURCE + " missing from the classpath");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer " + RESOURCE, e);
    }
  }

  static Gazetteer parse(BufferedReader r) throws IOException {
    Map<String, String[]> rows = new LinkedHashMap<>();
    String line;
    int no = 0;
    while ((line = r.readLine()) != null) {
      no++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 3 || f[0].isEmpty()) {
        throw new IllegalArgumentException("gazetteer line " + no + ": expected name, level, parent: " + line);
      }
      if (rows.put(f[0], f) != null) {
        throw new IllegalArgumentException("gazetteer line " + no + ": duplicate name " + f[0]);
      }
    }
    Map<String, Entry> byName = new HashMap<>();
    for (String name : rows.keySet()) {
      resolve(name, rows, byName, 0);
    }
    Map<String, Entry> bySurface = new HashMap<>();
    for (Entry e : byName.values()) {
      bySurface.put(e.name(), e);
    }
    for (Entry e : byName.values()) {
      for (String s : e.shortForms()) {
        Entry old = bySurface.putIfAbsent(s, e);
        if (old != null && old != e) {
          throw new IllegalArgumentException("gazetteer: short form " + s + " of " + e.name() + " is also " + old.name());
        }
      }
    }
    return new Gazetteer(Collections.unmodifiableMap(byName), Collections.unmodifiableMap(bySurface));
  }

  private static Entry resolve(String name, Map<String, String[]> rows, Map<String, Entry> done, int depth) {
    Entry e = done.get(name);
    if (e != null) {
      return e;
    }
    String[] f = rows.get(name);
    if (f == null) {
      throw new IllegalArgumentException("gazetteer: unknown parent " + name);
    }
    if (depth > 8) {
      throw new IllegalArgumentException("gazetteer: parent cycle at " + name);
    }
    PlaceLevel level;
    try {
      level = PlaceLevel.valueOf(f[1]);
    } catch (IllegalArgumentException ex) {
      throw new IllegalArgumentException("gazetteer: bad level " + f[1] + " for " + name, ex);
    }
    String parent = f[2].isEmpty() ? null : f[2];
    List<String> path = new ArrayList<>();
    if (parent != null) {
      path.addAll(resolve(parent, rows, done, depth + 1).path());
    }
    path.add(name);
    List<String> shortForms = new ArrayList<>();
    if (f.length > 3 && !f[3].isEmpty()) {
      for (String s : f[3].split(",")) {
        if (!s.isEmpty()) {
          shortForms.add(s);
        }
      }
    }
    e = new Entry(name, level, parent, List.copyOf(shortForms), List.copyOf(path));
    done.put(name, e);
    return e;
  }
}
