package org.newsminer;

import java.io.IOException;
import java.io.Reader;
import java.util.List;

/**
 * Mines a text of any length from a reader, window by window, so memory holds about one window, never
 * the whole text: the reading loop of {@code newsminer extract}, {@code check} and {@code index}.
 * Immutable and thread-safe (each call has its own state).
 *
 * <p>A window is about {@code window} characters ending at a line end. Its articles are mined; all but
 * the last are passed on, and the next window starts where that last article starts, so every article
 * is mined whole, with the lines around it as context. When one article fills a window, the window
 * grows until the article ends: memory is bounded by the longest article, and work is linear in the
 * length of the text. Offsets are into the whole text and articles are numbered through it; an
 * article's title can differ from mining the text in one piece only when its headline was printed more
 * than a window before it.
 */
public final class WindowedMiner {

  /** Characters per window by default (the unit of work and of memory). */
  public static final int WINDOW = 1 << 20;

  /** A window of the text: its characters and where they start in the whole text. */
  public record Window(int offset, String text) {
    /** A whole-text offset (of an article, entity or check), as an offset into {@link #text()}. */
    public int local(int textOffset) {
      return textOffset - offset;
    }
  }

  /** Receives the articles in order, with offsets into the whole text. */
  public interface Sink {
    void article(Window window, MinedArticle article) throws IOException;

    /** Called after the articles of each window (e.g. to flush output). */
    default void windowDone() throws IOException {}
  }

  private final NewsMiner miner;
  private final int window;

  /** Mines with {@code miner} in windows of about {@code window} characters. */
  public WindowedMiner(NewsMiner miner, int window) {
    if (window < 1) {
      throw new IllegalArgumentException("window must be positive, got " + window);
    }
    this.miner = miner;
    this.window = window;
  }

  /**
   * Mines all of {@code in} (not closed) and returns the number of articles. IllegalArgumentException
   * when the text holds a NUL character (binary data) or more than 2^31 characters (offsets are Java
   * {@code int} character indices); the articles before were passed on.
   */
  public int mine(Reader in, Sink sink) throws IOException {
    StringBuilder buf = new StringBuilder();
    char[] chunk = new char[1 << 16];
    long offset = 0; // whole-text offset of buf[0]
    int number = 0;
    int size = window;
    boolean eof = false;
    while (true) {
      while (!eof && buf.length() < size) {
        int r = in.read(chunk);
        if (r < 0) {
          eof = true;
        } else {
          buf.append(chunk, 0, r);
        }
      }
      if (offset + buf.length() > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(
            "too long: offsets are Java int character indices (at most 2^31 characters)");
      }
      int cut = eof ? buf.length() : buf.lastIndexOf("\n") + 1;
      if (cut == 0 && !eof) {
        size *= 2; // one line fills the window
        continue;
      }
      String text = buf.substring(0, cut);
      int nul = text.indexOf('\0');
      if (nul >= 0) {
        throw new IllegalArgumentException(
            "binary data (a NUL character at offset " + (offset + nul) + "), expected text");
      }
      List<MinedArticle> articles = miner.process(text).articles();
      boolean all = eof && cut == buf.length();
      int keep = articles.isEmpty() || all ? articles.size() : articles.size() - 1;
      if (keep == 0 && !articles.isEmpty()) {
        size *= 2; // one article fills the window: read on until it ends
        continue;
      }
      Window w = new Window((int) offset, text);
      for (int i = 0; i < keep; i++) {
        sink.article(w, shifted(articles.get(i), (int) offset, ++number));
      }
      sink.windowDone();
      int consumed = keep == articles.size() ? cut : articles.get(keep).start();
      buf.delete(0, consumed);
      offset += consumed;
      size = window;
      if (eof && buf.length() == 0) {
        return number;
      }
    }
  }

  /** {@code a} with its offsets moved by {@code offset} and its number set. */
  private static MinedArticle shifted(MinedArticle a, int offset, int number) {
    if (offset == 0 && number == a.number()) {
      return a;
    }
    return new MinedArticle(number, a.title(), a.start() + offset, a.end() + offset, a.text(),
        a.entities().stream().map(e -> e.withSpan(e.start() + offset, e.end() + offset)).toList(),
        a.checks().stream().map(c -> c.withSpans(x -> x + offset, x -> x + offset)).toList());
  }
}
