package org.newsminer.text;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Throughput of the normalizer on the sample pages (not a test: run its {@code main} by hand, e.g.
 * {@code java -cp target/classes:target/test-classes org.newsminer.text.NormalizerBenchmark}).
 * Reports MB/s of UTF-8 input per CPU second of this thread, which stays meaningful on a busy
 * machine, and per wall-clock second.
 */
public final class NormalizerBenchmark {
  private NormalizerBenchmark() {}

  public static void main(String[] args) {
    StringBuilder sb = new StringBuilder();
    for (Path p : CorpusPages.all()) {
      sb.append(CorpusPages.read(p)).append("\n\n");
    }
    String text = sb.toString();
    long bytes = text.getBytes(StandardCharsets.UTF_8).length;
    Normalizer normalizer = new Normalizer();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (int round = 0; round < 6; round++) {
      long cpu0 = mx.getCurrentThreadCpuTime();
      long wall0 = System.nanoTime();
      int iterations = 0;
      while (mx.getCurrentThreadCpuTime() - cpu0 < 1_000_000_000L) {
        sink += normalizer.normalize(text).text().length();
        iterations++;
      }
      double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
      double wall = (System.nanoTime() - wall0) / 1e9;
      System.out.printf(
          "round %d: %.1f MB/s per CPU second, %.1f MB/s wall clock%n",
          round, bytes * iterations / cpu / 1e6, bytes * iterations / wall / 1e6);
    }
    System.out.println("(checksum " + sink + ")");
  }
}
