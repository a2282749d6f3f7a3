package org.newsminer.entity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of currency (EXTRACTION.md §1). {@code value} is in units of {@code currency}
 * ({@code 187208.13万元} is 1872081300); a range ({@code 3000万至5000万元}) has {@code min} and
 * {@code max}, and {@code value} equal to {@code min}; otherwise both are null.
 */
public record Money(String text, int start, int end, BigDecimal value, BigDecimal min, BigDecimal max,
    String currency, Qualifier qualifier) implements Entity {

  public Money {
    Spans.check(text, start, end);
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(qualifier, "qualifier");
    if (currency == null || currency.length() != 3) {
      throw new IllegalArgumentException("currency must be an ISO 4217 code, got " + currency);
    }
    if ((min == null) != (max == null)) {
      throw new IllegalArgumentException("a range needs both min and max: " + text);
    }
  }

  /** A single amount in yuan. */
  public static Money cny(String text, int start, int end, BigDecimal value, Qualifier qualifier) {
    return new Money(text, start, end, value, null, null, "CNY", qualifier);
  }

  /** True when this is a range with {@code min} and {@code max}. */
  public boolean isRange() {
    return min != null;
  }

  @Override
  public EntityType type() {
    return EntityType.MONEY;
  }

  @Override
  public Money withSpan(int start, int end) {
    return new Money(text, start, end, value, min, max, currency, qualifier);
  }
}
