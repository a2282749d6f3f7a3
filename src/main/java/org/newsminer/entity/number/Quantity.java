package org.newsminer.entity.number;

import java.math.BigDecimal;
import java.util.Objects;
import org.newsminer.entity.Qualifier;

/**
 * One quantity as a text states it: {@code 3.2亿余元}, {@code 14143人}, {@code 85.2%}, {@code 三大类},
 * {@code 5.2万} (a unit left out). {@code value} is in base units (yuan, percent, items: the scale
 * applied); {@code halfUnit} is the precision the text wrote, half a unit of its last written digit (zero
 * for a whole count or whole yuan written out in full); {@code low} and {@code high} bound what the
 * wording allows, qualifier and precision together ({@code 1400多万} is [1400万, 1500万], {@code 80%以上}
 * has no upper bound: {@code high} is null). {@code unit} is the canonical unit of
 * {@code models/rules/number/units.tsv}, empty when the text wrote none. Offsets are into the text read.
 * Immutable.
 */
public record Quantity(int start, int end, String text, BigDecimal value, BigDecimal scale, String unit, Kind kind,
    Qualifier qualifier, BigDecimal halfUnit, BigDecimal low, BigDecimal high) {

  /** What a quantity measures; quantities are compared only within one kind and unit. */
  public enum Kind { MONEY, PERCENT, POINTS, COUNT, NONE }

  public Quantity {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(scale, "scale");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(qualifier, "qualifier");
    Objects.requireNonNull(halfUnit, "halfUnit");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /** Whether the interval is bounded on both sides: an exact figure or a 多/余 one (1400多万). */
  public boolean bounded() {
    return low != null && high != null;
  }

  /** This quantity with another unit and kind: a unit inherited from the noun or the sibling figures. */
  public Quantity withUnit(String newUnit, Kind newKind) {
    return new Quantity(start, end, text, value, scale, newUnit, newKind, qualifier, halfUnit, low, high);
  }
}
