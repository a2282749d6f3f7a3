package org.newsminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsminer.NewsMiner;
import org.newsminer.index.ArchiveFields;
import org.newsminer.index.ArchiveIndexer;
import picocli.CommandLine;

/**
 * {@code newsminer index} killed with SIGKILL mid-run leaves an index that opens, holds every page it
 * holds wholly (never half a page, never a page twice), and a second run completes it.
 */
class IndexCrashTest {
  @TempDir
  Path tmp;

  @Test
  void killedRunLeavesWholePagesAndRerunCompletes() throws Exception {
    Path pages = Files.createDirectories(tmp.resolve("pages"));
    List<Path> corpus;
    try (Stream<Path> s = Files.list(Path.of("corpus"))) {
      corpus = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    NewsMiner miner = NewsMiner.builder().checks(false).build();
    Map<String, Integer> expected = new HashMap<>();
    for (int i = 0; i < 400; i++) {
      String text = "第" + i + "版\n\n" + Files.readString(corpus.get(i % corpus.size()), StandardCharsets.UTF_8);
      Path f = pages.resolve(String.format("page%04d.txt", i));
      Files.writeString(f, text, StandardCharsets.UTF_8);
      expected.put(ArchiveIndexer.sourceOf(f), miner.process(text).articles().size());
    }
    int total = expected.values().stream().mapToInt(Integer::intValue).sum();
    Path index = tmp.resolve("index");

    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-cp", System.getProperty("java.class.path"), "org.newsminer.cli.Main",
        "index", "--index", index.toString(), "--commit-seconds", "0.1", "--threads", "1", pages.toString())
        .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    int seen = 0;
    try (Directory d = FSDirectory.open(index)) {
      while (p.isAlive() && System.nanoTime() < deadline) {
        if (Files.isDirectory(index) && DirectoryReader.indexExists(d)) {
          try (DirectoryReader r = DirectoryReader.open(d)) {
            seen = r.numDocs();
          }
          if (seen > 0) {
            break;
          }
        }
        Thread.sleep(20);
      }
    }
    assertTrue(p.isAlive(), "the run ended before it could be killed: " + Files.readString(tmp.resolve("child.log")));
    p.destroyForcibly(); // SIGKILL
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));

    int afterCrash = checkWholePages(index, expected);
    assertTrue(afterCrash >= seen && afterCrash < total, "after crash: " + afterCrash + " of " + total);

    StringWriter out = new StringWriter();
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(new StringWriter()));
    assertEquals(0, cl.execute("index", "--index", index.toString(), pages.toString()));
    assertEquals(total, checkWholePages(index, expected));
    assertTrue(out.toString().contains("unchanged"), out.toString());
    System.out.printf("crash test: killed after %d of %d articles committed; rerun: %s", afterCrash, total, out);
  }

  /** Asserts every source in the index has all its articles exactly once; returns the article count. */
  private static int checkWholePages(Path index, Map<String, Integer> expected) throws IOException {
    Map<String, Integer> count = new HashMap<>();
    try (Directory d = FSDirectory.open(index); DirectoryReader r = DirectoryReader.open(d)) {
      for (int i = 0; i < r.maxDoc(); i++) {
        if (r.numDeletedDocs() > 0 && org.apache.lucene.index.MultiBits.getLiveDocs(r) != null
            && !org.apache.lucene.index.MultiBits.getLiveDocs(r).get(i)) {
          continue;
        }
        count.merge(r.storedFields().document(i).get(ArchiveFields.SOURCE), 1, Integer::sum);
      }
    }
    count.forEach((src, n) -> assertEquals(expected.get(src), n, src));
    return count.values().stream().mapToInt(Integer::intValue).sum();
  }
}
