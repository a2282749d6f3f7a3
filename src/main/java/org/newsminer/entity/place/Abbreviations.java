package org.newsminer.entity.place;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsminer.text.ModelFile;

/**
 * Mechanism 2, one-character abbreviations of countries and provinces ({@code
 * models/rules/place/abbreviations.tsv}) in compounds (中美, 港澳台), before attributive words (中方, 华侨),
 * after verbs of movement (访华, 驻港), and 两岸 for the two sides of the Taiwan Strait.
 *
 * <p>Stateless and thread-safe; the tables load with the class.
 */
final class Abbreviations {
  private Abbreviations() {}

  /** Each abbreviation character to the gazetteer name it stands for. */
  private static final Map<Character, String> NAMES = new HashMap<>();
  private static final boolean[] IS_ABBR = new boolean[Character.MAX_VALUE + 1];
  /** Attributive word character to the abbreviations that take it (方 → 中美日…). */
  private static final Map<Character, String> ATTRIBUTIVE = new HashMap<>();

  static {
    for (ModelFile.Row row : ModelFile.rows("rules/place/abbreviations.tsv", 2, 2)) {
      if (row.field(0).length() != 1) {
        throw row.error("expected one character, found " + row.field(0));
      }
      if (NAMES.put(row.field(0).charAt(0), row.field(1)) != null) {
        throw row.error("duplicate abbreviation " + row.field(0));
      }
      IS_ABBR[row.field(0).charAt(0)] = true;
    }
    for (ModelFile.Row row : ModelFile.rows("rules/place/attributive.tsv", 2, 2)) {
      if (row.field(0).length() != 1) {
        throw row.error("expected one character, found " + row.field(0));
      }
      if (ATTRIBUTIVE.put(row.field(0).charAt(0), row.field(1)) != null) {
        throw row.error("duplicate attributive word " + row.field(0));
      }
    }
  }

  static List<Cand> find(String text, int from, int to, List<Cand> gaz) {
    boolean[] taken = new boolean[to - from];
    for (Cand c : gaz) {
      c.mark(taken, from);
    }
    List<Cand> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      if (taken[i - from] || !IS_ABBR[text.charAt(i)]) {
        i++;
        continue;
      }
      int j = i;
      Set<String> referents = new LinkedHashSet<>();
      boolean distinct = true;
      while (j < to && j - i < 4 && !taken[j - from] && IS_ABBR[text.charAt(j)]) {
        distinct &= referents.add(NAMES.get(text.charAt(j)));
        j++;
      }
      if (j - i >= 2 && !allIn(text, i, j, PlaceRules.COMPOUND_ABBR)) {
        i = j;
        continue;
      }
      if (j - i == 1 && i + 1 < to && attributive(text, i)) {
        out.add(abbreviation(text, i));
      } else if (j - i >= 2 && distinct && compound(text, from, to, i, j)) {
        for (int k = i; k < j; k++) {
          out.add(abbreviation(text, k));
        }
      } else if (j - i == 1 && i > from && PlaceRules.ABBR_VERBS.indexOf(text.charAt(i - 1)) >= 0
          && PlaceRules.VERB_ABBR.indexOf(text.charAt(i)) >= 0 && !taken[i - 1 - from]
          && !WordBoundaries.crossedByWord(text, from, to, i - 1, i + 1)) {
        out.add(abbreviation(text, i));
      }
      i = Math.max(j, i + 1);
    }
    // 两岸 is the two sides of the Taiwan Strait in 海峡两岸, 两岸关系, 两岸同胞 …; elsewhere riverbanks.
    for (int k = text.indexOf("两岸", from); k >= 0 && k + 2 <= to; k = text.indexOf("两岸", k + 2)) {
      if (!taken[k - from] && !taken[k + 1 - from] && strait(text, from, to, k)) {
        Gazetteer.Entry e = PlaceIndex.GAZ.entry("海峡两岸");
        out.add(new Cand(k, k + 2, e, e.level(), e.name()));
      }
    }
    return out;
  }

  private static boolean allIn(String text, int i, int j, String chars) {
    for (int k = i; k < j; k++) {
      if (chars.indexOf(text.charAt(k)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** An abbreviation and the word it qualifies: 中方, 美方, 华人, 华侨, 港人, 台胞, 中资, 美籍, 中外. */
  private static boolean attributive(String text, int i) {
    String takers = ATTRIBUTIVE.get(text.charAt(i + 1));
    return takers != null && takers.indexOf(text.charAt(i)) >= 0;
  }

  private static boolean strait(String text, int from, int to, int k) {
    if (k - 2 >= from && text.startsWith("海峡", k - 2)) {
      return true;
    }
    for (String w : PlaceRules.STRAIT_WORDS) {
      if (text.startsWith(w, k + 2) && k + 2 + w.length() <= to) {
        return true;
      }
    }
    // Otherwise wherever no river, road or valley precedes (拉萨河两岸, 中游两岸, 公路两岸 are banks).
    return k == from || PlaceRules.BANK_BEFORE.indexOf(text.charAt(k - 1)) < 0;
  }

  /** A run of abbreviations is a compound (中美, 港澳台) unless the dictionary knows it as something else (中华, 新华). */
  private static boolean compound(String text, int from, int to, int i, int j) {
    CoreDictionary.Attribute a = CoreDictionary.get(text.substring(i, j));
    if (a != null && !a.hasNatureStartsWith("ns") && !a.hasNatureStartsWith("j") && a.totalFrequency >= WordBoundaries.RARE) {
      return false;
    }
    for (String r : PlaceRules.RELATIONS) {
      if (text.startsWith(r, j) && j + r.length() <= to
          && !(i > from && WordBoundaries.crossedByWord(text, from, to, i, i + 1))) {
        return true;
      }
    }
    return !WordBoundaries.crossedByWord(text, from, to, i, j);
  }

  private static Cand abbreviation(String text, int k) {
    Gazetteer.Entry e = PlaceIndex.GAZ.entry(NAMES.get(text.charAt(k)));
    return new Cand(k, k + 1, e, e.level(), e.name());
  }
}
