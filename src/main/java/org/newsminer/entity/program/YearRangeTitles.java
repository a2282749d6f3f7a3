package org.newsminer.entity.program;

import java.util.List;
import org.newsminer.entity.Program;
import org.newsminer.entity.ProgramKind;
import org.newsminer.text.CharClasses;
import org.newsminer.text.ModelFile;

/**
 * DOCUMENT: a plan or programme written without {@code 《》} but dated by a bracketed year range
 * (编制乡村振兴战略规划（2018—2022年）, 印发X三年行动方案(2021-2023年)). The name ends like a document
 * ({@code models/rules/program/document-endings.txt}) right before the range and starts after a verb of
 * issuing or following ({@code title-verbs.txt}), a function word or the clause start. Immutable and
 * thread-safe; the lists are loaded once, with the class.
 */
final class YearRangeTitles {
  private static final String DIR = "rules/program/";
  private static final List<String> ENDINGS = ModelFile.wordList(DIR + "document-endings.txt", false);
  private static final List<String> VERBS = ModelFile.wordList(DIR + "title-verbs.txt", true);
  private static final String NOT_IN_NAME = ModelFile.chars(DIR + "not-in-name.txt");
  /** Dashes and words between the two years of a range. */
  private static final String RANGE_DASHES = "-－—–~～至到";
  private static final int MIN_NAME = 4;
  private static final int MAX_NAME = 30;

  private YearRangeTitles() {}

  /** Adds the dated titles of {@code text} outside the 《》 {@code titles} to {@code found}. */
  static void find(String text, List<int[]> titles, List<Program> found) {
    for (int i = nextOpen(text, 1); i >= 0; i = nextOpen(text, i + 1)) {
      int close = rangeEnd(text, i);
      if (close < 0 || !ProgramText.endsWithAny(text.substring(Math.max(0, i - 6), i), ENDINGS)
          || insideTitle(titles, i)) {
        continue;
      }
      int start = nameStart(text, i);
      if (start >= 0 && i - start >= MIN_NAME) {
        found.add(ProgramText.program(text, start, close, text.substring(start, close), ProgramKind.DOCUMENT));
      }
    }
  }

  /** The next round opening bracket of either width at or after {@code from}, or -1. */
  private static int nextOpen(String text, int from) {
    int a = text.indexOf('(', from);
    int b = text.indexOf('（', from);
    return a < 0 ? b : b < 0 ? a : Math.min(a, b);
  }

  /** The end (after the closing bracket) of a year range (2018—2022年) opening at {@code open}, or -1. */
  private static int rangeEnd(String text, int open) {
    int i = open + 1;
    int first = digits(text, i);
    if (first - i != 4 || first >= text.length() || RANGE_DASHES.indexOf(text.charAt(first)) < 0) {
      return -1;
    }
    int second = digits(text, first + 1);
    if (second - first - 1 != 4 && second - first - 1 != 2) {
      return -1;
    }
    int j = second < text.length() && text.charAt(second) == '年' ? second + 1 : second;
    char shut = text.charAt(open) == '(' ? ')' : '）';
    return j < text.length() && (text.charAt(j) == shut || text.charAt(j) == ')' || text.charAt(j) == '）') ? j + 1 : -1;
  }

  private static int digits(String text, int i) {
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  /**
   * Where the name before {@code end} starts: after the last issuing verb or function word of its run of
   * Han characters and digits, or at the run's start when it opens the clause; -1 when too long.
   */
  private static int nameStart(String text, int end) {
    int s = end;
    while (s > 0 && end - s < MAX_NAME + 4 && isNameChar(text.charAt(s - 1))) {
      s--;
    }
    boolean clauseStart = s == 0 || !isNameChar(text.charAt(s - 1));
    int best = clauseStart ? s : -1;
    for (int i = s; i < end; i++) {
      String v = ProgramText.wordAt(text, i, VERBS);
      if (v != null) {
        best = i + v.length();
      } else if (NOT_IN_NAME.indexOf(text.charAt(i)) >= 0) {
        best = i + 1;
      }
    }
    return best >= 0 && end - best <= MAX_NAME ? best : -1;
  }

  private static boolean isNameChar(char c) {
    return CharClasses.isHan(c) || (c >= '0' && c <= '9');
  }

  private static boolean insideTitle(List<int[]> titles, int i) {
    for (int[] t : titles) {
      if (t[0] < i && i < t[1]) {
        return true;
      }
    }
    return false;
  }
}
