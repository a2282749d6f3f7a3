package org.newsminer.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Finds the figures of a compact article text: money with 元, percentages, percentage points and counts
 * with a measure word. Only Arabic numerals: Chinese numerals in these pages are ordinals and small
 * counts that no stated arithmetic uses. Stateless and thread-safe.
 */
final class FigureScanner {
  /** Measure words of counts, longest first so that 人次 wins over 人. */
  private static final List<String> COUNT_UNITS = List.of("人次", "场次", "平方米", "公里", "千米", "人", "户", "个", "家",
      "亩", "座", "次", "名", "件", "项", "类", "期", "场", "条", "份", "处", "批", "所", "间", "套", "台", "辆", "头", "只",
      "吨", "米", "栋", "张", "支", "篇", "种", "村", "乡镇");

  /** Qualifiers before a number, longest first. */
  private static final String[] PREFIXES = {"不低于", "不少于", "不超过", "不高于", "将近", "接近", "超过", "不足", "不到",
      "突破", "高于", "低于", "至少", "最多", "大约", "约", "近", "逾", "超"};

  /*
   * A figure, read where a run of digits starts: number (余|多)? scale? (余|多)? unit (以上|以下|左右)?, each
   * part the first of its words (in the order below) that the text has there. That is what a backtracking
   * regex of the same shape matches: no unit starts with 余, 多 or the second character of a scale word,
   * and the one unit that starts with a scale word, 千米, still matches as 千 + 米.
   */
  private static final List<String> MORE = List.of("余", "多");
  private static final List<String> SCALES = List.of("万亿", "千万", "百万", "亿", "万", "千");
  private static final List<String> UNITS = concat(List.of("元", "%", "个百分点"), COUNT_UNITS);
  private static final List<String> SUFFIXES = List.of("以上", "以下", "左右");
  /** What can follow the number of a figure. Most digit runs are dates and codes (2022年, 5月): no word is tried there. */
  private static final BitSet AFTER_NUMBER = firstCharacters(MORE, SCALES, UNITS);

  /** Words that follow 个 but make it a duration or something else than a count of items. */
  private static final List<String> NOT_A_COUNT_AFTER = List.of("月", "工作日", "小时", "百分点");

  List<Figure> scan(String s) {
    List<Figure> out = new ArrayList<>();
    for (int i = 0; i < s.length(); i++) {
      // Only where a run of digits starts: never inside a longer token such as a date or a code.
      if (!isDigit(s.charAt(i)) || (i > 0 && (isDigit(s.charAt(i - 1)) || s.charAt(i - 1) == '.'))) {
        continue;
      }
      int numberEnd = numberEnd(s, i);
      if (numberEnd == s.length() || !AFTER_NUMBER.get(s.charAt(numberEnd))) {
        continue;
      }
      String moreBefore = wordAt(s, numberEnd, MORE);
      String scaleWord = wordAt(s, numberEnd + length(moreBefore), SCALES);
      String moreAfter = wordAt(s, numberEnd + length(moreBefore) + length(scaleWord), MORE);
      int unitStart = numberEnd + length(moreBefore) + length(scaleWord) + length(moreAfter);
      String unit = wordAt(s, unitStart, UNITS);
      if (unit == null) {
        continue;
      }
      String suffix = wordAt(s, unitStart + unit.length(), SUFFIXES);
      int end = unitStart + unit.length() + length(suffix);
      String prefix = null;
      for (String p : PREFIXES) {
        if (s.startsWith(p, i - p.length())) {
          prefix = p;
          break;
        }
      }
      int start = prefix == null ? i : i - prefix.length();
      if (unit.equals("个") && wordAt(s, end, NOT_A_COUNT_AFTER) != null) {
        continue;
      }
      BigDecimal number = new BigDecimal(s.substring(i, numberEnd));
      int decimals = Math.max(0, number.scale());
      BigDecimal scale = scale(scaleWord);
      boolean exact = prefix == null && moreBefore == null && moreAfter == null && suffix == null
          && !endOfRange(s, start, out) && !startOfRange(s, end);
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
      out.add(new Figure(start, end, s.substring(start, end), value.stripTrailingZeros(), half, dim, u, exact));
      i = end - 1;
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

  /** The first of {@code words} that {@code s} has at {@code at}, or null. */
  private static String wordAt(String s, int at, List<String> words) {
    for (String w : words) {
      if (s.startsWith(w, at)) {
        return w;
      }
    }
    return null;
  }

  @SafeVarargs
  private static BitSet firstCharacters(List<String>... wordLists) {
    BitSet first = new BitSet();
    for (List<String> words : wordLists) {
      words.forEach(w -> first.set(w.charAt(0)));
    }
    return first;
  }

  private static int length(String word) {
    return word == null ? 0 : word.length();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
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
