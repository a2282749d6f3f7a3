package org.newsminer.cli;

import java.math.BigDecimal;
import org.newsminer.entity.Entity;
import org.newsminer.entity.Money;
import org.newsminer.entity.Percent;
import org.newsminer.entity.PercentUnit;
import org.newsminer.entity.Place;
import org.newsminer.entity.Program;
import org.newsminer.entity.Qualifier;

/** Human-readable descriptions of entities for the {@code text} formats. */
final class TextTable {
  private TextTable() {}

  static String describe(Entity e) {
    if (e instanceof Money m) {
      return range(m.value(), m.min(), m.max()) + " " + m.currency() + qualifier(m.qualifier());
    }
    if (e instanceof Percent p) {
      return range(p.value(), p.min(), p.max()) + (p.unit() == PercentUnit.POINTS ? " points" : " %")
          + qualifier(p.qualifier());
    }
    if (e instanceof Place p) {
      return p.name() + " " + p.level() + (p.path().isEmpty() ? "" : "  " + String.join(" > ", p.path()));
    }
    Program p = (Program) e;
    return p.name() + " " + p.kind();
  }

  private static String range(BigDecimal value, BigDecimal min, BigDecimal max) {
    return min == null ? plain(value) : plain(min) + " .. " + plain(max);
  }

  private static String qualifier(Qualifier q) {
    return q == Qualifier.EXACT ? "" : " (" + q + ")";
  }

  /**
   * An amount in yuan as the papers write it: in 亿元 or 万元 when that needs at most two decimals
   * ({@code 18.72亿元}, {@code 187208.13万元}, {@code 5000万元}), else in 元 ({@code 8187.66元}).
   */
  static String yuan(BigDecimal yuan) {
    for (BigDecimal unit : new BigDecimal[] {YI, WAN}) {
      BigDecimal v = yuan.divide(unit).stripTrailingZeros();
      if (yuan.abs().compareTo(unit) >= 0 && v.scale() <= 2) {
        return v.toPlainString() + (unit == YI ? "亿元" : "万元");
      }
    }
    return plain(yuan) + "元";
  }

  private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
  private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

  private static String plain(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString();
  }
}
