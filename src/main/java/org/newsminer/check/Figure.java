package org.newsminer.check;

import java.math.BigDecimal;

/**
 * One stated figure the checker can reason about: an amount of money, a percentage or a count with
 * its measure word ({@code 14143人}, {@code 26个}, {@code 1.8万人次}). Offsets are into the COMPACT view of
 * the article (see {@link Compact}); {@code value} is in base units (yuan, percent, items) and
 * {@code halfUnit} is the rounding the text implies: half a unit of the last digit written, zero for a
 * whole count or whole yuan written out in full.
 */
record Figure(int start, int end, String text, BigDecimal value, BigDecimal halfUnit, Dim dim, String unit,
    boolean exact) {

  /** What a figure measures; figures are only ever compared within one dimension and unit. */
  enum Dim { MONEY, PERCENT, POINTS, COUNT }

  /** True when {@code other} measures the same thing in the same unit, so the two can be added. */
  boolean sameUnit(Figure other) {
    return dim == other.dim && unit.equals(other.unit);
  }

  /** This figure taken as exact: a prescribed share (将收益的50%作为…) is a rule, not a rounded measurement. */
  Figure prescribed() {
    return new Figure(start, end, text, value, BigDecimal.ZERO, dim, unit, exact);
  }

  BigDecimal low() {
    return value.subtract(halfUnit);
  }

  BigDecimal high() {
    return value.add(halfUnit);
  }
}
