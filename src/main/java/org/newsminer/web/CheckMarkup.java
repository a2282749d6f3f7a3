package org.newsminer.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.newsminer.check.Check;
import org.newsminer.check.CheckKind;

/** Renders checks for an editor: the arithmetic in one line, the sentence with the figures marked. Stateless. */
public final class CheckMarkup {
  private static final String SENTENCE_END = "。！？!?";

  private CheckMarkup() {}

  /**
   * The sentences of {@code original} holding the figures of {@code check} (spans into {@code original}),
   * whitespace removed, each figure between 【 and 】; sentences far apart are joined by " … ", and a long
   * sentence is cut {@value #CONTEXT} characters before its first figure and after its last.
   */
  public static String sentence(String original, Check check) {
    List<Check.Span> spans = check.spans().stream().sorted((a, b) -> Integer.compare(a.start(), b.start())).toList();
    StringBuilder b = new StringBuilder();
    int previousEnd = -1;
    int i = 0;
    while (i < spans.size()) {
      int first = spans.get(i).start();
      int sentenceEnd = sentenceEnd(original, spans.get(i).end());
      int last = spans.get(i).end();
      int j = i + 1;
      while (j < spans.size() && spans.get(j).start() < sentenceEnd) {
        last = Math.max(last, spans.get(j).end());
        sentenceEnd = Math.max(sentenceEnd, sentenceEnd(original, spans.get(j).end()));
        j++;
      }
      int from = sentenceStart(original, first);
      int to = sentenceEnd;
      if (b.length() > 0 && (previousEnd < 0 || !original.substring(previousEnd, from).isBlank())) {
        b.append(" … ");
      }
      if (first - from > CONTEXT) {
        from = first - CONTEXT;
        b.append('…');
      }
      boolean cut = to - last > CONTEXT;
      if (cut) {
        to = last + CONTEXT;
      }
      mark(original, from, to, spans, b);
      previousEnd = cut ? -1 : to;
      if (cut) {
        b.append('…');
      }
      i = j;
    }
    return b.toString();
  }

  private static final int CONTEXT = 60;

  private static void mark(String original, int from, int to, List<Check.Span> spans, StringBuilder b) {
    for (int k = from; k < to; k++) {
      for (Check.Span sp : spans) {
        if (sp.start() == k) {
          b.append('【');
        }
      }
      char c = original.charAt(k);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        b.append(c);
      }
      for (Check.Span sp : spans) {
        if (sp.end() == k + 1) {
          b.append('】');
        }
      }
    }
  }

  private static int sentenceStart(String t, int at) {
    int k = at;
    while (k > 0 && SENTENCE_END.indexOf(t.charAt(k - 1)) < 0) {
      k--;
    }
    while (k < at && Character.isWhitespace(t.charAt(k))) {
      k++;
    }
    return k;
  }

  /** Just after the 。 ending the sentence that holds {@code at} (or the end of the text). */
  private static int sentenceEnd(String t, int at) {
    int k = at;
    while (k < t.length() && SENTENCE_END.indexOf(t.charAt(k)) < 0) {
      k++;
    }
    return Math.min(t.length(), k + 1);
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
    String unit = c.kind() == CheckKind.SUM || c.kind() == CheckKind.PRODUCT ? n.get(0) : "%";
    return rel + "   stated " + inUnitOf(c.stated(), unit) + ", computed " + inUnitOf(c.computed(), unit);
  }

  /** {@code value} (in base units) written in the unit of {@code figure}: 1679758600 as 167975.86万元. */
  static String inUnitOf(BigDecimal value, String figure) {
    int k = figure.length();
    while (k > 0 && !Character.isDigit(figure.charAt(k - 1))) {
      k--;
    }
    String unit = figure.substring(k);
    BigDecimal v = value;
    if (unit.startsWith("万亿")) {
      v = v.movePointLeft(12);
    } else if (unit.startsWith("亿")) {
      v = v.movePointLeft(8);
    } else if (unit.startsWith("千万")) {
      v = v.movePointLeft(7);
    } else if (unit.startsWith("百万")) {
      v = v.movePointLeft(6);
    } else if (unit.startsWith("万")) {
      v = v.movePointLeft(4);
    } else if (unit.startsWith("千")) {
      v = v.movePointLeft(3);
    }
    return plain(v) + unit.replaceFirst("^(余|多)", "");
  }

  private static String plain(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return (s.scale() > 6 ? s.setScale(6, RoundingMode.HALF_UP) : s).toPlainString();
  }
}
