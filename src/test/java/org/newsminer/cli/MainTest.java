package org.newsminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsminer.JsonCodec;

/** The command line as a user meets it: exit statuses and one-line errors. */
class MainTest {
  private static final String PAGE = "据统计，2022年拉萨市财政涉农统筹整合资金项目计划实施138个，计划投资187208.13万元。\n";

  @TempDir
  Path dir;

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  @Test
  void goodFileGivesOneJsonLinePerArticleAndExitZero() throws IOException {
    Path page = write("page.txt", PAGE.getBytes(StandardCharsets.UTF_8));
    CliRun r = CliRun.of("extract", page.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals("", r.err());
    List<String> lines = r.out().lines().toList();
    assertFalse(lines.isEmpty());
    for (String line : lines) {
      JsonNode o = JsonCodec.parse(line);
      assertEquals(page.toString(), o.get("source").asText());
      assertTrue(o.get("entities").isArray());
      assertTrue(o.get("checks").isArray());
    }
  }

  @Test
  void badInputsEachGetOneLineTheOthersAreStillProcessed() throws IOException {
    Path good = write("good.txt", PAGE.getBytes(StandardCharsets.UTF_8));
    Path empty = write("empty.txt", new byte[0]);
    Path binary = write("binary.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
    Path missing = dir.resolve("missing.txt");
    CliRun r = CliRun.of("extract", missing.toString(), empty.toString(), binary.toString(), good.toString());
    assertEquals(1, r.status());
    List<String> err = r.errLines();
    assertEquals(3, err.size(), r.err());
    assertTrue(err.get(0).contains("missing.txt") && err.get(0).contains("no such file"), err.get(0));
    assertTrue(err.get(1).contains("empty.txt") && err.get(1).contains("empty"), err.get(1));
    assertTrue(err.get(2).contains("binary.txt") && err.get(2).contains("binary"), err.get(2));
    assertFalse(r.err().contains("Exception"), "no stack trace");
    assertTrue(r.out().contains(good.toString()), "the good file is still processed");
  }

  @Test
  void gb18030FileIsDecodedWithANote() throws IOException {
    Path gbk = write("gbk.txt", PAGE.getBytes(Charset.forName("GB18030")));
    CliRun r = CliRun.of("extract", "--format", "text", gbk.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.err().contains("decoded as GB18030"), r.err());
    assertTrue(r.out().contains("拉萨市"), "decoded text reaches the output");
  }

  @Test
  void undecodableBytesAreRefused() throws IOException {
    Path latin = write("latin.txt", new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xff, 'a', 'b'});
    CliRun r = CliRun.of("extract", latin.toString());
    assertEquals(1, r.status());
    assertEquals(1, r.errLines().size(), r.err());
    assertTrue(r.err().contains("not UTF-8"), r.err());
  }

  @Test
  void directoryExpandsToItsTextFilesInOrder() throws IOException {
    write("b.txt", PAGE.getBytes(StandardCharsets.UTF_8));
    write("a.txt", PAGE.getBytes(StandardCharsets.UTF_8));
    write("notes.md", "not a page".getBytes(StandardCharsets.UTF_8));
    CliRun r = CliRun.of("extract", dir.toString());
    assertEquals(0, r.status(), r.err());
    List<String> sources = r.out().lines().map(l -> {
      try {
        return JsonCodec.parse(l).get("source").asText();
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }).distinct().toList();
    assertEquals(List.of(dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString()), sources);
  }

  @Test
  void unknownOptionIsAUsageErrorNotAStackTrace() {
    CliRun r = CliRun.of("extract", "--format", "xml", "x.txt");
    assertEquals(2, r.status());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void evalWithoutGoldDirectoryFailsClearly() throws IOException {
    Path page = write("page.txt", PAGE.getBytes(StandardCharsets.UTF_8));
    CliRun r = CliRun.of("eval", "--gold", dir.resolve("nogold").toString(), page.toString());
    assertEquals(2, r.status());
    assertEquals(1, r.errLines().size(), r.err());
    assertTrue(r.err().contains("gold directory not found"), r.err());
  }

  @Test
  void evalScoresOnlyTheTypesTheGoldAnnotates() throws IOException {
    Path page = write("page.txt", PAGE.getBytes(StandardCharsets.UTF_8));
    Path gold = Files.createDirectory(dir.resolve("gold"));
    Files.writeString(gold.resolve("page.json"), "{\"annotates\": [\"PERCENT\"], \"entities\": []}");
    CliRun r = CliRun.of("eval", "--gold", gold.toString(), page.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("1 pages"), r.out());
    assertFalse(r.out().contains("MONEY"), "MONEY is not annotated, so not scored:\n" + r.out());
  }

  @Test
  void evalRefusesGoldWithoutAnnotates() throws IOException {
    Path page = write("page.txt", PAGE.getBytes(StandardCharsets.UTF_8));
    Path gold = Files.createDirectory(dir.resolve("gold"));
    Files.writeString(gold.resolve("page.json"), "{\"entities\": []}");
    CliRun r = CliRun.of("eval", "--gold", gold.toString(), page.toString());
    assertEquals(1, r.status());
    assertTrue(r.err().contains("missing \"annotates\""), r.err());
  }

  @Test
  void evalReportsBrokenGoldFileOnOneLine() throws IOException {
    Path page = write("page.txt", PAGE.getBytes(StandardCharsets.UTF_8));
    Path gold = Files.createDirectory(dir.resolve("gold"));
    Files.writeString(gold.resolve("page.json"), "{\"entities\": [ {\"type\": \"MONEY\" ");
    CliRun r = CliRun.of("eval", "--gold", gold.toString(), page.toString());
    assertEquals(1, r.status());
    assertEquals(1, r.errLines().size(), r.err());
    assertTrue(r.err().contains("not valid JSON"), r.err());
  }
}
