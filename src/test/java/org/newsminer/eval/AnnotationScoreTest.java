package org.newsminer.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ANNOTATE.md scoring rules, on an invented article whose every figure is known. */
class AnnotationScoreTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void scoresLikeTheReferenceScorer(@TempDir Path gold) throws Exception {
    Files.writeString(gold.resolve("a.json"), """
        {"file": "a.txt",
         "money": [{"text": "5万元", "value": 50000, "qualifier": "OVER"}, {"text": "5万元", "value": 50000},
                   {"text": "3.1万元", "value": 31000, "garbled": true}],
         "percent": [{"text": "20%", "value": 20}],
         "places": [{"name": "米林市", "aliases": ["米林县"]}, {"name": "拉萨市"}],
         "places_optional": [{"name": "门隅"}],
         "programs": [{"name": "万企兴万村", "aliases": ["“万企兴万村”行动"]}],
         "checks": [{"kind": "SUM", "verdict": "CONSISTENT", "numbers": ["10万元", "5万元", "5万元"]},
                    {"kind": "RATIO", "verdict": "INCONSISTENT", "numbers": ["20%", "1人", "4人"]},
                    {"kind": "SUM", "verdict": "CONSISTENT", "numbers": ["7人", "3人", "3人"], "borderline": true}]}
        """);
    JsonNode article = JSON.readTree("""
        {"source": "dir/a.txt", "entities": [
          {"type": "MONEY", "value": 50000, "qualifier": "OVER"}, {"type": "MONEY", "value": 31000},
          {"type": "MONEY", "value": 9},
          {"type": "PERCENT", "value": 20.004},
          {"type": "PLACE", "text": "米林县", "name": "米林县"}, {"type": "PLACE", "name": "门隅"},
          {"type": "PLACE", "name": "林周县"},
          {"type": "PROGRAM", "text": "“万企兴万村”行动", "name": "万企兴万村行动"}],
         "checks": [{"kind": "SUM", "verdict": "CONSISTENT", "numbers": ["10 万元", "5万元", "5万元"]},
                    {"kind": "SUM", "verdict": "INCONSISTENT", "numbers": ["7人", "3人", "3人"]},
                    {"kind": "SHARES", "verdict": "INCONSISTENT", "numbers": ["60%", "50%"]}]}
        """);
    AnnotationScore score = new AnnotationScore();
    score.score(gold, Map.of("a.txt", List.of(article)));
    // MONEY: gold 2 (garbled optional), predicted 3 minus the garbled match, 1 true positive.
    assertEquals(0.5, score.precision("MONEY"), 1e-9);
    assertEquals(0.5, score.recall("MONEY"), 1e-9);
    assertEquals(1.0, score.f1("PERCENT"), 1e-9, "20.004 rounds to the gold 20");
    // PLACE: the alias finds 米林市, 门隅 is optional, 林周县 is spurious, 拉萨市 missed.
    assertEquals(0.5, score.precision("PLACE"), 1e-9);
    assertEquals(0.5, score.recall("PLACE"), 1e-9);
    assertEquals(1.0, score.f1("PROGRAM"), 1e-9, "quotes and a trailing 行动 are not compared");
    // CHECK: the SUM found, the RATIO missed; the borderline relation neither counts nor alarms.
    assertEquals(2, score.goldChecks());
    assertEquals(1, score.foundChecks());
    assertEquals(1, score.falseAlarms(), "the SHARES ✗ matches no gold");
    assertEquals(1, score.goldInconsistent());
    assertEquals(0, score.foundInconsistent());
    assertTrue(score.table().contains("CHECK: gold 2, found 1, recall 0.500, false alarms 1"), score.table());
  }
}
