package org.newsminer.entity.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsminer.entity.PlaceLevel;

/**
 * Mechanism 1, gazetteer match: every surface form of the gazetteer (and HanLP's own place words) found by
 * the Aho-Corasick automaton, resolved longest-first; a short hit is kept only when it does not cut a word
 * of the surrounding text.
 *
 * <p>Stateless and thread-safe.
 */
final class GazetteerMatcher {
  private GazetteerMatcher() {}

  static List<Cand> hits(String text, int from, int to) {
    List<Cand> hits = new ArrayList<>();
    PlaceIndex.AC.parseText(text.substring(from, to).toCharArray(), (b, e, v) ->
        hits.add(new Cand(from + b, from + e, v[0], v[0].level(), v[0].name())));
    // Longest first; among equals, leftmost first.
    hits.sort(Comparator.comparingInt(Cand::length).reversed().thenComparingInt(c -> c.start));
    boolean[] taken = new boolean[to - from];
    List<Cand> chosen = new ArrayList<>();
    for (Cand c : hits) {
      if (Cand.overlaps(taken, from, c.start, c.end) || !longEnough(c)
          && !WordBoundaries.alignedWithWords(text, from, to, c.start, c.end, SuffixGrammar.strong(text, c))) {
        continue;
      }
      if (c.level == PlaceLevel.NATURAL && brand(text, to, c.end)) {
        continue; // 中国太平洋财产保险: a brand, not the ocean
      }
      if (!c.entry.listed() && (NameGuards.personContext(text, from, to, c.start, c.end)
          || WordBoundaries.crossedByWord(text, from, to, c.start, c.end))) {
        // A HanLP place word used as a name: 组长白万鹏, 记者洛桑.
        continue;
      }
      c.mark(taken, from);
      chosen.add(c);
    }
    chosen.sort(Comparator.comparingInt(c -> c.start));
    return chosen;
  }

  /** Names this long (墨竹工卡县, 孔雀河) are not cut out of a longer word in practice. */
  private static boolean longEnough(Cand c) {
    return c.length() >= 4 || c.length() == 3 && c.level == PlaceLevel.NATURAL;
  }

  /** A natural feature's name followed by a business word names a company (太平洋保险, 长江证券). */
  private static boolean brand(String text, int to, int e) {
    for (String w : PlaceRules.BRAND_WORDS) {
      if (text.startsWith(w, e) && e + w.length() <= to) {
        return true;
      }
    }
    return false;
  }
}
