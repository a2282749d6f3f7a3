package org.newsminer.check;

import org.newsminer.text.CharClasses;
import java.util.Arrays;

/**
 * An article's text with whitespace left out and full-width digits, signs and punctuation folded to
 * one form, keeping for every character its offset in the text it came from. The checker reads figures
 * and wording here so that PDF spaces and line breaks ({@code 14143 人}, {@code 169288.37 万\n\n元})
 * never split a figure, whether or not the normalizer has already removed them. A line break between two
 * numbers becomes the table cell separator {@link #CELL} instead (104606⏎6.5 are two cells). Immutable.
 */
final class Compact {
  /** The cell separator of a table, also put between two numbers a line break separates. */
  static final char CELL = '|';

  private final String text;
  private final int[] from;

  private Compact(String text, int[] from) {
    this.text = text;
    this.from = from;
  }

  /** The compact view of {@code source[start, end)}. */
  static Compact of(String source, int start, int end) {
    char[] chars = new char[end - start];
    source.getChars(start, end, chars, 0);
    int[] from = new int[end - start];
    int n = 0;
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (CharClasses.isSpace(c)) {
        // A line break between two numbers separates two cells of a table (104606\n6.5): keep them apart.
        int j = i;
        boolean lineBreak = false;
        while (j < chars.length && CharClasses.isSpace(chars[j])) {
          lineBreak |= chars[j] == '\n' || chars[j] == '\r';
          j++;
        }
        if (lineBreak && n > 0 && isDigit(chars[n - 1]) && j < chars.length && (isDigit(chars[j])
            || chars[j] == '-' && j + 1 < chars.length && isDigit(chars[j + 1]))) {
          chars[n] = CELL;
          from[n++] = start + i;
        }
        i = j - 1;
        continue;
      }
      chars[n] = fold(c); // in place: n never passes i
      from[n++] = start + i;
    }
    return new Compact(new String(chars, 0, n), Arrays.copyOf(from, n));
  }


  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9' || c >= '０' && c <= '９';
  }

  /** Full-width digits and ％ to ASCII; half-width clause punctuation to the full-width form the rules use. */
  private static char fold(char c) {
    if (c > '\u007F' && c < '\uFF00') {
      return c; // neither ASCII nor a full-width form: the CJK text, kept as it is
    }
    if (c >= '０' && c <= '９') {
      return (char) ('0' + (c - '０'));
    }
    switch (c) {
      case '％':
        return '%';
      case '．':
        return '.';
      case ',':
        return '，';
      case ';':
        return '；';
      case ':':
        return '：';
      case '(':
        return '（';
      case ')':
        return '）';
      default:
        return c;
    }
  }

  String text() {
    return text;
  }

  /** Source offset where compact character {@code i} starts. */
  int sourceStart(int i) {
    return from[i];
  }

  /** Source offset just after compact character {@code i - 1}: the end of a span ending at {@code i}. */
  int sourceEnd(int i) {
    return from[i - 1] + 1;
  }
}
