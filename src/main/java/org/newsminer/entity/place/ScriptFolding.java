package org.newsminer.entity.place;

import com.hankcs.hanlp.HanLP;
import org.newsminer.text.CharClasses;

/**
 * Articles in traditional characters (a Hong Kong paper's 雲南瀘西縣) are matched in simplified form: each
 * character is folded to its simplified counterpart, one for one, so offsets do not move. Only an article
 * written mostly in traditional characters is folded: a simplified text keeps the few characters that are
 * both (乾县 stays 乾县).
 *
 * <p>The character table is built once, lazily, from HanLP's traditional-to-simplified dictionary (read
 * only). Thread-safe.
 */
final class ScriptFolding {
  private ScriptFolding() {}

  private static final int FIRST = 0x4E00;
  private static final int LAST = 0x9FFF;

  private static final class Table {
    static final char[] SIMPLE = build();

    private static char[] build() {
      StringBuilder all = new StringBuilder(LAST - FIRST + 1);
      for (int c = FIRST; c <= LAST; c++) {
        // Separated so that no two neighbours form a dictionary word and convert as one.
        all.append((char) c).append('\n');
      }
      String simple = HanLP.convertToSimplifiedChinese(all.toString());
      char[] out = new char[LAST - FIRST + 1];
      for (int c = FIRST; c <= LAST; c++) {
        out[c - FIRST] = (char) c;
      }
      // Some characters convert to several (a phrase): only one-for-one conversions are kept.
      String[] parts = simple.split("\n", -1);
      if (parts.length == LAST - FIRST + 2) {
        for (int k = 0; k <= LAST - FIRST; k++) {
          if (parts[k].length() == 1 && parts[k].charAt(0) >= FIRST && parts[k].charAt(0) <= LAST) {
            out[k] = parts[k].charAt(0);
          }
        }
      }
      return out;
    }
  }

  /**
   * {@code text} with {@code [from, to)} folded to simplified characters when more than a tenth of its Han
   * characters are traditional; else {@code text} itself.
   */
  static String fold(String text, int from, int to) {
    int han = 0;
    int traditional = 0;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (CharClasses.isHan(c)) {
        han++;
        if (c >= FIRST && c <= LAST && Table.SIMPLE[c - FIRST] != c) {
          traditional++;
        }
      }
    }
    if (traditional * 10 <= han) {
      return text;
    }
    char[] out = text.toCharArray();
    for (int k = from; k < to; k++) {
      char c = out[k];
      if (c >= FIRST && c <= LAST) {
        out[k] = Table.SIMPLE[c - FIRST];
      }
    }
    return new String(out);
  }
}
