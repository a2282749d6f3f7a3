package org.newsminer.search;

import java.math.BigDecimal;

/**
 * Parses amounts as newspapers write them ({@code 1亿}, {@code 5000万}, {@code 2.5万元}, {@code 3千万元},
 * {@code 1,200}, {@code 一亿}) into yuan, for the range options of a search. Interim: this small parser
 * gives way to {@code org.newsminer.entity.Amounts.parseYuan} once the numbers module publishes it.
 * Stateless and thread-safe.
 */
final class AmountParser {
  private AmountParser() {}

  private static final String DIGITS = "零一二三四五六七八九";

  /** The amount in yuan; IllegalArgumentException with a readable message when it is not an amount. */
  static BigDecimal parseYuan(String s) {
    String t = strip(s, "元", "块", "人民币", "rmb", "cny", "yuan");
    return parse(s, t);
  }

  /** A percentage: {@code 5}, {@code 5%}, {@code 12.5％}. */
  static BigDecimal parsePercent(String s) {
    String t = strip(s, "%", "％", "个百分点");
    try {
      return new BigDecimal(t);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a percentage: " + s);
    }
  }

  private static String strip(String s, String... suffixes) {
    String t = s.strip().replace(",", "").replace("，", "").toLowerCase();
    if (t.startsWith("人民币")) {
      t = t.substring(3);
    }
    for (String suf : suffixes) {
      if (t.endsWith(suf)) {
        t = t.substring(0, t.length() - suf.length()).strip();
      }
    }
    return t;
  }

  private static BigDecimal parse(String original, String t) {
    int i = 0;
    while (i < t.length() && (Character.isDigit(t.charAt(i)) || t.charAt(i) == '.')) {
      i++;
    }
    BigDecimal value;
    String rest;
    try {
      if (i > 0) {
        value = new BigDecimal(t.substring(0, i));
        rest = t.substring(i);
        value = value.multiply(multiplier(rest, original));
      } else {
        value = chinese(t, original);
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not an amount: " + original);
    }
    if (value.signum() < 0) {
      throw new IllegalArgumentException("not an amount: " + original);
    }
    return value;
  }

  /** 万, 亿, 千万, 万亿 ... multiplied together. */
  private static BigDecimal multiplier(String units, String original) {
    BigDecimal m = BigDecimal.ONE;
    for (char c : units.toCharArray()) {
      BigDecimal u = unit(c);
      if (u == null) {
        throw new IllegalArgumentException("not an amount: " + original
            + " (expected a number with 万, 亿, 千 or 百, like 1亿 or 2.5万元)");
      }
      m = m.multiply(u);
    }
    return m;
  }

  private static BigDecimal unit(char c) {
    switch (c) {
      case '十':
        return BigDecimal.TEN;
      case '百':
        return BigDecimal.valueOf(100);
      case '千':
        return BigDecimal.valueOf(1000);
      case '万':
        return BigDecimal.valueOf(10_000);
      case '亿':
        return BigDecimal.valueOf(100_000_000);
      default:
        return null;
    }
  }

  /** Chinese numerals: 一亿, 三千五百万, 两万. */
  private static BigDecimal chinese(String t, String original) {
    if (t.isEmpty()) {
      throw new IllegalArgumentException("not an amount: " + original);
    }
    BigDecimal total = BigDecimal.ZERO;   // everything up to the last 亿
    BigDecimal section = BigDecimal.ZERO; // the 万 group after it
    BigDecimal small = BigDecimal.ZERO;   // below 万
    BigDecimal digit = null;
    for (char c : t.toCharArray()) {
      int d = c == '两' ? 2 : DIGITS.indexOf(c);
      if (d >= 0) {
        digit = BigDecimal.valueOf(d);
        continue;
      }
      BigDecimal u = unit(c);
      if (u == null) {
        throw new IllegalArgumentException("not an amount: " + original);
      }
      BigDecimal pending = small.add(digit == null ? BigDecimal.ZERO : digit);
      if (c == '万') {
        section = section.add((pending.signum() == 0 ? BigDecimal.ONE : pending).multiply(u));
        small = BigDecimal.ZERO;
      } else if (c == '亿') {
        BigDecimal all = total.add(section).add(pending);
        total = (all.signum() == 0 ? BigDecimal.ONE : all).multiply(u);
        section = BigDecimal.ZERO;
        small = BigDecimal.ZERO;
      } else {
        small = small.add((digit == null ? BigDecimal.ONE : digit).multiply(u));
      }
      digit = null;
    }
    return total.add(section).add(small).add(digit == null ? BigDecimal.ZERO : digit);
  }
}
