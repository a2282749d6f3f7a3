package org.newsminer.entity.place;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a span is a word of its text: dictionary words that cut across its edges, and HanLP segmentation
 * of small windows when the dictionary alone cannot tell (海地 in 沿海地区, 拉萨市 in 拉萨市场). Segmentation
 * runs only on short windows, which keeps the recognizer fast.
 *
 * <p>Stateless and thread-safe.
 */
final class WordBoundaries {
  private WordBoundaries() {}

  /** Dictionary frequency below which HanLP's knowledge of a word is no evidence (公堂, 吉日). */
  static final int RARE = 5;

  static boolean rare(String w) {
    CoreDictionary.Attribute a = CoreDictionary.get(w);
    return a == null || a.totalFrequency < RARE;
  }

  /**
   * True unless a dictionary word cuts across an edge of {@code [s, e)} and a segmentation of the
   * surroundings confirms the cut (海地 in 沿海地区, 拉萨市 in 拉萨市场).
   */
  static boolean alignedWithWords(String text, int from, int to, int s, int e, boolean rightOnly) {
    if (!crossedByWord(text, from, to, rightOnly ? e - 1 : s, e)) {
      return true;
    }
    int ws = Math.max(from, s - 4);
    int we = Math.min(to, e + 4);
    List<Term> terms = segment(text, ws, we);
    if (terms == null) {
      return false;
    }
    boolean startOk = false;
    boolean endOk = false;
    int pos = ws;
    for (Term t : terms) {
      if (pos == s) {
        startOk = true;
        endOk |= pos + t.length() > e && CoreDictionary.contains(t.word) && !idiom(t.word); // 亚太经济
      }
      pos += t.length();
      if (pos == e) {
        endOk = true;
      }
    }
    // 拉萨市委, 普兰县政府: the suffix doubles as the first character of the organ's name.
    endOk |= continues(text, e - 1, to);
    return (startOk || rightOnly) && endOk;
  }

  static boolean crossedByWord(String text, int from, int to, int s, int e) {
    for (int a = Math.max(from, s - 3); a < e; a++) {
      for (int len = 2; len <= 4; len++) {
        int b = a + len;
        if (b > to) {
          break;
        }
        boolean crossesStart = a < s && b > s;
        // A word that merely starts with the name (亚太经济, 亚太地区) does not cut it.
        boolean crossesEnd = a < e && b > e && (a != s || idiom(text.substring(a, b)));
        if ((crossesStart || crossesEnd) && CoreDictionary.contains(text.substring(a, b))
            && !(a == e - 1 && continues(text, a, to))) {
          return true;
        }
      }
    }
    return false;
  }

  /** An idiom or set phrase (长治久安): a place name at its start is no place. */
  static boolean idiom(String w) {
    CoreDictionary.Attribute a = CoreDictionary.get(w);
    return a != null && (a.hasNatureStartsWith("i") || a.hasNatureStartsWith("l"));
  }

  /** True when a known continuation (县政府, 县委, 村民) starts at {@code i}. */
  static boolean continues(String text, int i, int to) {
    for (String c : PlaceRules.CONTINUATIONS) {
      if (text.startsWith(c, i) && i + c.length() <= to) {
        return true;
      }
    }
    return false;
  }

  /**
   * The terms HanLP would return for {@code text[s, e)} when no dictionary word (HanLP's or the
   * gazetteer's) spans two or more of its characters: one term per character. Null when some word
   * does, and the window must really be segmented. Most transliterations take this fast path.
   */
  static List<Term> singleCharacters(String text, int s, int e, boolean[] hit, int from) {
    for (int k = s; k < e; k++) {
      if (hit[k - from]) {
        return null;
      }
    }
    DoubleArrayTrie<CoreDictionary.Attribute> dict = CoreDictionary.trie;
    for (int a = s; a < e - 1; a++) {
      for (int len = 2; len <= 4 && a + len <= e; len++) {
        if (dict.exactMatchSearch(text.substring(a, a + len)) >= 0) {
          return null;
        }
      }
    }
    List<Term> terms = new ArrayList<>(e - s);
    for (int k = s; k < e; k++) {
      String w = String.valueOf(text.charAt(k));
      CoreDictionary.Attribute a = CoreDictionary.get(w);
      terms.add(new Term(w, a == null || a.nature.length == 0 ? Nature.nz : a.nature[0]));
    }
    return terms;
  }

  /** HanLP terms of {@code text[s, e)}, or null if they do not cover it exactly (HanLP defect guard). */
  static List<Term> segment(String text, int s, int e) {
    List<Term> terms = PlaceIndex.SEG.seg(text.substring(s, e));
    int n = 0;
    for (Term t : terms) {
      n += t.length();
    }
    return n == e - s ? terms : null;
  }
}
