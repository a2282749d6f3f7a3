package org.newsminer.index;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;
import org.newsminer.text.NormalizedText;
import org.newsminer.text.Normalizer;

/**
 * The newsminer {@link Normalizer} as a Lucene {@link CharFilter}: tokenizers see the repaired text,
 * and offsets are corrected exactly back into the original through the normalizer's own offset map.
 *
 * <p>{@link #correctOffset(int)} maps an offset as the start of a span. Tokenizers of this package
 * also map end offsets as ends ({@link #correctEndOffset(int)}), so a token never claims PDF
 * whitespace that was removed after it. The whole input is read on first use (one article or page).
 * Not thread-safe, like every CharFilter.
 */
public final class NormalizingCharFilter extends CharFilter {
  private static final Normalizer NORMALIZER = new Normalizer();
  private NormalizedText normalized;
  private int pos;

  public NormalizingCharFilter(Reader input) {
    super(input);
  }

  private void fill() throws IOException {
    if (normalized == null) {
      normalized = NORMALIZER.normalize(readAll(input));
    }
  }

  static String readAll(Reader r) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[4096];
    int n;
    while ((n = r.read(buf)) != -1) {
      sb.append(buf, 0, n);
    }
    return sb.toString();
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    fill();
    String t = normalized.text();
    if (pos >= t.length()) {
      return -1;
    }
    int n = Math.min(len, t.length() - pos);
    t.getChars(pos, pos + n, cbuf, off);
    pos += n;
    return n;
  }

  @Override
  protected int correct(int currentOff) {
    if (normalized == null) {
      return currentOff;
    }
    return normalized.originalStart(Math.min(currentOff, normalized.text().length()));
  }

  /** Maps {@code off}, the end of a span in the normalized text, to the end of that span in the input. */
  public int correctEndOffset(int off) {
    int corrected = normalized == null || off == 0 ? correct(off)
        : normalized.originalEnd(Math.min(off, normalized.text().length()));
    return input instanceof CharFilter ? ((CharFilter) input).correctOffset(corrected) : corrected;
  }

  @Override
  public void close() throws IOException {
    normalized = null;
    super.close();
  }
}
