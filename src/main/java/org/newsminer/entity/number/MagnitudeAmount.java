package org.newsminer.entity.number;

import java.math.BigDecimal;
import org.newsminer.entity.Money;
import org.newsminer.entity.Qualifier;
import org.newsminer.entity.number.NumberLexicon.Currency;
import org.newsminer.text.CharClasses;

/**
 * A magnitude written without a numeral and bounded by a qualifier (EXTRACTION.md §1): {@code 过亿元},
 * {@code 逾万元}, {@code 近亿元}, {@code 亿元以上} are one 万 or 亿 of the currency, qualified. Without a
 * bound word a bare magnitude is no amount ({@code 万元户}, a table's {@code 单位：万元}), nor after a
 * vague word ({@code 上亿元}, {@code 数亿元}). Stateless and thread-safe.
 */
final class MagnitudeAmount {
  private MagnitudeAmount() {}

  /** The bounded magnitude whose 万/亿 is at {@code i}: where the scan goes on, or -1 when there is none. */
  static int read(ScanText t, int i) {
    int exp = Numerals.bigUnit(NumberLexicon.fold(t.s.charAt(i)));
    if (exp == 0 || t.isNumeralBefore(i)
        || i > t.from && NumberLexicon.VAGUE_MAGNITUDE_BEFORE.indexOf(t.s.charAt(i - 1)) >= 0) {
      return -1;
    }
    int k = Numerals.skipSpaces(t.s, i + 1, t.to);
    for (Currency c : NumberLexicon.currenciesAt(t.s, k, t.to)) {
      int end = NumberLexicon.matchLoose(t.s, k, t.to, c.word());
      if (end > 0) {
        if (NumberLexicon.NOT_YUAN_AFTER.indexOf(t.ch(end)) >= 0) { // 亿元化
          return -1;
        }
        return emit(t, i, end, BigDecimal.ONE.scaleByPowerOfTen(exp).multiply(c.scale()), c.iso());
      }
    }
    return -1;
  }

  private static int emit(ScanText t, int start, int end, BigDecimal value, String iso) {
    int st = start;
    int en = end;
    Qualifier q = null;
    QualifierReader.Prefix p = QualifierReader.before(t, start);
    if (p != null) {
      q = p.qualifier();
      st = p.start();
    } else {
      int k = start;
      while (k > Math.max(t.from, t.lastEnd) && CharClasses.isSpace(t.s.charAt(k - 1))) {
        k--;
      }
      for (var bound : NumberLexicon.MAGNITUDE_BOUNDS.entrySet()) {
        int b = t.matchBack(k, bound.getKey());
        if (b >= 0) {
          q = bound.getValue();
          st = b;
          break;
        }
      }
    }
    if (q == null) {
      int[] suf = QualifierReader.after(t, end);
      if (suf == null || t.s.substring(end, suf[0]).indexOf('\n') >= 0) { // 单位：万元⏎以上数据…
        return -1;
      }
      q = Qualifier.values()[suf[1]];
      en = suf[0];
    }
    BigDecimal v = Numerals.canonical(value);
    t.add(new Money(NumberLexicon.surface(t.s, st, en), st, en, v, null, null, iso, q));
    return t.lastEnd;
  }
}
