package org.newsminer.entity.number;

import java.math.BigDecimal;
import java.util.List;
import org.newsminer.entity.Entity;
import org.newsminer.entity.Money;
import org.newsminer.entity.number.Numerals.Numeral;
import org.newsminer.entity.number.ScanText.Amount;
import org.newsminer.text.CharClasses;

/**
 * Amounts in 万 or 亿 whose 元 is left out, as headlines and budget prose write them (EXTRACTION.md §1:
 * {@code 投资85亿}, {@code 完成投资263亿多}, {@code 每年70亿的销售额}, {@code 斥资100万以上}): money when a
 * money word ({@code models/rules/number/money-words.txt}, either script) stands in the same clause, or
 * the clause compares it with the bare money amount just before ({@code 同比去年高出3万多}), and nothing
 * after the figure makes it a count ({@code 14万人}, {@code 5万吨}, {@code 1.2亿千瓦时}). A figure ending
 * its phrase (a headline's space, a line end) is judged on what stands before it. Stateless and
 * thread-safe.
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
    int nextAt = Numerals.skipSpaces(t.s, after, t.to);
    char next = t.ch(nextAt);
    // Whitespace after a figure that is not itself letter-spaced ends its phrase: a headline goes on
    // after a space (投资1404亿 第一批…), a line ends (补助金268万⏎2015-12-14). After a space a measure
    // word still makes it a count (14万 人); the next line is another text.
    int figureEnd = after > k ? after : n.end();
    boolean phraseEnds = nextAt > figureEnd && start > t.from && !CharClasses.isSpace(t.s.charAt(start - 1));
    boolean lineEnds = phraseEnds && t.s.substring(figureEnd, nextAt).indexOf('\n') >= 0;
    if (next != '\0' && !lineEnds && (NumberLexicon.NOT_MONEY_AFTER.indexOf(next) >= 0 || !phraseEnds
        && (Numerals.isNumeralChar(next) || (next < 128 && Character.isLetterOrDigit(next))
            || CharClasses.isHan(next) && NumberLexicon.BARE_MONEY_NEXT.indexOf(next) < 0))) {
      return null;
    }
    // after a phrase break the words that follow belong to another phrase (人口14万 资金到位3亿)
    if (moneyContext(t, start, after, phraseEnds ? 0 : 8) || differenceOfMoney(t, start)) {
      return QualifierReader.around(t, start, figureEnd, v, "CNY", false, false, o);
    }
    return null;
  }

  /**
   * True when the figure at {@code start} compares with the bare money amount just before it
   * (今年总收入有17万多。同比去年高出3万多): that mention is MONEY written without its currency, nothing
   * but up to 20 characters without figures lie between, and a comparison word stands there.
   */
  private static boolean differenceOfMoney(ScanText t, int start) {
    List<Entity> found = t.mentions();
    if (found.isEmpty() || !(found.get(found.size() - 1) instanceof Money m)) {
      return false;
    }
    String text = m.text();
    char last = text.charAt(text.length() - 1);
    boolean bare = Numerals.bigUnit(NumberLexicon.fold(last)) > 0 || last == '多' || last == '余';
    if (!bare || m.end() > start || start - m.end() > 20) {
      return false;
    }
    for (int i = m.end(); i < start; i++) {
      if (Numerals.isNumeralChar(t.s.charAt(i))) {
        return false;
      }
    }
    String between = NumberLexicon.folded(t.s, m.end(), start);
    return NumberLexicon.COMPARISON_WORDS.stream().anyMatch(between::contains);
  }

  /** A money word up to 12 characters before {@code start} or {@code ahead} after {@code end}, inside the clause. */
  private static boolean moneyContext(ScanText t, int start, int end, int ahead) {
    String before = NumberLexicon.folded(t.s, t.clauseStart(start, 12), start);
    int e = end;
    while (e < t.to && e - end < ahead && "。！？；，,;!?\n".indexOf(t.s.charAt(e)) < 0) {
      e++;
    }
    String after = NumberLexicon.folded(t.s, end, e);
    for (String w : NumberLexicon.MONEY_WORDS) {
      if (before.contains(w) || after.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
