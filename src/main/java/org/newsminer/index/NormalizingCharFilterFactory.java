package org.newsminer.index;

import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.CharFilterFactory;

/** Factory for {@link NormalizingCharFilter}, registered through SPI under {@link #NAME}. */
public final class NormalizingCharFilterFactory extends CharFilterFactory {
  /** SPI name. */
  public static final String NAME = "newsminerNormalize";

  public NormalizingCharFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("unknown parameters: " + args);
    }
  }

  /** Default constructor for SPI (required by Lucene's service loader). */
  public NormalizingCharFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public Reader create(Reader input) {
    return new NormalizingCharFilter(input);
  }

  @Override
  public Reader normalize(Reader input) {
    return create(input);
  }
}
