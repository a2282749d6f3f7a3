package org.newsminer.entity.number;

import java.math.BigDecimal;
import org.newsminer.entity.number.NumberLexicon.Currency;
import org.newsminer.entity.number.Numerals.Numeral;
import org.newsminer.entity.number.ScanText.Amount;
import org.newsminer.text.CharClasses;

/**
 * Reads the unit after a numeral (EXTRACTION.md §1, §2): {@code %}, {@code ‰}, {@code 个百分点}; a currency
 * name ({@code 元}, {@code 美元}) with its subunits ({@code 5元3角}, {@code 两美元又三美分}) and
 * {@code 余}/{@code 多} before it ({@code 2万余元}); a currency code ({@code 20USD}); a weak unit that is
 * also a word ({@code 块}, {@code 角}, {@code 分}) when a price is meant; the currency prefix alone
 * ({@code 港币3.14}); and, through {@link BareMoney}, a bare 万/亿 amount in a money clause.
 * Stateless and thread-safe.
 */
final class AmountReader {
  private AmountReader() {}

  /**
   * The unit after numeral {@code n}: %, 个百分点, a currency, or a money context for a bare 万/亿
   * amount. Qualifiers before {@code start} and after the unit are folded in. Null when none.
   */
  static Amount unitAfter(ScanText t, Numeral n, int start, String prefixCurrency, boolean negative) {
    String s = t.s;
    int to = t.to;
    int k = Numerals.skipSpaces(s, n.end(), to);
    BigDecimal v = negative ? n.value().negate() : n.value();
    boolean over = n.over();
    // Percent.
    if (prefixCurrency == null && k < to && NumberLexicon.fold(s.charAt(k)) == '%') {
      return QualifierReader.around(t, start, k + 1, v, null, true, false, over);
    }
    if (prefixCurrency == null && k < to && s.charAt(k) == '‰') {
      return QualifierReader.around(t, start, k + 1, Numerals.canonical(v.movePointLeft(1)), null, true, false, over);
    }
    int e = NumberLexicon.matchLoose(s, k, to, "个百分点");
    if (prefixCurrency == null && e > 0) {
      return QualifierReader.around(t, start, e, v, null, true, true, over);
    }
    // 余/多 between the numeral and 元: 2万余元, 100多元.
    int u = k;
    if (k < to && (s.charAt(k) == '余' || s.charAt(k) == '多') && !n.over()) {
      u = Numerals.skipSpaces(s, k + 1, to);
      over = true;
    }
    if (u < to && NumberLexicon.fold(s.charAt(u)) == '个') { // 20个比特币
      int b = NumberLexicon.matchLoose(s, Numerals.skipSpaces(s, u + 1, to), to, "比特币");
      if (b > 0) {
        return QualifierReader.around(t, start, b, v, "XBT", false, false, over);
      }
    }
    for (Currency c : NumberLexicon.currenciesAt(s, u, to)) {
      int ce = NumberLexicon.matchLoose(s, u, to, c.word());
      if (ce > 0) {
        return currency(t, n, start, c, ce, v, prefixCurrency, over);
      }
    }
    if (t.ch(u) >= 'A' && t.ch(u) <= 'Z') {
      for (var code : NumberLexicon.ISO_CODES.entrySet()) {
        if (t.starts(code.getKey(), u) && (u + 3 >= to || !Character.isLetter(s.charAt(u + 3)))) {
          return QualifierReader.around(t, start, u + 3, v, code.getValue(), false, false, over);
        }
      }
    }
    for (Currency c : NumberLexicon.WEAK) {
      if (u < to && s.charAt(u) == c.word().charAt(0) && !n.bigUnit()) {
        return weak(t, n, start, c, u, v, prefixCurrency, over);
      }
    }
    if (prefixCurrency != null) {
      // 港币3.14, US$20: the prefix is the unit.
      char next = t.ch(u);
      if (next == '\0' || !CharClasses.isHan(next) || QualifierReader.isQualifierAt(t, u)
          || NumberLexicon.NOT_MONEY_AFTER.indexOf(next) < 0) {
        return QualifierReader.around(t, start, n.end(), v, prefixCurrency, false, false, n.over());
      }
      return null;
    }
    return n.bigUnit() && !negative ? BareMoney.read(t, n, start, k, v) : null;
  }

  /** The currency name {@code c} ending at {@code ce} after numeral {@code n}, with its subunits; or null. */
  private static Amount currency(ScanText t, Numeral n, int start, Currency c, int ce, BigDecimal v,
      String prefixCurrency, boolean over) {
    String s = t.s;
    int to = t.to;
    boolean yuan = c.word().equals("元");
    if (yuan || c.word().equals("圆")) {
      char after = t.ch(ce);
      if (NumberLexicon.NOT_YUAN_AFTER.indexOf(after) >= 0 && (n.chinese() || after != '月')) {
        return null;
      }
      // 一元复始, 三元催化: a one-character Chinese numeral before 元 inside a word
      if (n.chinese() && n.end() - n.start() == 1 && CharClasses.isHan(after)
          && NumberLexicon.YUAN_WORD_AFTER.indexOf(after) < 0 && !Numerals.isNumeralChar(after)) {
        return null;
      }
    }
    BigDecimal val = v.multiply(c.scale());
    int end = ce;
    if (yuan) {
      int[] cents = cents(t, ce, false);
      if (cents != null) {
        val = val.add(BigDecimal.valueOf(cents[1]).movePointLeft(2));
        end = cents[0];
      }
      if (t.ch(end) == '钱') { // 一元钱
        end++;
      }
      int rmb = NumberLexicon.matchLoose(s, Numerals.skipSpaces(s, end, to), to, "人民币");
      if (rmb > 0) {
        end = rmb;
      }
    }
    if (c.scale().compareTo(BigDecimal.ONE) == 0 && !yuan) {
      // 两美元又三美分, 10日元5日本銭: the subunit joins the amount.
      int k2 = Numerals.skipSpaces(s, end, to);
      if (k2 < to && (s.charAt(k2) == '又' || s.charAt(k2) == '零')) {
        k2 = Numerals.skipSpaces(s, k2 + 1, to);
      }
      Numeral sub = k2 < to ? Numerals.parse(s, k2, to) : null;
      if (sub != null && !sub.juxtaposed()) {
        int k3 = Numerals.skipSpaces(s, sub.end(), to);
        for (Currency sc : NumberLexicon.currenciesAt(s, k3, to)) {
          int se = NumberLexicon.matchLoose(s, k3, to, sc.word());
          if (se > 0 && sc.iso().equals(c.iso()) && sc.scale().compareTo(BigDecimal.ONE) < 0) {
            val = val.add(sub.value().multiply(sc.scale()));
            end = se;
            break;
          }
        }
      }
    }
    String iso = prefixCurrency != null && yuan ? prefixCurrency : c.iso();
    return QualifierReader.around(t, start, end, Numerals.canonical(val), iso, false, false, over, c.scale());
  }

  /** The weak unit {@code c} at {@code u} after numeral {@code n} (7块, 三毛五), when a price is meant; or null. */
  private static Amount weak(ScanText t, Numeral n, int start, Currency c, int u, BigDecimal v, String prefixCurrency,
      boolean over) {
    if (t.ch(Numerals.skipSpaces(t.s, u + 1, t.to)) == '之') { // 三分之一 is a fraction
      return null;
    }
    boolean yuan = c.scale().compareTo(BigDecimal.ONE) == 0;
    int[] cents = yuan ? cents(t, u + 1, true) : c.scale().compareTo(NumberLexicon.TENTH) == 0 ? fen(t, u + 1) : null;
    boolean qian = t.ch(u + 1) == '钱';
    int end = qian ? u + 2 : u + 1;
    BigDecimal val = v.multiply(c.scale());
    if (cents != null && !qian && c.scale().compareTo(NumberLexicon.HUNDREDTH) > 0) {
      val = val.add(BigDecimal.valueOf(cents[1]).movePointLeft(2));
      end = cents[0];
    }
    if (qian || cents != null && end > u + 1 || isolated(t, start, end) || priceContext(t, start)) {
      if (!qian && t.ch(end) != '\0' && CharClasses.isHan(t.ch(end)) && !QualifierReader.isQualifierAt(t, end)
          && cents == null) {
        return null;
      }
      return QualifierReader.around(t, start, end, Numerals.canonical(val),
          prefixCurrency != null ? prefixCurrency : "CNY", false, false, over, c.scale());
    }
    return null;
  }

  /** Nothing but punctuation or the text's edges around {@code [start, end)}: {@code 7块}. */
  private static boolean isolated(ScanText t, int start, int end) {
    char p = start > t.from ? t.s.charAt(start - 1) : '\0';
    int e = end;
    int[] suf = QualifierReader.after(t, end);
    if (suf != null) {
      e = suf[0];
    }
    char n = t.ch(e);
    return (p == '\0' || !CharClasses.isHan(p) || NumberLexicon.WEAK_AMOUNT_AFTER.indexOf(p) >= 0)
        && (n == '\0' || !CharClasses.isHan(n));
  }

  /** A price word in the clause before {@code start} (花7块, 每斤卖两毛). */
  private static boolean priceContext(ScanText t, int start) {
    int b = t.clauseStart(start, 10);
    String w = NumberLexicon.folded(t.s, b, start);
    for (String p : NumberLexicon.PRICE_WORDS) {
      if (w.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Jiao and fen after a yuan amount at {@code i}: 6角三分, 三毛, 零四 (after 块), 二 (after 块: 一块二
   * is 1.2). Returns [end, cents] or null.
   */
  private static int[] cents(ScanText t, int i, boolean colloquial) {
    int k = Numerals.skipSpaces(t.s, i, t.to);
    int cents = 0;
    int end = -1;
    boolean zero = false;
    if (t.ch(k) == '零') {
      zero = true;
      k++;
    }
    int d = digitAt(t, k);
    if (d < 0) {
      return null;
    }
    char u = t.ch(k + 1);
    if (!zero && NumberLexicon.isTenth(u)) {
      cents = d * 10;
      end = k + 2;
      int d2 = digitAt(t, end);
      if (d2 >= 0) {
        char u2 = t.ch(end + 1);
        if (NumberLexicon.isHundredth(u2)) {
          cents += d2;
          end += 2;
        } else if (!Numerals.isNumeralChar(u2)) {
          cents += d2;
          end += 1;
        }
      }
      return new int[] {end, cents};
    }
    if (NumberLexicon.isHundredth(u)) {
      return new int[] {k + 2, d};
    }
    if (colloquial && !Numerals.isNumeralChar(u) && u != '点' && u != '.') {
      if (zero) {
        return new int[] {k + 1, d};
      }
      // 一块二 is 1.2, 五块七毛八 is 5.78
      return new int[] {k + 1, d * 10};
    }
    return null;
  }

  /** 两毛五: the digit after 角/毛 counts 分. Returns [end, cents] or null. */
  private static int[] fen(ScanText t, int i) {
    int k = Numerals.skipSpaces(t.s, i, t.to);
    int d = digitAt(t, k);
    if (d < 0 || Numerals.isNumeralChar(t.ch(k + 1))) {
      return null;
    }
    return NumberLexicon.isHundredth(t.ch(k + 1)) ? new int[] {k + 2, d} : new int[] {k + 1, d};
  }

  private static int digitAt(ScanText t, int k) {
    char c = t.ch(k);
    int d = Numerals.arabicDigit(c);
    if (d < 0) {
      d = Numerals.chineseDigit(c);
    }
    if (d >= 0 && Numerals.arabicDigit(t.ch(k + 1)) >= 0) {
      return -1;
    }
    return d;
  }
}
