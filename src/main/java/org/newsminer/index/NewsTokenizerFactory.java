package org.newsminer.index;

import java.util.Map;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

/**
 * Factory for the newsminer tokenizers, registered through SPI under {@link #NAME} so the same
 * analysis can run inside Solr, Elasticsearch or OpenSearch. Arguments: {@code mode}, {@code words}
 * (default) or {@code grams}; {@code segmenter}, {@code accurate} (default) or {@code fast} (see
 * {@link WordSegmenter.Speed}). Pair it with {@link NormalizingCharFilterFactory}
 * ({@code newsminerNormalize}) to get {@link ChineseNewsAnalyzer}:
 *
 * <pre>{@code
 * Analyzer a = CustomAnalyzer.builder()
 *     .addCharFilter("newsminerNormalize")
 *     .withTokenizer("newsminer", "mode", "grams")
 *     .build();
 * }</pre>
 */
public final class NewsTokenizerFactory extends TokenizerFactory {
  /** SPI name. */
  public static final String NAME = "newsminer";

  private final boolean grams;
  private final WordSegmenter.Speed speed;

  public NewsTokenizerFactory(Map<String, String> args) {
    super(args);
    String mode = get(args, "mode", java.util.List.of("words", "grams"), "words");
    grams = mode.equals("grams");
    speed = WordSegmenter.Speed.valueOf(
        get(args, "segmenter", java.util.List.of("accurate", "fast"), "accurate").toUpperCase(java.util.Locale.ROOT));
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("unknown parameters: " + args);
    }
  }

  /** Default constructor for SPI (required by Lucene's service loader). */
  public NewsTokenizerFactory() {
    throw defaultCtorException();
  }

  @Override
  public org.apache.lucene.analysis.Tokenizer create(AttributeFactory factory) {
    return grams ? new NewsGramTokenizer(factory) : new NewsWordTokenizer(factory, WordSegmenter.models(speed));
  }
}
