package org.newsminer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.newsminer.NewsMiner;
import org.newsminer.WindowedMiner;

/**
 * {@code newsminer bench --scaling}: whether mining one long file takes time linear in its size and
 * memory bounded by a window, as {@code extract} reads it ({@link WindowedMiner}). The corpus pages are
 * repeated into one text of 2 MB and of 16 MB, generated as it is read (no copy of it in memory); the
 * report gives each size's thread CPU time, the ratio (target: 16 MB within 10× the time of 2 MB) and
 * the peak heap while mining the larger one. Not thread-safe.
 */
final class ScalingBenchmark {
  private ScalingBenchmark() {}

  static void run(List<String> pages, PrintWriter out) throws IOException {
    NewsMiner miner = NewsMiner.builder().build();
    WindowedMiner windows = new WindowedMiner(miner, WindowedMiner.WINDOW);
    // Models load and the JIT warms before the clock starts.
    mine(windows, pages, 1 << 20);
    double[] seconds = new double[2];
    long[] articles = new long[2];
    long[] sizes = {2L << 20, 16L << 20};
    long peak = 0;
    for (int i = 0; i < sizes.length; i++) {
      System.gc();
      HeapPeak.reset();
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long cpu0 = threads.getCurrentThreadCpuTime();
      articles[i] = mine(windows, pages, sizes[i]);
      seconds[i] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
      peak = HeapPeak.bytes();
      out.printf(Locale.ROOT, "one file of %2d MB: %6.1f CPU-s, %.2f MB/CPU-s, %d articles, peak heap %.0f MB%n",
          sizes[i] >> 20, seconds[i], (sizes[i] >> 20) / seconds[i], articles[i], peak / 1e6);
      out.flush();
    }
    out.printf(Locale.ROOT, "16 MB takes %.1fx the time of 2 MB (target <= 10x; linear is 8x); peak heap %.0f MB (max heap %.0f MB)%n",
        seconds[1] / seconds[0], peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
  }

  /** Mines the pages repeated to {@code bytes} of UTF-8 as one file; returns the number of articles. */
  private static long mine(WindowedMiner windows, List<String> pages, long bytes) throws IOException {
    return windows.mine(new Repeated(pages, bytes), (w, a) -> { });
  }

  /** The pages, repeated whole until at least {@code bytes} of UTF-8, as a reader. */
  private static final class Repeated extends Reader {
    private final List<String> pages;
    private final long bytes;
    private long produced;
    private int page;
    private int at;

    Repeated(List<String> pages, long bytes) {
      this.pages = pages;
      this.bytes = bytes;
    }

    @Override
    public int read(char[] buf, int off, int len) {
      if (at == 0 && (produced >= bytes || len == 0)) {
        return produced >= bytes ? -1 : 0;
      }
      String p = pages.get(page);
      int n = Math.min(len, p.length() - at);
      p.getChars(at, at + n, buf, off);
      at += n;
      if (at == p.length()) {
        produced += p.getBytes(StandardCharsets.UTF_8).length;
        page = (page + 1) % pages.size();
        at = 0;
      }
      return n;
    }

    @Override
    public void close() {}
  }
}
