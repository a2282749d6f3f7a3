/**
 * MONEY and PERCENT: numerals in every written form ({@link org.newsminer.entity.number.Numerals}),
 * amounts with units, currencies and qualifiers ({@link org.newsminer.entity.number.NumberRecognizer}),
 * the shared qualifier table ({@link org.newsminer.entity.number.QualifierWords}), and the parser of
 * amounts typed by users ({@link org.newsminer.entity.number.Amounts}). Vocabulary comes from
 * {@code models/rules/number/}.
 */
package org.newsminer.entity.number;
