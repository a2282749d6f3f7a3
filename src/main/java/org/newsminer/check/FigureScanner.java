package org.newsminer.check;

import java.util.ArrayList;
import java.util.List;
import org.newsminer.entity.Qualifier;
import org.newsminer.entity.number.Quantity;
import org.newsminer.entity.number.QuantityReader;

/**
 * The figures of a compact article text: the quantities of the shared {@link QuantityReader}, with the
 * ends of ranges ({@code 300万至800万元}, {@code 5%-20%}) marked as bounds. Stateless and thread-safe.
 */
final class FigureScanner {
  private static final String RANGE = "至到-—~～－";
  private final QuantityReader reader = QuantityReader.get();

  List<Figure> scan(String s) {
    List<Figure> out = new ArrayList<>();
    for (Quantity q : reader.read(s)) {
      Figure.Dim dim = switch (q.kind()) {
        case MONEY -> Figure.Dim.MONEY;
        case PERCENT -> Figure.Dim.PERCENT;
        case POINTS -> Figure.Dim.POINTS;
        case COUNT -> Figure.Dim.COUNT;
        case NONE -> Figure.Dim.NONE;
      };
      boolean range = endOfRange(s, q.start(), out) || startOfRange(s, q.end());
      boolean exact = q.qualifier() == Qualifier.EXACT && !range;
      out.add(new Figure(q.start(), q.end(), q.text(), q.value(), q.halfUnit(), dim, q.unit(), exact,
          range ? null : q.low(), range ? null : q.high()));
    }
    return out;
  }

  /** {@code 300万至800万元}, {@code 5%-20%}: the upper end of a range is a bound, not an amount. */
  private static boolean endOfRange(String s, int start, List<Figure> before) {
    if (start < 2 || RANGE.indexOf(s.charAt(start - 1)) < 0) {
      return false;
    }
    char c = s.charAt(start - 2);
    boolean figureEnds = !before.isEmpty() && before.get(before.size() - 1).end() == start - 1;
    return figureEnds || Character.isDigit(c) || "万亿千".indexOf(c) >= 0;
  }

  /** The lower end of a range: {@code 5%} in {@code 5%-20%}. */
  private static boolean startOfRange(String s, int end) {
    return end + 1 < s.length() && RANGE.indexOf(s.charAt(end)) >= 0 && Character.isDigit(s.charAt(end + 1));
  }
}
