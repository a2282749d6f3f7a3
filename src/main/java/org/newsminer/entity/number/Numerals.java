package org.newsminer.entity.number;

import org.newsminer.text.CharClasses;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one numeral at a position: Arabic ({@code 1,234.5}, full-width {@code １２３}, {@code 2e5},
 * {@code 40k}), Chinese ({@code 一千二百万}, {@code 两千三}, {@code 四万万}, financial
 * {@code 壹佰伍拾}, {@code 十点二三}) and mixed ({@code 1.2万亿}, {@code 5千万}, {@code 3800余万}),
 * tolerating whitespace between its parts ({@code 187208.13 万}). Values are exact decimals.
 * Stateless and thread-safe.
 */
final class Numerals {
  private Numerals() {}

  /** A numeral found in a text: its span {@code [start, end)} and value. */
  record Numeral(
      int start,
      int end,
      BigDecimal value,
      /* 余, 多 or 几 inside the numeral: the amount is "more than" the value. */
      boolean over,
      /* some 万, 亿 or 兆 was read. */
      boolean bigUnit,
      /* some unit character (十百千万亿兆) was read. */
      boolean anyUnit,
      /* product of the units after the last digit: 5000万 → 10^4, 5千万 → 10^7, 3000 → 1. */
      BigDecimal trailingScale,
      /* only Chinese characters (no Arabic digit). */
      boolean chinese,
      /* a Chinese or Arabic digit follows immediately (二三十): an approximate juxtaposition. */
      boolean juxtaposed) {}

  static final MathContext MC = MathContext.DECIMAL128;

  // ---- character classes -------------------------------------------------------------------

  /** 0-9 for ASCII and full-width digits, else -1. */
  static int arabicDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= '０' && c <= '９') {
      return c - '０';
    }
    return -1;
  }

  /** 1-9 for a Chinese digit character (common or financial), 0 for 零/〇, else -1. */
  static int chineseDigit(char c) {
    switch (c) {
      case '零': case '〇':
        return 0;
      case '一': case '壹': case '幺':
        return 1;
      case '二': case '两': case '兩': case '贰': case '貳': case '俩': case '倆': case '貮':
        return 2;
      case '三': case '叁': case '參': case '叄':
        return 3;
      case '四': case '肆':
        return 4;
      case '五': case '伍':
        return 5;
      case '六': case '陆': case '陸':
        return 6;
      case '七': case '柒':
        return 7;
      case '八': case '捌':
        return 8;
      case '九': case '玖':
        return 9;
      default:
        return -1;
    }
  }

  /** 10, 100 or 1000 for 十/拾, 百/佰, 千/仟, else 0. */
  static int smallUnit(char c) {
    switch (c) {
      case '十': case '拾':
        return 10;
      case '百': case '佰':
        return 100;
      case '千': case '仟':
        return 1000;
      default:
        return 0;
    }
  }

  /** Decimal exponent of 万 (4), 亿 (8), 兆 (12), else 0. */
  static int bigUnit(char c) {
    switch (c) {
      case '万': case '萬':
        return 4;
      case '亿': case '億':
        return 8;
      case '兆':
        return 12;
      default:
        return 0;
    }
  }

  /** 廿 20, 卅 30, 卌 40. */
  static int tens(char c) {
    switch (c) {
      case '廿':
        return 2;
      case '卅':
        return 3;
      case '卌':
        return 4;
      default:
        return 0;
    }
  }

  /** Financial (anti-fraud) numeral characters, which are also ordinary words (队伍, 收拾, 大陆). */
  static boolean isFinancial(char c) {
    return "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟".indexOf(c) >= 0;
  }

  /** Any character that can be part of a numeral's digits or units. */
  static boolean isNumeralChar(char c) {
    return arabicDigit(c) >= 0 || chineseDigit(c) >= 0 || smallUnit(c) > 0 || bigUnit(c) > 0 || tens(c) > 0;
  }

  static int skipSpaces(CharSequence s, int i, int limit) {
    while (i < limit && CharClasses.isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  // ---- Arabic (read by ArabicNumerals) ------------------------------------------------------

  static boolean isDot(char c) {
    return c == '.' || c == '．';
  }

  /** True when an Arabic number starts at {@code i}: a digit, or a dot followed by a digit. */
  static boolean arabicStarts(CharSequence s, int i, int limit) {
    char c = s.charAt(i);
    return arabicDigit(c) >= 0 || (isDot(c) && i + 1 < limit && arabicDigit(s.charAt(i + 1)) >= 0
        && (i == 0 || !isDot(s.charAt(i - 1)) && arabicDigit(s.charAt(i - 1)) < 0));
  }

  // ---- the numeral grammar -----------------------------------------------------------------

  private static final int NONE = 0;
  private static final int DIGIT = 1;
  private static final int SMALL = 2;
  private static final int BIG = 3;
  private static final int ZERO = 4;

  /** A 万/亿 group already closed: value and decimal exponent of its unit. */
  private record Part(BigDecimal value, int exp) {}

  /** True when a numeral may start at {@code i}: a digit, a Chinese digit, 十/百/千, 廿. */
  static boolean canStart(CharSequence s, int i, int limit) {
    char c = s.charAt(i);
    return arabicStarts(s, i, limit) || chineseDigit(c) >= 0 || smallUnit(c) > 0 || tens(c) > 0;
  }

  /**
   * The longest numeral starting exactly at {@code start} and ending before {@code limit}, or null.
   * A sign is not read here (callers decide whether {@code -}/{@code 负} is a sign or a dash).
   */
  static Numeral parse(CharSequence s, int start, int limit) {
    if (start >= limit || !canStart(s, start, limit)) {
      return null;
    }
    List<Part> parts = new ArrayList<>();
    BigDecimal section = BigDecimal.ZERO;
    BigDecimal cur = null;
    boolean curChinese = false;
    int lastSmall = 0;
    int lastBigExp = 0;
    boolean afterZero = false;
    boolean over = false;
    boolean big = false;
    boolean anyUnit = false;
    boolean chinese = true;
    boolean decimalDone = false;
    boolean juxtaposed = false;
    BigDecimal trailing = BigDecimal.ONE;
    int last = NONE;
    int end = start;
    int i = start;
    while (true) {
      int j = last == NONE ? i : skipSpaces(s, i, limit);
      if (j >= limit || lineBreak(s, i, j)) {
        // a line break ends the numeral: 补助金268万 on one line and the date 2015… on the next
        break;
      }
      char c = s.charAt(j);
      int d;
      if (arabicStarts(s, j, limit) && !(isDot(c) && last != NONE)) {
        if (cur != null || last == DIGIT) {
          juxtaposed = true;
          break;
        }
        ArabicNumerals.Arabic a = ArabicNumerals.read(s, j, limit);
        cur = a.value();
        curChinese = false;
        chinese = false;
        last = DIGIT;
        trailing = BigDecimal.ONE;
        i = end = a.end();
        if (a.suffixed()) {
          break;
        }
        continue;
      }
      if ((d = chineseDigit(c)) > 0) {
        if (cur != null || last == DIGIT) {
          juxtaposed = true;
          break;
        }
        cur = BigDecimal.valueOf(d);
        curChinese = true;
        last = DIGIT;
        trailing = BigDecimal.ONE;
        i = end = j + 1;
        continue;
      }
      if (d == 0) { // 零 / 〇
        if (cur != null || last == DIGIT) {
          juxtaposed = true;
          break;
        }
        afterZero = true;
        last = ZERO;
        i = end = j + 1;
        continue;
      }
      if ((d = tens(c)) > 0) {
        if (cur != null || lastSmall != 0 && lastSmall <= 10) {
          break;
        }
        section = section.add(BigDecimal.valueOf(d * 10L));
        lastSmall = 10;
        anyUnit = true;
        last = SMALL;
        i = end = j + 1;
        continue;
      }
      int u = smallUnit(c);
      if (u > 0) {
        BigDecimal m = cur;
        if (m == null) {
          if (last == NONE || last == ZERO) {
            m = BigDecimal.ONE;
          } else {
            break;
          }
        }
        if (lastSmall != 0 && u >= lastSmall) {
          break;
        }
        section = section.add(m.multiply(BigDecimal.valueOf(u)));
        trailing = last == DIGIT || last == NONE || last == ZERO ? BigDecimal.valueOf(u) : trailing.multiply(BigDecimal.valueOf(u));
        cur = null;
        lastSmall = u;
        afterZero = false;
        anyUnit = true;
        last = SMALL;
        i = end = j + 1;
        continue;
      }
      int e = bigUnit(c);
      if (e > 0) {
        if (last == NONE) {
          break;
        }
        // 百二万 is 120万, 两千四百五万 is 2450万: the abbreviated last digit counts below its unit.
        BigDecimal tc = tail(cur, curChinese, afterZero, lastSmall, 0);
        BigDecimal x = section.add(tc == null ? BigDecimal.ZERO : tc);
        Part made;
        if (last == BIG) {
          // 万万, 万亿: the unit multiplies the group just closed.
          Part p = parts.remove(parts.size() - 1);
          made = new Part(p.value().scaleByPowerOfTen(e), p.exp() + e);
        } else {
          if (last == ZERO && cur == null && section.signum() == 0) {
            break;
          }
          while (!parts.isEmpty() && parts.get(parts.size() - 1).exp() < e) {
            x = x.add(parts.remove(parts.size() - 1).value());
          }
          made = new Part(x.scaleByPowerOfTen(e), e);
        }
        if (!parts.isEmpty() && parts.get(parts.size() - 1).exp() <= made.exp()) {
          if (last == BIG) {
            parts.add(made); // keep consistent; cannot happen for a well-formed numeral
          }
          break;
        }
        parts.add(made);
        trailing = last == BIG || last == SMALL ? trailing.scaleByPowerOfTen(e) : BigDecimal.ONE.scaleByPowerOfTen(e);
        section = BigDecimal.ZERO;
        cur = null;
        curChinese = false;
        lastSmall = 0;
        lastBigExp = made.exp();
        afterZero = false;
        big = true;
        anyUnit = true;
        last = BIG;
        i = end = j + 1;
        continue;
      }
      if ((c == '点' || c == '點') && last != NONE && !decimalDone) {
        int k = skipSpaces(s, j + 1, limit);
        StringBuilder f = new StringBuilder("0.");
        int fe = k;
        if (k < limit && arabicDigit(s.charAt(k)) >= 0) {
          while (fe < limit && arabicDigit(s.charAt(fe)) >= 0) {
            f.append(arabicDigit(s.charAt(fe)));
            fe++;
          }
        } else {
          while (fe < limit) {
            char fc = s.charAt(fe);
            int fd = chineseDigit(fc);
            if (fd < 0 || fc == '两' || fc == '兩' || fc == '俩' || fc == '倆') {
              break;
            }
            f.append(fd);
            fe = skipSpacesBeforeDigit(s, fe + 1, limit);
          }
        }
        if (f.length() == 2) {
          break;
        }
        BigDecimal base = tail(cur, curChinese, afterZero, lastSmall, last == DIGIT && section.signum() == 0 && lastSmall == 0 ? lastBigExp : 0);
        cur = (base == null ? BigDecimal.ZERO : base).add(new BigDecimal(f.toString()));
        curChinese = false;
        decimalDone = true;
        last = DIGIT;
        trailing = BigDecimal.ONE;
        i = end = fe;
        // trailing spaces were skipped inside: end after the last digit
        while (end > j && CharClasses.isSpace(s.charAt(end - 1))) {
          end--;
        }
        i = end;
        continue;
      }
      if (c == '几' || c == '幾') {
        if (cur != null || last == DIGIT || last == NONE) {
          break;
        }
        int k = skipSpaces(s, j + 1, limit);
        if (k < limit && (smallUnit(s.charAt(k)) > 0 || bigUnit(s.charAt(k)) > 0)) {
          cur = BigDecimal.ZERO;
          curChinese = false;
          over = true;
          last = DIGIT;
          i = end = j + 1;
          continue;
        }
        break;
      }
      if ((c == '余' || c == '多' || c == '餘') && last != NONE) {
        int k = skipSpaces(s, j + 1, limit);
        if (k < limit && (smallUnit(s.charAt(k)) > 0 && lastSmall == 0 || bigUnit(s.charAt(k)) > 0)
            && (!(cur == null && last == BIG) || bigUnit(s.charAt(k)) > lastBigExp)) { // 1万多亿
          over = true;
          // the abbreviation 一万三 does not apply across 余: 一千多万 is 1000万
          if (cur != null && curChinese) {
            curChinese = false;
          }
          i = end = j + 1;
          // keep `last` so that the unit that follows sees the digits before 余
          continue;
        }
        break;
      }
      break;
    }
    if (last == NONE) {
      return null;
    }
    BigDecimal total = section;
    BigDecimal t = tail(cur, curChinese, afterZero, lastSmall,
        section.signum() == 0 && lastSmall == 0 ? lastBigExp : 0);
    if (t != null) {
      total = total.add(t);
    }
    for (Part p : parts) {
      total = total.add(p.value());
    }
    if (end < limit && !juxtaposed) {
      char n = s.charAt(end);
      if (chineseDigit(n) > 0 || arabicDigit(n) >= 0) {
        juxtaposed = true;
      }
    }
    return new Numeral(start, end, canonical(total), over, big, anyUnit, trailing, chinese, juxtaposed);
  }

  private static boolean lineBreak(CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == '\n') {
        return true;
      }
    }
    return false;
  }

  /** {@code v} without trailing zeros and with a scale of at least 0: 1.50 → 1.5, 1E+3 → 1000. */
  static BigDecimal canonical(BigDecimal v) {
    BigDecimal t = v.stripTrailingZeros();
    return t.scale() < 0 ? t.setScale(0) : t;
  }

  private static int skipSpacesBeforeDigit(CharSequence s, int i, int limit) {
    int k = skipSpaces(s, i, limit);
    return k < limit && chineseDigit(s.charAt(k)) >= 0 ? k : i;
  }

  /**
   * The value of the last digit: 两千四百五 means 2450 and 一万三 means 13000 (the digit counts in
   * the unit below the last one), unless 零 came between (一千零五 is 1005).
   */
  private static BigDecimal tail(BigDecimal cur, boolean curChinese, boolean afterZero, int lastSmall, int bigExp) {
    if (cur == null || !curChinese || afterZero) {
      return cur;
    }
    if (lastSmall >= 100) {
      return cur.multiply(BigDecimal.valueOf(lastSmall / 10));
    }
    if (lastSmall == 0 && bigExp > 0) {
      return cur.scaleByPowerOfTen(bigExp - 1);
    }
    return cur;
  }

  /** Parses a whole string as one exact numeral (whitespace around it allowed; not 3000余万), or null. */
  static BigDecimal parseWhole(String s) {
    int a = skipSpaces(s, 0, s.length());
    int b = s.length();
    while (b > a && CharClasses.isSpace(s.charAt(b - 1))) {
      b--;
    }
    Numeral n = parse(s, a, b);
    return n != null && n.end() == b && !n.over() && !n.juxtaposed() ? n.value() : null;
  }
}
