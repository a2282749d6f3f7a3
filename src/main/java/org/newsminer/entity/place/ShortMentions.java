package org.newsminer.entity.place;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsminer.entity.PlaceLevel;

/**
 * Mechanism 4, short mentions: a township or village the article names in full may appear in it without
 * its suffix (西德村 … 西德糌粑加工厂, 绕赛社区 … 木如、绕赛等老城区); those mentions take the full name.
 * Stems that are common words or personal names, or that two places of the article share (桑木村, 桑木乡),
 * are left.
 *
 * <p>Stateless and thread-safe.
 */
final class ShortMentions {
  private ShortMentions() {}

  static List<Cand> add(String text, int from, int to, List<Cand> all) {
    Map<String, Cand> byStem = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (Cand c : all) {
      // Names the grammar built, or the list's names of the article's townships and villages.
      boolean local = c.entry == null || c.entry.listed() && c.entry.units().length > 0;
      if (!local || c.level != PlaceLevel.TOWNSHIP && c.level != PlaceLevel.VILLAGE) {
        continue;
      }
      for (String suf : PlaceRules.LOCAL_SUFFIXES) {
        if (c.name.endsWith(suf) && c.name.length() - suf.length() >= 2) {
          String stem = c.name.substring(0, c.name.length() - suf.length());
          Cand old = byStem.putIfAbsent(stem, c);
          if (old != null && !old.name.equals(c.name)) {
            ambiguous.add(stem);
          }
          break;
        }
      }
    }
    if (byStem.isEmpty()) {
      return all;
    }
    boolean[] taken = new boolean[to - from];
    List<Cand> out = new ArrayList<>(all.size());
    for (Cand c : all) {
      if (c.entry != null && c.level == PlaceLevel.NATURAL && byStem.containsKey(c.name)
          && usableStem(c.name, ambiguous) && Suffixes.featureSuffix(c.name) == 0) {
        continue; // 鲁朗 after 鲁朗镇: the stem of the township the article named, not the scenic area
      }
      out.add(c);
      c.mark(taken, from);
    }
    for (Map.Entry<String, Cand> e : byStem.entrySet()) {
      String stem = e.getKey();
      Cand full = e.getValue();
      if (!usableStem(stem, ambiguous)) {
        continue;
      }
      for (int k = text.indexOf(stem, from); k >= 0 && k + stem.length() <= to; k = text.indexOf(stem, k + 1)) {
        int end = k + stem.length();
        if (Cand.overlaps(taken, from, k, end) || WordBoundaries.crossedByWord(text, from, to, k, end)
            || NameGuards.personContext(text, from, to, k, end)) {
          continue;
        }
        Cand mention = new Cand(k, end, null, full.level, full.name);
        mention.mark(taken, from);
        out.add(mention);
      }
    }
    out.sort(Comparator.comparingInt((Cand c) -> c.start).thenComparingInt(c -> c.end));
    return out;
  }

  private static boolean usableStem(String stem, Set<String> ambiguous) {
    return !(ambiguous.contains(stem) || HanlpPlaceWords.isBlocked(stem) || PlaceRules.GENERIC.contains(stem)
        || !WordBoundaries.rare(stem) && !CoreDictionary.get(stem).hasNatureStartsWith("ns"));
  }
}
