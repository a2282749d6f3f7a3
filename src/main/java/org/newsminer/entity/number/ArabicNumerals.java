package org.newsminer.entity.number;

import java.math.BigDecimal;
import org.newsminer.text.CharClasses;

import static org.newsminer.entity.number.Numerals.MC;
import static org.newsminer.entity.number.Numerals.arabicDigit;
import static org.newsminer.entity.number.Numerals.isDot;
import static org.newsminer.entity.number.Numerals.skipSpaces;

/**
 * Reads an Arabic number at a position, as newspapers and PDF text write it: thousands grouping
 * ({@code 1,234,567}, full-width {@code ４，５６５}), decimals with the point spaced by PDF extraction
 * ({@code 20 . 36}), digits spaced one by one ({@code 2 0 2 2}), scientific notation and powers
 * ({@code 2e5}, {@code 2^5}) and metric suffixes ({@code 40k}, {@code 1.2M}). The numeral grammar
 * around it is {@link Numerals}. Stateless and thread-safe.
 */
final class ArabicNumerals {
  private ArabicNumerals() {}

  /** An Arabic number read: where it ends, its value, and whether a power or metric suffix was read. */
  record Arabic(int end, BigDecimal value, boolean suffixed) {}

  private static boolean isComma(char c) {
    return c == ',' || c == '，';
  }

  /** Reads an Arabic number at {@code i} (where {@link Numerals#arabicStarts} holds). */
  static Arabic read(CharSequence s, int i, int limit) {
    StringBuilder b = new StringBuilder();
    int j = i;
    int intDigits = 0;
    while (j < limit && arabicDigit(s.charAt(j)) >= 0) {
      b.append((char) ('0' + arabicDigit(s.charAt(j))));
      j++;
      intDigits++;
    }
    // PDF text spaces every character: 2 0 2 2 年, 1 0 0 万 元. Single digits separated by single
    // spaces are one number, unless a fraction follows (1 3/5 is one and three fifths).
    if (intDigits == 1) {
      int k = j;
      StringBuilder more = new StringBuilder();
      while (k + 1 < limit && s.charAt(k) == ' ' && arabicDigit(s.charAt(k + 1)) >= 0
          && (k + 2 >= limit || arabicDigit(s.charAt(k + 2)) < 0 && !isDot(s.charAt(k + 2)) && !isComma(s.charAt(k + 2)))) {
        more.append((char) ('0' + arabicDigit(s.charAt(k + 1))));
        k += 2;
      }
      if (more.length() > 0 && (k >= limit || s.charAt(k) != '/' && s.charAt(k) != '／')) {
        b.append(more);
        j = k;
        intDigits += more.length();
      }
      // 1 2 . 5 %: a spaced decimal point and spaced decimals
      if (j + 3 < limit && s.charAt(j) == ' ' && isDot(s.charAt(j + 1)) && s.charAt(j + 2) == ' '
          && arabicDigit(s.charAt(j + 3)) >= 0) {
        b.append('.');
        k = j + 2;
        while (k + 1 < limit && s.charAt(k) == ' ' && arabicDigit(s.charAt(k + 1)) >= 0
            && (k + 2 >= limit || arabicDigit(s.charAt(k + 2)) < 0)) {
          b.append((char) ('0' + arabicDigit(s.charAt(k + 1))));
          k += 2;
        }
        return new Arabic(k, new BigDecimal(b.toString()), false);
      }
    }
    // Thousands grouping: 1,234,567 (each group exactly three digits; first group 1-3 digits). A
    // full-width comma groups only full-width digits (４，５６５); after ASCII digits it is punctuation.
    if (intDigits >= 1 && intDigits <= 3) {
      int k = j;
      StringBuilder g = new StringBuilder();
      while (k < limit && isComma(s.charAt(k)) && threeDigits(s, k + 1, limit)
          && (s.charAt(k) == ',' || s.charAt(k - 1) >= '０' && s.charAt(k - 1) <= '９')) {
        for (int m = k + 1; m < k + 4; m++) {
          g.append((char) ('0' + arabicDigit(s.charAt(m))));
        }
        k += 4;
      }
      if (g.length() > 0) {
        b.append(g);
        j = k;
      }
    }
    // PDF spaces around the decimal point (20 . 36亿元): a dot between digits is never a full stop
    // in Chinese text, so read it as the point.
    if (intDigits > 0 && !(i >= 2 && isDot(s.charAt(i - 1)))) {
      int k = skipSpaces(s, j, limit);
      if (k < limit && isDot(s.charAt(k))) {
        int m = skipSpaces(s, k + 1, limit);
        if ((k > j || m > k + 1) && m < limit && arabicDigit(s.charAt(m)) >= 0) {
          b.append('.');
          while (m < limit && arabicDigit(s.charAt(m)) >= 0) {
            b.append((char) ('0' + arabicDigit(s.charAt(m))));
            m++;
          }
          return new Arabic(m, new BigDecimal(b.toString()), false);
        }
      }
    }
    // A dotted sequence (2222.2222.222, an id or a version) is a run of integers, not decimals.
    boolean dotted = i >= 2 && isDot(s.charAt(i - 1)) && arabicDigit(s.charAt(i - 2)) >= 0;
    if (!dotted && intDigits > 0 && j + 1 < limit && isDot(s.charAt(j)) && arabicDigit(s.charAt(j + 1)) >= 0) {
      int m = j + 1;
      while (m < limit && arabicDigit(s.charAt(m)) >= 0) {
        m++;
      }
      dotted = m + 1 < limit && isDot(s.charAt(m)) && arabicDigit(s.charAt(m + 1)) >= 0;
    }
    if (!dotted && j + 1 < limit && isDot(s.charAt(j)) && arabicDigit(s.charAt(j + 1)) >= 0) {
      if (b.length() == 0) {
        b.append('0');
      }
      b.append('.');
      j++;
      while (j < limit && arabicDigit(s.charAt(j)) >= 0) {
        b.append((char) ('0' + arabicDigit(s.charAt(j))));
        j++;
      }
    }
    BigDecimal v = new BigDecimal(b.toString());
    boolean suffixed = false;
    // Scientific notation and powers: 2e5, 12.32e+14, 2.7890e－1, 2^5, 1.1^+23.
    if (j < limit && (s.charAt(j) == 'e' || s.charAt(j) == 'E' || s.charAt(j) == '^')) {
      boolean power = s.charAt(j) == '^';
      int k = j + 1;
      int sign = 1;
      while (k < limit && "+-＋－".indexOf(s.charAt(k)) >= 0) {
        if (s.charAt(k) == '-' || s.charAt(k) == '－') {
          sign = -sign;
        }
        k++;
      }
      int ds = k;
      while (k < limit && arabicDigit(s.charAt(k)) >= 0) {
        k++;
      }
      if (k > ds && k - ds < 4 && (k >= limit || !Character.isLetter(s.charAt(k)) || CharClasses.isHan(s.charAt(k)))) {
        int exp = Integer.parseInt(digits(s, ds, k)) * sign;
        if (power && v.signum() == 0 && exp < 0) {
          return new Arabic(j, v, false); // 0^-1 is undefined: leave the power unread
        }
        if (power) {
          v = exp >= 0 ? v.pow(exp, MC) : BigDecimal.ONE.divide(v.pow(-exp, MC), MC);
        } else {
          v = v.scaleByPowerOfTen(exp);
        }
        j = k;
        suffixed = true;
      }
    }
    // Metric suffixes: 40k, 1.2M, .0012G (the letter must not start a word: 5km is not 5000m).
    int k = skipSpaces(s, j, limit);
    if (!suffixed && k < limit) {
      char c = s.charAt(k);
      int exp = c == 'k' || c == 'K' || c == 'ｋ' || c == 'Ｋ' ? 3 : c == 'M' || c == 'Ｍ' ? 6 : c == 'G' || c == 'Ｇ' ? 9 : 0;
      if (exp > 0 && (k + 1 >= limit || !isAsciiLetter(s.charAt(k + 1)))) {
        v = v.scaleByPowerOfTen(exp);
        j = k + 1;
        suffixed = true;
      }
    }
    return new Arabic(j, v, suffixed);
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 'ａ' && c <= 'ｚ') || (c >= 'Ａ' && c <= 'Ｚ');
  }

  private static boolean threeDigits(CharSequence s, int i, int limit) {
    if (i + 3 > limit) {
      return false;
    }
    for (int m = i; m < i + 3; m++) {
      if (arabicDigit(s.charAt(m)) < 0) {
        return false;
      }
    }
    return i + 3 >= limit || arabicDigit(s.charAt(i + 3)) < 0;
  }

  private static String digits(CharSequence s, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      b.append((char) ('0' + arabicDigit(s.charAt(i))));
    }
    return b.toString();
  }
}
