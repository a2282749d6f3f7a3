package org.newsminer.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.newsminer.NewsMiner;
import org.newsminer.index.ArchiveIndexer;
import org.newsminer.index.IndexRun;
import org.newsminer.index.WordSegmenter;
import org.newsminer.search.ArchiveSearcher;
import org.newsminer.search.QueryMix;
import org.newsminer.search.SearchRequest;

/**
 * {@code newsminer bench --archive N}: builds a SYNTHETIC archive of N articles by resampling corpus
 * paragraphs, then measures in one run: extraction-only throughput, indexing throughput (the same
 * extraction plus analysis and Lucene), index size per article, query latency p50/p99 over a mix of
 * text, place, program and amount queries, and peak heap. Files are generated and indexed as streams,
 * so memory does not grow with N.
 * Not thread-safe; one run at a time.
 */
final class ArchiveBenchmark {
  /** Synthetic articles per synthetic page file. */
  static final int ARTICLES_PER_PAGE = 4;
  static final int QUERIES = 1000;
  static final int WARMUP = 200;

  private ArchiveBenchmark() {}

  /** The figures of one benchmark run. */
  record Report(int requested, long files, long articles, long megabytes, int threads,
      double extractSeconds, double indexSeconds, double extractCpuSeconds, double indexCpuSeconds,
      long indexBytes, double p50Millis, double p99Millis, double meanMillis, double p50CpuMillis,
      double p99CpuMillis, int queries, long peakHeapBytes, long liveHeapBytes, long maxHeapBytes,
      double loadAverage) {

    double extractMBps() {
      return megabytes / 1e6 / extractSeconds;
    }

    double indexMBps() {
      return megabytes / 1e6 / indexSeconds;
    }

    /** Readable lines, labelled synthetic. */
    String format() {
      return String.format(Locale.ROOT,
          "archive benchmark (SYNTHETIC archive: %d articles requested, resampled corpus paragraphs; %d files, "
              + "%d articles after splitting, %.1f MB; %d threads)%n"
              + "  extraction only : %7.2f MB/s %9.1f articles/s   (CPU: %.2f MB per CPU-second)%n"
              + "  indexing        : %7.2f MB/s %9.1f articles/s   (CPU: %.2f MB per CPU-second)"
              + "  = %.2fx extraction-only (CPU: %.2fx)%n"
              + "  index size      : %.1f MB, %.0f bytes/article%n"
              + "  query latency   : p50 %.2f ms, p99 %.2f ms, mean %.2f ms over %d queries "
              + "(text, place, program, amount, mixed; top 10 with snippets); CPU per query p50 %.2f ms, p99 %.2f ms%n"
              + "  peak heap       : %.0f MB (max heap %.0f MB); in use after GC once indexed: %.0f MB%n"
              + "  machine         : %d cores, load average %.1f at the end%n",
          requested, files, articles, megabytes / 1e6, threads,
          extractMBps(), articles / extractSeconds, megabytes / 1e6 / extractCpuSeconds,
          indexMBps(), articles / indexSeconds, megabytes / 1e6 / indexCpuSeconds,
          indexMBps() / extractMBps(), extractCpuSeconds / indexCpuSeconds,
          indexBytes / 1e6, indexBytes / (double) Math.max(1, articles),
          p50Millis, p99Millis, meanMillis, queries, p50CpuMillis, p99CpuMillis,
          peakHeapBytes / 1e6, maxHeapBytes / 1e6, liveHeapBytes / 1e6, threads, loadAverage);
    }
  }

  /**
   * Runs the benchmark: generates the archive in {@code work/synthetic-archive} and its index in
   * {@code work/synthetic-index} (both replaced if present), reading
   * paragraphs from the {@code .txt} pages in {@code corpus}, and logs progress to {@code log}.
   */
  static Report run(int n, Path corpus, Path work, PrintStream log) throws IOException, InterruptedException {
    if (n < 1) {
      throw new IllegalArgumentException("--archive needs a positive number of articles, got " + n);
    }
    HeapPeak.reset();
    int threads = Runtime.getRuntime().availableProcessors();
    List<String> paragraphs = QueryMix.paragraphs(corpus);
    // Only what an earlier run of the benchmark made here is removed.
    Path pages = work.resolve("synthetic-archive");
    Path indexDir = work.resolve("synthetic-index");
    deleteRecursively(pages);
    deleteRecursively(indexDir);
    Files.createDirectories(pages);
    log.printf(Locale.ROOT, "generating %d synthetic articles from %d corpus paragraphs in %s%n", n, paragraphs.size(), pages);
    long bytes = generate(n, paragraphs, pages);
    long files = (n + ARTICLES_PER_PAGE - 1) / ARTICLES_PER_PAGE;

    NewsMiner miner = NewsMiner.builder().checks(false).build();
    // Models load before the clock starts, so neither phase pays for loading them.
    miner.process(paragraphs.get(0));
    WordSegmenter.models().segment(paragraphs.get(0), 0, paragraphs.get(0).length(), (s, e) -> { });
    log.printf(Locale.ROOT, "extraction only ...%n");
    long cpu0 = processCpuNanos();
    double extractSeconds = extractOnly(miner, pages, files, threads);
    double extractCpu = (processCpuNanos() - cpu0) / 1e9;

    log.printf(Locale.ROOT, "indexing ...%n");
    long cpu1 = processCpuNanos();
    IndexRun.Totals t;
    try (ArchiveIndexer indexer = ArchiveIndexer.open(indexDir, miner)) {
      t = new IndexRun(indexer, threads, 10, true, ArchiveBenchmark::utf8, new IndexRun.Listener() {
        @Override
        public void bad(String name, String why) {
          log.printf(Locale.ROOT, "%s: %s%n", name, why);
        }
      }).run(pageFiles(pages, files));
    }
    double indexCpu = (processCpuNanos() - cpu1) / 1e9;
    long indexBytes = size(indexDir);
    // What indexing left in memory: the peak includes garbage the collector had not yet reclaimed.
    System.gc();
    long liveHeap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();

    log.printf(Locale.ROOT, "querying ...%n");
    double[] lat;
    double[] cpuLat;
    try (ArchiveSearcher searcher = ArchiveSearcher.open(indexDir)) {
      List<SearchRequest> mix = QueryMix.of(paragraphs, new Random(7));
      for (int i = 0; i < WARMUP; i++) {
        searcher.search(mix.get(i % mix.size()));
      }
      lat = new double[QUERIES];
      cpuLat = new double[QUERIES];
      ThreadMXBean tm = ManagementFactory.getThreadMXBean();
      for (int i = 0; i < QUERIES; i++) {
        long c0 = tm.getCurrentThreadCpuTime();
        long q0 = System.nanoTime();
        searcher.search(mix.get((i * 7919) % mix.size()));
        lat[i] = (System.nanoTime() - q0) / 1e6;
        cpuLat[i] = (tm.getCurrentThreadCpuTime() - c0) / 1e6;
      }
    }
    Arrays.sort(lat);
    Arrays.sort(cpuLat);
    double mean = Arrays.stream(lat).average().orElse(0);
    return new Report(n, files, t.articles(), bytes, threads, extractSeconds, t.seconds(), extractCpu, indexCpu,
        indexBytes, percentile(lat, 50), percentile(lat, 99), mean, percentile(cpuLat, 50),
        percentile(cpuLat, 99), QUERIES, HeapPeak.bytes(), liveHeap, Runtime.getRuntime().maxMemory(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static double percentile(double[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  /** Writes the synthetic pages; returns their total size in bytes. */
  private static long generate(int n, List<String> paragraphs, Path pages) throws IOException {
    Random rnd = new Random(42);
    long bytes = 0;
    for (int page = 0, done = 0; done < n; page++) {
      StringBuilder sb = new StringBuilder();
      for (int a = 0; a < ARTICLES_PER_PAGE && done < n; a++, done++) {
        String title = paragraphs.get(rnd.nextInt(paragraphs.size()));
        sb.append(title, 0, Math.min(title.length(), 18)).append("\n\n");
        int paras = 3 + rnd.nextInt(6);
        for (int k = 0; k < paras; k++) {
          sb.append(paragraphs.get(rnd.nextInt(paragraphs.size()))).append("\n\n");
        }
        sb.append("\n");
      }
      Path f = pages.resolve(name(page));
      Files.createDirectories(f.getParent());
      try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
        w.write(sb.toString());
      }
      bytes += Files.size(f);
    }
    return bytes;
  }

  private static String name(int page) {
    return String.format(Locale.ROOT, "%03d/synthetic-%07d.txt", page / 1000, page);
  }

  /** The page files in order, lazily: no list of the whole archive. */
  private static Iterable<Path> pageFiles(Path pages, long files) {
    return () -> new Iterator<>() {
      int i;

      @Override
      public boolean hasNext() {
        return i < files;
      }

      @Override
      public Path next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return pages.resolve(name(i++));
      }
    };
  }

  private static double extractOnly(NewsMiner miner, Path pages, long files, int threads)
      throws InterruptedException {
    long t0 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Semaphore inFlight = new Semaphore(threads * 2);
    AtomicLong sink = new AtomicLong();
    try {
      for (Path f : pageFiles(pages, files)) {
        inFlight.acquire();
        pool.execute(() -> {
          try {
            String text = utf8(f.toString(), Files.readAllBytes(f));
            sink.addAndGet(miner.process(text).articles().size());
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          } finally {
            inFlight.release();
          }
        });
      }
    } finally {
      pool.shutdown();
      pool.awaitTermination(365, TimeUnit.DAYS);
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  private static String utf8(String name, byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** CPU time of this process (all threads), so throughput can be told apart from a busy machine. */
  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return System.nanoTime();
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.delete(p);
      }
    }
  }
}
