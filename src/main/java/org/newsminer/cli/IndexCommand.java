package org.newsminer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.newsminer.index.ArchiveIndexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsminer index}: mines page files and writes their articles into a Lucene index. Pages are
 * committed in batches of whole files; a file indexed again replaces its articles; files already
 * committed with the same content are skipped, so an interrupted run completes when run again.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = "Index pages (files or directories of .txt) into an archive for `newsminer search`.")
final class IndexCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index directory (created if missing).")
  Path index;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--force", description = "Re-index files even when their content is already indexed.")
  boolean force;

  @Option(names = "--commit-seconds", paramLabel = "S", defaultValue = "5",
      description = "Commit at least this often (default: ${DEFAULT-VALUE}); each commit holds whole files only.")
  double commitSeconds;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories of .txt files.")
  List<String> paths;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Inputs inputs = new Inputs(err, System.in);
    List<Path> files = expand(inputs);
    long t0 = System.nanoTime();
    AtomicLong done = new AtomicLong();
    AtomicLong unchanged = new AtomicLong();
    AtomicLong bad = new AtomicLong();
    AtomicLong articles = new AtomicLong();
    AtomicLong entities = new AtomicLong();
    int workers = Math.max(1, threads);
    ProgressBar bar = System.console() == null ? null : new ProgressBarBuilder().setTaskName("index")
        .setInitialMax(files.size()).setStyle(ProgressBarStyle.ASCII).setConsumer(
            new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).setUnit(" files", 1).build();
    try (ArchiveIndexer indexer = ArchiveIndexer.open(index)) {
      ExecutorService pool = Executors.newFixedThreadPool(workers);
      // Bounds the files in flight, so memory does not grow with the archive.
      Semaphore inFlight = new Semaphore(workers * 2);
      long lastCommit = System.nanoTime();
      try {
        for (Path f : files) {
          inFlight.acquire();
          pool.execute(() -> {
            try {
              indexOne(indexer, inputs, f, unchanged, bad, articles, entities);
            } finally {
              done.incrementAndGet();
              if (bar != null) {
                bar.step();
              }
              inFlight.release();
            }
          });
          if (System.nanoTime() - lastCommit > commitSeconds * 1e9) {
            indexer.commit();
            lastCommit = System.nanoTime();
          }
        }
      } finally {
        pool.shutdown();
        pool.awaitTermination(365, TimeUnit.DAYS);
      }
      indexer.commit();
    } finally {
      if (bar != null) {
        bar.close();
      }
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    out.printf("indexed %d files (%d unchanged, %d bad): %d articles, %d entities in %.1f s%n",
        files.size() - unchanged.get() - bad.get(), unchanged.get(), bad.get(), articles.get(),
        entities.get(), secs);
    out.flush();
    return inputs.failed() || bad.get() > 0 ? 1 : 0;
  }

  private void indexOne(ArchiveIndexer indexer, Inputs inputs, Path f, AtomicLong unchanged,
      AtomicLong bad, AtomicLong articles, AtomicLong entities) {
    String name = f.toString();
    try {
      byte[] bytes = Files.readAllBytes(f);
      String source = ArchiveIndexer.sourceOf(f);
      String sig = ArchiveIndexer.signature(bytes);
      if (!force && indexer.isCurrent(source, sig)) {
        unchanged.incrementAndGet();
        return;
      }
      String text;
      synchronized (inputs) {
        text = inputs.decode(name, bytes);
      }
      if (text == null) {
        bad.incrementAndGet();
        return;
      }
      ArchiveIndexer.Stats s = indexer.indexPage(source, text, sig);
      articles.addAndGet(s.articles());
      entities.addAndGet(s.entities());
    } catch (NoSuchFileException e) {
      fail(inputs, name, "no such file", bad);
    } catch (IOException | RuntimeException e) {
      // Nothing of the file reached the index: its articles are added in one step at the end.
      fail(inputs, name, "cannot index: " + (e.getMessage() == null ? e.toString() : e.getMessage()), bad);
    }
  }

  private static void fail(Inputs inputs, String name, String why, AtomicLong bad) {
    synchronized (inputs) {
      inputs.fail(name, why);
    }
    bad.incrementAndGet();
  }

  /** The files named by the PATH arguments: files as given, directories' .txt files sorted. */
  private List<Path> expand(Inputs inputs) {
    List<Path> files = new ArrayList<>();
    for (String arg : paths) {
      Path p = Path.of(arg);
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          List<Path> found = walk.filter(f -> Files.isRegularFile(f) && f.toString().endsWith(".txt")).sorted().toList();
          if (found.isEmpty()) {
            inputs.fail(arg, "directory holds no .txt files");
          }
          files.addAll(found);
        } catch (IOException e) {
          inputs.fail(arg, "cannot list directory: " + e.getMessage());
        }
      } else if (!Files.exists(p)) {
        inputs.fail(arg, "no such file");
      } else {
        files.add(p);
      }
    }
    return files;
  }
}
