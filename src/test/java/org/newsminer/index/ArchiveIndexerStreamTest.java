package org.newsminer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long page indexed window by window holds the same articles as indexed in one piece, replaces what
 * the index held for it, and leaves nothing of itself when it turns out to be binary part way.
 */
class ArchiveIndexerStreamTest {
  private static final String PAGE = "铺展增收新路子\n——某县多点发力促农牧民增收\n"
      + "今年以来，某县统筹整合资金12.5亿元，实施项目138个，农牧民人均可支配收入增长9.6%。\n"
      + "本报拉萨讯（记者 李明）近日，某街道组织文艺汇演进社区活动，投入资金50万元。\n";

  @TempDir
  Path dir;

  private static List<String> spans(Path index) throws IOException {
    List<String> out = new ArrayList<>();
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(index))) {
      for (int d = 0; d < r.maxDoc(); d++) {
        var doc = r.storedFields().document(d);
        out.add(doc.get(ArchiveFields.ARTICLE) + " " + doc.get(ArchiveFields.START) + "-" + doc.get(ArchiveFields.END)
            + " " + doc.get(ArchiveFields.TITLE));
      }
    }
    out.sort(null);
    return out;
  }

  @Test
  void streamedPageEqualsWholePage() throws IOException {
    String text = PAGE.repeat(30);
    try (ArchiveIndexer ix = ArchiveIndexer.open(dir.resolve("whole"))) {
      ix.indexPage("p", text, "s");
    }
    try (ArchiveIndexer ix = ArchiveIndexer.open(dir.resolve("stream"))) {
      ix.indexPage("p", PAGE, "old"); // replaced
      ix.commit();
      assertEquals(60, ix.indexStream("p", "s", new StringReader(text), 1000).articles());
    }
    assertEquals(spans(dir.resolve("whole")), spans(dir.resolve("stream")));
  }

  @Test
  void binaryPartWayLeavesNothing() throws IOException {
    try (ArchiveIndexer ix = ArchiveIndexer.open(dir.resolve("bin"))) {
      assertThrows(IllegalArgumentException.class,
          () -> ix.indexStream("p", "s", new StringReader(PAGE.repeat(30) + "\0" + PAGE), 1000));
    }
    assertEquals(List.of(), spans(dir.resolve("bin")));
  }
}
