package org.newsminer.entity.place;

import static org.newsminer.entity.place.PlaceRules.STOP_CHARS;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Term;
import org.newsminer.text.CharClasses;

/**
 * Guards that keep a span from being read as a place name: it is quoted, names a person (a title before
 * it, a verb of speaking after it), ends in a common word (推进村), starts with a function word, or is a
 * common word glued to a suffix (农村, 全县). Shared by the gazetteer match, the suffix grammar and short
 * mentions.
 *
 * <p>Stateless and thread-safe.
 */
final class NameGuards {
  private NameGuards() {}

  static boolean quoted(String text, int from, int to, int s, int e) {
    return s > from && e < to && "“‘「『\"".indexOf(text.charAt(s - 1)) >= 0 && "”’」』\"".indexOf(text.charAt(e)) >= 0;
  }

  /** A title just before the span (局长, 记者) or a verb of speaking just after it (说, 表示). */
  static boolean personContext(String text, int from, int to, int s, int e) {
    if (s > from && PlaceRules.TITLE_END.indexOf(text.charAt(s - 1)) >= 0) {
      return true;
    }
    for (String w : PlaceRules.SPEECH) {
      if (text.startsWith(w, e) && e + w.length() <= to) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code text[k]} is a line break between two ideographs. */
  static boolean midWordBreak(String text, int from, int k) {
    return text.charAt(k) == '\n' && k > from && k + 1 < text.length() && CharClasses.isHan(text.charAt(k - 1))
        && CharClasses.isHan(text.charAt(k + 1));
  }

  static boolean genericLevelChar(String w) {
    for (int k = 0; k < w.length(); k++) {
      if (PlaceRules.LEVEL_CHARS.indexOf(w.charAt(k)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Rejections that need no segmentation, which keeps the grammar fast on the many suffix characters of
   * ordinary words: a function word right before the suffix (全区, 本市, 该村), or a frequent word glued
   * across the suffix (农村, 城市, 山区, 市场) that HanLP would keep whole anyway.
   */
  static boolean cheaplyRejected(String text, int i, int sufEnd) {
    char before = text.charAt(i - 1);
    if (!CharClasses.isHan(before) || STOP_CHARS.indexOf(before) >= 0 && PlaceRules.SOFT_STOPS.indexOf(before) < 0) {
      return true;
    }
    if (sufEnd - i == 1) {
      CoreDictionary.Attribute left = CoreDictionary.get(text.substring(i - 1, sufEnd));
      if (left != null && left.totalFrequency >= 20 && !left.hasNatureStartsWith("ns")) {
        return true;
      }
    }
    return false;
  }

  /** An administrative suffix within the next three characters, with only name characters between. */
  static boolean adminSuffixFollows(String text, int k, int to) {
    for (int j = k; j < Math.min(to, k + 3); j++) {
      char c = text.charAt(j);
      if ("乡镇村居社街".indexOf(c) >= 0) {
        return true;
      }
      if (!CharClasses.isHan(c) || STOP_CHARS.indexOf(c) >= 0) {
        return false;
      }
    }
    return false;
  }

  /** True when {@code p} follows a verb of arriving or a locative (来到, 在). */
  static boolean afterArrival(String text, int from, int p) {
    for (String a : PlaceRules.ARRIVAL) {
      if (p - a.length() >= from && text.startsWith(a, p - a.length())) {
        return true;
      }
    }
    return false;
  }

  /** Verbs that combine with 乡, 村, 镇 into common words (返乡, 进村, 驻村), not one-character names. */
  static boolean verbLike(char c) {
    return PlaceRules.VERB_LIKE.indexOf(c) >= 0;
  }

  static boolean allNameChars(String w) {
    for (int k = 0; k < w.length(); k++) {
      if (!CharClasses.isHan(w.charAt(k)) || STOP_CHARS.indexOf(w.charAt(k)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** A token that may stand inside a transliterated name: a proper noun, an unknown or rare word, a letter. */
  static boolean nameLike(Term t) {
    String w = t.word;
    for (int k = 0; k < w.length(); k++) {
      if (!CharClasses.isHan(w.charAt(k))) {
        return false;
      }
    }
    if (w.length() == 1) {
      return STOP_CHARS.indexOf(w.charAt(0)) < 0;
    }
    if (PlaceRules.GENERIC.contains(w)) {
      return false;
    }
    if (genericLevelChar(w)) {
      return false; // 镇江 in 江孜镇江嘎村, 果乡: a level character belongs to a name of its own
    }
    Nature n = t.nature;
    if (n == null) {
      return true;
    }
    String tag = n.toString();
    if (tag.startsWith("ns")) {
      return true;
    }
    if (STOP_CHARS.indexOf(w.charAt(0)) >= 0) {
      return false; // 在岗, 区内: a function word glued to the next character
    }
    if (tag.startsWith("nr") || tag.startsWith("nz") || tag.equals("j") || tag.equals("nx")) {
      return true;
    }
    // Rare in HanLP's dictionary (公堂, 吉日 in 蔡公堂街道, 吉日街道) or known only to the gazetteer.
    return WordBoundaries.rare(w);
  }

  /** True when the name ends in a common word, so that name + suffix is a generic phrase (推进村). */
  static boolean genericTail(String name) {
    for (int k = 0; k + 2 <= name.length(); k++) {
      String tail = name.substring(k);
      if (PlaceRules.GENERIC.contains(tail)) {
        return true;
      }
      CoreDictionary.Attribute a = CoreDictionary.get(tail);
      if (a != null && a.totalFrequency >= WordBoundaries.RARE && !a.hasNatureStartsWith("ns")
          && !a.hasNatureStartsWith("nr") && !a.hasNatureStartsWith("nz")) {
        return true;
      }
    }
    return false;
  }
}
