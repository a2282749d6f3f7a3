package org.newsminer.index;

import java.util.Map;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * Factory for the newsminer tokenizers, registered through SPI under {@link #NAME}, the name Solr
 * schemas use (OpenSearch does not read SPI names: its plugin in {@code plugins/opensearch} wraps this
 * factory). Arguments: {@code mode}, {@code words}
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
 *
 * <p>The lexicon is read when the factory is created, and HanLP's dictionaries are loaded in
 * {@link #inform(ResourceLoader)}, which Solr calls when it loads the schema and {@code CustomAnalyzer}
 * when it builds the analyzer: a broken installation fails there, not at the first document.
 * Thread-safe once informed.
 */
public final class NewsTokenizerFactory extends TokenizerFactory implements ResourceLoaderAware {
  /** SPI name. */
  public static final String NAME = "newsminer";

  private final boolean grams;
  /** The word segmenter, or null in grams mode, which needs no models. */
  private final WordSegmenter segmenter;

  public NewsTokenizerFactory(Map<String, String> args) {
    super(args);
    String mode = get(args, "mode", java.util.List.of("words", "grams"), "words");
    grams = mode.equals("grams");
    WordSegmenter.Speed speed = WordSegmenter.Speed.valueOf(
        get(args, "segmenter", java.util.List.of("accurate", "fast"), "accurate").toUpperCase(java.util.Locale.ROOT));
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("unknown parameters: " + args);
    }
    segmenter = grams ? null : WordSegmenter.models(speed);
  }

  /** Loads HanLP's dictionaries for words mode (grams mode needs none); see {@link WordSegmenter#load()}. */
  @Override
  public void inform(ResourceLoader loader) {
    if (segmenter != null) {
      segmenter.load();
    }
  }

  /** Default constructor for SPI (required by Lucene's service loader). */
  public NewsTokenizerFactory() {
    throw defaultCtorException();
  }

  @Override
  public org.apache.lucene.analysis.Tokenizer create(AttributeFactory factory) {
    return grams ? new NewsGramTokenizer(factory) : new NewsWordTokenizer(factory, segmenter);
  }
}
