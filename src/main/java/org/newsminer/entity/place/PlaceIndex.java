package org.newsminer.entity.place;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The recognizer's shared automata, built once, lazily: the gazetteer's surface forms (with HanLP's own
 * place words it lacks) in an Aho-Corasick automaton, and a private HanLP segmenter with the gazetteer as
 * its own custom dictionary and all HanLP entity recognition off (HanLP's global state is never touched).
 *
 * <p>Thread-safe: immutable after class initialisation (HanLP segmenters are safe for concurrent use).
 */
final class PlaceIndex {
  private PlaceIndex() {}

  static final Gazetteer GAZ = Gazetteer.get();
  static final AhoCorasickDoubleArrayTrie<Gazetteer.Entry[]> AC;
  static final Segment SEG;
  /**
   * Surfaces that count only where the article names their region: the list's derived short forms, except
   * those HanLP already knows as place words (靖远), which stand alone as they always did.
   */
  static final Set<String> GATED;

  static {
    TreeMap<String, Gazetteer.Entry[]> m = new TreeMap<>();
    for (Map.Entry<String, Gazetteer.Entry> e : GAZ.surfaces().entrySet()) {
      m.put(e.getKey(), new Gazetteer.Entry[] {e.getValue()});
    }
    // HanLP's own place words the gazetteer lacks, with an empty path (the hierarchy is unknown).
    Set<String> gated = new HashSet<>();
    Map<String, Gazetteer.Entry> hanlp = HanlpPlaceWords.load();
    for (Map.Entry<String, Gazetteer.Entry> e : hanlp.entrySet()) {
      m.putIfAbsent(e.getKey(), new Gazetteer.Entry[] {e.getValue()});
    }
    for (String s : GAZ.surfaces().keySet()) {
      if (GAZ.contextual(s) && !hanlp.containsKey(s)) {
        gated.add(s);
      }
    }
    GATED = Set.copyOf(gated);
    AC = new AhoCorasickDoubleArrayTrie<>(m);
    TreeMap<String, CoreDictionary.Attribute> words = new TreeMap<>();
    for (String s : GAZ.surfaces().keySet()) {
      // Derived short forms (仁和 of 仁和区) are places only in their region: not words everywhere.
      if (!GAZ.contextual(s)) {
        words.put(s, new CoreDictionary.Attribute(Nature.ns, 1000));
      }
    }
    DoubleArrayTrie<CoreDictionary.Attribute> dat = new DoubleArrayTrie<>();
    dat.build(words);
    DynamicCustomDictionary dict = new DynamicCustomDictionary(dat, new BinTrie<>(), null);
    SEG = new ViterbiSegment()
        .enableNameRecognize(false)
        .enablePlaceRecognize(false)
        .enableOrganizationRecognize(false)
        .enableTranslatedNameRecognize(false)
        .enableJapaneseNameRecognize(false)
        .enableNumberQuantifierRecognize(false)
        .enableOffset(true)
        .enableCustomDictionary(dict);
  }
}
