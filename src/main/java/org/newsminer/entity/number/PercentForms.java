package org.newsminer.entity.number;

import java.math.BigDecimal;
import org.newsminer.entity.Percent;
import org.newsminer.entity.PercentUnit;
import org.newsminer.entity.Qualifier;
import org.newsminer.entity.number.Numerals.Numeral;

/**
 * The PERCENT forms written without {@code %} (EXTRACTION.md §2): a fraction prefix before the numeral
 * ({@code 百分之十}, {@code 千分之三}, {@code 百分之十至百分之二十}), tenths ({@code 八成}, {@code 三成半},
 * {@code 七成六}), discounts ({@code 八折}, {@code 75折}, {@code 三八折}) and the halves ({@code 半成},
 * {@code 半折}, {@code 打对折}). 成 and 折 that start another word ({@code 成为}, {@code 折合}) are no
 * unit. Each reader emits into the {@link ScanText} and returns where the scan goes on, or -1 when
 * nothing was read. Stateless and thread-safe.
 */
final class PercentForms {
  private PercentForms() {}

  /** [end of prefix, power of ten of the denominator] for 百分之, 千分之, 万分之, 百万分之… at {@code i}, or null. */
  static int[] fractionPrefix(ScanText t, int i) {
    int k = i;
    int exp = 0;
    int n = 0;
    while (k < t.to && n < 4) {
      char c = NumberLexicon.fold(t.s.charAt(k));
      int e = c == '百' ? 2 : c == '千' ? 3 : Numerals.bigUnit(c);
      if (e == 0) {
        break;
      }
      exp += e;
      n++;
      k = Numerals.skipSpaces(t.s, k + 1, t.to);
    }
    if (n == 0) {
      return null;
    }
    int e = NumberLexicon.matchLoose(t.s, k, t.to, "分之");
    if (e < 0 || t.isNumeralBefore(i)) {
      return null;
    }
    return new int[] {e, exp};
  }

  /** The percentage after a fraction prefix {@code [start, prefixEnd)} of denominator 10^exp. */
  static int ofPrefix(ScanText t, int start, int prefixEnd, int exp) {
    int k = Numerals.skipSpaces(t.s, prefixEnd, t.to);
    boolean neg = false;
    if (k < t.to && (t.s.charAt(k) == '负' || t.s.charAt(k) == '-')) {
      neg = true;
      k = Numerals.skipSpaces(t.s, k + 1, t.to);
    }
    Numeral n = Numerals.parse(t.s, k, t.to);
    if (n == null || n.juxtaposed()) {
      return n == null ? prefixEnd : t.skipRun(n.end());
    }
    BigDecimal v = n.value().scaleByPowerOfTen(2 - exp);
    if (neg) {
      v = v.negate();
    }
    // 百分之十至百分之二十 is one range
    int conn = RangeReader.connector(t, n.end());
    if (conn > 0) {
      int k2 = Numerals.skipSpaces(t.s, conn, t.to);
      int[] f2 = k2 < t.to ? fractionPrefix(t, k2) : null;
      Numeral n2 = f2 == null ? null : Numerals.parse(t.s, Numerals.skipSpaces(t.s, f2[0], t.to), t.to);
      if (n2 != null && !n2.juxtaposed()) {
        BigDecimal v2 = Numerals.canonical(n2.value().scaleByPowerOfTen(2 - f2[1]));
        BigDecimal lo = Numerals.canonical(v);
        if (lo.compareTo(v2) <= 0) {
          QualifierReader.Prefix q = QualifierReader.before(t, start);
          int st = q != null ? q.start() : start;
          t.add(new Percent(NumberLexicon.surface(t.s, st, n2.end()), st, n2.end(), lo, lo, v2,
              PercentUnit.PERCENT, q != null ? q.qualifier() : Qualifier.EXACT));
          return t.lastEnd;
        }
      }
    }
    emitQualified(t, start, n.end(), Numerals.canonical(v), PercentUnit.PERCENT,
        n.over() ? Qualifier.OVER : Qualifier.EXACT);
    return t.lastEnd;
  }

  /** 半成 (5%), 半折 (50%), 打对折 (50%) at {@code i}; -1 when none. */
  static int halves(ScanText t, int i) {
    char c = t.s.charAt(i);
    if (c == '半') {
      int k = Numerals.skipSpaces(t.s, i + 1, t.to);
      char n = t.ch(k);
      int p = i - 1;
      char pc = p >= t.from ? t.s.charAt(p) : '\0';
      if ((n == '成' || n == '折') && NumberLexicon.NOT_HALF_TENTHS_AFTER.indexOf(pc) < 0 && !startsWord(t, k + 1, n)) {
        emitQualified(t, i, k + 1, n == '成' ? BigDecimal.valueOf(5) : BigDecimal.valueOf(50), PercentUnit.PERCENT,
            Qualifier.EXACT);
        return t.lastEnd;
      }
    }
    if ((c == '对' || c == '對') && i > t.from && t.s.charAt(i - 1) == '打' && t.ch(i + 1) == '折') {
      t.emitPercent(i, i + 2, BigDecimal.valueOf(50), PercentUnit.PERCENT, Qualifier.EXACT);
      return t.lastEnd;
    }
    return -1;
  }

  /** True when 成/折 at {@code k - 1} starts a word (成为, 折合) rather than ending a tenths figure. */
  static boolean startsWord(ScanText t, int k, char unit) {
    char n = t.ch(k);
    return (unit == '成' ? NumberLexicon.NOT_TENTHS_CHENG : NumberLexicon.NOT_TENTHS_ZHE).indexOf(n) >= 0
        || unit == '折' && Numerals.isNumeralChar(n);
  }

  /** 三八折, 五五折, 九 九 折, 7 2 折: two digits read as a two-digit discount; -1 when not one. */
  static int juxtaposedDiscount(ScanText t, Numeral n, int prefixStart) {
    if (n.anyUnit() || n.value().scale() > 0 || n.value().compareTo(BigDecimal.TEN) >= 0) {
      return -1;
    }
    int k = Numerals.skipSpaces(t.s, n.end(), t.to);
    if (k >= t.to) {
      return -1;
    }
    int d = Numerals.arabicDigit(t.s.charAt(k));
    if (d < 0) {
      d = Numerals.chineseDigit(t.s.charAt(k));
    }
    if (d < 0) {
      return -1;
    }
    int z = Numerals.skipSpaces(t.s, k + 1, t.to);
    if (z < t.to && t.s.charAt(z) == '折' && !startsWord(t, z + 1, '折')) {
      BigDecimal v = n.value().multiply(BigDecimal.TEN).add(BigDecimal.valueOf(d));
      t.emitPercent(prefixStart >= 0 ? prefixStart : n.start(), z + 1, v, PercentUnit.PERCENT, Qualifier.EXACT);
      return t.lastEnd;
    }
    return -1;
  }

  /** 八成, 三成半, 七成六, 9.5成, 八折, 75折, 三点一折 after numeral {@code n}; -1 when none. */
  static int tenths(ScanText t, Numeral n, int prefixStart) {
    if (n.bigUnit() || n.over()) {
      return -1;
    }
    int k = Numerals.skipSpaces(t.s, n.end(), t.to);
    char u = t.ch(k);
    if ((u != '成' && u != '折') || startsWord(t, k + 1, u)) {
      return -1;
    }
    BigDecimal v = n.value();
    int start = prefixStart >= 0 ? prefixStart : n.start();
    if (start > t.from && (Numerals.isNumeralChar(t.s.charAt(start - 1))
        || NumberLexicon.NOT_TENTHS_AFTER.indexOf(t.s.charAt(start - 1)) >= 0)) {
      return -1;
    }
    BigDecimal pct;
    if (u == '成') {
      if (v.signum() <= 0 || v.compareTo(BigDecimal.TEN) > 0) {
        return -1;
      }
      pct = v.multiply(BigDecimal.TEN);
    } else if (v.compareTo(BigDecimal.TEN) < 0 && v.signum() > 0) {
      pct = v.multiply(BigDecimal.TEN);
    } else if (!n.chinese() && !n.anyUnit() && v.scale() == 0 && v.compareTo(BigDecimal.valueOf(100)) < 0
        && v.compareTo(BigDecimal.TEN) > 0) {
      pct = v;
    } else {
      return -1;
    }
    int end = k + 1;
    if (u == '成' && v.scale() == 0) {
      int z = Numerals.skipSpaces(t.s, end, t.to);
      char nc = t.ch(z);
      int d = Numerals.chineseDigit(nc);
      if (nc == '半') {
        pct = pct.add(BigDecimal.valueOf(5));
        end = z + 1;
      } else if (d > 0 && !Numerals.isNumeralChar(t.ch(z + 1)) && NumberLexicon.fold(t.ch(z + 1)) != '点') {
        pct = pct.add(BigDecimal.valueOf(d));
        end = z + 1;
      }
    }
    QualifierReader.Prefix q = QualifierReader.before(t, start);
    int[] suf = QualifierReader.after(t, end);
    Qualifier sq = suf == null ? null : Qualifier.values()[suf[1]];
    t.emitPercent(q != null ? q.start() : start, suf != null ? suf[0] : end, Numerals.canonical(pct),
        PercentUnit.PERCENT, q != null ? q.qualifier() : sq != null ? sq : Qualifier.EXACT);
    return t.lastEnd;
  }

  /** A percentage whose qualifiers are still to be read around {@code [start, end)}. */
  private static void emitQualified(ScanText t, int start, int end, BigDecimal v, PercentUnit unit, Qualifier q) {
    int st = start;
    Qualifier fq = q;
    if (q == Qualifier.EXACT || q == Qualifier.OVER) {
      QualifierReader.Prefix p = QualifierReader.before(t, start);
      if (p != null) {
        st = p.start();
        fq = p.qualifier();
      }
    }
    int en = end;
    if (fq == Qualifier.EXACT) {
      int[] suf = QualifierReader.after(t, end);
      if (suf != null) {
        en = suf[0];
        fq = Qualifier.values()[suf[1]];
      }
    }
    t.add(new Percent(NumberLexicon.surface(t.s, st, en), st, en, v, null, null, unit, fq));
  }
}
