package org.newsminer.index;

import org.apache.lucene.util.AttributeFactory;
import org.newsminer.text.CharClasses;

/**
 * Character bigrams, for recall independent of segmentation: every non-whitespace character (code
 * point) starts one token at its own position: the bigram of it and the next character, or, when
 * whitespace or the end follows, the character alone. A string of n ≥ 2 characters is then found
 * exactly where it occurs, as a phrase of bigrams covering it; one character is the prefix of a
 * token. Whitespace breaks the chain and leaves a position gap, so no phrase matches across it, except
 * whitespace next to a Chinese character ({@link #joinsAcrossSpace}): Chinese has no word spaces, so a
 * space or line break there is layout ({@code 记者 刘琳琳}), and the bigram spans it ({@code 者刘}).
 * A string is thus found wherever it occurs in the text with that whitespace removed, like grep. One
 * token per character keeps the index small. Lower-cased. Not thread-safe.
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

  /**
   * Whether whitespace next to {@code cp} is layout, not a word break: {@code cp} is a Chinese (Han)
   * character. The one rule for the index and for query strings.
   */
  public static boolean joinsAcrossSpace(int cp) {
    return CharClasses.isHan(cp);
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
      // The next character, across whitespace when the whitespace is layout.
      int after = pos;
      while (after < text.length() && !isGramChar(text.codePointAt(after))) {
        after += Character.charCount(text.codePointAt(after));
      }
      int e = pos;
      int next = after < text.length() ? text.codePointAt(after) : -1;
      boolean join = next >= 0 && (after == pos || joinsAcrossSpace(cp) || joinsAcrossSpace(next));
      char[] buf = termAtt.resizeBuffer(4);
      int n = Character.toChars(Character.toLowerCase(cp), buf, 0);
      if (join) {
        n += Character.toChars(Character.toLowerCase(next), buf, n);
        e = after + Character.charCount(next);
        if (after > pos) {
          pos = after; // the whitespace is layout: no gap before the next character
        }
      }
      termAtt.setLength(n);
      setOffsets(s, e);
      posIncAtt.setPositionIncrement(gap ? 2 : 1);
      gap = false;
      return true;
    }
    return false;
  }
}
