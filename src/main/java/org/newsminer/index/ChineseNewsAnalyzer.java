package org.newsminer.index;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;

/**
 * Analysis of Chinese news text: the newsminer normalizer as a char filter (offsets corrected exactly
 * back into the original), then either words ({@link Mode#WORDS}: segmentation that knows the
 * gazetteer and program lexicon) or character bigrams ({@link Mode#GRAMS}: exact substring recall
 * whatever the segmenter did). The index uses both, on two fields. Thread-safe, like every Analyzer.
 *
 * <pre>{@code
 * Analyzer words = ChineseNewsAnalyzer.words();
 * Analyzer grams = ChineseNewsAnalyzer.grams();
 * }</pre>
 */
public final class ChineseNewsAnalyzer extends Analyzer {

  /** Which tokens the analyzer produces. */
  public enum Mode {
    WORDS,
    GRAMS
  }

  private final Mode mode;
  private final WordSegmenter segmenter;
  private final boolean normalize;

  /** The analyzer of {@code mode}, normalizing its input (words need a {@code segmenter}). */
  public ChineseNewsAnalyzer(Mode mode, WordSegmenter segmenter) {
    this(mode, segmenter, true);
  }

  /**
   * The analyzer of {@code mode}; {@code normalize} false skips the normalizer char filter, for text
   * that was normalized already (the index receives articles the pipeline has normalized).
   */
  public ChineseNewsAnalyzer(Mode mode, WordSegmenter segmenter, boolean normalize) {
    if (mode == Mode.WORDS && segmenter == null) {
      throw new IllegalArgumentException("the WORDS mode needs a segmenter");
    }
    this.mode = mode;
    this.segmenter = segmenter;
    this.normalize = normalize;
  }

  /** Words, with the lexicon of the packaged models. */
  public static ChineseNewsAnalyzer words() {
    return new ChineseNewsAnalyzer(Mode.WORDS, WordSegmenter.models());
  }

  /** Character bigrams (see {@link NewsGramTokenizer}). */
  public static ChineseNewsAnalyzer grams() {
    return new ChineseNewsAnalyzer(Mode.GRAMS, null);
  }

  public Mode mode() {
    return mode;
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return normalize ? new NormalizingCharFilter(reader) : reader;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer t = mode == Mode.WORDS ? new NewsWordTokenizer(segmenter) : new NewsGramTokenizer();
    return new TokenStreamComponents(t);
  }
}
