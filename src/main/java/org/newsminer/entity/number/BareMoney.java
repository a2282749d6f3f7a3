package org.newsminer.entity.number;

import java.math.BigDecimal;
import org.newsminer.entity.number.Numerals.Numeral;
import org.newsminer.entity.number.ScanText.Amount;
import org.newsminer.text.CharClasses;

/**
 * Amounts in 万 or 亿 whose 元 is left out, as headlines and budget prose write them (EXTRACTION.md §1:
 * {@code 投资85亿}, {@code 完成投资263亿多}, {@code 每年70亿的销售额}, {@code 斥资100万以上}): money when a
 * money word ({@code models/rules/number/money-words.txt}) stands in the same clause and nothing after the
 * figure makes it a count ({@code 14万人}, {@code 5万吨}, {@code 1.2亿千瓦时}). Stateless and thread-safe.
 */
final class BareMoney {
  private BareMoney() {}

  /**
   * The bare amount of numeral {@code n} (value {@code v}, with a 万/亿 unit) whose unit would stand at
   * {@code k}, with its qualifiers; or null when it is not money.
   */
  static Amount read(ScanText t, Numeral n, int start, int k, BigDecimal v) {
    int after = k;
    boolean o = n.over();
    if (k < t.to && (t.s.charAt(k) == '多' || t.s.charAt(k) == '余') && !o && t.endsClause(k + 1)) {
      after = k + 1;
      o = true;
    }
    char next = t.ch(Numerals.skipSpaces(t.s, after, t.to));
    if (next != '\0' && (NumberLexicon.NOT_MONEY_AFTER.indexOf(next) >= 0 || Numerals.isNumeralChar(next)
        || (next < 128 && Character.isLetterOrDigit(next))
        || CharClasses.isHan(next) && NumberLexicon.BARE_MONEY_NEXT.indexOf(next) < 0)) {
      return null;
    }
    if (moneyContext(t, start, after)) {
      return QualifierReader.around(t, start, after, v, "CNY", false, false, o);
    }
    return null;
  }

  /** A money word up to 12 characters before {@code start} or 8 after {@code end}, inside the clause. */
  private static boolean moneyContext(ScanText t, int start, int end) {
    String before = t.s.substring(t.clauseStart(start, 12), start);
    int e = end;
    while (e < t.to && e - end < 8 && "。！？；，,;!?\n".indexOf(t.s.charAt(e)) < 0) {
      e++;
    }
    String after = t.s.substring(end, e);
    for (String w : NumberLexicon.MONEY_WORDS) {
      if (before.contains(w) || after.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
