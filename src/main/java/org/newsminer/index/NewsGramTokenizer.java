package org.newsminer.index;

import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * Characters and character bigrams, for recall independent of segmentation: every non-whitespace
 * character (code point) is a unigram at its own position, and every pair of neighbouring
 * non-whitespace characters a bigram at the position of its first character (position length 2).
 * A string of n ≥ 2 characters is then found exactly where it occurs, as the phrase of its n-1
 * bigrams. Whitespace breaks the chain and leaves a position gap, so no phrase matches across it.
 * Lower-cased. Not thread-safe.
 */
public final class NewsGramTokenizer extends WholeTextTokenizer {
  private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
  private int pos;
  private boolean bigramPending;
  private int pendingStart;
  private int pendingEnd;
  private boolean gap;

  public NewsGramTokenizer() {
    this(DEFAULT_TOKEN_ATTRIBUTE_FACTORY);
  }

  public NewsGramTokenizer(AttributeFactory factory) {
    super(factory);
  }

  @Override
  protected void start() {
    pos = 0;
    bigramPending = false;
    gap = false;
  }

  static boolean isGramChar(int cp) {
    return !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && !Character.isISOControl(cp);
  }

  @Override
  public boolean incrementToken() {
    clearAttributes();
    if (bigramPending) {
      bigramPending = false;
      setLowerCaseTerm(pendingStart, pendingEnd);
      setOffsets(pendingStart, pendingEnd);
      posIncAtt.setPositionIncrement(0);
      posLenAtt.setPositionLength(2);
      return true;
    }
    while (pos < text.length()) {
      int cp = text.codePointAt(pos);
      int s = pos;
      pos += Character.charCount(cp);
      if (!isGramChar(cp)) {
        gap = true;
        continue;
      }
      setLowerCaseTerm(s, pos);
      setOffsets(s, pos);
      posIncAtt.setPositionIncrement(gap ? 2 : 1);
      gap = false;
      if (pos < text.length()) {
        int next = text.codePointAt(pos);
        if (isGramChar(next)) {
          bigramPending = true;
          pendingStart = s;
          pendingEnd = pos + Character.charCount(next);
        }
      }
      return true;
    }
    return false;
  }
}
