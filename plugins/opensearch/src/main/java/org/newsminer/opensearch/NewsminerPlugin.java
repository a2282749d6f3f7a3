package org.newsminer.opensearch;

import java.security.AccessController;
import java.security.PrivilegedAction;
import java.util.Map;
import org.apache.lucene.analysis.Tokenizer;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractCharFilterFactory;
import org.opensearch.index.analysis.AbstractTokenizerFactory;
import org.opensearch.index.analysis.CharFilterFactory;
import org.opensearch.index.analysis.TokenizerFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.ingest.Processor;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.IngestPlugin;
import org.opensearch.plugins.Plugin;
import org.newsminer.NewsMiner;
import org.newsminer.index.EngineModels;
import org.newsminer.index.NewsTokenizerFactory;
import org.newsminer.index.NormalizingCharFilter;

/**
 * newsminer for OpenSearch: the tokenizer {@value #TOKENIZER} (settings {@code mode}: {@code words} or
 * {@code grams}; {@code segmenter}: {@code accurate} or {@code fast}), the char filter
 * {@value #CHAR_FILTER}, and the ingest processor {@value NewsminerProcessor#TYPE}.
 *
 * <p>Every model loads when the node constructs the plugin, before it serves anything
 * ({@link EngineModels#load()}): HanLP's static configuration is initialized there with the plugin's
 * class loader as context loader, so it reads the plugin's {@code hanlp.properties} and takes its
 * dictionaries from its own jar. Left to the first document, it would initialize in a write thread
 * whose context loader cannot see that file, fall back to probing {@code data/} in the working
 * directory, be denied by the security manager and take the node down. A broken installation fails at
 * node start with the cause.
 */
public final class NewsminerPlugin extends Plugin implements AnalysisPlugin, IngestPlugin {
  public static final String TOKENIZER = "newsminer";
  public static final String CHAR_FILTER = "newsminer_normalize";

  private final NewsMiner miner;

  public NewsminerPlugin() {
    // Privileged: loading switches the context class loader (the one permission of the policy).
    miner = AccessController.doPrivileged((PrivilegedAction<NewsMiner>) EngineModels::load);
  }

  @Override
  public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
    return Map.of(TOKENIZER, NewsTokenizer::new);
  }

  @Override
  public Map<String, AnalysisProvider<CharFilterFactory>> getCharFilters() {
    return Map.of(CHAR_FILTER, NormalizeCharFilter::new);
  }

  @Override
  public Map<String, Processor.Factory> getProcessors(Processor.Parameters parameters) {
    return Map.of(NewsminerProcessor.TYPE, new NewsminerProcessor.Factory(miner));
  }

  /** The library's tokenizer factory, configured from the index settings. */
  static final class NewsTokenizer extends AbstractTokenizerFactory {
    private final NewsTokenizerFactory factory;

    NewsTokenizer(IndexSettings indexSettings, Environment env, String name, Settings settings) {
      super(indexSettings, settings, name);
      // Only the tokenizer's own settings: OpenSearch adds others (type, index.version.created …).
      Map<String, String> args = new java.util.HashMap<>();
      args.put("mode", settings.get("mode", "words"));
      args.put("segmenter", settings.get("segmenter", "accurate"));
      factory = new NewsTokenizerFactory(args);
      factory.inform(null);
    }

    @Override
    public Tokenizer create() {
      return factory.create();
    }
  }

  /** The normalizer as a char filter: token offsets point into the original text. */
  static final class NormalizeCharFilter extends AbstractCharFilterFactory {
    NormalizeCharFilter(IndexSettings indexSettings, Environment env, String name, Settings settings) {
      super(indexSettings, name);
    }

    @Override
    public java.io.Reader create(java.io.Reader reader) {
      return new NormalizingCharFilter(reader);
    }
  }
}
