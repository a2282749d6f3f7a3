package org.newsminer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelFileTest {

  @Test
  void rowsSkipCommentsAndBlankLinesAndKeepLineNumbers() {
    List<ModelFile.Row> rows = ModelFile.rows("test/rows.tsv", 2, 3);
    assertEquals(2, rows.size());
    assertEquals(List.of("x", "1"), rows.get(0).fields());
    assertEquals(3, rows.get(1).line());
  }

  @Test
  void wrongFieldCountNamesFileAndLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelFile.rows("test/rows.tsv", 2, 2));
    assertEquals("models/test/rows.tsv:3: expected 2 tab-separated fields, found 3", e.getMessage());
  }

  @Test
  void duplicateWordNamesBothLines() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelFile.words("test/dup-words.txt"));
    assertEquals("models/test/dup-words.txt:5: duplicate word alpha (first on line 2)", e.getMessage());
  }

  @Test
  void missingFileIsAClearError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelFile.words("test/none.txt"));
    assertTrue(e.getMessage().contains("models/test/none.txt: missing"), e.getMessage());
  }
}
