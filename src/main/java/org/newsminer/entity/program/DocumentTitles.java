package org.newsminer.entity.program;

import java.util.List;
import org.newsminer.entity.Program;
import org.newsminer.entity.ProgramKind;
import org.newsminer.text.ModelFile;

/**
 * DOCUMENT: a {@code 《》} title that ends like a policy document, law, plan or report
 * ({@code models/rules/program/document-endings.txt}); a book, song or show title does not. Immutable
 * and thread-safe; the word lists are loaded once, with the class.
 */
final class DocumentTitles {
  private static final List<String> ENDINGS = ModelFile.wordList("rules/program/document-endings.txt", false);
  private static final List<String> NOT_ENDINGS =
      ModelFile.wordList("rules/program/not-document-endings.txt", false);

  private DocumentTitles() {}

  /** A DOCUMENT for the title {@code text[open, end)} (including 《》), or null for a book, song, show. */
  static Program document(String text, int open, int end) {
    String title = text.substring(open + 1, end - 1);
    String core = stripTrailingBrackets(title);
    if (!ProgramText.endsWithAny(core, ENDINGS) || ProgramText.endsWithAny(core, NOT_ENDINGS) || core.length() < 3) {
      return null;
    }
    return ProgramText.program(text, open, end, title, ProgramKind.DOCUMENT);
  }

  /**
   * Documents titled inside the title {@code text[open, end)} in 〈〉 or {@code <>}: 《…关于印发〈X实施意见〉的通知》
   * names the notice and the opinions it publishes.
   */
  static void inner(String text, int open, int end, List<Program> found) {
    for (int i = open + 1; i < end - 1; i++) {
      char c = text.charAt(i);
      if (c != '〈' && c != '<') {
        continue;
      }
      int close = text.indexOf(c == '〈' ? '〉' : '>', i + 1);
      if (close > i + 1 && close < end - 1) {
        Program p = document(text, i, close + 1);
        if (p != null) {
          found.add(p);
        }
        i = close;
      }
    }
  }

  /** The title without trailing bracketed remarks: 实施方案(2018—2020年) → 实施方案, 办法（试行） → 办法. */
  private static String stripTrailingBrackets(String s) {
    String t = s;
    while (!t.isEmpty() && (t.endsWith(")") || t.endsWith("）"))) {
      int open = Math.max(t.lastIndexOf('('), t.lastIndexOf('（'));
      if (open <= 0) {
        break;
      }
      t = t.substring(0, open);
    }
    return t;
  }
}
