package org.newsminer.index;

import org.newsminer.NewsMiner;

/**
 * What a search-engine plugin loads once, when it starts: the word segmenters of both speeds and the
 * extraction pipeline, each run once on a short text so that everything they load on first use is
 * loaded here and not in an indexing thread (see {@link WordSegmenter#load()} for how HanLP finds its
 * configuration). Thread-safe; loads once per class loader.
 */
public final class EngineModels {
  /** An invented sentence with a place, a program, amounts, a percentage and a stated sum. */
  private static final String WARM_UP = "拉萨市今年投入资金1.5亿元，其中乡村振兴项目1亿元、其他项目5000万元，完成率95%。";
  private static NewsMiner miner;

  private EngineModels() {}

  /**
   * Loads the models (at most once) and returns the pipeline with every entity type and the checks.
   *
   * @throws IllegalStateException when the models cannot be loaded, naming why
   */
  public static synchronized NewsMiner load() {
    if (miner == null) {
      // The segmenters first: WordSegmenter.load() is where HanLP initializes, with the right loader.
      for (WordSegmenter.Speed speed : WordSegmenter.Speed.values()) {
        WordSegmenter.models(speed).load();
      }
      NewsMiner m;
      try {
        m = NewsMiner.builder().build();
        m.process(WARM_UP);
      } catch (RuntimeException | LinkageError e) {
        throw new IllegalStateException("newsminer: the extraction models could not be loaded: " + e, e);
      }
      miner = m;
    }
    return miner;
  }
}
