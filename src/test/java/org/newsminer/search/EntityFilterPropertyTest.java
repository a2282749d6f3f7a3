package org.newsminer.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsminer.MinedArticle;
import org.newsminer.MinedPage;
import org.newsminer.NewsMiner;
import org.newsminer.entity.Entity;
import org.newsminer.entity.Money;
import org.newsminer.entity.Place;
import org.newsminer.entity.Program;
import org.newsminer.index.ArchiveIndexer;

/**
 * Whatever the extractors find in the corpus, the filters find it: every article is found by each
 * place on the path of every place it names, by each program it names (and its kind), and by each
 * money value it states. Skipped (visibly) while no extractor finds anything.
 */
class EntityFilterPropertyTest {
  @TempDir
  Path dir;

  @Test
  void everyExtractedEntityFindsItsArticle() throws Exception {
    NewsMiner miner = NewsMiner.builder().checks(false).build();
    record Expect(String source, int article, SearchRequest request, String what) {}
    List<Expect> expects = new ArrayList<>();
    try (ArchiveIndexer ix = ArchiveIndexer.open(dir);
        var files = Files.list(Path.of("corpus"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        MinedPage page = miner.process(Files.readString(f, StandardCharsets.UTF_8));
        String source = f.getFileName().toString();
        ix.replace(source, "t", page);
        for (MinedArticle a : page.articles()) {
          for (Entity e : a.entities()) {
            if (e instanceof Place p) {
              for (String level : p.path().isEmpty() ? List.of(p.name()) : p.path()) {
                expects.add(new Expect(source, a.number(), SearchRequest.builder().place(level).limit(10_000).build(),
                    "place " + level + " for " + p.text()));
              }
            } else if (e instanceof Program p) {
              expects.add(new Expect(source, a.number(), SearchRequest.builder().program(p.name()).limit(10_000).build(),
                  "program " + p.name()));
              expects.add(new Expect(source, a.number(), SearchRequest.builder().program(p.kind().name())
                  .limit(10_000).build(), "program kind " + p.kind()));
            } else if (e instanceof Money m && m.currency().equals("CNY")) {
              BigDecimal v = m.value();
              expects.add(new Expect(source, a.number(), SearchRequest.builder().moneyMin(v).moneyMax(v)
                  .limit(10_000).build(), "money " + m.text()));
            }
          }
        }
      }
    }
    Assumptions.assumeTrue(!expects.isEmpty(), "no extractor found entities in the corpus yet");
    int checked = 0;
    try (ArchiveSearcher s = ArchiveSearcher.open(dir)) {
      for (Expect x : expects) {
        Set<String> found = new HashSet<>();
        s.search(x.request()).hits().forEach(h -> found.add(h.source() + "#" + h.article()));
        assertTrue(found.contains(x.source() + "#" + x.article()), x.what() + " should find " + x.source()
            + " #" + x.article());
        checked++;
      }
    }
    System.out.printf("entity filters: %d expectations hold%n", checked);
  }
}
