package org.newsminer.check;

import java.math.BigDecimal;

/**
 * One stated figure the checker can reason about: an amount of money, a percentage or a count with
 * its unit ({@code 14143人}, {@code 26个}, {@code 1.8万人次}), read by the shared quantity reader. Offsets
 * are into the COMPACT view of the article (see {@link Compact}); {@code value} is in base units (yuan,
 * percent, items) and {@code halfUnit} is the rounding the text implies: half a unit of the last digit
 * written, zero for a whole count or whole yuan written out in full. {@code exact} when no qualifier
 * widens it; {@code bound} gives the interval the wording allows ({@code 1400多万元}: [1400万, 1500万]),
 * null on an open side.
 */
record Figure(int start, int end, String text, BigDecimal value, BigDecimal halfUnit, Dim dim, String unit,
    boolean exact, BigDecimal boundLow, BigDecimal boundHigh) {

  /** What a figure measures; figures are only ever compared within one dimension and unit. */
  enum Dim { MONEY, PERCENT, POINTS, COUNT, NONE }

  Figure(int start, int end, String text, BigDecimal value, BigDecimal halfUnit, Dim dim, String unit, boolean exact) {
    this(start, end, text, value, halfUnit, dim, unit, exact, value.subtract(halfUnit), value.add(halfUnit));
  }

  /** True when {@code other} measures the same thing in the same unit, so the two can be added. */
  boolean sameUnit(Figure other) {
    return dim == other.dim && unit.equals(other.unit);
  }

  /** Whether the wording bounds the figure on both sides (exact, or 多/余 within one unit of its last digit). */
  boolean bounded() {
    return boundLow != null && boundHigh != null;
  }

  /** This figure taken as exact: a prescribed share (将收益的50%作为…) is a rule, not a rounded measurement. */
  Figure prescribed() {
    return new Figure(start, end, text, value, BigDecimal.ZERO, dim, unit, exact, value, value);
  }

  /** This figure in the unit of a sibling: {@code 5.2万} among {@code 万人} figures. */
  Figure inUnitOf(Figure sibling) {
    return inUnit(sibling.dim, sibling.unit);
  }

  /** This figure as an estimate: the same interval, no longer exact. */
  Figure estimate() {
    return new Figure(start, end, text, value, halfUnit, dim, unit, false, boundLow, boundHigh);
  }

  /** This figure with the unit a noun names. */
  Figure inUnit(Dim newDim, String newUnit) {
    return new Figure(start, end, text, value, halfUnit, newDim, newUnit, exact, boundLow, boundHigh);
  }

  BigDecimal low() {
    return boundLow;
  }

  BigDecimal high() {
    return boundHigh;
  }
}
