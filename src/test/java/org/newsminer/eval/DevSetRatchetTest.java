package org.newsminer.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsminer.JsonCodec;
import org.newsminer.MinedArticle;
import org.newsminer.NewsMiner;

/**
 * The development set ({@code ../shared/dev-news}: 60 real articles, third-party, read in place) scored
 * as the reference scorer scores it, held as a ratchet: figures may rise, never fall (raise the floors
 * when quality improves; never lower them to make a change pass). Skipped, with a message, where the
 * shared folder is absent.
 */
class DevSetRatchetTest {
  private static AnnotationScore score;

  @BeforeAll
  static void score() throws IOException {
    Path dev = Path.of(System.getProperty("newsminer.shared", "../shared"), "dev-news");
    boolean present = Files.isDirectory(dev.resolve("gold"));
    if (!present) {
      System.out.println("[dev-set] SKIPPED: " + dev.toAbsolutePath() + " not found");
      return;
    }
    NewsMiner miner = NewsMiner.builder().build();
    Map<String, List<JsonNode>> predicted = new HashMap<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(dev)) {
      files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path f : files) {
      String base = f.getFileName().toString();
      for (MinedArticle a : miner.process(Files.readString(f, StandardCharsets.UTF_8)).articles()) {
        predicted.computeIfAbsent(base, k -> new ArrayList<>()).add(JsonCodec.article(base, a));
      }
    }
    score = new AnnotationScore();
    score.score(dev.resolve("gold"), predicted);
    System.out.println("[dev-set]\n" + score.table());
  }

  private static void assumePresent() {
    assumeTrue(score != null, "SKIPPED: ../shared/dev-news not found (set -Dnewsminer.shared)");
  }

  @Test
  void entityF1StaysAtLeastWhereItIs() {
    assumePresent();
    Map<String, Double> floors = Map.of("MONEY", 0.998, "PERCENT", 0.999, "PLACE", 0.95, "PROGRAM", 0.965);
    floors.forEach((type, floor) -> assertTrue(score.f1(type) >= floor,
        String.format("%s F1 %.3f fell below %.3f%n%s", type, score.f1(type), floor, score.table())));
  }

  @Test
  void checksKeepTheirRecallAndRaiseNoFalseAlarmBeyondToday() {
    assumePresent();
    assertTrue(score.goldChecks() > 100, "gold checks not read:\n" + score.table());
    assertTrue(score.checkRecall() >= 0.80, score.table());
    assertEquals(0, score.falseAlarms(), score.table());
    assertTrue(score.foundInconsistent() >= 8, "real inconsistencies found: " + score.foundInconsistent() + " of "
        + score.goldInconsistent() + "\n" + score.table());
  }
}
