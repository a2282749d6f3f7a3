package org.newsminer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsminer.index.ArchiveIndexer;

/** {@code bench --serve} runs end to end on the bundled pages: every endpoint answers, none fails. */
class ServeBenchmarkTest {
  @TempDir
  Path tmp;

  @Test
  void everyEndpointIsDrivenWithoutErrors() throws Exception {
    Path corpus = Path.of("corpus");
    List<Path> pages;
    try (Stream<Path> files = Files.list(corpus)) {
      pages = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    try (ArchiveIndexer ix = ArchiveIndexer.open(tmp)) {
      for (Path p : pages) {
        ix.indexFile(p);
      }
    }
    ServeBenchmark.Report r = ServeBenchmark.run(tmp, corpus, 2, 0.3,
        new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
    assertEquals(List.of("GET /api/search", "  same, facets=0", "GET /api/articles/{id}", "POST /api/check",
        "POST /api/extract"), r.endpoints().stream().map(ServeBenchmark.Endpoint::name).toList());
    for (ServeBenchmark.Endpoint e : r.endpoints()) {
      assertTrue(e.requests() > 0, e.name());
      assertEquals(0, e.errors(), e.name());
    }
    assertTrue(r.format().contains("p99 ms"));
  }
}
