package org.newsminer.entity.program;

import org.newsminer.entity.ProgramKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lexicon of well-known programs and policy formulas ({@code models/programs.tsv}). Immutable and
 * thread-safe; the shared instance is loaded once, lazily, on first use.
 */
final class ProgramLexicon {
  static final String RESOURCE = "/org/newsminer/models/programs.tsv";

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
    try (InputStream in = ProgramLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("program lexicon missing from the classpath: " + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Parses the TSV format: name, kind; {@code #} starts a comment line. */
  static ProgramLexicon parse(BufferedReader r) throws IOException {
    List<Entry> entries = new ArrayList<>();
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length < 2 || cols[0].isBlank()) {
        throw new IllegalArgumentException("programs.tsv line " + n + ": expected name<TAB>kind, got: " + line);
      }
      try {
        entries.add(new Entry(cols[0].strip(), ProgramKind.valueOf(cols[1].strip())));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("programs.tsv line " + n + ": unknown kind " + cols[1], e);
      }
    }
    return new ProgramLexicon(entries);
  }
}
