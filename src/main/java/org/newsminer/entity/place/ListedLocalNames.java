package org.newsminer.entity.place;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsminer.entity.PlaceLevel;
import org.newsminer.text.CharClasses;

/**
 * Mechanism 3a, townships and villages of the article's own counties: before a township or village suffix,
 * the longest name the division list has under a county, prefecture or province the article names (分乡镇
 * after 宜昌, 新城镇 in a table of a county's towns, 小黑河镇, 后毛道村; 桑木村 where the list writes 桑木社区,
 * by stem). Such a name needs no grammar: the list and the article's context vouch for it, common words
 * included (城关镇, 新华村). A name of the list elsewhere in the country is left to the suffix grammar.
 *
 * <p>One instance per text run, confined to the calling thread.
 */
final class ListedLocalNames {
  private final Divisions d = Divisions.get();
  private final String text;
  private final int from;
  /** Units the article names (county and above), under which its local names are looked up. */
  private final Set<Integer> context;
  /** Positions strong hits cover; positions inside a hit after its first character; where hits end. */
  private final boolean[] strong;
  private final boolean[] within;
  private final boolean[] endsAt;

  private ListedLocalNames(String text, int from, int to, List<Cand> gaz, Set<Integer> context) {
    this.text = text;
    this.from = from;
    this.context = context;
    strong = new boolean[to - from];
    within = new boolean[to - from + 1];
    endsAt = new boolean[to - from + 1];
    for (Cand c : gaz) {
      if (SuffixGrammar.strong(text, c)) {
        c.mark(strong, from);
      }
      for (int k = c.start + 1; k < c.end; k++) {
        within[k - from] = true;
      }
      endsAt[c.end - from] = true;
    }
  }

  /** Longest name searched before a suffix (高寨苗族布依族乡: peoples make township names long). */
  private static final int MAX_NAME = 8;

  /** {@code gaz} with the list's local names added; weak hits they contain (黑河 in 小黑河镇) give way. */
  static List<Cand> add(String text, int from, int to, List<Cand> gaz) {
    Set<Integer> context = new HashSet<>();
    for (Cand c : gaz) {
      // A name several counties share (城关区) counts with each of them: the township under it decides.
      if (c.entry.units().length > 0 && Cand.rank(c.level) <= Cand.rank(PlaceLevel.COUNTY)) {
        for (int u : c.entry.units()) {
          context.add(u);
        }
      }
    }
    if (context.isEmpty()) {
      return gaz;
    }
    ListedLocalNames run = new ListedLocalNames(text, from, to, gaz, context);
    List<Cand> found = new ArrayList<>();
    for (int i = from + 1; i < to; i++) {
      Suffixes.Suffix suf = Suffixes.at(text, i, to);
      if (suf == null || suf.level() != PlaceLevel.TOWNSHIP && suf.level() != PlaceLevel.VILLAGE
          || run.strong[i - from]) {
        continue;
      }
      Cand c = run.longest(i, suf);
      if (c != null) {
        found.add(c);
        i = c.end - 1;
      }
    }
    if (found.isEmpty()) {
      return gaz;
    }
    List<Cand> out = new ArrayList<>(found);
    for (Cand g : gaz) {
      boolean inside = false;
      for (Cand f : found) {
        inside |= g.start < f.end && f.start < g.end;
      }
      if (!inside) {
        out.add(g);
      }
    }
    out.sort(Comparator.comparingInt(c -> c.start));
    return out;
  }

  private Cand longest(int i, Suffixes.Suffix suf) {
    int sufEnd = i + suf.text().length();
    // The leftmost start whose characters up to the suffix are all free ideographs: found once, not per start.
    int lim = i;
    while (lim > Math.max(from, i - MAX_NAME) && allFree(lim - 1, lim)) {
      lim--;
    }
    for (int p = lim; p <= i - 2; p++) {
      if (within[p - from] || SuffixGrammar.ordinal(text, p, i)) {
        continue;
      }
      List<Integer> units = local(d.firstNamed(text, p, sufEnd), false, suf.level());
      if (units.isEmpty()) {
        units = local(d.firstStemmed(text, p, i), true, suf.level());
      }
      // The boundary checks cost dictionary lookups: only for a name the list has here.
      if (!units.isEmpty() && !startsInsideWord(p, i) && leftBoundary(p)) {
        String name = text.substring(p, sufEnd);
        return new Cand(p, sufEnd, entry(name, suf.level(), units), suf.level(), name);
      }
    }
    return null;
  }

  /**
   * The name's left edge is a boundary: the text's start, punctuation, a function word, the end of a place
   * (达孜区|扎叶巴村) or of a word (来到|新城镇). Inside a longer name the list's shorter one is not taken
   * (扎叶巴村 is not 叶巴村).
   */
  private boolean leftBoundary(int p) {
    if (p == from || endsAt[p - from]) {
      return true;
    }
    char c = text.charAt(p - 1);
    if (!CharClasses.isHan(c) || PlaceRules.STOP_CHARS.indexOf(c) >= 0) {
      return true;
    }
    for (int k = 2; k <= 3 && p - k >= from; k++) {
      CoreDictionary.Attribute w = CoreDictionary.get(text.substring(p - k, p));
      if (w != null && w.totalFrequency >= WordBoundaries.RARE) {
        return true;
      }
    }
    return false;
  }

  private boolean allFree(int p, int i) {
    for (int k = p; k < i; k++) {
      if (strong[k - from] || !CharClasses.isHan(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** A dictionary word across the name's first character (家 of 老家 before 桑木村) means it starts later. */
  private boolean startsInsideWord(int p, int i) {
    for (int a = Math.max(from, p - 2); a < p; a++) {
      for (int b = p + 1; b <= Math.min(i, a + 3); b++) {
        CoreDictionary.Attribute w = CoreDictionary.get(text.substring(a, b));
        if (w != null && w.totalFrequency >= WordBoundaries.RARE && !w.hasNatureStartsWith("ns")) {
          return true;
        }
      }
    }
    return false;
  }

  /** The units of {@code level} on the name (or stem) chain from {@code first} that lie under the context. */
  private List<Integer> local(int first, boolean stems, PlaceLevel level) {
    List<Integer> out = new ArrayList<>(1);
    for (int u = first; u >= 0; u = stems ? d.nextStemmed(u) : d.nextNamed(u)) {
      if (d.level(u) != level) {
        continue;
      }
      for (int a = d.parent(u); a >= 0; a = d.parent(a)) {
        if (context.contains(a)) {
          out.add(u);
          break;
        }
      }
    }
    return out;
  }

  /** The entry of a name as the paper writes it: code and path when it is one unit. */
  private Gazetteer.Entry entry(String name, PlaceLevel level, List<Integer> units) {
    int[] u = units.stream().mapToInt(Integer::intValue).toArray();
    if (u.length > 1) {
      return new Gazetteer.Entry(name, level, List.of(), null, u, true);
    }
    List<String> path = new ArrayList<>(d.path(d.parent(u[0])));
    path.add(name);
    return new Gazetteer.Entry(name, level, List.copyOf(path), d.code(u[0]), u, true);
  }
}
