package org.newsminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsminer.JsonCodec;

/**
 * Issue 14's hostile inputs, each reproduced as a user meets it: one clear line on stderr, a non-zero
 * exit where it is an error, never a stack trace, and the other inputs still processed. Invented pages.
 */
class HostileInputsTest {
  private static final String PAGE = "铺展增收新路子\n——某县多点发力促农牧民增收\n"
      + "今年以来，某县统筹整合资金12.5亿元，实施项目138个，农牧民人均可支配收入增长9.6%。\n"
      + "本报拉萨讯（记者 李明）近日，某街道组织文艺汇演进社区活动，投入资金50万元。\n";

  @TempDir
  Path dir;

  private Path write(Path p, String text) throws IOException {
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  private static List<String> sources(String jsonl) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : jsonl.lines().toList()) {
      out.add(JsonCodec.parse(line).get("source").asText());
    }
    return out;
  }

  /** Defect 2: a directory is read one file at a time as the pages are mined, not ahead of them. */
  @Test
  void directoryIsReadLazily() throws IOException {
    write(dir.resolve("d/a.txt"), PAGE);
    Path b = write(dir.resolve("d/b.txt"), PAGE);
    StringWriter err = new StringWriter();
    Inputs inputs = new Inputs(new PrintWriter(err), System.in);
    Iterator<Inputs.Input> it = inputs.read(List.of(dir.resolve("d").toString())).iterator();
    assertTrue(it.next().source().endsWith("a.txt"));
    Files.delete(b); // had b been read ahead, it would still arrive
    while (it.hasNext()) {
      it.next();
    }
    assertTrue(err.toString().contains("b.txt: no such file"), err.toString());
  }

  /** Defect 2: a long file is mined window by window with the same articles as in one piece. */
  @Test
  void longFileIsMinedInWindowsWithTheSameArticles() throws IOException {
    String text = PAGE.repeat(40);
    Path f = write(dir.resolve("long.txt"), text);
    List<JsonNode> whole = mine(f, 1 << 20);
    List<JsonNode> windows = mine(f, 1000);
    assertEquals(whole.size(), windows.size());
    for (int i = 0; i < whole.size(); i++) {
      assertEquals(whole.get(i), windows.get(i), "article " + (i + 1));
    }
  }

  private static List<JsonNode> mine(Path f, int window) throws IOException {
    Inputs inputs = new Inputs(new PrintWriter(new StringWriter()), System.in);
    List<JsonNode> out = new ArrayList<>();
    new PageStream(inputs, org.newsminer.NewsMiner.builder().build(), window, false)
        .mine(List.of(f.toString()), (w, a) -> out.add(JsonCodec.article(w.source(), a)));
    return out;
  }

  /** Defect 3: output that cannot be written (a full disk) is an error, not exit 0. */
  @Test
  void writeErrorIsReported() throws IOException {
    Path page = write(dir.resolve("p.txt"), PAGE);
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    for (String cmd : List.of("extract", "check")) {
      StringWriter err = new StringWriter();
      int status = Main.run(Output.of(full), new PrintWriter(err), cmd, page.toString());
      assertNotEquals(0, status, cmd);
      assertEquals(1, err.toString().lines().count(), err.toString());
      assertTrue(err.toString().contains("cannot write the output: No space left on device"), err.toString());
    }
  }

  /** Defect 4: links met while walking are not followed: no loop, no escape, one page indexed once. */
  @Test
  void symbolicLinksAreNotFollowedWhileWalking() throws IOException {
    Path d = dir.resolve("d");
    write(d.resolve("p.txt"), PAGE);
    Files.createSymbolicLink(d.resolve("self"), Path.of("."));
    Files.createSymbolicLink(d.resolve("up"), Path.of(".."));
    write(dir.resolve("outside.txt"), PAGE);
    CliRun r = CliRun.of("extract", d.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals(List.of(d.resolve("p.txt").toString()), sources(r.out()).stream().distinct().toList());
    assertTrue(r.err().contains("self: symbolic link, not followed"), r.err());
    CliRun ix = CliRun.of("index", "--index", dir.resolve("idx").toString(), d.toString());
    assertEquals(0, ix.status(), ix.err());
    assertTrue(ix.out().startsWith("indexed 1 files"), ix.out());
  }

  /** Defect 5: another application's Lucene index is neither written into nor searched. */
  @Test
  void foreignIndexIsRefused() throws IOException {
    Path foreign = dir.resolve("foreign");
    try (IndexWriter w = new IndexWriter(FSDirectory.open(foreign), new IndexWriterConfig())) {
      Document doc = new Document();
      doc.add(new StringField("id", "42", Field.Store.YES));
      w.addDocument(doc);
    }
    Path page = write(dir.resolve("p.txt"), PAGE);
    for (CliRun r : List.of(CliRun.of("index", "--index", foreign.toString(), page.toString()),
        CliRun.of("search", "--index", foreign.toString()))) {
      assertNotEquals(0, r.status());
      assertEquals(1, r.errLines().size(), r.err());
      assertTrue(r.err().contains("another application's Lucene index"), r.err());
    }
  }

  /** Defect 6: searching a missing index creates nothing. */
  @Test
  void searchCreatesNoDirectory() {
    Path missing = dir.resolve("x/a/b");
    CliRun r = CliRun.of("search", "--index", missing.toString(), "扶贫");
    assertNotEquals(0, r.status());
    assertTrue(r.err().contains("no index in"), r.err());
    assertFalse(Files.exists(dir.resolve("x")), "search left a directory behind");
  }

  /** Defect 7: an index path that is a file, a truncated gold file, a huge query: one clear line each. */
  @Test
  void clearMessages() throws IOException {
    Path file = write(dir.resolve("f"), "x");
    CliRun r = CliRun.of("index", "--index", file.toString(), file.toString());
    assertNotEquals(0, r.status());
    assertTrue(r.err().contains("a file, not an index directory"), r.err());
    r = CliRun.of("search", "--index", file.toString(), "扶贫");
    assertTrue(r.err().contains("a file, not an index directory"), r.err());

    Path page = write(dir.resolve("pages/p.txt"), PAGE);
    write(dir.resolve("gold/p.json"), "{\"annotates\": [\"MONEY\"], \"entities\": [ {\"type\": ");
    r = CliRun.of("eval", "--gold", dir.resolve("gold").toString(), page.toString());
    assertEquals(1, r.errLines().size(), r.err());
    assertTrue(r.err().contains("not valid JSON at line 1"), r.err());
    assertFalse(r.err().contains("Source:") || r.err().contains("marker"), "no parser internals: " + r.err());

    Path idx = dir.resolve("idx");
    assertEquals(0, CliRun.of("index", "--index", idx.toString(), page.toString()).status());
    StringBuilder q = new StringBuilder();
    for (int i = 0; i < 3400; i++) {
      q.append("词").append(i).append(' ');
    }
    r = CliRun.of("search", "--index", idx.toString(), q.toString());
    assertNotEquals(0, r.status());
    assertEquals(1, r.errLines().size(), r.err());
    assertTrue(r.err().contains("query too long"), r.err());
  }

  /** Defect 8: a walk skips annotation folders and hidden entries; the README's commands work on the corpus. */
  @Test
  void walkSkipsAnnotationsAndHiddenEntries() throws IOException {
    Path d = dir.resolve("pages");
    write(d.resolve("p.txt"), PAGE);
    write(d.resolve("gold/tools/pp/not_programs.txt"), "乡村振兴\n脱贫攻坚\n");
    write(d.resolve(".cache/q.txt"), PAGE);
    write(d.resolve("2022/05/p2.txt"), PAGE);
    CliRun r = CliRun.of("extract", d.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals(List.of(d.resolve("2022/05/p2.txt").toString(), d.resolve("p.txt").toString()),
        sources(r.out()).stream().distinct().toList());

    CliRun eval = CliRun.of("eval", "--gold", "corpus/gold", "corpus/");
    assertEquals(0, eval.status(), eval.err());
    assertTrue(eval.out().startsWith("5 pages"), eval.out());
  }

  /** Defect 10: UTF-16 with a byte-order mark is decoded; without one, the error names the encoding. */
  @Test
  void utf16() throws IOException {
    Path utf8 = write(dir.resolve("u8.txt"), PAGE);
    byte[] le = ("\uFEFF" + PAGE).getBytes(StandardCharsets.UTF_16LE);
    byte[] be = ("\uFEFF" + PAGE).getBytes(StandardCharsets.UTF_16BE);
    Path pLe = Files.write(dir.resolve("le.txt"), le);
    Path pBe = Files.write(dir.resolve("be.txt"), be);
    String expected = CliRun.of("extract", utf8.toString()).out().replace(utf8.toString(), "X");
    for (Path p : List.of(pLe, pBe)) {
      CliRun r = CliRun.of("extract", p.toString());
      assertEquals(0, r.status(), r.err());
      assertEquals(expected, r.out().replace(p.toString(), "X"));
    }
    Path bare = Files.write(dir.resolve("bare.txt"), PAGE.getBytes(StandardCharsets.UTF_16LE));
    CliRun r = CliRun.of("extract", bare.toString());
    assertEquals(1, r.status());
    assertTrue(r.err().contains("UTF-16LE"), r.err());
  }
}
