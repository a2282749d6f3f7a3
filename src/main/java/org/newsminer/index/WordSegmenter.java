package org.newsminer.index;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Other.DoubleArrayTrieSegment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;

/**
 * Segments Chinese news text into words whose spans cover the input exactly. Lexicon words (places and
 * programs of the models) are kept whole, leftmost-longest; the text between them goes to HanLP's
 * Viterbi segmenter with its global custom dictionary off (no global state is read or changed),
 * number-quantifier merging off and name recognition off (HanLP 1.8.6 drops text when the two are
 * combined; name recognition is also four times slower).
 * Whatever HanLP returns is checked against the input; when its terms do not cover it exactly the
 * stretch is split into single characters, so no text is ever lost. {@link Speed#FAST} trades
 * accuracy for speed with HanLP's dictionary segmenter. Immutable and thread-safe.
 */
public final class WordSegmenter {
  private static volatile Segment viterbi;
  private static volatile Segment dictionary;
  /** Any two Han characters: the text {@link #load()} segments. */
  private static final String WARM_UP = "新闻";

  /** How HanLP segments the text between lexicon words. */
  public enum Speed {
    /** HanLP's Viterbi segmenter (word n-gram model): about 3 MB/s per core. */
    ACCURATE,
    /**
     * HanLP's dictionary segmenter (longest match in its core dictionary), with runs of digits and
     * Latin letters kept together: about ten times faster, more mistakes at word boundaries.
     */
    FAST
  }

  private final Lexicon lexicon;
  private final Speed speed;

  /** An {@link Speed#ACCURATE} segmenter over {@code lexicon}. */
  public WordSegmenter(Lexicon lexicon) {
    this(lexicon, Speed.ACCURATE);
  }

  public WordSegmenter(Lexicon lexicon, Speed speed) {
    this.lexicon = lexicon;
    this.speed = speed;
  }

  /** An {@link Speed#ACCURATE} segmenter over the lexicon of the packaged models. */
  public static WordSegmenter models() {
    return new WordSegmenter(Lexicon.models());
  }

  /** A segmenter of {@code speed} over the lexicon of the packaged models. */
  public static WordSegmenter models(Speed speed) {
    return new WordSegmenter(Lexicon.models(), speed);
  }

  /**
   * Loads the HanLP dictionaries this segmenter uses now rather than on the first text, so a broken
   * installation fails where the segmenter is set up (an analyzer factory, a schema, an index) and not in
   * the middle of indexing. Loading happens once per class loader; later calls return at once.
   *
   * <p>HanLP configures itself once, from a {@code hanlp.properties} it looks up through the thread's
   * context class loader. A search engine loads a plugin's jars in a class loader of their own, which is
   * not its threads' context loader: HanLP would miss the plugin's file and probe the working directory
   * instead. So during this call the context loader is the one that loaded newsminer, and then the
   * caller's again. Under a security manager that needs {@code RuntimePermission("setContextClassLoader")}.
   *
   * @return this segmenter
   * @throws IllegalStateException when HanLP's classes or dictionaries cannot be loaded, naming why
   */
  public WordSegmenter load() {
    if ((speed == Speed.FAST ? dictionary : viterbi) != null) {
      return this;   // loaded already: HanLP is configured, and the context loader need not change
    }
    Thread thread = Thread.currentThread();
    ClassLoader caller = thread.getContextClassLoader();
    thread.setContextClassLoader(WordSegmenter.class.getClassLoader());
    try {
      // Two characters reach HanLP's segmenter (one alone is a word by itself): that loads its
      // core dictionary and, for ACCURATE, the bigram model.
      hanlp().seg(WARM_UP);
    } catch (RuntimeException | LinkageError e) {
      // HanLP reports a missing dictionary from a static initializer: an Error whose cause says what.
      Throwable cause = e instanceof ExceptionInInitializerError && e.getCause() != null ? e.getCause() : e;
      throw new IllegalStateException("newsminer: HanLP's dictionaries could not be loaded (" + cause
          + "); the HanLP jar (hanlp-portable) must be on the same class path as newsminer, with its"
          + " hanlp.properties", e);
    } finally {
      thread.setContextClassLoader(caller);
    }
    return this;
  }

  /** Receives the spans of the words found, in order. */
  public interface Sink {
    void word(int start, int end);
  }

  private Segment hanlp() {
    return speed == Speed.FAST ? dictionary() : viterbi();
  }

  private static Segment dictionary() {
    Segment s = dictionary;
    if (s == null) {
      synchronized (WordSegmenter.class) {
        s = dictionary;
        if (s == null) {
          s = new DoubleArrayTrieSegment()
              .enableCustomDictionary(false)
              .enablePartOfSpeechTagging(false)
              .enableOffset(false);
          dictionary = s;
        }
      }
    }
    return s;
  }

  private static Segment viterbi() {
    Segment s = viterbi;
    if (s == null) {
      synchronized (WordSegmenter.class) {
        s = viterbi;
        if (s == null) {
          s = new ViterbiSegment()
              .enableCustomDictionary(false)
              .enableNumberQuantifierRecognize(false)
              // Name recognition costs 4x the time and search does not need it: character bigrams
              // find any name, and the lexicon keeps gazetteer names whole.
              .enableNameRecognize(false)
              .enableTranslatedNameRecognize(false)
              .enableJapaneseNameRecognize(false)
              .enablePlaceRecognize(false)
              .enableOrganizationRecognize(false)
              .enablePartOfSpeechTagging(false)
              .enableOffset(false);
          viterbi = s;
        }
      }
    }
    return s;
  }

  /**
   * Segments {@code text[from, to)}: every word span passed to {@code sink} lies inside, spans do not
   * overlap, and together with the whitespace between them they cover the range exactly.
   */
  public void segment(CharSequence text, int from, int to, Sink sink) {
    int i = from;
    while (i < to) {
      if (Character.isWhitespace(text.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < to && !Character.isWhitespace(text.charAt(j))) {
        j++;
      }
      segmentRun(text, i, j, sink);
      i = j;
    }
  }

  private void segmentRun(CharSequence text, int from, int to, Sink sink) {
    int gap = from;
    int i = from;
    while (i < to) {
      int n = lexicon.size() == 0 ? 0 : lexicon.longestMatch(text, i, to);
      if (n > 0) {
        segmentGap(text, gap, i, sink);
        sink.word(i, i + n);
        i += n;
        gap = i;
      } else {
        i++;
      }
    }
    segmentGap(text, gap, to, sink);
  }

  private void segmentGap(CharSequence text, int from, int to, Sink sink) {
    if (from >= to) {
      return;
    }
    if (to - from == 1) {
      sink.word(from, to);
      return;
    }
    String s = text.subSequence(from, to).toString();
    List<Term> terms;
    try {
      terms = hanlp().seg(s);
    } catch (RuntimeException e) {
      // HanLP fails on some unusual input (lone surrogates, odd symbols): fall back to characters.
      terms = null;
    }
    if (terms == null || !covers(terms, s)) {
      chars(from, to, text, sink::word);
      return;
    }
    int p = from;
    int pendingStart = -1; // a run of single digits or Latin letters from the dictionary segmenter
    for (Term t : terms) {
      int e = p + t.word.length();
      if (speed == Speed.FAST && isAlnum(t.word)) {
        if (pendingStart < 0) {
          pendingStart = p;
        }
      } else {
        if (pendingStart >= 0) {
          sink.word(pendingStart, p);
          pendingStart = -1;
        }
        sink.word(p, e);
      }
      p = e;
    }
    if (pendingStart >= 0) {
      sink.word(pendingStart, p);
    }
  }

  private static boolean isAlnum(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.')) {
        return false;
      }
    }
    return true;
  }

  private static boolean covers(List<Term> terms, String s) {
    int p = 0;
    for (Term t : terms) {
      if (t.word.isEmpty() || !s.startsWith(t.word, p)) {
        return false;
      }
      p += t.word.length();
    }
    return p == s.length();
  }

  private static void chars(int from, int to, CharSequence text, Sink sink) {
    for (int i = from; i < to; ) {
      int n = Character.isHighSurrogate(text.charAt(i)) && i + 1 < to
          && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1;
      sink.word(i, i + n);
      i += n;
    }
  }

}
