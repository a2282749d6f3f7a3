package org.newsminer.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.List;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.newsminer.MinedArticle;
import org.newsminer.NewsMiner;

/**
 * Mines input texts of any size window by window, so memory holds about one window, never the file nor
 * the directory: the reading loop of {@code extract} and {@code check}. Not thread-safe.
 *
 * <p>A window is about {@link #WINDOW} characters ending at a line end. Its articles are mined; all but
 * the last are passed on, and the next window starts where that last article starts, so every article
 * is mined whole, with the context of the lines around it. When one article fills a window, the window
 * grows until the article ends: memory is bounded by the longest article, and work is linear in the
 * length of the file. Offsets are into the whole file and articles are numbered through the file; an
 * article's title can differ from mining the file in one piece only when its headline was printed more
 * than a window before it.
 */
final class PageStream {

  /** Characters per window (the unit of work and of memory). */
  static final int WINDOW = 1 << 20;

  /** Files at least this large show their progress on a terminal. */
  private static final long PROGRESS_BYTES = 16L << 20;

  /** A window of an input: its text and where it starts in the file, in characters. */
  record Window(String source, int offset, String text) {
    /** A check or entity offset of the file, into {@link #text()}. */
    int local(int fileOffset) {
      return fileOffset - offset;
    }
  }

  /** Receives the articles of the inputs in order, with offsets into the file. */
  interface Sink {
    void article(Window window, MinedArticle article) throws IOException;

    /** Called after each window and at the end of each input (to flush output). */
    default void windowDone() {}
  }

  private final Inputs inputs;
  private final NewsMiner miner;
  private final int window;
  private final boolean terminal;

  PageStream(Inputs inputs, NewsMiner miner, int window, boolean terminal) {
    this.inputs = inputs;
    this.miner = miner;
    this.window = window;
    this.terminal = terminal;
  }

  /** Mines every input named by {@code args}; bad inputs are reported through {@code inputs}. */
  void mine(List<String> args, Sink sink) throws IOException {
    for (Inputs.Source s : inputs.sources(args, true)) {
      Inputs.Opened in = inputs.open(s);
      if (in == null) {
        continue;
      }
      ProgressBar bar = terminal && in.size() >= PROGRESS_BYTES ? new ProgressBarBuilder()
          .setTaskName(s.name()).setInitialMax(in.size() >> 20).setUnit(" MB", 1)
          .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err))
          .build() : null;
      try (Reader reader = in.reader()) {
        String why = mineOne(in, sink, bar);
        if (why != null) {
          inputs.fail(s.name(), why);
        }
      } catch (BadText e) {
        inputs.fail(s.name(), e.getMessage());
      } finally {
        if (bar != null) {
          bar.close();
        }
      }
    }
  }

  /** Mines one input; returns why it is bad (null: it is not). */
  private String mineOne(Inputs.Opened in, Sink sink, ProgressBar bar) throws IOException {
    StringBuilder buf = new StringBuilder();
    char[] chunk = new char[1 << 16];
    long offset = 0; // file offset of buf[0]
    int number = 0;
    int size = window;
    boolean eof = false;
    while (true) {
      while (!eof && buf.length() < size) {
        int r = read(in, chunk, offset + buf.length());
        if (r < 0) {
          eof = true;
        } else {
          buf.append(chunk, 0, r);
        }
      }
      if (bar != null) {
        bar.stepTo(in.bytesRead().getAsLong() >> 20);
      }
      if (offset + buf.length() > Integer.MAX_VALUE) {
        return "too long: offsets are Java int character indices (at most 2^31 characters per file)";
      }
      int cut = eof ? buf.length() : buf.lastIndexOf("\n") + 1;
      if (cut == 0 && !eof) {
        size *= 2; // one line fills the window
        continue;
      }
      String text = buf.substring(0, cut);
      int nul = text.indexOf('\0');
      if (nul >= 0) {
        return "binary data (a NUL character at offset " + (offset + nul) + "), expected text";
      }
      List<MinedArticle> articles = miner.process(text).articles();
      boolean all = eof && cut == buf.length();
      int keep = articles.isEmpty() || all ? articles.size() : articles.size() - 1;
      if (keep == 0 && !articles.isEmpty()) {
        size *= 2; // one article fills the window: read on until it ends
        continue;
      }
      Window w = new Window(in.source(), (int) offset, text);
      for (int i = 0; i < keep; i++) {
        sink.article(w, shifted(articles.get(i), (int) offset, ++number));
      }
      sink.windowDone();
      int consumed = keep == articles.size() ? cut : articles.get(keep).start();
      buf.delete(0, consumed);
      offset += consumed;
      size = window;
      if (eof && buf.length() == 0) {
        return number == 0 ? "empty file (only whitespace)" : null;
      }
    }
  }

  /** Reads characters; a read or decoding error is the input's fault, and says where. */
  private static int read(Inputs.Opened in, char[] chunk, long at) {
    try {
      return in.reader().read(chunk);
    } catch (CharacterCodingException e) {
      throw new BadText("not valid " + in.encoding() + " text after character " + at);
    } catch (IOException e) {
      throw new BadText("cannot read: " + e.getMessage());
    }
  }

  /** An input that turned out not to be text after some of it was mined. */
  private static final class BadText extends UncheckedIOException {
    BadText(String why) {
      super(why, new IOException(why));
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
