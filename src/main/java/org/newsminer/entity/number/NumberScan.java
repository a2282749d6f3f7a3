package org.newsminer.entity.number;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.newsminer.entity.Entity;
import org.newsminer.entity.number.NumberLexicon.Currency;
import org.newsminer.entity.number.Numerals.Numeral;
import org.newsminer.entity.number.ScanText.Amount;
import org.newsminer.text.CharClasses;

/**
 * One left-to-right pass over an article finding MONEY and PERCENT: at each position that may start a
 * mention, a fraction prefix ({@link PercentForms}), a currency prefix ({@code 人民币50元}, {@code ￥300},
 * {@code USD 20}), a sign, or a numeral whose unit {@link AmountReader} reads; failing a unit, tenths and
 * discounts ({@link PercentForms}) or a unit shared with the numbers after it ({@link RangeReader}).
 * URLs are skipped whole. Stateless and thread-safe; each call scans with its own {@link ScanText}.
 */
final class NumberScan {
  private NumberScan() {}

  /**
   * Characters at which {@link #at} can find anything: every other position it would skip after
   * trying each rule, so the scan skips it at once (most of a page is plain text).
   */
  private static final boolean[] MAY_START = mayStart();

  private static boolean[] mayStart() {
    boolean[] may = new boolean[Character.MAX_VALUE + 1];
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      char f = NumberLexicon.fold(c);
      may[i] = c == 'h' || c == 'w' // URLs, skipped whole
          || f == '百' || f == '千' || Numerals.bigUnit(f) != 0 // 百分之, 千分之, 万分之
          || c == '半' || c == '对' || c == '對' // 半成, 打对折
          || NumberLexicon.PREFIX_STARTERS.indexOf(f) >= 0 // currency before the number
          || c == '-' || c == '－' || c == '负' || c == '負' // signs
          || Numerals.arabicDigit(c) >= 0 || Numerals.isDot(c) || Numerals.chineseDigit(c) >= 0
          || Numerals.smallUnit(c) > 0 || Numerals.tens(c) > 0;
    }
    return may;
  }

  /** The mentions of {@code s} between {@code from} and {@code to}, in text order, not overlapping. */
  static List<Entity> scan(String s, int from, int to) {
    ScanText t = new ScanText(s, from, to);
    int i = from;
    while (i < to) {
      if (!MAY_START[s.charAt(i)]) {
        i++;
        continue;
      }
      int next = at(t, i);
      i = Math.max(next, i + 1);
    }
    return t.mentions();
  }

  /** Tries a mention at {@code i}; returns where to continue. */
  private static int at(ScanText t, int i) {
    String s = t.s;
    int to = t.to;
    char c = s.charAt(i);
    // Inside a URL, 30%25 is an escape, not a percentage.
    if (t.starts("http://", i) || t.starts("https://", i) || t.starts("www.", i)) {
      int k = i;
      while (k < to && !CharClasses.isSpace(s.charAt(k)) && !CharClasses.isHan(s.charAt(k))) {
        k++;
      }
      return k;
    }
    // 百分之…, 千分之…: the numeral follows the prefix.
    int[] frac = PercentForms.fractionPrefix(t, i);
    if (frac != null) {
      return PercentForms.ofPrefix(t, i, frac[0], frac[1]);
    }
    int r = PercentForms.halves(t, i);
    if (r > 0) {
      return r;
    }
    if (NumberLexicon.PREFIX_STARTERS.indexOf(NumberLexicon.fold(c)) < 0) {
      return signOrNumeral(t, i, c);
    }
    // Currency before the number: 人民币50元, ￥300, US$20, 港币3.14.
    for (Map.Entry<String, String> sym : NumberLexicon.SYMBOLS.entrySet()) {
      int e = NumberLexicon.matchLoose(s, i, to, sym.getKey());
      if (e > 0) {
        int k = Numerals.skipSpaces(s, e, to);
        if (k < to && Numerals.arabicStarts(s, k, to)) {
          return numeralAt(t, k, i, sym.getValue());
        }
      }
    }
    for (Currency cur : NumberLexicon.currenciesAt(s, i, to)) {
      if (cur.scale().compareTo(BigDecimal.ONE) == 0 && cur.word().length() >= 2) {
        int e = NumberLexicon.matchLoose(s, i, to, cur.word());
        if (e > 0) {
          int k = Numerals.skipSpaces(s, e, to);
          if (k < to && Numerals.canStart(s, k, to) && !t.isNumeralBefore(i)) {
            return numeralAt(t, k, i, cur.iso());
          }
          return e;
        }
      }
    }
    if (c >= 'A' && c <= 'Z' && (i == t.from || !Character.isLetter(s.charAt(i - 1)))) {
      for (Map.Entry<String, String> code : NumberLexicon.ISO_CODES.entrySet()) {
        if (t.starts(code.getKey(), i)) {
          int k = Numerals.skipSpaces(s, i + 3, to);
          if (k < to && Numerals.arabicStarts(s, k, to)) {
            return numeralAt(t, k, i, code.getValue());
          }
        }
      }
    }
    return signOrNumeral(t, i, c);
  }

  /** A signed (-22.2%, 负3.9%) or plain numeral at {@code i}. */
  private static int signOrNumeral(ScanText t, int i, char c) {
    if ((c == '-' || c == '－' || c == '负' || c == '負') && !t.isNumeralBefore(i)) {
      int k = Numerals.skipSpaces(t.s, i + 1, t.to);
      if (k < t.to && Numerals.canStart(t.s, k, t.to)) {
        return numeralAt(t, k, i, null);
      }
    }
    if (Numerals.canStart(t.s, i, t.to)) {
      return numeralAt(t, i, -1, null);
    }
    int m = MagnitudeAmount.read(t, i); // 过亿元, 亿元以上
    return m > 0 ? m : i + 1;
  }

  /**
   * A mention whose numeral starts at {@code k}; {@code prefixStart} is where a sign or currency
   * prefix starts (or -1), {@code prefixCurrency} the currency it names.
   */
  private static int numeralAt(ScanText t, int k, int prefixStart, String prefixCurrency) {
    if (prefixStart < 0 && t.isNumeralBefore(k)) {
      return k + 1;
    }
    // 数十万元, 几百万元, 上千万元, 成千上万: a vague magnitude, not an amount.
    if (k > t.from && Numerals.smallUnit(t.s.charAt(k)) > 0
        && NumberLexicon.VAGUE_MAGNITUDE_BEFORE.indexOf(t.s.charAt(k - 1)) >= 0) {
      return t.skipRun(k);
    }
    Numeral n = Numerals.parse(t.s, k, t.to);
    if (n == null) {
      return k + 1;
    }
    boolean negative = prefixStart >= 0 && prefixCurrency == null;
    if (n.juxtaposed()) {
      int d = PercentForms.juxtaposedDiscount(t, n, prefixStart);
      return d > 0 ? d : t.skipRun(n.end());
    }
    if (!acceptLoneNumeral(t, n)) {
      return n.end();
    }
    int start = prefixStart >= 0 ? prefixStart : n.start();
    Amount a = AmountReader.unitAfter(t, n, start, prefixCurrency, negative);
    if (a == null) {
      int tenths = PercentForms.tenths(t, n, prefixStart);
      if (tenths > 0) {
        return tenths;
      }
      // A range or list whose unit is written once, after the last number.
      int chain = RangeReader.sharedUnit(t, n, start, negative);
      return chain > 0 ? chain : n.end();
    }
    // A range with the unit on both sides: 3000万元至5000万元, 5%-20%.
    if (!RangeReader.toSecond(t, a, prefixCurrency)) {
      t.emit(a);
    }
    return t.lastEnd;
  }

  /** Lone financial characters are words (队伍, 收拾, 大陆, 放肆) unless clearly a number. */
  private static boolean acceptLoneNumeral(ScanText t, Numeral n) {
    if (n.end() - n.start() != 1 || !Numerals.isFinancial(t.s.charAt(n.start()))) {
      return true;
    }
    char next = t.ch(n.end());
    char f = NumberLexicon.fold(next);
    return next == '\0' || !CharClasses.isHan(next) || f == '个' || f == '万' || f == '亿'
        || next == '元' || next == '成' || next == '折';
  }
}
