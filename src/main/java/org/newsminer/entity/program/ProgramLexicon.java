package org.newsminer.entity.program;

import org.newsminer.entity.ProgramKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsminer.text.ModelFile;

/**
 * The lexicon of well-known programs and policy formulas ({@code models/programs.tsv}). Immutable and
 * thread-safe; the shared instance is loaded once, lazily, on first use.
 */
final class ProgramLexicon {
  static final String RESOURCE = "programs.tsv";

  /** A lexicon entry: a program's name and kind. */
  record Entry(String name, ProgramKind kind) {}

  private final Map<String, Entry> byName;
  /** Entries by first character (indexed by the char itself, so scanning never boxes), longest first. */
  private final Entry[][] byFirstChar = new Entry[Character.MAX_VALUE + 1][];

  ProgramLexicon(List<Entry> entries) {
    Map<String, Entry> m = new HashMap<>();
    Map<Character, List<Entry>> f = new HashMap<>();
    for (Entry e : entries) {
      m.put(e.name(), e);
      f.computeIfAbsent(e.name().charAt(0), k -> new ArrayList<>()).add(e);
    }
    f.forEach((c, v) -> {
      v.sort((a, b) -> b.name().length() - a.name().length());
      byFirstChar[c] = v.toArray(new Entry[0]);
    });
    this.byName = Map.copyOf(m);
  }

  private static final class Holder {
    static final ProgramLexicon SHARED = load();
  }

  /** The lexicon packaged with newsminer. */
  static ProgramLexicon shared() {
    return Holder.SHARED;
  }

  /** All entries, in no particular order. */
  List<Entry> entries() {
    return List.copyOf(byName.values());
  }

  /** The entry named exactly {@code name}, or null. */
  Entry lookup(String name) {
    return byName.get(name);
  }

  /** The longest entry spelled at {@code text[i, limit)}, or null. */
  Entry longestAt(String text, int i, int limit) {
    Entry[] candidates = byFirstChar[text.charAt(i)];
    if (candidates == null) {
      return null;
    }
    for (Entry e : candidates) {
      if (i + e.name().length() <= limit && text.startsWith(e.name(), i)) {
        return e;
      }
    }
    return null;
  }

  static ProgramLexicon load() {
    return fromRows(ModelFile.rows(RESOURCE, 2, 2));
  }

  /** The lexicon of rows name, kind (INITIATIVE, DOCUMENT or FORMULA); an unknown kind is a line-numbered error. */
  static ProgramLexicon fromRows(List<ModelFile.Row> rows) {
    List<Entry> entries = new ArrayList<>();
    Map<String, ModelFile.Row> seen = new HashMap<>();
    for (ModelFile.Row row : rows) {
      ProgramKind kind;
      try {
        kind = ProgramKind.valueOf(row.field(1));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown kind " + row.field(1));
      }
      ModelFile.Row first = seen.putIfAbsent(row.field(0), row);
      if (first != null) {
        throw row.error("duplicate name " + row.field(0) + " (first on line " + first.line() + ")");
      }
      entries.add(new Entry(row.field(0), kind));
    }
    return new ProgramLexicon(entries);
  }
}
