package org.newsminer.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Renders checks for an editor: the arithmetic in one line, the sentence with the figures marked. Stateless. */
public final class CheckMarkup {
  private static final String SENTENCE_END = "。！？!?";

  private CheckMarkup() {}

  /**
   * The sentences of {@code original} holding the figures of {@code check} (spans into {@code original}),
   * whitespace removed, each figure between 【 and 】.
   */
  public static String sentence(String original, Check check) {
    int first = check.spans().stream().mapToInt(Check.Span::start).min().orElseThrow();
    int last = check.spans().stream().mapToInt(Check.Span::end).max().orElseThrow();
    int from = first;
    while (from > 0 && SENTENCE_END.indexOf(original.charAt(from - 1)) < 0 && first - from < 200) {
      from--;
    }
    int to = last;
    while (to < original.length() && SENTENCE_END.indexOf(original.charAt(to)) < 0 && to - last < 200) {
      to++;
    }
    to = Math.min(original.length(), to + 1);
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      for (Check.Span sp : check.spans()) {
        if (sp.start() == i) {
          b.append('【');
        }
      }
      char c = original.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        b.append(c);
      }
      for (Check.Span sp : check.spans()) {
        if (sp.end() == i + 1) {
          b.append('】');
        }
      }
    }
    return (from > 0 && first - from >= 200 ? "…" : "") + b + (to < original.length() && to - last > 200 ? "…" : "");
  }

  /** The relation as arithmetic: {@code 14143人 = 40人 + 5207人 + 8896人 (computed 14143)}. */
  public static String arithmetic(Check c) {
    List<String> n = c.numbers();
    String rel;
    switch (c.kind()) {
      case SUM:
        rel = n.get(0) + " = " + String.join(" + ", n.subList(1, n.size()));
        break;
      case RATIO:
        rel = n.get(0) + " = " + n.get(1) + " / " + n.get(2);
        break;
      case SHARES:
        rel = String.join(" + ", n) + " = 100%";
        break;
      case PRODUCT:
        rel = n.get(0) + " = " + n.get(1) + " × " + n.get(2);
        break;
      default:
        throw new IllegalStateException("unknown kind " + c.kind());
    }
    return rel + "   stated " + plain(c.stated()) + ", computed " + plain(c.computed());
  }

  private static String plain(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return (s.scale() > 6 ? s.setScale(6, RoundingMode.HALF_UP) : s).toPlainString();
  }
}
