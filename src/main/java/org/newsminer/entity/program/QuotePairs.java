package org.newsminer.entity.program;

import java.util.List;

/**
 * Finds the quoted phrases (“…”, ‘…’, 「…」, 『…』, "…") and the {@code 《》} titles of a text, the
 * candidates of {@link QuotedNames} and {@link DocumentTitles}. Stateless and thread-safe.
 */
final class QuotePairs {
  /** Longest quoted or titled phrase considered; longer ones are slogans or sentences. */
  static final int MAX_QUOTED = 30;
  private static final int MAX_TITLE = 100;

  private QuotePairs() {}

  /** Collects the quote pairs and 《》 pairs of {@code text}, as [open, close + 1], in text order. */
  static void find(String text, List<int[]> quotes, List<int[]> titles) {
    int to = text.length();
    for (int i = 0; i < to; i++) {
      char c = text.charAt(i);
      char close;
      int max;
      List<int[]> into;
      if (c == '“' || c == '‘' || c == '「' || c == '『') {
        close = c == '“' ? '”' : c == '‘' ? '’' : c == '「' ? '」' : '』';
        max = MAX_QUOTED;
        into = quotes;
      } else if (c == '"') {
        close = '"';
        max = MAX_QUOTED;
        into = quotes;
      } else if (c == '《') {
        close = '》';
        max = MAX_TITLE;
        into = titles;
      } else {
        continue;
      }
      int j = i + 1;
      int limit = Math.min(to, i + 2 + max);
      while (j < limit && text.charAt(j) != close && text.charAt(j) != c && text.charAt(j) != '\n') {
        j++;
      }
      if (j < limit && text.charAt(j) == close && j > i + 1) {
        into.add(new int[] {i, j + 1});
        if (into == quotes) {
          i = j; // a quoted phrase holds no further quotes; titles may
        }
      }
    }
  }
}
