package org.newsminer.entity.place;

import java.util.ArrayList;
import java.util.List;
import org.newsminer.entity.Entity;
import org.newsminer.entity.Place;
import org.newsminer.entity.Recognizer;

/**
 * PLACE (EXTRACTION.md §3). Three sources, resolved longest-first:
 *
 * <ol>
 *   <li>the {@link Gazetteer}, matched with a double-array Aho-Corasick automaton; a short hit is kept
 *       only when it does not cut a word of the surrounding text (checked against HanLP's core
 *       dictionary, and when that is ambiguous by segmenting a small window);
 *   <li>a grammar for names no dictionary knows: a transliterated name followed by an administrative
 *       suffix (类乌齐县, 岗色乡, 马曲村, 东嘎街道) or a natural-feature suffix (澎波河). The name's left
 *       edge comes from a HanLP segmentation of a few characters before the suffix: the name is the run
 *       of name-like tokens (proper nouns, unknown words, single characters that are not function
 *       words) ending at the suffix; common words (城乡, 农村, 贫困村, 示范村) and deictic words (全县,
 *       各村, 本市) stop it, and so do verbs however rare HanLP thinks them (毗邻, 守护, 登顶), characters
 *       that never begin a transliteration (因, 称, 被), counted nouns (三大圣湖) and collective words
 *       (全国一村); a known name that already ends in the suffix (巴松错) is never extended. Right after a
 *       township or county a common word is a village's name (乃琼镇幸福社区). A line break between an
 *       ideograph and a suffix character is read as absent (狮泉|河镇: a name broken by the layout);
 *   <li>address chains (拉萨市堆龙德庆区东嘎街道桑木村) fall out of both: each part is its own PLACE, and
 *       a part the gazetteer does not know takes its path from the part before it, or else from a name
 *       seen earlier in the article, or from the only county the article named before it.
 * </ol>
 *
 * <p>Two smaller sources complete general news: the words HanLP's own dictionary tags as places
 * ({@link HanlpPlaceWords}, hierarchy unknown, so they never stop a longer name), and one-character
 * abbreviations in compounds and fixed patterns (中美, 港澳台, 访华, 中方, 华侨).
 *
 * <p>HanLP is used through a private {@link ViterbiSegment} with all its own entity recognition off (the
 * 1.8.6 number-quantifier defect never arises) and the gazetteer attached as a per-instance custom
 * dictionary; HanLP's global dictionaries and configuration are never modified. Segmentation runs only
 * on short windows around candidates, which keeps the recognizer several times faster than HanLP's own
 * place-recognizing segmenter. Thread-safe: all state is immutable after lazy loading.
 */
public final class PlaceRecognizer implements Recognizer {

  @Override
  public void recognize(String text, int from, int to, List<Entity> out) {
    if (from >= to) {
      return;
    }
    String work = ScriptFolding.fold(text, from, to);
    if (work == text) {
      recognizeLayout(text, from, to, out);
      return;
    }
    // Matched in simplified characters; the surface stays as printed.
    List<Entity> local = new ArrayList<>();
    recognizeLayout(work, from, to, local);
    for (Entity e : local) {
      Place p = (Place) e;
      String surface = p.text().length() == p.end() - p.start() ? text.substring(p.start(), p.end()) : p.text();
      out.add(new Place(surface, p.start(), p.end(), p.name(), p.level(), p.path(), p.code()));
    }
  }

  private static void recognizeLayout(String text, int from, int to, List<Entity> out) {
    for (int k = from + 1; k < to - 1; k++) {
      if (layoutBreak(text, from, k)) {
        recognizeAcrossBreaks(text, from, to, out);
        return;
      }
    }
    recognizeRun(text, from, to, out);
  }

  /** A line break between an ideograph and a suffix character: a name broken by the layout (狮泉|河镇). */
  private static boolean layoutBreak(String text, int from, int k) {
    return text.charAt(k) == '\n' && NameGuards.midWordBreak(text, from, k) && Suffixes.starts(text.charAt(k + 1));
  }

  /**
   * A line the normalizer kept apart because it looked like a headline may still break a name before its
   * suffix (阿里地区噶尔县狮泉 | 河镇的居民): such breaks are read as absent, and the mentions mapped back,
   * their surface without the break.
   */
  private static void recognizeAcrossBreaks(String text, int from, int to, List<Entity> out) {
    StringBuilder joined = new StringBuilder(to - from);
    int[] orig = new int[to - from];
    for (int k = from; k < to; k++) {
      if (k > from && k < to - 1 && layoutBreak(text, from, k)) {
        continue;
      }
      orig[joined.length()] = k;
      joined.append(text.charAt(k));
    }
    List<Entity> local = new ArrayList<>();
    recognizeRun(joined.toString(), 0, joined.length(), local);
    for (Entity e : local) {
      Place p = (Place) e;
      out.add(new Place(p.text(), orig[p.start()], orig[p.end() - 1] + 1, p.name(), p.level(), p.path(), p.code()));
    }
  }

  /** The pipeline: gazetteer, suffix grammar, abbreviations, short mentions, then chains and paths. */
  private static void recognizeRun(String text, int from, int to, List<Entity> out) {
    List<Cand> chosen = ListedLocalNames.add(text, from, to, GazetteerMatcher.hits(text, from, to));
    List<Cand> grammar = SuffixGrammar.hits(text, from, to, chosen);
    List<Cand> known = new ArrayList<>(chosen);
    known.addAll(Abbreviations.find(text, from, to, chosen));
    List<Cand> all = ShortMentions.add(text, from, to, AddressChains.merge(known, grammar));
    AddressChains.emit(text, all, out);
  }
}
