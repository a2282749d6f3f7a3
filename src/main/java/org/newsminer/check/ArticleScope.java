package org.newsminer.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.newsminer.check.ArithmeticChecker.Relation;
import org.newsminer.check.Cues.Function;
import org.newsminer.entity.number.QuantityReader;

/**
 * One article as the relation search sees it: its figures (units resolved from siblings and nouns), the
 * sentence of each, the words that label a figure, and the interval arithmetic that decides a relation at
 * the precision the text wrote. The base of {@link SumSearch} and {@link RelationSearch}. One instance per
 * article; not thread-safe.
 */
abstract class ArticleScope {
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  static final MathContext MC = MathContext.DECIMAL64;
  static final BitSet SENTENCE_END = charSet("。！？!?");
  static final BitSet CLAUSE_SEP = charSet("，、；：。！？!?（）(),;:");
  /** Separators between the figures of one list: a bare figure there takes its siblings' unit. */
  static final String SIBLING = "、，,:：比和与及";
  /** A relation whose tolerance is wider than this share of its stated figure cannot be decided. */
  static final BigDecimal UNDECIDABLE = new BigDecimal("0.1");
  /**
   * Two figures that add up to a third with no word saying so count only when it holds this tightly: a sum
   * to the last digit of figures written with several is no coincidence.
   */
  static final BigDecimal TIGHT = new BigDecimal("0.002");
  /** At most this many figures on each side of a role are tried: a list longer than this is a table. */
  static final int REACH = 24;
  /** How many sentences back a whole, a base or a count may stand. */
  static final int SENTENCES_BACK = 2;
  /** How many sentences after its whole a list of parts may stand (the lead, then 此次… two sentences on). */
  static final int SENTENCES_AFTER = 3;

  final String s;
  final List<Figure> figs;
  final int[] sentence;
  final Cues cues = Cues.get();
  final List<Relation> out = new ArrayList<>();
  /** The sums found, total first: a later list of shares may state each part's share of the total. */
  final List<List<Figure>> sums = new ArrayList<>();
  /** Memoized labels: lists try the same figures from several starts. */
  private final String[] cores;
  private final byte[] notParts;
  private final byte[] partsCues;
  /** Brackets open before each offset: the balance of any stretch in constant time. */
  private final int[] depth;

  ArticleScope(String compactText, List<Figure> figures) {
    this.s = compactText;
    this.figs = resolveUnits(compactText, figures);
    this.sentence = new int[figs.size()];
    this.cores = new String[figs.size()];
    this.notParts = new byte[figs.size()];
    this.partsCues = new byte[figs.size()];
    this.depth = new int[s.length() + 1];
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      depth[i + 1] = depth[i] + (c == '（' || c == '(' ? 1 : c == '）' || c == ')' ? -1 : 0);
    }
    int k = 0;
    int id = 0;
    for (int i = 0; i < s.length() && k < figs.size(); i++) {
      while (k < figs.size() && figs.get(k).start() <= i) {
        sentence[k++] = id;
      }
      if (SENTENCE_END.get(s.charAt(i))) {
        id++;
      }
    }
    while (k < figs.size()) {
      sentence[k++] = id;
    }
  }

  static BitSet charSet(String chars) {
    BitSet set = new BitSet();
    chars.chars().forEach(set::set);
    return set;
  }

  /** A figure without a unit takes the unit of the figure right next to it in a list (5.2万、0.7万人). */
  static List<Figure> resolveUnits(String s, List<Figure> in) {
    List<Figure> out = new ArrayList<>(in);
    for (int pass = 0; pass < 2; pass++) {
      for (int i = out.size() - 1; i >= 0; i--) {
        Figure f = out.get(i);
        if (f.dim() != Figure.Dim.NONE) {
          continue;
        }
        if (i + 1 < out.size() && out.get(i + 1).dim() != Figure.Dim.NONE && siblings(s, f, out.get(i + 1))) {
          out.set(i, f.inUnitOf(out.get(i + 1)));
        } else if (i > 0 && out.get(i - 1).dim() != Figure.Dim.NONE && siblings(s, out.get(i - 1), f)) {
          out.set(i, f.inUnitOf(out.get(i - 1)));
        } else if (pass == 1 && scaled(f)) {
          // 总人口6.9万: the noun before a scaled figure names what it counts.
          int from = Math.max(i > 0 ? out.get(i - 1).end() : 0, f.start() - 4);
          String unit = QuantityReader.get().countUnitOfNoun(s.substring(from, f.start()));
          if (unit != null) {
            out.set(i, f.inUnit(Figure.Dim.COUNT, unit));
          }
        }
      }
    }
    return out;
  }

  /** A figure written with 万 or 亿 at its end. */
  static boolean scaled(Figure f) {
    char last = f.text().charAt(f.text().length() - 1);
    return last == '万' || last == '亿' || last == '萬' || last == '億';
  }

  /** Whether only a list separator stands between two figures. */
  static boolean siblings(String s, Figure a, Figure b) {
    return b.start() - a.end() == 1 && SIBLING.indexOf(s.charAt(a.end())) >= 0;
  }

  /** The index of a figure of this article. */
  int indexOf(Figure f) {
    return firstFrom(f.start());
  }

  /** The index of the first figure starting at or after {@code from}. */
  int firstFrom(int from) {
    int lo = 0;
    int hi = figs.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (figs.get(mid).start() < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The figures inside {@code s[from, to)}. */
  List<Figure> figuresIn(int from, int to) {
    List<Figure> in = new ArrayList<>();
    for (int k = firstFrom(from); k < figs.size() && figs.get(k).end() <= to; k++) {
      in.add(figs.get(k));
    }
    return in;
  }

  Figure figureAt(int start) {
    int lo = 0;
    int hi = figs.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int st = figs.get(mid).start();
      if (st == start) {
        return figs.get(mid);
      }
      if (st < start) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return null;
  }

  /**
   * The words that name {@code figs[k]}, without what joins them to it (为, 达到) or marks a whole (总, 共):
   * the last four characters, so that 总投资 and 投资 match and 计划投资 and 完成投资 do not.
   */
  String core(int k) {
    if (cores[k] == null) {
      cores[k] = labelCore(k);
    }
    return cores[k];
  }

  /** Whether the label of {@code figs[k]} marks it as no part of a whole (最高, 人均). Memoized. */
  boolean notPart(int k) {
    if (notParts[k] == 0) {
      Figure f = figs.get(k);
      notParts[k] = (byte) (cues.in(Function.NOTPART, s, clauseStart(f.start()), f.start()) ? 1 : 2);
    }
    return notParts[k] == 1;
  }

  private String labelCore(int k) {
    Figure f = figs.get(k);
    int from = Math.max(clauseStart(f.start()), k > 0 ? figs.get(k - 1).end() : 0);
    int to = f.start();
    for (int cut = cues.endingAt(Function.LINK, s, from, to); cut >= 0; cut = cues.endingAt(Function.LINK, s, from, to)) {
      to = cut;
    }
    for (int i = from; i < to; i++) {
      int e = cues.endAt(Function.TOTAL, s, i);
      if (e > 0 && e <= to) {
        from = e;
        break;
      }
      if (i > from + 3) {
        break;
      }
    }
    return s.substring(Math.max(from, to - 4), to);
  }

  /** Whether a part can be added into a total: same unit, or percentage points into a percentage. */
  static boolean addable(Figure total, Figure part) {
    return total.sameUnit(part) && total.dim() != Figure.Dim.PERCENT
        || total.dim() == Figure.Dim.PERCENT && part.dim() == Figure.Dim.POINTS;
  }

  /** A percentage, or a bare figure that a difference in percentage points can apply to. */
  static boolean isRate(Figure f) {
    return f.dim() == Figure.Dim.PERCENT || f.dim() == Figure.Dim.NONE && f.value().compareTo(HUNDRED) <= 0;
  }

  /** A percentage, or a bare figure of a ratio written 18.5:36.7:44.8. */
  boolean isShare(Figure f) {
    return f.dim() == Figure.Dim.PERCENT || f.dim() == Figure.Dim.NONE && f.value().compareTo(HUNDRED) < 0
        && (f.end() < s.length() && ":：".indexOf(s.charAt(f.end())) >= 0
            || f.start() > 0 && ":：".indexOf(s.charAt(f.start() - 1)) >= 0);
  }

  boolean containsCue(Function f, String text) {
    return cues.in(f, text, 0, text.length());
  }

  /** The closing bracket of the one opening at {@code open}, or the end of the sentence. */
  int closingBracket(int open) {
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      char c = s.charAt(i);
      depth += c == '（' || c == '(' ? 1 : c == '）' || c == ')' ? -1 : 0;
      if (depth == 0 || SENTENCE_END.get(c)) {
        return i;
      }
    }
    return s.length();
  }

  /**
   * Small counts add up by chance (3 + 3 = 6): a sum no word states counts only for a figure written with
   * enough precision, fifty units of its last digit or more (5.2%, 15010万; not 14次).
   */
  static boolean unlikelyByChance(Figure f) {
    BigDecimal unit = f.halfUnit().signum() > 0 ? f.halfUnit().multiply(BigDecimal.valueOf(2)) : BigDecimal.ONE;
    return f.value().abs().compareTo(unit.multiply(BigDecimal.valueOf(50))) >= 0;
  }

  /** Whether {@code [low, high]} meets what {@code stated} allows (an open side never excludes). */
  static boolean meets(Figure stated, BigDecimal low, BigDecimal high) {
    return (stated.low() == null || high.compareTo(stated.low()) >= 0)
        && (stated.high() == null || low.compareTo(stated.high()) <= 0);
  }

  /** Ranges that meet only because they are wide say nothing. */
  static boolean tooWide(Figure stated, BigDecimal low, BigDecimal high) {
    return tooWide(stated, low, high, UNDECIDABLE);
  }

  /** Whether the two ranges together are wider than {@code share} of the stated figure. */
  static boolean tooWide(Figure stated, BigDecimal low, BigDecimal high, BigDecimal share) {
    BigDecimal statedWidth = stated.bounded() ? stated.high().subtract(stated.low()) : BigDecimal.ZERO;
    return statedWidth.add(high.subtract(low)).compareTo(stated.value().abs().multiply(share)) > 0;
  }

  /**
   * Whether a rate P = A / W × 100 that holds says nothing, judged in the space of its least precise figure
   * (issue 9, class I): 9万人次 written to one digit is tested by A / P, not P by A / 9万.
   */
  static boolean ratioUndecidable(Figure p, Figure a, Figure w, BigDecimal[] rate) {
    Figure loosest = loosest(List.of(p, a, w));
    if (loosest == w) {
      return tooNarrowly(w, a.low().multiply(HUNDRED).divide(p.high(), MC), a.high().multiply(HUNDRED).divide(p.low(), MC));
    }
    if (loosest == a) {
      return tooNarrowly(a, p.low().multiply(w.low()).divide(HUNDRED, MC), p.high().multiply(w.high()).divide(HUNDRED, MC));
    }
    return tooWide(p, rate[0], rate[1]);
  }

  /** The same for a product T = N × U: {@code 18个项目总投资54亿元，平均每个3亿元} is tested by 54 / 18. */
  static boolean productUndecidable(Figure total, Figure n, Figure u, BigDecimal low, BigDecimal high) {
    Figure loosest = loosest(List.of(total, n, u));
    if (loosest == u && n.low().signum() > 0) {
      return tooNarrowly(u, total.low().divide(n.high(), MC), total.high().divide(n.low(), MC));
    }
    if (loosest == n && u.low().signum() > 0) {
      return tooNarrowly(n, total.low().divide(u.high(), MC), total.high().divide(u.low(), MC));
    }
    return tooWide(total, low, high);
  }

  /** The figure written with the least precision for its size. */
  static Figure loosest(List<Figure> figures) {
    Figure loosest = figures.get(0);
    for (Figure f : figures) {
      if (f.bounded() && loosest.bounded() && f.value().signum() != 0 && loosest.value().signum() != 0
          && f.high().subtract(f.low()).divide(f.value().abs(), MC)
              .compareTo(loosest.high().subtract(loosest.low()).divide(loosest.value().abs(), MC)) > 0) {
        loosest = f;
      }
    }
    return loosest;
  }

  /** Whether {@code [low, high]}, computed for {@code f} from the other figures, is too wide to test it. */
  static boolean tooNarrowly(Figure f, BigDecimal low, BigDecimal high) {
    return high.subtract(low).compareTo(f.value().abs().multiply(UNDECIDABLE)) > 0;
  }

  /** [lo/hi', hi/lo'] × 100 for positive intervals, or null. */
  static BigDecimal[] divide(BigDecimal lo, BigDecimal hi, BigDecimal baseLow, BigDecimal baseHigh) {
    if (baseLow.signum() <= 0 || lo.signum() < 0) {
      return null;
    }
    return new BigDecimal[] {lo.multiply(HUNDRED).divide(baseHigh, MC), hi.multiply(HUNDRED).divide(baseLow, MC)};
  }

  static BigDecimal[] rate(BigDecimal diffLow, BigDecimal diffHigh, BigDecimal baseLow, BigDecimal baseHigh,
      boolean rise) {
    if (rise) {
      return divide(diffLow, diffHigh, baseLow, baseHigh);
    }
    return divide(diffHigh.negate(), diffLow.negate(), baseLow, baseHigh);
  }

  /** CONSISTENT when {@code [low, high]} meets the stated figure, INCONSISTENT when it cannot, unless too wide. */
  void decide(CheckKind kind, Figure stated, BigDecimal computed, BigDecimal low, BigDecimal high,
      List<Figure> figures, String roles) {
    boolean holds = meets(stated, low, high);
    if (holds && tooWide(stated, low, high)) {
      return;
    }
    report(kind, holds ? Verdict.CONSISTENT : Verdict.INCONSISTENT, stated.value(), computed, figures,
        roles + tolerance(stated, low, high) + (holds ? "" : ": they cannot meet"));
  }

  void report(CheckKind kind, Verdict verdict, BigDecimal stated, BigDecimal computed, List<Figure> figures,
      String explanation) {
    if (stated.signum() == 0) {
      return;
    }
    out.add(new Relation(kind, verdict, stated.stripTrailingZeros(), computed.stripTrailingZeros(), figures,
        explanation));
  }

  static String tolerance(Figure stated, BigDecimal low, BigDecimal high) {
    String side = stated.bounded() ? "[" + round(stated.low()) + ", " + round(stated.high()) + "]"
        : stated.low() != null ? "≥ " + round(stated.low()) : "≤ " + round(stated.high());
    return "; computed within [" + round(low) + ", " + round(high) + "] at the precision written, stated " + side;
  }

  static BigDecimal round(BigDecimal v) {
    return v.round(new MathContext(6)).stripTrailingZeros();
  }

  String cueBefore(Figure f) {
    return s.substring(clauseStart(f.start()), f.start());
  }

  /** +1 for each opening and −1 for each closing parenthesis in {@code s[from, to)}. */
  int parenBalance(int from, int to) {
    return depth[to] - depth[from];
  }

  /** Whether a cue of parts (其中, 分别) stands between {@code figs[k - 1]} and {@code figs[k]}. Memoized. */
  boolean partsCueBefore(int k) {
    if (partsCues[k] == 0) {
      int from = figs.get(k - 1).end();
      int to = figs.get(k).start();
      partsCues[k] = (byte) (cues.in(Function.PARTS, s, from, to) || cues.in(Function.CLOSE, s, from, to) ? 1 : 2);
    }
    return partsCues[k] == 1;
  }

  boolean inParens(Figure f) {
    int sentenceStart = sentenceStart(f.start());
    int d = parenBalance(sentenceStart, f.start());
    return d > 0;
  }

  int clauseEnd(int i) {
    for (int k = Math.max(0, i); k < s.length(); k++) {
      if (CLAUSE_SEP.get(s.charAt(k))) {
        return k;
      }
    }
    return s.length();
  }

  int sentenceStart(int i) {
    return startBefore(SENTENCE_END, i);
  }

  int clauseStart(int i) {
    return startBefore(CLAUSE_SEP, i);
  }

  int startBefore(BitSet boundaries, int i) {
    for (int k = Math.min(i, s.length()) - 1; k >= 0; k--) {
      if (boundaries.get(s.charAt(k))) {
        return k + 1;
      }
    }
    return 0;
  }
}
