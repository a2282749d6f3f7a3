package org.newsminer.index;

import org.apache.lucene.util.AttributeFactory;

/**
 * Character bigrams, for recall independent of segmentation: every non-whitespace character (code
 * point) starts one token at its own position: the bigram of it and the next character, or, when
 * whitespace or the end follows, the character alone. A string of n ≥ 2 characters is then found
 * exactly where it occurs, as a phrase of bigrams covering it; one character is the prefix of a
 * token. Whitespace breaks the chain and leaves a position gap, so no phrase matches across it.
 * One token per character keeps the index small. Lower-cased. Not thread-safe.
 */
public final class NewsGramTokenizer extends WholeTextTokenizer {
  private int pos;
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
    gap = false;
  }

  static boolean isGramChar(int cp) {
    return !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && !Character.isISOControl(cp);
  }

  @Override
  public boolean incrementToken() {
    clearAttributes();
    while (pos < text.length()) {
      int cp = text.codePointAt(pos);
      int s = pos;
      pos += Character.charCount(cp);
      if (!isGramChar(cp)) {
        gap = true;
        continue;
      }
      int e = pos;
      if (pos < text.length()) {
        int next = text.codePointAt(pos);
        if (isGramChar(next)) {
          e = pos + Character.charCount(next);
        }
      }
      setLowerCaseTerm(s, e);
      setOffsets(s, e);
      posIncAtt.setPositionIncrement(gap ? 2 : 1);
      gap = false;
      return true;
    }
    return false;
  }
}
