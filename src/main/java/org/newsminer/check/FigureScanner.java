package org.newsminer.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures of a compact article text: money with 元, percentages, percentage points and counts
 * with a measure word. Only Arabic numerals: Chinese numerals in these pages are ordinals and small
 * counts that no stated arithmetic uses. Stateless and thread-safe.
 */
final class FigureScanner {
  /** Measure words of counts, longest first so that 人次 wins over 人. */
  private static final String COUNT_UNITS =
      "人次|场次|平方米|公里|千米|人|户|个|家|亩|座|次|名|件|项|类|期|场|条|份|处|批|所|间|套|台|辆|头|只|吨|米|栋|张|支|篇|种|村|乡镇";

  /** Qualifiers before a number, longest first. */
  private static final String[] PREFIXES = {"不低于", "不少于", "不超过", "不高于", "将近", "接近", "超过", "不足", "不到",
      "突破", "高于", "低于", "至少", "最多", "大约", "约", "近", "逾", "超"};

  private static final String SCALES = "万亿|千万|百万|亿|万|千";
  private static final String UNITS = "元|%|个百分点|" + COUNT_UNITS;

  /** A number with its unit, matched where a run of digits starts. */
  private static final Pattern FIGURE = Pattern.compile(
      "(\\d+(?:\\.\\d+)?)"
          + "(余|多)?"
          + "(" + SCALES + ")?"
          + "(余|多)?"
          + "(" + UNITS + ")"
          + "(以上|以下|左右)?");

  /**
   * The characters that can follow the number in a {@link #FIGURE}. Most digit runs are dates and codes
   * (2022年, 5月): where none of these follows, the pattern cannot match and is not tried.
   */
  private static final String CAN_FOLLOW_NUMBER = firstCharacters("余|多|" + SCALES + "|" + UNITS);

  /** Words that follow 个 but make it a duration or something else than a count of items. */
  private static final List<String> NOT_A_COUNT_AFTER = List.of("月", "工作日", "小时", "百分点");

  List<Figure> scan(String s) {
    List<Figure> out = new ArrayList<>();
    Matcher m = FIGURE.matcher(s);
    for (int i = 0; i < s.length(); i++) {
      // Only where a run of digits starts: never inside a longer token such as a date or a code.
      if (!isDigit(s.charAt(i)) || (i > 0 && (isDigit(s.charAt(i - 1)) || s.charAt(i - 1) == '.'))) {
        continue;
      }
      int afterNumber = numberEnd(s, i);
      if (afterNumber == s.length() || CAN_FOLLOW_NUMBER.indexOf(s.charAt(afterNumber)) < 0) {
        continue;
      }
      m.region(i, s.length());
      if (!m.lookingAt()) {
        continue;
      }
      String prefix = null;
      for (String p : PREFIXES) {
        if (s.startsWith(p, i - p.length())) {
          prefix = p;
          break;
        }
      }
      int start = prefix == null ? i : i - prefix.length();
      String unit = m.group(5);
      if (unit.equals("个") && NOT_A_COUNT_AFTER.stream().anyMatch(w -> s.startsWith(w, m.end()))) {
        continue;
      }
      String digits = m.group(1);
      BigDecimal number = new BigDecimal(digits);
      int decimals = Math.max(0, number.scale());
      String scaleWord = m.group(3);
      BigDecimal scale = scale(scaleWord);
      boolean exact = prefix == null && m.group(2) == null && m.group(4) == null && m.group(6) == null
          && !endOfRange(s, start, out) && !startOfRange(s, m.end());
      Figure.Dim dim;
      String u;
      if (unit.equals("元")) {
        dim = Figure.Dim.MONEY;
        u = "CNY";
      } else if (unit.equals("%")) {
        dim = Figure.Dim.PERCENT;
        u = "%";
      } else if (unit.equals("个百分点")) {
        dim = Figure.Dim.POINTS;
        u = "个百分点";
      } else {
        dim = Figure.Dim.COUNT;
        u = unit;
      }
      if ((dim == Figure.Dim.PERCENT || dim == Figure.Dim.POINTS) && scaleWord != null) {
        continue;
      }
      BigDecimal value = number.multiply(scale);
      // A whole number of yuan or of items written out in full is exact; anything with a decimal or a
      // 万/亿 scale may have been rounded to its last written digit.
      BigDecimal half = BigDecimal.ZERO;
      if (decimals > 0 || scaleWord != null || dim == Figure.Dim.PERCENT || dim == Figure.Dim.POINTS) {
        half = BigDecimal.ONE.movePointLeft(decimals).multiply(scale).divide(BigDecimal.valueOf(2));
      }
      out.add(new Figure(start, m.end(), s.substring(start, m.end()), value.stripTrailingZeros(), half, dim, u, exact));
      i = m.end() - 1;
    }
    return out;
  }

  private static final String RANGE = "至到-—~～－";

  /** {@code 300万至800万元}, {@code 5%-20%}: the upper end of a range is a bound, not an amount. */
  private static boolean endOfRange(String s, int start, List<Figure> before) {
    if (start < 2 || RANGE.indexOf(s.charAt(start - 1)) < 0) {
      return false;
    }
    char c = s.charAt(start - 2);
    boolean figureEnds = !before.isEmpty() && before.get(before.size() - 1).end() == start - 1;
    return figureEnds || isDigit(c) || "万亿千".indexOf(c) >= 0;
  }

  /** The lower end of a range: {@code 5%} in {@code 5%-20%}. */
  private static boolean startOfRange(String s, int end) {
    return end + 1 < s.length() && RANGE.indexOf(s.charAt(end)) >= 0 && isDigit(s.charAt(end + 1));
  }

  /** The end of the number starting at {@code i}: digits, then a decimal point and digits if present. */
  private static int numberEnd(String s, int i) {
    int k = digitsEnd(s, i);
    return k + 1 < s.length() && s.charAt(k) == '.' && isDigit(s.charAt(k + 1)) ? digitsEnd(s, k + 1) : k;
  }

  private static int digitsEnd(String s, int i) {
    while (i < s.length() && isDigit(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The first character of each alternative of {@code alternatives} ("a|bc|d"). */
  private static String firstCharacters(String alternatives) {
    StringBuilder b = new StringBuilder();
    for (String w : alternatives.split("\\|")) {
      if (b.indexOf(w.substring(0, 1)) < 0) {
        b.append(w.charAt(0));
      }
    }
    return b.toString();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static BigDecimal scale(String w) {
    if (w == null) {
      return BigDecimal.ONE;
    }
    switch (w) {
      case "千":
        return BigDecimal.valueOf(1_000);
      case "万":
        return BigDecimal.valueOf(10_000);
      case "百万":
        return BigDecimal.valueOf(1_000_000);
      case "千万":
        return BigDecimal.valueOf(10_000_000);
      case "亿":
        return BigDecimal.valueOf(100_000_000);
      case "万亿":
        return new BigDecimal("1000000000000");
      default:
        throw new IllegalArgumentException("unknown scale " + w);
    }
  }
}
