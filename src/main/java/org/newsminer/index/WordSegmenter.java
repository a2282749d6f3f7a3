package org.newsminer.index;

import com.hankcs.hanlp.seg.Segment;
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
 * stretch is split into single characters, so no text is ever lost. Immutable and thread-safe.
 */
public final class WordSegmenter {
  private static volatile Segment hanlp;

  private final Lexicon lexicon;

  public WordSegmenter(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** A segmenter over the lexicon of the packaged models. */
  public static WordSegmenter models() {
    return new WordSegmenter(Lexicon.models());
  }

  /** Receives the spans of the words found, in order. */
  public interface Sink {
    void word(int start, int end);
  }

  private static Segment hanlp() {
    Segment s = hanlp;
    if (s == null) {
      synchronized (WordSegmenter.class) {
        s = hanlp;
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
          hanlp = s;
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

  private static void segmentGap(CharSequence text, int from, int to, Sink sink) {
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
    for (Term t : terms) {
      int e = p + t.word.length();
      sink.word(p, e);
      p = e;
    }
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
