package org.newsminer.index;

import org.apache.lucene.util.AttributeFactory;

/**
 * Words of Chinese news text, segmented by {@link WordSegmenter} (gazetteer and program names kept
 * whole), lower-cased. Pure punctuation and symbols are not emitted. Not thread-safe (one per
 * analysis chain, as Lucene reuses it).
 */
public final class NewsWordTokenizer extends WholeTextTokenizer {
  private final WordSegmenter segmenter;
  private int[] spans = new int[64];
  private int count;
  private int next;

  public NewsWordTokenizer(WordSegmenter segmenter) {
    this(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, segmenter);
  }

  public NewsWordTokenizer(AttributeFactory factory, WordSegmenter segmenter) {
    super(factory);
    this.segmenter = segmenter;
  }

  @Override
  protected void start() {
    count = 0;
    next = 0;
    segmenter.segment(text, 0, text.length(), (s, e) -> {
      if (hasLetterOrDigit(s, e)) {
        if (2 * count + 2 > spans.length) {
          spans = java.util.Arrays.copyOf(spans, spans.length * 2);
        }
        spans[2 * count] = s;
        spans[2 * count + 1] = e;
        count++;
      }
    });
  }

  private boolean hasLetterOrDigit(int s, int e) {
    for (int i = s; i < e; ) {
      int cp = text.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  @Override
  public boolean incrementToken() {
    if (next >= count) {
      return false;
    }
    clearAttributes();
    int s = spans[2 * next];
    int e = spans[2 * next + 1];
    next++;
    setLowerCaseTerm(s, e);
    setOffsets(s, e);
    posIncAtt.setPositionIncrement(1);
    return true;
  }
}
