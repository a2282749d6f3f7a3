package org.newsminer.text;

/**
 * The character classes every stage shares: one definition each of whitespace, Han characters and
 * full-width folding, so that the normalizer, the recognizers, the checker and the index agree on what
 * a space or an ideograph is. Closed alphabets only; open word lists live in {@code models/}.
 *
 * <p>Stateless and thread-safe.
 */
public final class CharClasses {
  private CharClasses() {}

  /**
   * Whitespace as PDF extraction leaves it: ASCII whitespace, the information separators U+001C–U+001F,
   * and every Unicode space separator (no-break space, the U+2000 spaces, the ideographic space U+3000).
   * No space lies above U+3000, so the CJK text, most of an article, is told apart by one comparison.
   */
  public static boolean isSpace(char c) {
    if (c < 128) {
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
    }
    if (c > '\u3000') {
      return false;
    }
    if (c < '\u2000') {
      return c == '\u0085' || c == '\u00A0' || c == '\u1680';
    }
    return c <= '\u200A' || c == '\u2028' || c == '\u2029' || c == '\u202F' || c == '\u205F'
        || c == '\u3000';
  }

  /**
   * A character of the Han script (ideographs of every block in the BMP, 〇, 々, the CJK radicals):
   * what Chinese names and words are written in. The basic block is answered without a table lookup.
   */
  public static boolean isHan(char c) {
    if (c >= '\u4E00' && c <= '\u9FFF') {
      return true;
    }
    return c >= '\u2E80' && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /** {@link #isHan(char)} for a code point, supplementary ideographs included. */
  public static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }

  /**
   * An ideograph of the unified and compatibility blocks, or half of a surrogate pair (a supplementary
   * ideograph seen one {@code char} at a time). Narrower than {@link #isHan} on purpose: the normalizer
   * joins lines and removes spaces between ideographs, and 〇 or a radical in running text is no reason to.
   */
  public static boolean isIdeographOrSurrogate(char c) {
    return (c >= '\u4E00' && c <= '\u9FFF')
        || (c >= '\u3400' && c <= '\u4DBF')
        || (c >= '\uF900' && c <= '\uFAFF')
        || Character.isSurrogate(c);
  }

  /** A full-width form of an ASCII character (U+FF01–U+FF5E) to that character; anything else unchanged. */
  public static char foldWidth(char c) {
    return c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c;
  }

  /**
   * The pipeline's normalized form of a character: full-width ASCII folded as by {@link #foldWidth},
   * except the Chinese sentence and clause punctuation (！（），：；？), which stays full-width because
   * Chinese text writes it so and the sentence rules read it so.
   */
  public static char foldToNormalized(char c) {
    switch (c) {
      case '！':
      case '（':
      case '）':
      case '，':
      case '：':
      case '；':
      case '？':
        return c;
      default:
        return foldWidth(c);
    }
  }
}
