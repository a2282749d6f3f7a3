package org.newsminer.entity.number;

import java.math.BigDecimal;
import org.newsminer.entity.Qualifier;
import org.newsminer.entity.number.ScanText.Amount;
import org.newsminer.text.CharClasses;

/**
 * Reads the qualifier words of {@link QualifierWords} around a figure: before it ({@code 约}, {@code 超过},
 * {@code 不高于}) or after its unit ({@code 以上}, {@code 左右}), with PDF whitespace allowed inside the
 * word; and {@code 多} after the unit of an amount ending its clause ({@code 263亿元多}). A qualifier is
 * never read across the previous mention. Stateless and thread-safe.
 */
final class QualifierReader {
  private QualifierReader() {}

  private static final QualifierWords QUALIFIERS = QualifierWords.get();

  /** A qualifier word before a figure: its meaning and where the word starts. */
  record Prefix(Qualifier qualifier, int start) {}

  /**
   * The qualifier just before {@code start}, or null. A qualifier separated from the figure by a linking
   * verb ({@code 约为1.74%}) qualifies it too, but the mention does not widen over the verb: its start
   * stays {@code start}.
   */
  static Prefix before(ScanText t, int start) {
    int k = skipSpacesBack(t, start);
    Prefix p = wordEndingAt(t, k);
    if (p == null && k > Math.max(t.from, t.lastEnd) && NumberLexicon.QUALIFIER_LINKS.indexOf(t.s.charAt(k - 1)) >= 0) {
      Prefix linked = wordEndingAt(t, skipSpacesBack(t, k - 1));
      return linked == null ? null : new Prefix(linked.qualifier(), start);
    }
    return p;
  }

  private static int skipSpacesBack(ScanText t, int i) {
    int k = i;
    while (k > Math.max(t.from, t.lastEnd) && CharClasses.isSpace(t.s.charAt(k - 1))) {
      k--;
    }
    return k;
  }

  /** The qualifier word of the table ending at {@code k}, or null. */
  private static Prefix wordEndingAt(ScanText t, int k) {
    for (QualifierWords.Word q : QUALIFIERS.before()) {
      int b = t.matchBack(k, q.word());
      if (b >= 0 && q.standsAlone(b > t.from ? t.s.charAt(b - 1) : '\0', '\0')) {
        return new Prefix(q.qualifier(), b);
      }
    }
    return null;
  }

  /** [end, qualifier ordinal] for a qualifier word after the figure ending at {@code end} (以上), or null. */
  static int[] after(ScanText t, int end) {
    int k = Numerals.skipSpaces(t.s, end, t.to);
    for (QualifierWords.Word q : QUALIFIERS.after()) {
      int e = NumberLexicon.matchLoose(t.s, k, t.to, q.word());
      if (e > 0 && q.standsAlone('\0', t.ch(e))) {
        return new int[] {e, q.qualifier().ordinal()};
      }
    }
    return null;
  }

  /** True when a qualifier word after a figure, or 多, starts at {@code i}. */
  static boolean isQualifierAt(ScanText t, int i) {
    if (t.starts("多", i)) {
      return true;
    }
    for (QualifierWords.Word q : QUALIFIERS.after()) { // a loop, not a stream: called per figure
      if (t.starts(q.word(), i)) {
        return true;
      }
    }
    return false;
  }

  /** {@link #around} for a unit worth one (元, %). */
  static Amount around(ScanText t, int start, int end, BigDecimal v, String currency, boolean pct, boolean points,
      boolean over) {
    return around(t, start, end, v, currency, pct, points, over, BigDecimal.ONE);
  }

  /**
   * The amount {@code [start, end)} widened by the qualifiers before and after it: a word before wins,
   * then a word after, then {@code over} (余/多 inside or after the numeral).
   */
  static Amount around(ScanText t, int start, int end, BigDecimal v, String currency, boolean pct, boolean points,
      boolean over, BigDecimal unitScale) {
    Prefix q = before(t, start);
    int st = q != null ? q.start() : start;
    int[] suf = after(t, end);
    int en = end;
    Qualifier sq = null;
    if (suf != null) {
      sq = Qualifier.values()[suf[1]];
      en = suf[0];
    } else if (!over && !pct && t.ch(end) == '多' && currency != null && t.endsClause(end + 1)) {
      // 263亿元多
      sq = Qualifier.OVER;
      en = end + 1;
    }
    Qualifier fq = q != null ? q.qualifier() : sq != null ? sq : over ? Qualifier.OVER : Qualifier.EXACT;
    return new Amount(st, en, v, currency, pct, points, fq, unitScale);
  }
}
