package org.newsminer.entity.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsminer.entity.PlaceLevel;
import org.newsminer.text.CharClasses;

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
    boolean[] endsAt = new boolean[to - from + 1];
    boolean[] startsAt = new boolean[to - from + 1];
    List<Cand> chosen = new ArrayList<>();
    List<Cand> gated = new ArrayList<>();
    for (Cand c : hits) {
      if (Cand.overlaps(taken, from, c.start, c.end)) {
        continue;
      }
      if (PlaceIndex.GATED.contains(text.substring(c.start, c.end))) {
        gated.add(c); // checked only where the article names the region (the costly checks come after)
        continue;
      }
      if (oneCharacterCounty(c) && !standsAlone(text, from, to, c, endsAt, startsAt)) {
        continue; // 供应县内: 应县 is a county only where nothing glues its character to a word (cheap: first)
      }
      if (!acceptable(text, from, to, c)) {
        continue;
      }
      c.mark(taken, from);
      endsAt[c.end - from] = true;
      startsAt[c.start - from] = true;
      chosen.add(c);
    }
    dropGluedWords(chosen, endsAt, from);
    addGated(text, from, to, gated, chosen, taken);
    chosen.sort(Comparator.comparingInt(c -> c.start));
    return chosen;
  }

  /** The word-boundary, brand and person guards every hit passes. */
  private static boolean acceptable(String text, int from, int to, Cand c) {
    if (!longEnough(c) && !WordBoundaries.alignedWithWords(text, from, to, c.start, c.end, SuffixGrammar.strong(text, c))) {
      return false;
    }
    if (c.level == PlaceLevel.NATURAL && brand(text, to, c.end)) {
      return false; // 中国太平洋财产保险: a brand, not the ocean
    }
    boolean derived = !c.entry.listed() || PlaceIndex.GAZ.contextual(text.substring(c.start, c.end));
    // A HanLP place word or derived short form used as a name or inside a word: 组长白万鹏, 记者洛桑, 草原平衡.
    return !(derived && (NameGuards.personContext(text, from, to, c.start, c.end)
        || WordBoundaries.crossedByWord(text, from, to, c.start, c.end)));
  }

  /**
   * A short form derived from the list (天峻, 乌什) counts where the article names its prefecture or
   * province, and then so does any such short form listed with it (祁连、天峻等地).
   */
  private static void addGated(String text, int from, int to, List<Cand> gated, List<Cand> chosen, boolean[] taken) {
    if (gated.isEmpty()) {
      return;
    }
    gated.removeIf(c -> Cand.overlaps(taken, from, c.start, c.end));
    if (gated.isEmpty()) {
      return;
    }
    Divisions d = Divisions.get();
    List<Integer> regions = new ArrayList<>();
    for (Cand c : chosen) {
      if (c.entry.units().length == 1 && Cand.rank(c.level) <= Cand.rank(PlaceLevel.PREFECTURE)) {
        regions.add(c.entry.units()[0]);
      }
    }
    List<Cand> accepted = new ArrayList<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Cand c : gated) {
        if (accepted.contains(c) || Cand.overlaps(taken, from, c.start, c.end)) {
          continue;
        }
        if ((inRegion(d, c, regions) || listedWith(text, c, accepted) || listedWithKin(text, d, c, gated))
            && acceptable(text, from, to, c)) {
          c.mark(taken, from);
          accepted.add(c);
          changed = true;
        }
      }
    }
    if (!accepted.isEmpty()) {
      List<Cand> rest = new ArrayList<>(gated);
      rest.removeAll(accepted);
      // The rest of a list one member of which was accepted (乌什、柯坪): accepted too.
      for (Cand c : rest) {
        if (!Cand.overlaps(taken, from, c.start, c.end) && listedWith(text, c, accepted) && acceptable(text, from, to, c)) {
          c.mark(taken, from);
          accepted.add(c);
        }
      }
    }
    chosen.addAll(accepted);
  }

  /**
   * True when {@code c} stands in a list next to another derived short form of the same province (南明、
   * 云岩、乌当; 从江、岑巩、麻江): two such neighbours vouch for each other.
   */
  private static boolean listedWithKin(String text, Divisions d, Cand c, List<Cand> gated) {
    for (Cand o : gated) {
      boolean next = o.end + 1 == c.start && LIST_MARKS.indexOf(text.charAt(o.end)) >= 0
          || c.end + 1 == o.start && LIST_MARKS.indexOf(text.charAt(c.end)) >= 0;
      if (next && sameProvince(d, c.entry.units(), o.entry.units())) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameProvince(Divisions d, int[] a, int[] b) {
    for (int u : a) {
      for (int v : b) {
        if (province(d, u) == province(d, v)) {
          return true;
        }
      }
    }
    return false;
  }

  private static int province(Divisions d, int u) {
    while (d.parent(u) >= 0) {
      u = d.parent(u);
    }
    return u;
  }

  private static boolean inRegion(Divisions d, Cand c, List<Integer> regions) {
    for (int u : c.entry.units()) {
      for (int r : regions) {
        if (u != r && d.within(u, r)) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when {@code c} and an accepted mention stand next to each other in a list (祁连、天峻). */
  private static boolean listedWith(String text, Cand c, List<Cand> accepted) {
    for (Cand a : accepted) {
      if (a.end + 1 == c.start && LIST_MARKS.indexOf(text.charAt(a.end)) >= 0
          || c.end + 1 == a.start && LIST_MARKS.indexOf(text.charAt(c.end)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** A county of the list whose name is one character and its suffix (睢县, 淇县, 理县, 岷县). */
  private static boolean oneCharacterCounty(Cand c) {
    return c.length() == 2 && c.entry.units().length > 0 && c.level == PlaceLevel.COUNTY && c.name.length() == 2;
  }

  /**
   * A one-character county stands alone: at the start of a clause, after an arrival verb or a locative
   * (来到睢县, 在淇县), or after the place it belongs to (河南省睢县); and its character is no common modifier
   * (大县, 新县城 are words).
   */
  private static boolean standsAlone(String text, int from, int to, Cand c, boolean[] endsAt, boolean[] startsAt) {
    int s = c.start;
    boolean chained = endsAt[s - from] || s - 1 > from && LIST_MARKS.indexOf(text.charAt(s - 1)) >= 0 && endsAt[s - 1 - from];
    if (PlaceRules.ONE_CHAR_GENERIC.indexOf(text.charAt(s)) >= 0) {
      return chained;
    }
    return chained || s == from || !CharClasses.isHan(text.charAt(s - 1)) || NameGuards.afterArrival(text, from, s)
        || c.end == to || startsAt[c.end - from] || !CharClasses.isHan(text.charAt(c.end));
  }

  /** Marks between the members of a list of places (乌什、柯坪; 米林和朗县). */
  private static final String LIST_MARKS = "、和与及";

  /**
   * A HanLP place word glued right after a place of its own level or above is no place (通县 in 贡觉通县油路:
   * a chain only ever goes down a level).
   */
  private static void dropGluedWords(List<Cand> chosen, boolean[] endsAt, int from) {
    chosen.removeIf(c -> !c.entry.listed() && Cand.rank(c.level) <= Cand.rank(PlaceLevel.COUNTY) && endsAt[c.start - from]
        && chosen.stream().anyMatch(p -> p.end == c.start && p.entry.listed() && Cand.rank(p.level) >= 1
            && Cand.rank(p.level) >= Cand.rank(c.level)));
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
