package org.newsminer.entity.number;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.newsminer.entity.Qualifier;
import org.newsminer.entity.number.Numerals.Numeral;
import org.newsminer.entity.number.ScanText.Amount;

/**
 * Ranges and lists of figures sharing a unit (EXTRACTION.md §1, §2): a range with the unit on both
 * sides ({@code 3000万元至5000万元}, {@code 5%-20%}) or written once after the last number
 * ({@code 3000-5000万元}: one mention with min and max), and a list whose unit is written once
 * ({@code 3万、5万元}: one mention per number, each worth its numeral in that unit). Stateless and
 * thread-safe.
 */
final class RangeReader {
  private RangeReader() {}

  /** End of a range connector (至, 到, -, ~, —) after {@code i}, or -1. */
  static int connector(ScanText t, int i) {
    int k = Numerals.skipSpaces(t.s, i, t.to);
    if (k >= t.to) {
      return -1;
    }
    char c = t.s.charAt(k);
    if ("至到-－~～—–".indexOf(c) >= 0) {
      if (c == '—' && t.ch(k + 1) == '—') {
        return k + 2;
      }
      return k + 1;
    }
    return -1;
  }

  /** End of a list connector (、, 和, 及, 与, 或) after {@code i}, or -1. */
  private static int listConnector(ScanText t, int i) {
    int k = Numerals.skipSpaces(t.s, i, t.to);
    return k < t.to && "、和及与或".indexOf(t.s.charAt(k)) >= 0 ? k + 1 : -1;
  }

  /**
   * A range from amount {@code a} to a second amount in the same unit after a connector
   * ({@code 3000万元至5000万元}); true when one was emitted.
   */
  static boolean toSecond(ScanText t, Amount a, String prefixCurrency) {
    int conn = connector(t, a.end());
    Second second = conn > 0 ? second(t, conn, prefixCurrency) : null;
    Amount b = second == null ? null : second.amount();
    if (b != null && b.pct() == a.pct() && b.points() == a.points() && same(a.currency(), b.currency())
        && a.value().compareTo(b.value()) <= 0) {
      t.emitRange(a, b);
      return true;
    }
    return false;
  }

  /** The second figure of a range and the amount its unit makes of it. */
  private record Second(Numeral numeral, Amount amount) {}

  /** The figure after a range connector ending at {@code conn}, when it has a unit; else null. */
  private static Second second(ScanText t, int conn, String prefixCurrency) {
    int k = Numerals.skipSpaces(t.s, conn, t.to);
    Numeral n2 = k < t.to ? Numerals.parse(t.s, k, t.to) : null;
    if (n2 == null || n2.juxtaposed()) {
      return null;
    }
    Amount b = AmountReader.unitAfter(t, n2, n2.start(), prefixCurrency, false);
    return b == null ? null : new Second(n2, b);
  }

  private static boolean same(String a, String b) {
    return a == null ? b == null : a.equals(b);
  }

  /**
   * {@code 3000-5000万元}, {@code 3万、5万元}: numerals without a unit followed by one with a unit.
   * Returns where to continue, or -1 when no shared unit follows.
   */
  static int sharedUnit(ScanText t, Numeral first, int firstStart, boolean negative) {
    int conn = connector(t, first.end());
    if (conn > 0) {
      Second second = second(t, conn, null);
      if (second != null) {
        Amount b = second.amount();
        BigDecimal lo = scaled(first, second.numeral(), b);
        if (negative) {
          lo = lo.negate();
        }
        if (lo.compareTo(b.value()) <= 0) {
          QualifierReader.Prefix pq = QualifierReader.before(t, firstStart);
          int st = pq != null ? pq.start() : firstStart;
          Amount a = new Amount(st, first.end(), lo, b.currency(), b.pct(), b.points(),
              pq != null ? pq.qualifier() : first.over() ? Qualifier.OVER : Qualifier.EXACT, b.unitScale());
          t.emitRange(a, b);
          return t.lastEnd;
        }
      }
      return -1;
    }
    List<Numeral> chain = new ArrayList<>();
    chain.add(first);
    Numeral cur = first;
    for (int guard = 0; guard < 20; guard++) {
      int lc = listConnector(t, cur.end());
      if (lc < 0) {
        return -1;
      }
      int k = Numerals.skipSpaces(t.s, lc, t.to);
      Numeral n2 = k < t.to && Numerals.canStart(t.s, k, t.to) ? Numerals.parse(t.s, k, t.to) : null;
      if (n2 == null || n2.juxtaposed()) {
        return -1;
      }
      Amount b = AmountReader.unitAfter(t, n2, n2.start(), null, false);
      if (b != null) {
        for (Numeral m : chain) {
          BigDecimal v = scaled(m, n2, b);
          QualifierReader.Prefix q = QualifierReader.before(t, m.start());
          int st = q != null ? q.start() : m.start();
          t.emitRaw(b, st, m.end(), v, q != null ? q.qualifier() : m.over() ? Qualifier.OVER : Qualifier.EXACT,
              null, null);
        }
        t.emit(b);
        return t.lastEnd;
      }
      chain.add(n2);
      cur = n2;
    }
    return -1;
  }

  /** The value of a unit-less numeral {@code m} sharing the unit of {@code last} (3000 in 3000-5000万元). */
  private static BigDecimal scaled(Numeral m, Numeral last, Amount unit) {
    BigDecimal v = m.value();
    if (!m.anyUnit() && last.trailingScale().compareTo(BigDecimal.ONE) > 0) {
      v = v.multiply(last.trailingScale());
    }
    return Numerals.canonical(v.multiply(unit.unitScale()));
  }
}
