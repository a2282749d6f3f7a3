/**
 * Stage 1, text: the normalizer that repairs PDF-extracted text (spaces between characters, lines broken
 * mid-word, full-width forms) and keeps a map from every normalized offset to the original
 * ({@link org.newsminer.text.NormalizedText}); the character classes every stage shares
 * ({@link org.newsminer.text.CharClasses}); and the reader of the data files under {@code models/}
 * ({@link org.newsminer.text.ModelFile}).
 */
package org.newsminer.text;
