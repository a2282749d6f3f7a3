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
    // from each head back over the abbreviations before it: heads are rare, abbreviations are not
    for (String head : HEADS) {
      for (int h = text.indexOf(head); h >= 0; h = text.indexOf(head, h + 1)) {
        int i = h;
        while (i > 0 && h - i < MAX_REGIONS && isAbbreviation(text, i - 1)
            && text.substring(i, h).indexOf(text.charAt(i - 1)) < 0) {
          i--;
        }
        if (h - i >= 2 && (i == 0 || !isAbbreviation(text, i - 1))) {
          int end = h + head.length();
          found.add(ProgramText.program(text, i, end, text.substring(i, end), ProgramKind.INITIATIVE));
        }
      }
    }
  }

  private static boolean isAbbreviation(String text, int i) {
    return ABBREVIATIONS.indexOf(text.charAt(i)) >= 0;
  }
}
