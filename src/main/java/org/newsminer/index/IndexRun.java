package org.newsminer.index;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.newsminer.WindowedMiner;

/**
 * Indexes a stream of page files with a few worker threads, committing whole files every few seconds:
 * the engine of {@code newsminer index} and of the archive benchmark. At most two files per worker are
 * in memory at once, whatever the number of files. Files already committed with the same content are
 * skipped unless {@code force}. Not thread-safe; {@link #run} once per instance.
 */
public final class IndexRun {

  /** Turns a file's bytes into text, or reports why not and returns null. Called from one thread at a time. */
  public interface Decoder {
    String decode(String name, byte[] bytes);

    /**
     * Opens a large file as text read as a stream, or returns null after reporting why it cannot be
     * read; the default reads large files whole, like small ones. Called from one thread at a time.
     */
    default Reader open(String name, Path file) throws IOException {
      return null;
    }

    /** Whether {@link #open} is implemented. */
    default boolean streams() {
      return false;
    }
  }

  /** Files at least this large are mined and indexed window by window: memory holds one window. */
  public static final long STREAM_BYTES = 8L << 20;

  /** Hears about files as they are done. Called from one thread at a time. */
  public interface Listener {
    default void bad(String name, String why) {}

    default void done(String name) {}
  }

  /** Totals of a run. */
  public record Totals(long files, long unchanged, long bad, long articles, long entities, long bytes,
      double seconds) {}

  private final ArchiveIndexer indexer;
  private final int threads;
  private final double commitSeconds;
  private final boolean force;
  private final Decoder decoder;
  private final Listener listener;
  private final AtomicLong unchanged = new AtomicLong();
  private final AtomicLong bad = new AtomicLong();
  private final AtomicLong articles = new AtomicLong();
  private final AtomicLong entities = new AtomicLong();
  private final AtomicLong bytes = new AtomicLong();

  public IndexRun(ArchiveIndexer indexer, int threads, double commitSeconds, boolean force, Decoder decoder,
      Listener listener) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    this.indexer = indexer;
    this.threads = threads;
    this.commitSeconds = commitSeconds;
    this.force = force;
    this.decoder = decoder;
    this.listener = listener;
  }

  /** Indexes {@code files} and commits; returns the totals. */
  public Totals run(Iterable<Path> files) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    long n = 0;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Semaphore inFlight = new Semaphore(threads * 2);
    long lastCommit = System.nanoTime();
    try {
      for (Path f : files) {
        n++;
        inFlight.acquire();
        pool.execute(() -> {
          try {
            indexOne(f);
          } finally {
            synchronized (listener) {
              listener.done(f.toString());
            }
            inFlight.release();
          }
        });
        if (System.nanoTime() - lastCommit > commitSeconds * 1e9) {
          // Whole files only: each file's articles reach the writer in one atomic update.
          indexer.commit();
          lastCommit = System.nanoTime();
        }
      }
    } finally {
      pool.shutdown();
      pool.awaitTermination(365, TimeUnit.DAYS);
    }
    indexer.commit();
    return new Totals(n - unchanged.get() - bad.get(), unchanged.get(), bad.get(), articles.get(),
        entities.get(), bytes.get(), (System.nanoTime() - t0) / 1e9);
  }

  private void indexOne(Path f) {
    String name = f.toString();
    try {
      if (decoder.streams() && Files.size(f) >= STREAM_BYTES) {
        indexLarge(f);
        return;
      }
      byte[] content = Files.readAllBytes(f);
      String source = ArchiveIndexer.sourceOf(f);
      String sig = ArchiveIndexer.signature(content);
      if (!force && indexer.isCurrent(source, sig)) {
        unchanged.incrementAndGet();
        return;
      }
      String text;
      synchronized (decoder) {
        text = decoder.decode(name, content);
      }
      if (text == null) {
        bad.incrementAndGet();
        return;
      }
      ArchiveIndexer.Stats s = indexer.indexPage(source, text, sig);
      articles.addAndGet(s.articles());
      entities.addAndGet(s.entities());
      bytes.addAndGet(content.length);
    } catch (NoSuchFileException e) {
      fail(name, "no such file");
    } catch (IOException | RuntimeException e) {
      // Nothing of the file reached the index: its articles are added in one step at the end.
      fail(name, "cannot index: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
    }
  }

  /** A large file: signed and mined as streams, so memory holds one window of it. */
  private void indexLarge(Path f) throws IOException {
    String name = f.toString();
    String source = ArchiveIndexer.sourceOf(f);
    String sig = ArchiveIndexer.signature(f);
    if (!force && indexer.isCurrent(source, sig)) {
      unchanged.incrementAndGet();
      return;
    }
    Reader text;
    synchronized (decoder) {
      text = decoder.open(name, f);
    }
    if (text == null) {
      bad.incrementAndGet();
      return;
    }
    try (text) {
      ArchiveIndexer.Stats s = indexer.indexStream(source, sig, text, WindowedMiner.WINDOW);
      if (s.articles() == 0) {
        fail(name, "empty file (only whitespace)");
        return;
      }
      articles.addAndGet(s.articles());
      entities.addAndGet(s.entities());
      bytes.addAndGet(Files.size(f));
    }
  }

  private void fail(String name, String why) {
    bad.incrementAndGet();
    synchronized (listener) {
      listener.bad(name, why);
    }
  }
}
