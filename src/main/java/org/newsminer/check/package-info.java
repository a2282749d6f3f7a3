/**
 * Stage 4, check: finds the arithmetic an article states (parts and a total, a rate and its part and
 * whole, shares of one whole, a count times a per-unit amount) and says whether it holds, within the
 * rounding the text itself uses.
 *
 * <p>Figures are the quantities of the shared reader ({@code entity.number.QuantityReader}: value, unit,
 * qualifier as an interval, precision written). Roles come from the cue lexicon
 * {@code models/rules/check/cues.tsv} (grouped by function: parts follow, a sum follows, a share follows …)
 * and from unit and label agreement within a few sentences ({@link org.newsminer.check.RelationSearch}),
 * from table layout ({@link org.newsminer.check.Tables}) and from the page templates of
 * {@link org.newsminer.check.RelationFinder} (sums, ratios and shares, products; their words in
 * {@code models/rules/check/templates.tsv}). CONSISTENT when some assignment of roles holds; INCONSISTENT
 * only where the wording closes the relation, every figure is exact or bounded and no other assignment
 * holds. Every check carries an explanation for the editor.
 */
package org.newsminer.check;
