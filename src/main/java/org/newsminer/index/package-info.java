/**
 * Lucene indexing of mined articles: the Chinese news analysis chain ({@link
 * org.newsminer.index.ChineseNewsAnalyzer}: normalizer char filter, lexicon-aware word segmentation,
 * character bigrams; also available through SPI as tokenizer {@code newsminer} and char filter {@code
 * newsminerNormalize}) and the archive writer ({@link org.newsminer.index.ArchiveIndexer}).
 *
 * <pre>{@code
 * try (ArchiveIndexer indexer = ArchiveIndexer.open(Path.of("idx"))) {
 *   indexer.indexFile(Path.of("page.txt"));   // replaces what the index held for page.txt
 * }                                            // close() commits
 * }</pre>
 */
package org.newsminer.index;
