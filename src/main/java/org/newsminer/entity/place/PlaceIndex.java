package org.newsminer.entity.place;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import java.util.Map;
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

  static {
    TreeMap<String, Gazetteer.Entry[]> m = new TreeMap<>();
    for (Map.Entry<String, Gazetteer.Entry> e : GAZ.surfaces().entrySet()) {
      m.put(e.getKey(), new Gazetteer.Entry[] {e.getValue()});
    }
    // HanLP's own place words the gazetteer lacks, with an empty path (the hierarchy is unknown).
    for (Map.Entry<String, Gazetteer.Entry> e : HanlpPlaceWords.load().entrySet()) {
      m.putIfAbsent(e.getKey(), new Gazetteer.Entry[] {e.getValue()});
    }
    AC = new AhoCorasickDoubleArrayTrie<>(m);
    TreeMap<String, CoreDictionary.Attribute> words = new TreeMap<>();
    for (String s : GAZ.surfaces().keySet()) {
      words.put(s, new CoreDictionary.Attribute(Nature.ns, 1000));
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
