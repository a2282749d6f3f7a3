package org.newsminer.entity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A percentage or a change in percentage points (EXTRACTION.md §2). {@code value} is in percent
 * units ({@code 72.33%} is 72.33, {@code 千分之三} is 0.3); a range ({@code 5%-20%}) has {@code min}
 * and {@code max}, and {@code value} equal to {@code min}.
 */
public record Percent(String text, int start, int end, BigDecimal value, BigDecimal min, BigDecimal max,
    PercentUnit unit, Qualifier qualifier) implements Entity {

  public Percent {
    Spans.check(text, start, end);
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(qualifier, "qualifier");
    if ((min == null) != (max == null)) {
      throw new IllegalArgumentException("a range needs both min and max: " + text);
    }
  }

  /** True when this is a range with {@code min} and {@code max}. */
  public boolean isRange() {
    return min != null;
  }

  @Override
  public EntityType type() {
    return EntityType.PERCENT;
  }

  @Override
  public Percent withSpan(int start, int end) {
    return new Percent(text, start, end, value, min, max, unit, qualifier);
  }
}
