package org.newsminer.entity.number;

import java.math.BigDecimal;

/**
 * Parses amounts and percentages typed by a user, e.g. for a search filter ({@code --money-min 1亿},
 * {@code --percent-min 12.5%}). Stateless and thread-safe.
 */
public final class Amounts {
  private Amounts() {}

  /**
   * The value in yuan of an amount written like the papers write it: {@code 1亿}, {@code 5000万},
   * {@code 2.5万元}, {@code 1,200元}, {@code 一千二百万元}, {@code 1.2万亿}, {@code 3000}. Whitespace
   * and full-width digits are allowed; a trailing {@code 元} is optional; {@code 千元}, {@code 百万元}
   * etc. multiply as written.
   *
   * @throws IllegalArgumentException when {@code text} is null, empty, negative, or not one amount
   *     (e.g. {@code 1亿美元}: another currency, {@code 约1亿}: a qualifier, {@code abc})
   */
  public static BigDecimal parseYuan(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("empty amount: expected e.g. 5000万, 1亿, 2.5万元");
    }
    String t = text.strip();
    if (t.endsWith("元")) {
      t = t.substring(0, t.length() - 1).strip();
      if (t.endsWith("人民币")) {
        throw new IllegalArgumentException("not an amount in yuan: " + text);
      }
    }
    BigDecimal v = t.isEmpty() ? null : Numerals.parseWhole(t);
    if (v == null) {
      throw new IllegalArgumentException("not an amount in yuan: '" + text + "' (expected e.g. 5000万, 1亿, 2.5万元)");
    }
    return v;
  }

  /**
   * The value in percent units of a percentage typed like {@code 5}, {@code 12.5%}, {@code 12.5％},
   * {@code 百分之五十} or {@code 3个百分点}.
   *
   * @throws IllegalArgumentException when {@code text} is null, empty or not one percentage
   */
  public static BigDecimal parsePercent(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("empty percentage: expected e.g. 5, 12.5%, 百分之五十");
    }
    String t = text.strip();
    for (String unit : new String[] {"%", "％", "个百分点"}) {
      if (t.endsWith(unit)) {
        t = t.substring(0, t.length() - unit.length()).strip();
        break;
      }
    }
    if (t.startsWith("百分之")) {
      t = t.substring(3).strip();
    }
    BigDecimal v = t.isEmpty() ? null : Numerals.parseWhole(t);
    if (v == null) {
      throw new IllegalArgumentException("not a percentage: '" + text + "' (expected e.g. 5, 12.5%, 百分之五十)");
    }
    return v;
  }
}
