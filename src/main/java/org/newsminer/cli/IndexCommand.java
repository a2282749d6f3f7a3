package org.newsminer.cli;

import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
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
    Iterable<Path> files = inputs.files(paths);
    ProgressBar bar = System.console() == null ? null : new ProgressBarBuilder().setTaskName("index")
        // Counted by a silent walk, so each skipped link is noted once.
        .setInitialMax(count(new Inputs(new PrintWriter(Writer.nullWriter()), System.in).files(paths)))
        .setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUnit(" files", 1).build();
    IndexRun.Totals t;
    try (ArchiveIndexer indexer = ArchiveIndexer.open(index)) {
      IndexRun.Decoder decoder = new IndexRun.Decoder() {
        @Override
        public String decode(String name, byte[] bytes) {
          return inputs.decode(name, bytes);
        }

        @Override
        public Reader open(String name, Path file) {
          Inputs.Opened in = inputs.open(new Inputs.Source(name, false));
          return in == null ? null : in.reader();
        }

        @Override
        public boolean streams() {
          return true;
        }
      };
      t = new IndexRun(indexer, Math.max(1, threads), commitSeconds, force, decoder,
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
    out.printf(Locale.ROOT, "indexed %d files (%d unchanged, %d bad): %d articles, %d entities in %.1f s%n",
        t.files(), t.unchanged(), inputs.failures(), t.articles(), t.entities(), t.seconds());
    out.flush();
    return inputs.failed() ? 1 : 0;
  }

  private static long count(Iterable<Path> files) {
    long n = 0;
    for (Path ignored : files) {
      n++;
    }
    return n;
  }
}
