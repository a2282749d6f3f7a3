package org.newsminer.cli;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.newsminer.MinedArticle;
import org.newsminer.NewsMiner;
import org.newsminer.WindowedMiner;

/**
 * Mines the inputs of a command one at a time and each window by window ({@link WindowedMiner}), so
 * memory holds about one window, never a file nor a directory: the reading loop of {@code extract} and
 * {@code check}. A bad input (or one that turns out bad part way, e.g. invalid UTF-8 further on) is
 * reported through {@link Inputs} and the others are still mined; large files show their progress on a
 * terminal. Not thread-safe.
 */
final class PageStream {

  /** Files at least this large show their progress on a terminal. */
  private static final long PROGRESS_BYTES = 16L << 20;

  /** A window of an input: its name, its text and where it starts in the file, in characters. */
  record Window(String source, int offset, String text) {
    /** A file offset (of a check or entity), as an offset into {@link #text()}. */
    int local(int fileOffset) {
      return fileOffset - offset;
    }
  }

  /** Receives the articles of the inputs in order, with offsets into the file. */
  interface Sink {
    void article(Window window, MinedArticle article) throws IOException;

    /** Called after the articles of each window. */
    default void windowDone() {}
  }

  private final Inputs inputs;
  private final WindowedMiner miner;
  private final boolean terminal;

  PageStream(Inputs inputs, NewsMiner miner, int window, boolean terminal) {
    this.inputs = inputs;
    this.miner = new WindowedMiner(miner, window);
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
      try (Reader reader = new Checked(in)) {
        int articles = miner.mine(reader, new WindowedMiner.Sink() {
          @Override
          public void article(WindowedMiner.Window w, MinedArticle a) throws IOException {
            sink.article(new Window(s.name(), w.offset(), w.text()), a);
          }

          @Override
          public void windowDone() {
            if (bar != null) {
              bar.stepTo(in.bytesRead().getAsLong() >> 20);
            }
            sink.windowDone();
          }
        });
        if (articles == 0) {
          inputs.fail(s.name(), "empty file (only whitespace)");
        }
      } catch (BadText | IllegalArgumentException e) {
        inputs.fail(s.name(), e.getMessage());
      } finally {
        if (bar != null) {
          bar.close();
        }
      }
    }
  }

  /**
   * The input's reader, its failures turned into {@link BadText}: the input's fault, told apart from a
   * failure to write the output.
   */
  private static final class Checked extends FilterReader {
    Checked(Inputs.Opened in) {
      super(in.reader());
    }

    @Override
    public int read(char[] buf, int off, int len) {
      try {
        return super.read(buf, off, len);
      } catch (IOException e) {
        String why = e.getMessage() == null ? e.toString() : e.getMessage();
        throw new BadText(why.startsWith("not valid") ? why : "cannot read: " + why);
      }
    }
  }

  /** An input that turned out not to be text after some of it was mined. */
  private static final class BadText extends UncheckedIOException {
    BadText(String why) {
      super(why, new IOException(why));
    }
  }
}
