package org.newsminer.entity.number;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.newsminer.entity.Entity;
import org.newsminer.entity.Money;
import org.newsminer.entity.Percent;
import org.newsminer.entity.PercentUnit;
import org.newsminer.entity.Qualifier;
import org.newsminer.text.CharClasses;

/**
 * One article being scanned for MONEY and PERCENT: the text and bounds, the mentions found so far, and
 * the questions every mechanism asks about the text around a figure. Mentions never overlap: one
 * starting before the end of the last is dropped, and qualifiers and context are not read back across
 * it. Mutable; one instance per scan, confined to its thread.
 */
final class ScanText {
  /** A numeral with the unit found after it, and the qualifiers read around both. */
  record Amount(int start, int end, BigDecimal value, String currency, boolean pct,
      boolean points, Qualifier qualifier, BigDecimal unitScale) {}

  final String s;
  final int from;
  final int to;
  private final List<Entity> out = new ArrayList<>();
  /** End of the last mention kept (or {@link #from}). */
  int lastEnd;

  ScanText(String s, int from, int to) {
    this.s = s;
    this.from = from;
    this.to = to;
    this.lastEnd = from;
  }

  List<Entity> mentions() {
    return out;
  }

  /** The character at {@code i}, or {@code '\0'} outside the article. */
  char ch(int i) {
    return i >= from && i < to ? s.charAt(i) : '\0';
  }

  /** {@code w} at {@code i}, inside the article. */
  boolean starts(String w, int i) {
    return i >= from && i + w.length() <= to && s.startsWith(w, i);
  }

  /** True when the character before {@code i} belongs to a number (ids, 五百分之, 万一). */
  boolean isNumeralBefore(int i) {
    if (i <= from) {
      return false;
    }
    char p = s.charAt(i - 1);
    if (p < 128 && Character.isLetter(p)) {
      // an id (A2021…), unless an economic indicator names the figure (GDP2132亿元)
      for (String ind : NumberLexicon.INDICATORS) {
        if (i - ind.length() >= from && starts(ind, i - ind.length())) {
          return false;
        }
      }
      return true;
    }
    return Numerals.isNumeralChar(p) || p == '.' || p == '．' || (p < 128 && Character.isDigit(p))
        || NumberLexicon.fold(p) == '点';
  }

  /** End of the run of numeral characters and spaces from {@code i}. */
  int skipRun(int i) {
    int k = i;
    while (k < to && (Numerals.isNumeralChar(s.charAt(k)) || CharClasses.isSpace(s.charAt(k)))) {
      k++;
    }
    return k;
  }

  /** Where the clause containing {@code i} starts, looking back at most {@code max} chars. */
  int clauseStart(int i, int max) {
    int b = i;
    while (b > from && i - b < max && "。！？；，,;!?\n：:".indexOf(s.charAt(b - 1)) < 0) {
      b--;
    }
    return Math.max(b, lastEnd);
  }

  /** True when nothing but punctuation, 的 or the end follows {@code i} (263亿多。 but not 多用于). */
  boolean endsClause(int i) {
    char n = ch(Numerals.skipSpaces(s, i, to));
    return n == '\0' || n == '的' || !CharClasses.isHan(n) && !Character.isLetterOrDigit(n);
  }

  /**
   * Start of {@code w} ending just before {@code k}, with PDF whitespace allowed between its
   * characters (突\n\n破), not reaching before the article or the previous mention; else -1.
   */
  int matchBack(int k, String w) {
    int lo = Math.max(from, lastEnd);
    int j = k;
    for (int c = w.length() - 1; c >= 0; c--) {
      if (c < w.length() - 1) {
        while (j > lo && CharClasses.isSpace(s.charAt(j - 1))) {
          j--;
        }
      }
      if (j <= lo || s.charAt(j - 1) != w.charAt(c)) {
        return -1;
      }
      j--;
    }
    return j;
  }

  // ---- output ------------------------------------------------------------------------------

  void emit(Amount a) {
    if (a.pct()) {
      emitPercent(a.start(), a.end(), a.value(), a.points() ? PercentUnit.POINTS : PercentUnit.PERCENT, a.qualifier());
    } else {
      emitRaw(a, a.start(), a.end(), a.value(), a.qualifier(), null, null);
    }
  }

  /** One mention from {@code a} to {@code b}: a range with the unit of {@code b}. */
  void emitRange(Amount a, Amount b) {
    Qualifier q = a.qualifier() != Qualifier.EXACT ? a.qualifier() : b.qualifier();
    if (a.pct()) {
      add(new Percent(NumberLexicon.surface(s, a.start(), b.end()), a.start(), b.end(), a.value(), a.value(),
          b.value(), b.points() ? PercentUnit.POINTS : PercentUnit.PERCENT, q));
    } else {
      add(new Money(NumberLexicon.surface(s, a.start(), b.end()), a.start(), b.end(), a.value(), a.value(),
          b.value(), b.currency(), q));
    }
  }

  /** A mention of {@code [start, end)} with the unit of {@code unit}. */
  void emitRaw(Amount unit, int start, int end, BigDecimal v, Qualifier q, BigDecimal min, BigDecimal max) {
    if (unit.pct()) {
      emitPercent(start, end, v, unit.points() ? PercentUnit.POINTS : PercentUnit.PERCENT, q);
    } else {
      add(new Money(NumberLexicon.surface(s, start, end), start, end, v, min, max, unit.currency(), q));
    }
  }

  void emitPercent(int start, int end, BigDecimal v, PercentUnit unit, Qualifier q) {
    add(new Percent(NumberLexicon.surface(s, start, end), start, end, v, null, null, unit, q));
  }

  /** Keeps {@code e} unless it overlaps the last mention kept. */
  void add(Entity e) {
    if (e.start() < lastEnd) {
      return;
    }
    out.add(e);
    lastEnd = e.end();
  }
}
