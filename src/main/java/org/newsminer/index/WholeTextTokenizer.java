package org.newsminer.index;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * A tokenizer that reads its whole input (one article) before tokenizing, which segmentation needs,
 * and maps token ends as ends through a {@link NormalizingCharFilter}.
 */
abstract class WholeTextTokenizer extends Tokenizer {
  protected final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  protected final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  protected final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  /** The input text of the current document. */
  protected String text = "";

  WholeTextTokenizer(AttributeFactory factory) {
    super(factory);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    text = NormalizingCharFilter.readAll(input);
    start();
  }

  /** Prepares tokenizing {@link #text}. */
  protected abstract void start();

  /** Sets the offsets of a token spanning {@code text[start, end)}. */
  protected final void setOffsets(int start, int end) {
    int s = correctOffset(start);
    int e = input instanceof NormalizingCharFilter f ? f.correctEndOffset(end) : correctOffset(end);
    offsetAtt.setOffset(s, Math.max(s, e));
  }

  /** Sets the term to {@code text[start, end)}, lower-cased. */
  protected final void setLowerCaseTerm(int start, int end) {
    char[] buf = termAtt.resizeBuffer(end - start);
    int n = 0;
    for (int i = start; i < end; ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      n += Character.toChars(Character.toLowerCase(cp), buf, n);
    }
    termAtt.setLength(n);
  }

  @Override
  public void end() throws IOException {
    super.end();
    int finalOffset = correctOffset(text.length());
    offsetAtt.setOffset(finalOffset, finalOffset);
  }

  @Override
  public void close() throws IOException {
    super.close();
    text = "";
  }
}
