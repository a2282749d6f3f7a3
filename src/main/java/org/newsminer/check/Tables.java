package org.newsminer.check;

import java.util.ArrayList;
import java.util.List;

/**
 * The tables of a compact article text: cells separated by {@link Compact#CELL}, a header row of column
 * names (a unit in brackets: {@code 面积(亩)}, {@code 补助标准(元/亩)}, {@code 补助资金(万元)}), then rows of a
 * label and numbers. Only the structure is read here; the checker decides what the numbers state.
 * Stateless and thread-safe.
 */
final class Tables {
  /** A table with fewer cells is a list of figures in running text, not a grid. */
  private static final int MIN_CELLS = 8;
  /** A cell longer than this is running text, which ends the table. */
  private static final int MAX_CELL = 40;

  /** One row: its label and, per column after the label, the start of its number or -1 for an empty cell. */
  record Row(String label, int[] cells) {}

  /** Column names after the label column, and the rows. */
  record Table(List<String> columns, List<Row> rows) {}

  private Tables() {}

  static List<Table> read(String s) {
    List<Table> out = new ArrayList<>();
    int i = s.indexOf(Compact.CELL);
    while (i >= 0) {
      // The cells of one run: [start, end) pairs while cells stay short.
      List<int[]> cells = new ArrayList<>();
      int cellStart = Math.max(lastBreak(s, i), i - MAX_CELL);
      int at = i;
      while (at >= 0 && at - cellStart <= MAX_CELL) {
        cells.add(new int[] {cellStart, at});
        cellStart = at + 1;
        int next = s.indexOf(Compact.CELL, cellStart);
        if (next < 0 || next - cellStart > MAX_CELL || s.substring(cellStart, next).indexOf('。') >= 0) {
          // the last cell runs to the next sentence break or the end of the table's text
          int end = cellStart;
          while (end < s.length() && end - cellStart < MAX_CELL && isNumberChar(s.charAt(end))) {
            end++;
          }
          if (end > cellStart) {
            cells.add(new int[] {cellStart, end});
          }
          at = -1;
          i = next;
        } else {
          at = next;
        }
      }
      if (cells.size() >= MIN_CELLS) {
        Table t = grid(s, cells);
        if (t != null) {
          out.add(t);
        }
      }
      if (at >= 0) {
        i = s.indexOf(Compact.CELL, at + 1);
      }
    }
    return out;
  }

  /** The grid of one run of cells: columns counted from the names before the first number. */
  private static Table grid(String s, List<int[]> cells) {
    int firstNumber = -1;
    for (int k = 0; k < cells.size(); k++) {
      if (isNumber(s, cells.get(k))) {
        firstNumber = k;
        break;
      }
    }
    // The header, then the label of the first row: at least two columns of numbers.
    if (firstNumber < 3) {
      return null;
    }
    int width = firstNumber - 1; // label column + the columns named after it
    List<String> columns = new ArrayList<>();
    for (int k = 1; k < width; k++) {
      int[] c = cells.get(k);
      columns.add(s.substring(c[0], c[1]));
    }
    List<Row> rows = new ArrayList<>();
    // The last row may lack its last cell where the text ends (a remark column left empty).
    for (int r = firstNumber - 1; r + width - 1 <= cells.size(); r += width) {
      int[] label = cells.get(r);
      if (isNumber(s, label)) {
        break;
      }
      int[] starts = new int[width - 1];
      boolean ok = true;
      for (int k = 1; k < width; k++) {
        int[] c = r + k < cells.size() ? cells.get(r + k) : new int[] {0, 0};
        if (c[1] == c[0]) {
          starts[k - 1] = -1;
        } else if (isNumber(s, c)) {
          starts[k - 1] = c[0];
        } else if (k == width - 1) {
          starts[k - 1] = -1; // a remark column
        } else {
          ok = false;
        }
      }
      if (!ok) {
        break;
      }
      rows.add(new Row(s.substring(label[0], label[1]), starts));
    }
    return rows.size() >= 2 ? new Table(List.copyOf(columns), List.copyOf(rows)) : null;
  }

  private static int lastBreak(String s, int i) {
    for (int k = i - 1; k >= 0; k--) {
      if (s.charAt(k) == '。' || s.charAt(k) == Compact.CELL) {
        return k + 1;
      }
    }
    return 0;
  }

  private static boolean isNumber(String s, int[] c) {
    if (c[1] <= c[0]) {
      return false;
    }
    for (int k = c[0]; k < c[1]; k++) {
      if (!isNumberChar(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isNumberChar(char c) {
    return c >= '0' && c <= '9' || c == '.' || c == '-' || c == '，';
  }
}
