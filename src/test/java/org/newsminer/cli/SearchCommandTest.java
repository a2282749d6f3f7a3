package org.newsminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsminer.JsonCodec;
import picocli.CommandLine;

/** The index and search commands end to end on the corpus. */
class SearchCommandTest {
  @TempDir
  Path tmp;

  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("newsminer: " + e.getMessage());
      return 2;
    });
    return new Run(cl.execute(args), out.toString(), err.toString());
  }

  @Test
  void indexThenSearch() throws Exception {
    Path index = tmp.resolve("idx");
    Path bad = Files.write(tmp.resolve("bad.txt"), new byte[] {1, 0, 2, 0});
    Path empty = Files.writeString(tmp.resolve("empty.txt"), "  \n", StandardCharsets.UTF_8);
    List<String> args = new java.util.ArrayList<>(List.of("index", "--index", index.toString()));
    args.addAll(pages());
    args.add(bad.toString());
    args.add(empty.toString());
    args.add(tmp.resolve("missing.txt").toString());
    Run r = run(args.toArray(String[]::new));
    assertEquals(1, r.status(), r.err());
    assertTrue(r.out().startsWith("indexed " + pages().size() + " files (0 unchanged, 3 bad): "), r.out());
    assertTrue(r.err().contains("missing.txt: no such file"), r.err());
    assertTrue(r.err().contains("bad.txt: binary file"), r.err());
    assertTrue(r.err().contains("empty.txt: empty file"), r.err());

    Run s = run("search", "--index", index.toString(), "--format", "jsonl", "--limit", "20", "万企兴万村");
    assertEquals(0, s.status(), s.err());
    Set<String> sources = new java.util.TreeSet<>();
    List<String> lines = s.out().lines().toList();
    JsonNode summary = JsonCodec.parse(lines.get(0));
    assertEquals(lines.size() - 1, summary.get("total").asInt(), summary.toString());
    assertTrue(summary.get("total_exact").asBoolean());
    for (String line : lines.subList(1, lines.size())) {
      JsonNode hit = JsonCodec.parse(line);
      assertEquals(Set.of("source", "article", "title", "score", "snippet", "places", "programs", "money"),
          Set.copyOf(iter(hit)));
      assertTrue(hit.get("snippet").asText().contains("<em>万企兴万村</em>"), hit.toString());
      sources.add(Path.of(hit.get("source").asText()).getFileName().toString());
    }
    assertEquals(grep("万企兴万村"), sources);

    Run t = run("search", "--index", index.toString(), "--facets", "乡村振兴", "NOT", "万企兴万村");
    assertEquals(0, t.status(), t.err());
    Set<String> expected = new java.util.TreeSet<>(grep("乡村振兴"));
    expected.removeAll(grep("万企兴万村"));
    // Pages may hold several articles each; every page that has the string shows up.
    int total = Integer.parseInt(t.out().substring(0, t.out().indexOf(' ')));
    assertTrue(total >= expected.size(), t.out());
    for (String f : expected) {
      assertTrue(t.out().contains(f), f + " in " + t.out());
    }
    assertTrue(t.out().contains("[乡村振兴]"), t.out());

    Run jf = run("search", "--index", index.toString(), "--format", "jsonl", "--facets", "--limit", "1", "乡村振兴");
    JsonNode head = JsonCodec.parse(jf.out().lines().findFirst().orElseThrow());
    assertEquals(total, head.get("total").asInt() - countBoth(index), head.toString());
    assertTrue(head.get("facets").get("places").size() > 0, head.toString());
    assertEquals(2, jf.out().lines().count(), "the summary and one hit");

    // Filters alone do not rank: no score; amounts as the papers write them.
    Run f = run("search", "--index", index.toString(), "--money-min", "1亿");
    assertEquals(0, f.status(), f.err());
    assertTrue(!f.out().contains("score") && f.out().contains("亿元"), f.out());

    Run e = run("search", "--index", index.toString(), "\"乡村振兴");
    assertEquals(2, e.status());
    assertTrue(e.err().startsWith("newsminer: unterminated phrase"), e.err());
    assertEquals(1, e.err().strip().lines().count(), e.err());

    Run m = run("search", "--index", index.toString(), "--money-min", "很多");
    assertEquals(2, m.status());
    assertTrue(m.err().contains("not an amount in yuan: '很多'"), m.err());
    assertEquals(1, m.err().strip().lines().count(), m.err());

    Run none = run("search", "--index", tmp.resolve("nothing").toString(), "拉萨");
    assertEquals(2, none.status());
    assertTrue(none.err().contains("no index in"), none.err());
  }

  /** Articles with both 乡村振兴 and 万企兴万村. */
  private static int countBoth(Path index) {
    Run r = run("search", "--index", index.toString(), "--format", "jsonl", "乡村振兴", "万企兴万村");
    return Integer.parseInt(r.out().lines().findFirst().orElseThrow().replaceAll(".*\"total\":(\\d+).*", "$1"));
  }

  private static List<String> pages() throws java.io.IOException {
    try (var files = Files.list(Path.of("corpus"))) {
      return files.filter(p -> p.toString().endsWith(".txt")).map(Path::toString).sorted().toList();
    }
  }

  /** Names of the corpus pages whose normalized text contains {@code s}. */
  private static Set<String> grep(String s) throws java.io.IOException {
    Set<String> out = new java.util.TreeSet<>();
    try (var files = Files.list(Path.of("corpus"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        if (new org.newsminer.text.Normalizer().normalize(Files.readString(f)).text().contains(s)) {
          out.add(f.getFileName().toString());
        }
      }
    }
    return out;
  }

  private static List<String> iter(JsonNode n) {
    List<String> out = new java.util.ArrayList<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
