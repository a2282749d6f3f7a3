package org.newsminer.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.newsminer.index.ArchiveIndexer;
import org.newsminer.index.IndexRun;
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
    Iterable<Path> files = expand(inputs);
    ProgressBar bar = System.console() == null ? null : new ProgressBarBuilder().setTaskName("index")
        .setInitialMax(count(files)).setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUnit(" files", 1).build();
    IndexRun.Totals t;
    try (ArchiveIndexer indexer = ArchiveIndexer.open(index)) {
      t = new IndexRun(indexer, Math.max(1, threads), commitSeconds, force, inputs::decode,
          new IndexRun.Listener() {
            @Override
            public void bad(String name, String why) {
              inputs.fail(name, why);
            }

            @Override
            public void done(String name) {
              if (bar != null) {
                bar.step();
              }
            }
          }).run(files);
    } finally {
      if (bar != null) {
        bar.close();
      }
    }
    out.printf("indexed %d files (%d unchanged, %d bad): %d articles, %d entities in %.1f s%n",
        t.files(), t.unchanged(), t.bad() + rejectedPaths, t.articles(), t.entities(), t.seconds());
    out.flush();
    return inputs.failed() || t.bad() > 0 ? 1 : 0;
  }

  /**
   * The files named by the PATH arguments, as a stream: files as given, directories walked depth-first
   * with each directory's entries sorted, so memory holds one listing per level, never the archive.
   */
  /** PATH arguments reported as bad before indexing (missing, or directories without pages). */
  private int rejectedPaths;

  private Iterable<Path> expand(Inputs inputs) {
    List<Path> roots = new ArrayList<>();
    for (String arg : paths) {
      Path p = Path.of(arg);
      if (!Files.exists(p)) {
        inputs.fail(arg, "no such file");
        rejectedPaths++;
      } else if (Files.isDirectory(p) && !walk(p).hasNext()) {
        inputs.fail(arg, "directory holds no .txt files");
        rejectedPaths++;
      } else {
        roots.add(p);
      }
    }
    return () -> roots.stream().flatMap(p -> Files.isDirectory(p)
        ? StreamSupport.stream(Spliterators.spliteratorUnknownSize(walk(p), Spliterator.ORDERED), false)
        : Stream.of(p)).iterator();
  }

  private static long count(Iterable<Path> files) {
    long n = 0;
    for (Path ignored : files) {
      n++;
    }
    return n;
  }

  /** The .txt files under {@code dir}, depth-first, entries of each directory in name order. */
  static Iterator<Path> walk(Path dir) {
    return new Iterator<>() {
      private final Deque<Iterator<Path>> stack = new ArrayDeque<>(List.of(list(dir)));
      private Path next = advance();

      private Path advance() {
        while (!stack.isEmpty()) {
          Iterator<Path> top = stack.peek();
          if (!top.hasNext()) {
            stack.pop();
            continue;
          }
          Path p = top.next();
          if (Files.isDirectory(p)) {
            stack.push(list(p));
          } else if (Files.isRegularFile(p) && p.getFileName().toString().endsWith(".txt")) {
            return p;
          }
        }
        return null;
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public Path next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        Path p = next;
        next = advance();
        return p;
      }
    };
  }

  private static Iterator<Path> list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList().iterator();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list directory " + dir + ": " + e.getMessage(), e);
    }
  }
}
