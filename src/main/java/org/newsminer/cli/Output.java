package org.newsminer.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A command's standard output that does not hide write errors: {@link PrintWriter} swallows them (and so
 * does {@code System.out}), so a full disk or a closed pipe would end with exit status 0 and lost output.
 * Commands call {@link #flush(PrintWriter)} after each unit of output, which throws {@link WriteFailed}
 * once writing failed. Not thread-safe.
 */
final class Output extends PrintWriter {
  private final Recording sink;

  private Output(Recording sink) {
    super(new OutputStreamWriter(sink, StandardCharsets.UTF_8), false);
    this.sink = sink;
  }

  /** UTF-8 text onto {@code stream}, remembering why a write failed. */
  static Output of(OutputStream stream) {
    return new Output(new Recording(stream));
  }

  /** Writing the output failed: the message says why (No space left on device, Broken pipe, …). */
  static final class WriteFailed extends UncheckedIOException {
    WriteFailed(String why) {
      super("cannot write the output: " + why, new IOException(why));
    }

    /** The reader went away ({@code | head}): stop quietly, as a shell tool killed by SIGPIPE does. */
    boolean brokenPipe() {
      return getCause().getMessage().toLowerCase(java.util.Locale.ROOT).contains("broken pipe");
    }
  }

  /** Flushes {@code out}; throws {@link WriteFailed} if anything written to it so far was lost. */
  static void flush(PrintWriter out) {
    out.flush();
    if (out.checkError()) {
      String why = out instanceof Output o && o.sink.failure != null ? o.sink.failure : "write error";
      throw new WriteFailed(why);
    }
  }

  /** Passes bytes on and keeps the message of the first write error. */
  private static final class Recording extends FilterOutputStream {
    private String failure;

    Recording(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        remember(e);
        throw e;
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        remember(e);
        throw e;
      }
    }

    private void remember(IOException e) {
      if (failure == null) {
        failure = e.getMessage() == null ? e.toString() : e.getMessage();
      }
    }
  }
}
