package org.newsminer.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lexicon of well-known programs and policy formulas ({@code models/programs.tsv}): every spelling
 * maps to one canonical name and kind, so the same program gets one name across articles. Immutable and
 * thread-safe; the shared instance is loaded once, lazily, on first use.
 */
final class ProgramLexicon {
  static final String RESOURCE = "/org/newsminer/models/programs.tsv";

  /** A lexicon entry: the canonical name and kind of one spelling. */
  record Entry(String spelling, String name, ProgramKind kind) {}

  private final Map<String, Entry> bySpelling;
  /** Spellings by first character, longest first, for longest-match scanning. */
  private final Map<Character, List<Entry>> byFirstChar;

  ProgramLexicon(List<Entry> entries) {
    Map<String, Entry> m = new HashMap<>();
    Map<Character, List<Entry>> f = new HashMap<>();
    for (Entry e : entries) {
      m.put(e.spelling(), e);
      f.computeIfAbsent(e.spelling().charAt(0), k -> new ArrayList<>()).add(e);
    }
    for (List<Entry> l : f.values()) {
      l.sort((a, b) -> b.spelling().length() - a.spelling().length());
    }
    f.replaceAll((k, v) -> List.copyOf(v));
    this.bySpelling = Map.copyOf(m);
    this.byFirstChar = Map.copyOf(f);
  }

  private static final class Holder {
    static final ProgramLexicon SHARED = load();
  }

  /** The lexicon packaged with newsminer. */
  static ProgramLexicon shared() {
    return Holder.SHARED;
  }

  /** The entry for exactly {@code spelling}, or null. */
  Entry lookup(String spelling) {
    return bySpelling.get(spelling);
  }

  /** The longest entry spelled at {@code text[i, limit)}, or null. */
  Entry longestAt(String text, int i, int limit) {
    List<Entry> candidates = byFirstChar.getOrDefault(text.charAt(i), Collections.emptyList());
    for (Entry e : candidates) {
      String s = e.spelling();
      if (i + s.length() <= limit && text.startsWith(s, i)) {
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

  /** Parses the TSV format: canonical name, kind, optional {@code |}-separated other spellings. */
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
      if (cols.length < 2) {
        throw new IllegalArgumentException("programs.tsv line " + n + ": expected name<TAB>kind, got: " + line);
      }
      String name = cols[0].strip();
      ProgramKind kind;
      try {
        kind = ProgramKind.valueOf(cols[1].strip());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("programs.tsv line " + n + ": unknown kind " + cols[1], e);
      }
      entries.add(new Entry(name, name, kind));
      if (cols.length > 2) {
        for (String v : cols[2].split("\\|")) {
          if (!v.isBlank()) {
            entries.add(new Entry(v.strip(), name, kind));
          }
        }
      }
    }
    return new ProgramLexicon(entries);
  }
}
