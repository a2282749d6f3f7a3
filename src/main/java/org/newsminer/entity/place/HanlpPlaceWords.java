package org.newsminer.entity.place;

import org.newsminer.entity.PlaceLevel;
import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsminer.text.ModelFile;

/**
 * The words HanLP's bundled core dictionary tags first as place names ({@code ns}): some five thousand
 * Chinese counties, towns and foreign places the hand-written gazetteer leaves out. They are read from
 * the dictionary HanLP already has in memory (walking its double-array trie read-only; nothing is
 * copied into newsminer or changed in HanLP) and given a level from their last characters.
 */
final class HanlpPlaceWords {
  private HanlpPlaceWords() {}

  /** General words and Tibetan given names that HanLP tags ns but are never read as places on their own. */
  private static final Set<String> BLOCKED_SET = blocked();

  private static Set<String> blocked() {
    Set<String> s = new HashSet<>(ModelFile.words("rules/place/hanlp-blocked.txt"));
    s.addAll(ModelFile.words("rules/place/tibetan-given-names.txt"));
    return Set.copyOf(s);
  }

  /** Endings of place words and the level each suggests, first match wins. */
  private static final List<String[]> LEVELS = levels();

  private static List<String[]> levels() {
    List<String[]> out = new ArrayList<>();
    for (ModelFile.Row row : ModelFile.rows("rules/place/hanlp-levels.tsv", 2, 2)) {
      try {
        PlaceLevel.valueOf(row.field(1));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown level " + row.field(1));
      }
      out.add(new String[] {row.field(0), row.field(1)});
    }
    return List.copyOf(out);
  }

  /** True for general words and Tibetan given names that are never read as places on their own. */
  static boolean isBlocked(String w) {
    return BLOCKED_SET.contains(w);
  }

  /**
   * Each ns word of HanLP's core dictionary as a place with a level guessed from its form and an empty
   * path; a county or city stem (靖远 for 靖远县) stands for the full name.
   */
  static Map<String, Gazetteer.Entry> load() {
    DoubleArrayTrie<CoreDictionary.Attribute> trie = CoreDictionary.trie;
    int[] base = trie.getBase();
    int[] check = trie.getCheck();
    int n = Math.min(base.length, check.length);
    // In HanLP's double array a transition from state b on char c lands on p = b + c + 1 with
    // check[p] == b. Index each state's outgoing positions once (compressed rows), then walk from the root.
    int[] start = new int[n + 1];
    for (int p = 0; p < n; p++) {
      int b = check[p];
      if (b > 0 && b < n && p > b) {
        start[b + 1]++;
      }
    }
    for (int b = 0; b < n; b++) {
      start[b + 1] += start[b];
    }
    int[] next = new int[start[n]];
    int[] fill = new int[n];
    for (int p = 0; p < n; p++) {
      int b = check[p];
      if (b > 0 && b < n && p > b) {
        next[start[b] + fill[b]++] = p;
      }
    }
    Walk w = new Walk(trie, start, next);
    w.from(base[0], 0);
    // A stem stands for its full name even where HanLP knows the stem too (正定 → 正定县).
    w.out.putAll(w.stems);
    return w.out;
  }

  /** A depth-first walk over HanLP's trie, collecting its place words. Confined to the loading thread. */
  private static final class Walk {
    final DoubleArrayTrie<CoreDictionary.Attribute> trie;
    final int[] base;
    final int[] check;
    /** Each state's outgoing positions: {@code next[start[b] .. start[b + 1])}. */
    final int[] start;
    final int[] next;
    final char[] word = new char[16];
    final Set<String> blocked = BLOCKED_SET;
    final Map<String, Gazetteer.Entry> out = new HashMap<>();
    final Map<String, Gazetteer.Entry> stems = new HashMap<>();

    Walk(DoubleArrayTrie<CoreDictionary.Attribute> trie, int[] start, int[] next) {
      this.trie = trie;
      this.base = trie.getBase();
      this.check = trie.getCheck();
      this.start = start;
      this.next = next;
    }

    /** Depth-first over the trie from state {@code b}; {@code word[0, len)} spells the path so far. */
    void from(int b, int len) {
      int n = start.length - 1;
      if (b < 0 || b >= n) {
        return;
      }
      if (check[b] == b && base[b] < 0 && len >= 2) {
        CoreDictionary.Attribute a = trie.get(-base[b] - 1);
        if (a != null && a.nature.length > 0 && a.nature[0].toString().startsWith("ns")) {
          String w = new String(word, 0, len);
          // 拉萨河畔, 江边: a place plus a locative names a stretch beside it, and would hide the place itself.
          if (!blocked.contains(w) && "畔边旁".indexOf(w.charAt(len - 1)) < 0) {
            out.put(w, place(w));
            // Newspapers drop the suffix of counties and cities (靖远县 → 靖远) when the stem is no common word.
            String stem = w.substring(0, len - 1);
            if (len >= 3 && "县市旗".indexOf(w.charAt(len - 1)) >= 0 && !blocked.contains(stem)) {
              CoreDictionary.Attribute sa = CoreDictionary.get(stem);
              if (sa == null || sa.nature[0].toString().startsWith("ns")) {
                stems.put(stem, place(w));
              }
            }
          }
        }
      }
      if (len == word.length) {
        return;
      }
      for (int j = start[b]; j < start[b + 1]; j++) {
        int p = next[j];
        char c = (char) (p - b - 1);
        if (c != 0) {
          word[len] = c;
          from(base[p], len + 1);
        }
      }
    }
  }

  private static Gazetteer.Entry place(String name) {
    return Gazetteer.Entry.unlisted(name, levelOf(name));
  }

  /**
   * The level a place word's form suggests. 市 gives COUNTY: the gazetteer lists every prefecture-level
   * city, so a city only HanLP knows is a county-level one (诸暨市).
   */
  static PlaceLevel levelOf(String w) {
    for (String[] s : LEVELS) {
      if (w.endsWith(s[0]) && w.length() > s[0].length()) {
        return PlaceLevel.valueOf(s[1]);
      }
    }
    for (int i = 0; i < w.length(); i++) {
      if (PlaceRules.FOREIGN_CHARS.indexOf(w.charAt(i)) >= 0) {
        return PlaceLevel.FOREIGN;
      }
    }
    // Most suffix-less Chinese place words in the dictionary are county-level names (诸暨, 石首).
    return PlaceLevel.COUNTY;
  }
}
