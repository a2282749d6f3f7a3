package org.newsminer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsminer.index.ArchiveIndexer;

/** A searcher open while an indexer writes sees each commit, and nothing uncommitted. */
class ConcurrentSearchTest {
  @TempDir
  Path dir;

  @Test
  void searcherSeesLastCommit() throws Exception {
    String a = Files.readString(Path.of("corpus/000_43268a8e56779e13.txt"));
    String b = Files.readString(Path.of("corpus/003_41a1328b350856c5.txt"));
    try (ArchiveIndexer ix = ArchiveIndexer.open(dir)) {
      int na = ix.indexPage("a", a, "1").articles();
      ix.commit();
      try (ArchiveSearcher s = ArchiveSearcher.open(dir)) {
        assertEquals(na, s.articleCount());
        assertEquals(0, s.search(SearchRequest.of("万企兴万村")).total());
        int nb = ix.indexPage("b", b, "1").articles();
        assertEquals(na, s.articleCount()); // not committed yet
        ix.commit();
        assertEquals(na + nb, s.articleCount());
        assertEquals(new org.newsminer.text.Normalizer().normalize(b).text().contains("万企兴万村") ? 1 : 0, Math.min(1, s.search(SearchRequest.of("万企兴万村")).total()));
      }
    }
  }
}
