/**
 * MONEY and PERCENT: numerals in every written form ({@link org.newsminer.entity.number.Numerals}),
 * amounts with units, currencies and qualifiers ({@link org.newsminer.entity.number.NumberRecognizer}),
 * the shared qualifier table ({@link org.newsminer.entity.number.QualifierWords}), and the parser of
 * amounts typed by users ({@link org.newsminer.entity.number.Amounts}).
 *
 * <p>The recognizer is one scan ({@code NumberScan}) over one article ({@code ScanText}) calling one class
 * per mechanism: the unit after a numeral ({@code AmountReader}), 万/亿 amounts whose 元 is left out
 * ({@code BareMoney}), percent forms without {@code %} ({@code PercentForms}), ranges and lists sharing a
 * unit ({@code RangeReader}) and qualifiers ({@code QualifierReader}). Their vocabulary (currencies, codes,
 * symbols, context words, the character sets that tell a unit from another word) is data in
 * {@code models/rules/number/}, loaded by {@code NumberLexicon}; closed alphabets (digits, 零一二…,
 * 十百千万亿, financial numerals) and the notation's own marks (元, 百分之, 个百分点, 成, 折) stay in code.
 */
package org.newsminer.entity.number;
