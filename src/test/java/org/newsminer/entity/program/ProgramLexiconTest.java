package org.newsminer.entity.program;

import org.newsminer.entity.Entity;
import org.newsminer.entity.Program;
import org.newsminer.entity.ProgramKind;
import org.newsminer.text.ModelFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgramLexiconTest {

  @Test
  void theShippedLexiconKnowsNationalProgramsAndFormulas() {
    ProgramLexicon lex = ProgramLexicon.shared();
    assertEquals(ProgramKind.INITIATIVE, lex.lookup("乡村振兴战略").kind());
    assertEquals(ProgramKind.FORMULA, lex.lookup("两不愁三保障").kind());
    assertNull(lex.lookup("拳脚"));
  }

  @Test
  void everyEntryIsFoundInASentence() {
    ProgramRecognizer recognizer = new ProgramRecognizer();
    for (ProgramLexicon.Entry e : ProgramLexicon.shared().entries()) {
      // short formulas only count in quotes; everything else also bare
      boolean quoted = e.kind() == ProgramKind.FORMULA && e.name().length() < 4;
      String mention = quoted ? "“" + e.name() + "”" : e.name();
      String text = "各地全面落实" + mention + "，取得明显成效。";
      List<Entity> out = new ArrayList<>();
      recognizer.recognize(text, 0, text.length(), out);
      assertEquals(1, out.size(), text + " -> " + out);
      Program p = (Program) out.get(0);
      assertEquals(mention, p.text(), text);
      assertEquals(e.name(), p.name(), text);
      assertEquals(e.kind(), p.kind(), text);
    }
  }

  @Test
  void longestMatchWins() {
    ProgramLexicon lex = ProgramLexicon.shared();
    String text = "深入实施乡村振兴战略，";
    assertEquals("乡村振兴战略", lex.longestAt(text, 4, text.length()).name());
    // a match may not run past the limit
    assertEquals("乡村振兴", lex.longestAt(text, 4, 9).name());
    assertNull(lex.longestAt(text, 0, text.length()));
  }

  @Test
  void unknownKindsAndRepeatedNamesAreReportedWithTheirLineNumber() {
    IllegalArgumentException badKind = assertThrows(IllegalArgumentException.class,
        () -> ProgramLexicon.fromRows(List.of(row(2, "厕所革命", "CAMPAIGN"))));
    assertTrue(badKind.getMessage().contains("programs.tsv:2: unknown kind CAMPAIGN"), badKind.getMessage());
    IllegalArgumentException repeated = assertThrows(IllegalArgumentException.class,
        () -> ProgramLexicon.fromRows(List.of(row(3, "厕所革命", "INITIATIVE"), row(7, "厕所革命", "INITIATIVE"))));
    assertTrue(repeated.getMessage().contains("programs.tsv:7: duplicate name"), repeated.getMessage());
  }

  private static ModelFile.Row row(int line, String... fields) {
    return new ModelFile.Row("programs.tsv", line, List.of(fields));
  }
}
