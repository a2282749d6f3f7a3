package org.newsminer.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.newsminer.check.ArithmeticChecker.Relation;

/**
 * The relations of one article found by the page templates, fixed shapes of wording and structure in the
 * compact text: {@link SumTemplates} (parts and their total), {@link RatioTemplates} (rates and shares)
 * and {@link ProductTemplates} (a count times a per-unit amount), their words in
 * {@code models/rules/check/templates.tsv}. This class holds what they share: the article's clauses and
 * sentences, its figures by position, and the verdict on a relation. One instance per article; not
 * thread-safe.
 *
 * <p>Each template decides, besides the roles of the figures, whether the text says the parts make up the
 * whole ("strict": 已…/未…, 县内/县外, three levels of government, an 其他 bucket, a stated number of
 * categories, shares adding up to 100%, a classification closing its sentence, an allocation of one
 * income, 每…总…, a rate's named base). Without that, a relation that does not hold may be a
 * partial list rather than an error, so it is reported only when it holds.
 */
final class RelationFinder {
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** A relation whose tolerance is wider than this share of its stated figure cannot be decided. */
  private static final BigDecimal UNDECIDABLE = new BigDecimal("0.1");
  private static final BitSet SENTENCE_END = charSet("。！？!?");
  private static final BitSet CLAUSE_SEP = charSet("，、；：。！？!?（）");

  /** The compact text. */
  final String s;
  /** The figures, by start; they never overlap. */
  final List<Figure> figures;
  private final int[] starts;
  private final List<Relation> out = new ArrayList<>();

  RelationFinder(String compactText, List<Figure> figures) {
    this.s = compactText;
    this.figures = figures.stream().sorted(Comparator.comparingInt(Figure::start)).toList();
    this.starts = this.figures.stream().mapToInt(Figure::start).toArray();
  }

  /** The set of the characters of {@code chars}: a lookup that costs the same for any number of them. */
  private static BitSet charSet(String chars) {
    BitSet set = new BitSet();
    chars.chars().forEach(set::set);
    return set;
  }

  /** The relations of every template, sums first, in a fixed order. */
  List<Relation> find() {
    new SumTemplates(this).find();
    new RatioTemplates(this).find();
    new ProductTemplates(this).find();
    return out;
  }

  // ---------------------------------------------------------------- verdicts

  /** Reports that {@code total} is the sum of {@code parts}, when all are exact and in one unit. */
  void sum(Figure total, List<Figure> parts, boolean strict) {
    if (!total.exact() || parts.stream().anyMatch(p -> !p.exact() || !p.sameUnit(total))) {
      return;
    }
    BigDecimal[] range = sumInterval(parts);
    BigDecimal computed = parts.stream().map(Figure::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    List<Figure> all = new ArrayList<>();
    all.add(total);
    all.addAll(parts);
    report(CheckKind.SUM, total.value(), computed, total.low(), total.high(), range[0], range[1], all, strict);
  }

  /**
   * Reports a relation whose stated figure lies in {@code [statedLow, statedHigh]} and whose computed
   * figure lies in {@code [low, high]}: CONSISTENT when the two can meet, INCONSISTENT when they cannot
   * and {@code strict}; nothing when the tolerance is too wide to tell.
   */
  void report(CheckKind kind, BigDecimal stated, BigDecimal computed, BigDecimal statedLow,
      BigDecimal statedHigh, BigDecimal low, BigDecimal high, List<Figure> figs, boolean strict) {
    if (stated.signum() == 0) {
      return;
    }
    boolean holds = low.compareTo(statedHigh) <= 0 && high.compareTo(statedLow) >= 0;
    if (!holds && !strict) {
      return;
    }
    // Ranges that meet only because they are wide say nothing; ranges that cannot meet are decided.
    BigDecimal width = statedHigh.subtract(statedLow).add(high.subtract(low));
    if (holds && width.compareTo(stated.abs().multiply(UNDECIDABLE)) > 0) {
      return;
    }
    out.add(new Relation(kind, holds ? Verdict.CONSISTENT : Verdict.INCONSISTENT, stated.stripTrailingZeros(),
        computed.stripTrailingZeros(), figs, explain(kind, holds, figs, low, high, statedLow, statedHigh, strict)));
  }

  /** The roles, the wording that set them and the arithmetic, for an editor. */
  private String explain(CheckKind kind, boolean holds, List<Figure> figs, BigDecimal low, BigDecimal high,
      BigDecimal statedLow, BigDecimal statedHigh, boolean strict) {
    Figure first = figs.get(0);
    String roles = switch (kind) {
      case SUM -> "total " + first.text() + " = " + String.join(" + ", figs.subList(1, figs.size()).stream().map(Figure::text).toList());
      case RATIO -> "rate " + first.text() + " = " + figs.get(1).text() + " / " + figs.get(2).text() + " × 100";
      case SHARES -> "shares of one whole: " + String.join(" + ", figs.stream().map(Figure::text).toList()) + " = 100";
      case PRODUCT -> "total " + first.text() + " = " + figs.get(1).text() + " × " + figs.get(2).text();
    };
    MathContext mc = new MathContext(6);
    return roles + " (wording: \"" + s.substring(clauseStart(first.start()), first.start()) + "\""
        + (strict ? ", which closes the whole" : "") + "); computed within [" + low.round(mc).stripTrailingZeros()
        + ", " + high.round(mc).stripTrailingZeros() + "] at the precision written, stated ["
        + statedLow.round(mc).stripTrailingZeros() + ", " + statedHigh.round(mc).stripTrailingZeros() + "]"
        + (holds ? "" : ": they cannot meet");
  }

  /** Whether percentages, each within its rounding, can add up to 100. */
  static boolean coversHundred(List<Figure> shares) {
    if (!shares.stream().allMatch(Figure::bounded)) {
      return false;
    }
    BigDecimal[] range = sumInterval(shares);
    return range[0].compareTo(HUNDRED) <= 0 && range[1].compareTo(HUNDRED) >= 0;
  }

  static BigDecimal[] sumInterval(List<Figure> figs) {
    BigDecimal low = BigDecimal.ZERO;
    BigDecimal high = BigDecimal.ZERO;
    for (Figure f : figs) {
      low = low.add(f.low());
      high = high.add(f.high());
    }
    return new BigDecimal[] {low, high};
  }

  // ---------------------------------------------------------------- text structure

  boolean isPercentage(Figure f) {
    return f.dim() == Figure.Dim.PERCENT || f.dim() == Figure.Dim.POINTS;
  }

  /** The figures inside {@code s[from, to)}, in text order. */
  List<Figure> figuresIn(int from, int to) {
    List<Figure> in = new ArrayList<>();
    for (int k = firstAtOrAfter(from); k < figures.size() && figures.get(k).start() < to; k++) {
      if (figures.get(k).end() <= to) {
        in.add(figures.get(k));
      }
    }
    return in;
  }

  /** The figures ending by {@code at} and starting within {@code window} characters before it, nearest first. */
  List<Figure> nearestFirstBefore(int at, int window) {
    List<Figure> in = figuresIn(Math.max(0, at - window), at);
    Collections.reverse(in);
    return in;
  }

  private int firstAtOrAfter(int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return i >= 0 ? i : -i - 1;
  }

  /** The words naming a figure: its clause up to it, after any figure before it in that clause. */
  String label(Figure f) {
    int from = clauseStart(f.start());
    int k = firstAtOrAfter(f.start()) - 1;
    if (k >= 0 && figures.get(k).end() > from) {
      from = figures.get(k).end();
    }
    return s.substring(from, f.start());
  }

  /** The whole clause before a figure, figures included. */
  String clauseBefore(Figure f) {
    return s.substring(clauseStart(f.start()), f.start());
  }

  boolean inParens(Figure f) {
    int sentence = sentenceStart(f.start());
    int open = lastIndexIn("（", sentence, f.start());
    return open >= 0 && lastIndexIn("）", open, f.start()) < 0;
  }

  /** Start of the sentence holding {@code i} (0 when {@code i < 0}). */
  int sentenceStart(int i) {
    return startBefore(SENTENCE_END, i);
  }

  /** End of the sentence holding {@code i}, its 。 excluded. */
  int sentenceEnd(int i) {
    return endFrom(SENTENCE_END, i);
  }

  int clauseStart(int i) {
    return startBefore(CLAUSE_SEP, i);
  }

  int clauseEnd(int i) {
    return endFrom(CLAUSE_SEP, i);
  }

  /** Just after the last of {@code boundaries} before {@code i}, or 0. */
  private int startBefore(BitSet boundaries, int i) {
    for (int k = Math.min(i, s.length()) - 1; k >= 0; k--) {
      if (boundaries.get(s.charAt(k))) {
        return k + 1;
      }
    }
    return 0;
  }

  /** The first of {@code boundaries} at or after {@code i}, or the end of the text. */
  private int endFrom(BitSet boundaries, int i) {
    for (int k = Math.max(0, i); k < s.length(); k++) {
      if (boundaries.get(s.charAt(k))) {
        return k;
      }
    }
    return s.length();
  }

  /** The last {@code word} inside {@code s[from, to)}, or -1. */
  int lastIndexIn(String word, int from, int to) {
    for (int i = to - word.length(); i >= Math.max(0, from); i--) {
      if (s.startsWith(word, i)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code c} ends a clause or a sentence. */
  static boolean isClauseBoundary(char c) {
    return CLAUSE_SEP.get(c);
  }

  /** Whether {@code text} holds a clause or sentence boundary. */
  static boolean crossesClause(String text) {
    for (int k = 0; k < text.length(); k++) {
      if (CLAUSE_SEP.get(text.charAt(k))) {
        return true;
      }
    }
    return false;
  }
}
