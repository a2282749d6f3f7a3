package org.newsminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsminer.JsonCodec;

/** {@code newsminer check} as an editor meets it. */
class CheckCommandTest {
  private static final String PAGE = "截至目前，2022 年脱贫人口外出务工人数14143 人，完成年度目标任务（19554 人）的\n\n"
      + "72.33%。其中，省外 40 人，区内县外 5207\n\n人、县内 8896人。\n"
      + "计划实施项目137个。截至4月底,已开工建设项目51个,项目开工率34.93%。\n";

  @TempDir
  Path dir;

  private Path page() throws IOException {
    Path p = dir.resolve("page.txt");
    Files.writeString(p, PAGE, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void textListsEachRelationWithItsVerdictArithmeticAndMarkedSentence() throws IOException {
    CliRun r = CliRun.of("check", page().toString());
    assertEquals(0, r.status(), r.err());
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.contains("  ✓ CONSISTENT   SUM     14143人 = 40人 + 5207人 + 8896人   stated 14143人, computed 14143人"),
        r.out());
    assertTrue(lines.contains("      截至目前，2022年脱贫人口外出务工人数【14143人】，完成年度目标任务（19554人）的72.33%。"
        + "其中，省外【40人】，区内县外【5207人】、县内【8896人】。"), r.out());
    assertTrue(lines.contains("  ✗ INCONSISTENT RATIO   34.93% = 51个 / 137个   stated 34.93%, computed 37.23%"), r.out());
    assertEquals("3 checks: 2 consistent ✓, 1 inconsistent ✗", lines.get(lines.size() - 2));
    // The ones to look at are repeated last, one line each.
    assertTrue(lines.get(lines.size() - 1).matches("  ✗ .*page\\.txt #1 RATIO 34\\.93% = 51个 / 137个 .*"), lines.get(lines.size() - 1));
  }

  @Test
  void jsonlGivesOneCheckPerLineWithSpansIntoTheFile() throws IOException {
    Path p = page();
    CliRun r = CliRun.of("check", "--format", "jsonl", p.toString());
    assertEquals(0, r.status(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(3, lines.size(), r.out());
    JsonNode sum = JsonCodec.parse(lines.get(0));
    assertEquals(p.toString(), sum.get("source").asText());
    assertEquals("SUM", sum.get("kind").asText());
    assertEquals("CONSISTENT", sum.get("verdict").asText());
    assertEquals(14143, sum.get("stated").asInt());
    JsonNode span = sum.get("spans").get(2);
    assertEquals("5207\n\n人", PAGE.substring(span.get(0).asInt(), span.get(1).asInt()));
    assertTrue(sum.get("sentence").asText().contains("【5207人】"));
  }

  @Test
  void aMissingFileIsOneLineAndANonZeroExitTheOthersAreStillChecked() throws IOException {
    Path p = page();
    CliRun r = CliRun.of("check", dir.resolve("nope.txt").toString(), p.toString());
    assertEquals(1, r.status());
    assertEquals(List.of("newsminer: " + dir.resolve("nope.txt") + ": no such file"), r.err().lines().toList());
    assertTrue(r.out().contains("✗ INCONSISTENT"));
  }
}
