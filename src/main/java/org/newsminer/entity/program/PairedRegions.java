package org.newsminer.entity.program;

import java.util.List;
import org.newsminer.entity.Program;
import org.newsminer.entity.ProgramKind;
import org.newsminer.text.ModelFile;

/**
 * Cooperation between provinces named by their one-character abbreviations: the pairings of east–west
 * cooperation (苏陕协作, 闽宁协作, 沪滇扶贫协作) and regional strategies (京津冀协同发展). Two or three distinct
 * abbreviations ({@code models/rules/program/province-abbreviations.txt}) right before a head of
 * {@code pairing-heads.txt}. Immutable and thread-safe; the lists are loaded once, with the class.
 */
final class PairedRegions {
  private static final String ABBREVIATIONS = ModelFile.chars("rules/program/province-abbreviations.txt");
  private static final List<String> HEADS = ModelFile.wordList("rules/program/pairing-heads.txt", true);
  private static final int MAX_REGIONS = 3;

  private PairedRegions() {}

  /** Adds the paired-region programs of {@code text} to {@code found}. */
  static void find(String text, List<Program> found) {
    for (int i = 0; i + 2 < text.length(); i++) {
      if (!isAbbreviation(text, i) || (i > 0 && isAbbreviation(text, i - 1))) {
        continue;
      }
      int j = i + 1;
      while (j < text.length() && j - i < MAX_REGIONS && isAbbreviation(text, j)
          && text.substring(i, j).indexOf(text.charAt(j)) < 0) {
        j++;
      }
      String head = j - i >= 2 ? ProgramText.wordAt(text, j, HEADS) : null;
      if (head != null) {
        int end = j + head.length();
        found.add(ProgramText.program(text, i, end, text.substring(i, end), ProgramKind.INITIATIVE));
        i = end - 1;
      }
    }
  }

  private static boolean isAbbreviation(String text, int i) {
    return ABBREVIATIONS.indexOf(text.charAt(i)) >= 0;
  }
}
