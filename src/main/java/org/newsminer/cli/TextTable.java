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

  private static String plain(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString();
  }
}
