package org.newsminer.check;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.newsminer.text.ModelFile;

/**
 * The cue lexicon of {@code models/rules/check/cues.tsv}: words grouped by the role they give the
 * figures around them (parts follow, a sum follows, a share follows …). Immutable and thread-safe;
 * {@link #get()} loads the table once.
 */
final class Cues {
  private static final String RESOURCE = "rules/check/cues.tsv";

  /** What a cue says about the figures around it (see the header of the data file). */
  enum Function { PARTS, CLOSE, SUM, TOTAL, OF, SHARE, DONE, RISE, FALL, FROM, TO, PER, NOTPART, OTHERS, LINK, ANAPHOR }

  private final Map<Function, List<String>> words;
  /** The first characters of the cues of each function. */
  private final Map<Function, BitSet> firsts = new EnumMap<>(Function.class);

  private Cues(Map<Function, List<String>> words) {
    this.words = words;
    words.forEach((f, list) -> {
      BitSet first = new BitSet();
      list.forEach(w -> first.set(w.charAt(0)));
      firsts.put(f, first);
    });
  }

  private static final class Holder {
    static final Cues INSTANCE = load();
  }

  static Cues get() {
    return Holder.INSTANCE;
  }

  /** The cue words of {@code f}, longest first. */
  List<String> words(Function f) {
    return words.get(f);
  }

  /** Whether {@code s[from, to)} holds a cue of {@code f}. */
  boolean in(Function f, String s, int from, int to) {
    return lastIndexIn(f, s, from, to) >= 0;
  }

  /** Start of the last cue of {@code f} that lies inside {@code s[from, to)}, or -1. */
  int lastIndexIn(Function f, String s, int from, int to) {
    from = Math.max(0, from);
    to = Math.min(s.length(), to);
    BitSet first = firsts.get(f);
    for (int i = to - 1; i >= from; i--) {
      if (!first.get(s.charAt(i))) {
        continue; // no cue of f starts with this character: one lookup instead of one per word
      }
      for (String w : words.get(f)) {
        if (i + w.length() <= to && s.startsWith(w, i)) {
          return i;
        }
      }
    }
    return -1;
  }

  /** Whether {@code s[from, to)} ends with a cue of {@code f}; its start, or -1. */
  int endingAt(Function f, String s, int from, int to) {
    for (String w : words.get(f)) {
      if (to - w.length() >= from && s.startsWith(w, to - w.length())) {
        return to - w.length();
      }
    }
    return -1;
  }

  /** The end of the cue of {@code f} starting at {@code at}, or -1. */
  int endAt(Function f, String s, int at) {
    for (String w : words.get(f)) {
      if (s.startsWith(w, at)) {
        return at + w.length();
      }
    }
    return -1;
  }

  private static Cues load() {
    Map<Function, List<String>> words = new EnumMap<>(Function.class);
    for (Function f : Function.values()) {
      words.put(f, new ArrayList<>());
    }
    for (ModelFile.Row row : ModelFile.rows(RESOURCE, 2, 2)) {
      Function f;
      try {
        f = Function.valueOf(row.field(1));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown cue function " + row.field(1));
      }
      if (words.get(f).contains(row.field(0))) {
        throw row.error("duplicate cue " + row.field(0) + " " + f);
      }
      words.get(f).add(row.field(0));
    }
    Map<Function, List<String>> frozen = new EnumMap<>(Function.class);
    words.forEach((f, list) -> {
      list.sort((a, b) -> b.length() - a.length());
      frozen.put(f, List.copyOf(list));
    });
    return new Cues(frozen);
  }
}
