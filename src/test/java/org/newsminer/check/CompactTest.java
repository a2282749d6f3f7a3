package org.newsminer.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** The compact view the checker reads, on PDF-extracted corpus wording. */
class CompactTest {

  @Test
  void leavesOutSpacesAndFoldsFullWidthFormsKeepingSourceOffsets() {
    String source = "计划投资\n\n１８７２０８.13 万\u3000元（其中:中央资金６００万元），占比５０％";
    Compact c = Compact.of(source, 0, source.length());
    assertEquals("计划投资187208.13万元（其中：中央资金600万元），占比50%", c.text());
    int wan = c.text().indexOf("万元");
    assertEquals(source.indexOf('万'), c.sourceStart(wan));
    assertEquals(source.indexOf('元') + 1, c.sourceEnd(wan + 2));
  }

  @Test
  void noCharacterAboveTheIdeographicSpaceIsASpace() {
    // Compact.isSpace skips the lookups above U+3000; a Unicode update of the JDK must not break that.
    for (int c = 0x3001; c <= 0xFFFF; c++) {
      assertFalse(Character.isWhitespace(c) || Character.isSpaceChar(c), () -> "space above U+3000");
    }
  }
}
