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
 * Relations found by role and unit agreement rather than by page templates: a cue of the lexicon
 * ({@link Cues}) says which role a figure plays (a whole before 其中, a sum after 合计, a change after
 * 增加, a share after 占, a per-unit amount after 每), and the other roles are filled by figures of the
 * same unit within a few sentences, trying every assignment the structure allows (prefixes of a list
 * after its whole, suffixes before its sum, pairs for a rate). What holds within the precision the text
 * wrote is reported CONSISTENT. INCONSISTENT only where the wording closes the relation and leaves one
 * assignment: a change from one figure to another with its stated rate (由A增长到B，增幅P) and a
 * completion of a named target (完成目标W的P). Everything else that does not hold is left unsaid.
 *
 * <p>Work is linear in the article: every search looks a bounded number of figures and sentences away.
 * One instance per article; not thread-safe.
 */
final class RelationSearch {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final MathContext MC = MathContext.DECIMAL64;
  private static final BitSet SENTENCE_END = charSet("。！？!?");
  private static final BitSet CLAUSE_SEP = charSet("，、；：。！？!?（）(),;:");
  /** Separators between the figures of one list: a bare figure there takes its siblings' unit. */
  private static final String SIBLING = "、，,:：比和与及";
  /** A relation whose tolerance is wider than this share of its stated figure cannot be decided. */
  private static final BigDecimal UNDECIDABLE = new BigDecimal("0.1");
  /**
   * Two figures that add up to a third with no word saying so count only when it holds this tightly: a sum
   * to the last digit of figures written with several is no coincidence.
   */
  private static final BigDecimal TIGHT = new BigDecimal("0.002");
  /** At most this many figures on each side of a role are tried: a list longer than this is a table. */
  private static final int REACH = 24;
  /** How many sentences back a whole, a base or a count may stand. */
  private static final int SENTENCES_BACK = 2;
  /** How many sentences after its whole a list of parts may stand (the lead, then 此次… two sentences on). */
  private static final int SENTENCES_AFTER = 3;

  private final String s;
  private final List<Figure> figs;
  private final int[] sentence;
  private final Cues cues = Cues.get();
  private final List<Relation> out = new ArrayList<>();
  /** The sums found, total first: a later list of shares may state each part's share of the total. */
  private final List<List<Figure>> sums = new ArrayList<>();

  RelationSearch(String compactText, List<Figure> figures) {
    this.s = compactText;
    this.figs = resolveUnits(compactText, figures);
    this.sentence = new int[figs.size()];
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

  private static BitSet charSet(String chars) {
    BitSet set = new BitSet();
    chars.chars().forEach(set::set);
    return set;
  }

  /** A figure without a unit takes the unit of the figure right next to it in a list (5.2万、0.7万人). */
  private static List<Figure> resolveUnits(String s, List<Figure> in) {
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
  private static boolean scaled(Figure f) {
    char last = f.text().charAt(f.text().length() - 1);
    return last == '万' || last == '亿' || last == '萬' || last == '億';
  }

  /** Whether only a list separator stands between two figures. */
  private static boolean siblings(String s, Figure a, Figure b) {
    return b.start() - a.end() == 1 && SIBLING.indexOf(s.charAt(a.end())) >= 0;
  }

  List<Relation> find() {
    for (int t = 0; t < figs.size(); t++) {
      Figure f = figs.get(t);
      if (f.dim() == Figure.Dim.PERCENT) {
        growthRate(t);
        share(t);
        partsAfter(t); // a growth rate and the points its parts contribute
      } else {
        partsAfter(t);
        partsBefore(t);
        change(t);
        product(t);
      }
    }
    sharesOfHundred();
    sharesOfOneWhole();
    sharesOfListedParts();
    tables();
    return out;
  }

  // ---------------------------------------------------------------- SUM

  /**
   * A whole followed by its parts: {@code 总投资X，其中A、B、C}; {@code X：A，B}; three or more parts. A list
   * starts right after the whole, at a cue of parts, at a sentence start or right after another list of the
   * same whole (one total split two ways: by county, then by sector).
   */
  private void partsAfter(int t) {
    Figure total = figs.get(t);
    if (!total.bounded() || inParens(total)) {
      return;
    }
    boolean named = cues.in(Function.TOTAL, s, clauseStart(total.start()), total.start());
    int end = t + 1;
    while (end < figs.size() && end <= t + REACH && sentence[end] <= sentence[t] + SENTENCES_AFTER) {
      end++;
    }
    // Labelled parts may stand further on: the label ties them to the whole, not the distance.
    int labelledEnd = end;
    while (labelledEnd < figs.size() && labelledEnd <= t + 2 * REACH
        && sentence[labelledEnd] <= sentence[t] + 2 * SENTENCES_AFTER) {
      labelledEnd++;
    }
    int listEnd = -1;
    if (t + 1 < figs.size() && (s.startsWith("（", total.end()) || s.startsWith("(", total.end()))) {
      // 建设项目27项（省级6项、市级5项、县级16项）: the parts in the brackets right after the whole.
      int close = closingBracket(total.end());
      int inside = t + 1;
      while (inside < figs.size() && figs.get(inside).end() <= close) {
        inside++;
      }
      listEnd = listFrom(t, t + 1, inside, named, true, null);
    }
    for (int st = Math.max(t + 1, listEnd); st < end; st++) {
      int gapFrom = figs.get(st - 1).end();
      int gapTo = figs.get(st).start();
      boolean cue = cues.in(Function.PARTS, s, gapFrom, gapTo) || cues.in(Function.CLOSE, s, gapFrom, gapTo)
          || st == t + 1 && (s.startsWith("：", total.end()) || s.startsWith(":", total.end()));
      boolean opens = st == t + 1 || cue || st == listEnd || sentence[st] != sentence[st - 1];
      if (!opens) {
        continue;
      }
      int matched = listFrom(t, st, end, named, cue, null);
      String core = core(t);
      if (matched < 0 && core.length() >= 2) {
        // Items with several figures of one unit (项目82个，总投资A，年度计划投资B): the parts are the
        // figures labelled like the whole.
        matched = listFrom(t, st, labelledEnd, named, cue, core);
      }
      if (matched > 0) {
        listEnd = matched;
      }
    }
    if (listEnd < 0) {
      parallelList(t);
    }
  }

  /** The closing bracket of the one opening at {@code open}, or the end of the sentence. */
  private int closingBracket(int open) {
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
   * Two totals split the same way ({@code 项目共66个，资金36670万元。其中A类20个，资金16263万元；B类…}): when
   * the counts of the items add up to their total and close their sentence, the list is complete, so the
   * amounts of the same items, one per item and labelled like their total, must add up to theirs.
   */
  private void parallelList(int t) {
    Figure total = figs.get(t);
    String core = core(t);
    // Rates do not add up over items: only amounts and counts.
    if (!total.exact() || core.length() < 2 || total.dim() == Figure.Dim.PERCENT || total.dim() == Figure.Dim.POINTS
        || total.dim() == Figure.Dim.NONE) {
      return;
    }
    for (List<Figure> sum : sums) {
      int head = indexOf(sum.get(0));
      if (sentence[head] != sentence[t] || head > t || sum.get(0).sameUnit(total)) {
        continue;
      }
      List<Figure> items = sum.subList(1, sum.size());
      int lastItem = indexOf(items.get(items.size() - 1));
      if (indexOf(items.get(0)) <= t) {
        continue; // the total stands with the other total, before the items
      }
      List<Figure> amounts = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        int from = indexOf(items.get(i));
        int to = i + 1 < items.size() ? indexOf(items.get(i + 1)) : Math.min(figs.size(), from + 4);
        Figure amount = null;
        for (int k = from + 1; k < to; k++) {
          Figure f = figs.get(k);
          if (f.sameUnit(total) && core.equals(core(k))) {
            if (amount != null) {
              return;
            }
            amount = f;
          }
          if (f.sameUnit(items.get(0))) {
            break;
          }
        }
        if (amount == null || !amount.exact()) {
          return;
        }
        amounts.add(amount);
      }
      // The counts close their list: no further count of theirs in the sentence of the last one.
      for (int k = lastItem + 1; k < figs.size() && sentence[k] == sentence[lastItem]; k++) {
        if (figs.get(k).sameUnit(items.get(0))) {
          return;
        }
      }
      BigDecimal low = amounts.stream().map(Figure::low).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal high = amounts.stream().map(Figure::high).reduce(BigDecimal.ZERO, BigDecimal::add);
      List<Figure> all = new ArrayList<>();
      all.add(total);
      all.addAll(amounts);
      decide(CheckKind.SUM, total, amounts.stream().map(Figure::value).reduce(BigDecimal.ZERO, BigDecimal::add), low,
          high, all, "total " + total.text() + " = " + String.join(" + ", amounts.stream().map(Figure::text).toList())
              + " (the same items as " + sum.get(0).text() + " = " + String.join(" + ", items.stream().map(Figure::text)
                  .toList()) + ", which holds and closes the list)");
      return;
    }
  }

  /** Tries the list of parts of {@code figs[t]} starting at {@code st}; the index after it when it holds, else -1. */
  private int listFrom(int t, int st, int end, boolean named, boolean cue, String core) {
    Figure total = figs.get(t);
    List<Figure> parts = new ArrayList<>();
    BigDecimal low = BigDecimal.ZERO;
    BigDecimal high = BigDecimal.ZERO;
    int depth = 0;
    int last = figs.get(st).start();
    for (int k = st; k < end; k++) {
      Figure p = figs.get(k);
      depth += parenBalance(last, p.start());
      last = p.start();
      if (depth > 0 || !addable(total, p) || core != null && !core.equals(core(k))) {
        continue;
      }
      if (!p.bounded() || cues.in(Function.NOTPART, s, clauseStart(p.start()), p.start())) {
        return -1;
      }
      if (p.value().compareTo(total.value()) >= 0) {
        return -1; // a part as large as the whole: another whole, not a part
      }
      parts.add(p);
      low = low.add(p.low());
      high = high.add(p.high());
      int sub = subList(parts);
      if (sub > 0) {
        // 其中A，A1，A2，B: A1 and A2 are the parts of A, not of the whole.
        while (parts.size() > sub) {
          Figure x = parts.remove(parts.size() - 1);
          low = low.subtract(x.low());
          high = high.subtract(x.high());
        }
        continue;
      }
      boolean exact = parts.size() == 2 && unlikelyByChance(total) && !tooWide(total, low, high, TIGHT);
      boolean listed = parts.size() >= 3 && unlikelyByChance(total);
      if (parts.size() >= 2 && (named || cue || listed || exact) && meets(total, low, high)) {
        sum(total, parts, low, high, named ? "the whole named by its label" : cue ? "a list after its whole"
            : "the figures listed after it");
        return k + 1;
      }
      if (low.compareTo(total.high()) > 0) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Small counts add up by chance (3 + 3 = 6): a sum no word states counts only for a figure written with
   * enough precision, fifty units of its last digit or more (5.2%, 15010万; not 14次).
   */
  private static boolean unlikelyByChance(Figure f) {
    BigDecimal unit = f.halfUnit().signum() > 0 ? f.halfUnit().multiply(BigDecimal.valueOf(2)) : BigDecimal.ONE;
    return f.value().abs().compareTo(unit.multiply(BigDecimal.valueOf(50))) >= 0;
  }

  /**
   * The size the list keeps when its last two or more parts add up to the part right before them (they
   * are that part's own parts), else 0.
   */
  private static int subList(List<Figure> parts) {
    BigDecimal low = BigDecimal.ZERO;
    BigDecimal high = BigDecimal.ZERO;
    for (int i = parts.size() - 1; i >= 1; i--) {
      low = low.add(parts.get(i).low());
      high = high.add(parts.get(i).high());
      Figure parent = parts.get(i - 1);
      if (parts.size() - i >= 2 && unlikelyByChance(parent) && meets(parent, low, high)
          && !tooWide(parent, low, high, TIGHT)) {
        return i;
      }
      if (low.compareTo(parent.high()) > 0 && i == 1) {
        break;
      }
    }
    return 0;
  }

  /**
   * The words that name {@code figs[k]}, without what joins them to it (为, 达到) or marks a whole (总, 共):
   * the last four characters, so that 总投资 and 投资 match and 计划投资 and 完成投资 do not.
   */
  private String core(int k) {
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

  /** A sum after its parts: {@code A、B、C，合计X}. */
  private void partsBefore(int t) {
    Figure total = figs.get(t);
    if (!total.bounded() || !cues.in(Function.SUM, s, clauseStart(total.start()), total.start())
        && !cues.in(Function.TOTAL, s, clauseStart(total.start()), total.start())) {
      return;
    }
    List<Figure> parts = new ArrayList<>();
    BigDecimal low = BigDecimal.ZERO;
    BigDecimal high = BigDecimal.ZERO;
    for (int k = t - 1; k >= 0 && k >= t - REACH && sentence[k] >= sentence[t] - 1; k--) {
      Figure p = figs.get(k);
      if (!addable(total, p)) {
        continue;
      }
      if (!p.bounded() || p.value().compareTo(total.value()) >= 0) {
        return;
      }
      parts.add(0, p);
      low = low.add(p.low());
      high = high.add(p.high());
      if (parts.size() >= 2 && meets(total, low, high)) {
        sum(total, parts, low, high, "a sum after its parts");
        return;
      }
    }
  }

  /** Whether a part can be added into a total: same unit, or percentage points into a percentage. */
  private static boolean addable(Figure total, Figure part) {
    return total.sameUnit(part) && total.dim() != Figure.Dim.PERCENT
        || total.dim() == Figure.Dim.PERCENT && part.dim() == Figure.Dim.POINTS;
  }

  /**
   * A change: {@code 由A减少到B，减少了C} (A = B + C), {@code 从53.9%下降到38.65%，下降了15个百分点}, and
   * {@code 比全国快2.9个百分点}. The change is the figure after a cue of rise or fall, or in percentage points.
   */
  private void change(int t) {
    Figure c = figs.get(t);
    if (!c.bounded()) {
      return;
    }
    boolean points = c.dim() == Figure.Dim.POINTS;
    int from = Math.max(clauseStart(c.start()), t > 0 ? figs.get(t - 1).end() : 0);
    if (!points && !cues.in(Function.RISE, s, from, c.start()) && !cues.in(Function.FALL, s, from, c.start())) {
      return;
    }
    List<Integer> around = new ArrayList<>();
    for (int k = t - 1; k >= 0 && k >= t - REACH && sentence[k] >= sentence[t] - 1; k--) {
      Figure f = figs.get(k);
      if (f.bounded() && (points ? isRate(f) : f.sameUnit(c))) {
        around.add(k);
      }
    }
    for (int k = t + 1; k < figs.size() && k <= t + 3 && sentence[k] == sentence[t]; k++) {
      Figure f = figs.get(k);
      if (f.bounded() && (points ? isRate(f) : f.sameUnit(c))) {
        around.add(k);
      }
    }
    for (int i = 0; i < around.size(); i++) {
      for (int j = i + 1; j < around.size(); j++) {
        Figure a = figs.get(around.get(i));
        Figure b = figs.get(around.get(j));
        Figure big = a.value().compareTo(b.value()) >= 0 ? a : b;
        Figure small = big == a ? b : a;
        BigDecimal low = small.low().add(c.low());
        BigDecimal high = small.high().add(c.high());
        if (meets(big, low, high) && !tooWide(big, low, high)) {
          report(CheckKind.SUM, Verdict.CONSISTENT, big.value(), small.value().add(c.value()), List.of(big, small, c),
              "change: " + big.text() + " = " + small.text() + " + " + c.text() + " (the change after "
                  + cueBefore(c) + ")" + tolerance(big, low, high));
          return;
        }
      }
    }
  }

  /** A percentage, or a bare figure that a difference in percentage points can apply to. */
  private static boolean isRate(Figure f) {
    return f.dim() == Figure.Dim.PERCENT || f.dim() == Figure.Dim.NONE && f.value().compareTo(HUNDRED) <= 0;
  }

  private void sum(Figure total, List<Figure> parts, BigDecimal low, BigDecimal high, String why) {
    if (tooWide(total, low, high)) {
      return;
    }
    BigDecimal computed = parts.stream().map(Figure::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    List<Figure> all = new ArrayList<>();
    all.add(total);
    all.addAll(parts);
    StringBuilder e = new StringBuilder("total " + total.text() + " (" + why + ") = ");
    for (int i = 0; i < parts.size(); i++) {
      e.append(i == 0 ? "" : " + ").append(parts.get(i).text());
    }
    report(CheckKind.SUM, Verdict.CONSISTENT, total.value(), computed, all, e + tolerance(total, low, high));
    sums.add(all);
  }

  // ---------------------------------------------------------------- RATIO

  /**
   * A growth rate: {@code 由A增长到B，增幅P} is (B−A)/A; {@code B，比上年增加C，增长P} is C/(B−C), and
   * C/(B+C) for a fall. INCONSISTENT only for the first form with its two figures and nothing else.
   */
  private void growthRate(int t) {
    Figure p = figs.get(t);
    int from = Math.max(clauseStart(p.start()), t > 0 ? figs.get(t - 1).end() : 0);
    boolean rise = cues.in(Function.RISE, s, from, p.start());
    boolean fall = cues.in(Function.FALL, s, from, p.start());
    // 年均增长: a compound rate over years, not the change from one figure to another.
    if (!rise && !fall || p.low() == null || cues.in(Function.PER, s, clauseStart(p.start()), p.start())) {
      return;
    }
    List<Figure> before = new ArrayList<>();
    for (int k = t - 1; k >= 0 && k >= t - 6 && sentence[k] == sentence[t]; k--) {
      Figure f = figs.get(k);
      if (f.bounded() && f.dim() != Figure.Dim.PERCENT && f.dim() != Figure.Dim.POINTS) {
        before.add(0, f);
      }
    }
    // Nearest pairs first: a headline or a lead may repeat a figure rounded.
    for (int j = before.size() - 1; j > 0; j--) {
      for (int i = j - 1; i >= 0; i--) {
        Figure a = before.get(i);
        Figure b = before.get(j);
        if (!a.sameUnit(b)) {
          continue;
        }
        // from a to b
        BigDecimal[] fromTo = rate(b.low().subtract(a.high()), b.high().subtract(a.low()), a.low(), a.high(), rise);
        if (fromTo != null && meets(p, fromTo[0], fromTo[1])) {
          ratio(p, a, b, fromTo, "growth from " + a.text() + " to " + b.text() + ": (" + b.text() + " − " + a.text()
              + ") / " + a.text());
          return;
        }
        // a is the new level, b the change
        BigDecimal[] base = rise ? new BigDecimal[] {a.low().subtract(b.high()), a.high().subtract(b.low())}
            : new BigDecimal[] {a.low().add(b.low()), a.high().add(b.high())};
        BigDecimal[] byChange = divide(b.low(), b.high(), base[0], base[1]);
        if (byChange != null && meets(p, byChange[0], byChange[1])) {
          ratio(p, b, a, byChange, "change " + b.text() + " over the level before it, " + a.text() + (rise ? " − " : " + ")
              + b.text());
          return;
        }
      }
    }
    // 由A增长到B，增幅P with nothing else: the rate is decided.
    if (before.size() == 2 && before.get(0).sameUnit(before.get(1)) && before.get(0).exact() && before.get(1).exact()
        && p.exact() && rise) {
      Figure a = before.get(0);
      Figure b = before.get(1);
      int fromCue = cues.lastIndexIn(Function.FROM, s, clauseStart(a.start()) - 1, a.start());
      int toCue = cues.lastIndexIn(Function.TO, s, a.end(), b.start());
      if (fromCue >= 0 && toCue >= 0 && b.value().compareTo(a.value()) > 0) {
        BigDecimal[] r = rate(b.low().subtract(a.high()), b.high().subtract(a.low()), a.low(), a.high(), true);
        if (r != null && !meets(p, r[0], r[1])) {
          BigDecimal computed = b.value().subtract(a.value()).multiply(HUNDRED).divide(a.value(), MC);
          report(CheckKind.RATIO, Verdict.INCONSISTENT, p.value(), computed, List.of(p, b, a),
              "growth rate " + p.text() + " of a change from " + a.text() + " to " + b.text() + " (由…到): ("
                  + b.text() + " − " + a.text() + ") / " + a.text() + " = " + round(computed) + "%" + tolerance(p, r[0], r[1]));
        }
      }
    }
  }

  private static BigDecimal[] rate(BigDecimal diffLow, BigDecimal diffHigh, BigDecimal baseLow, BigDecimal baseHigh,
      boolean rise) {
    if (rise) {
      return divide(diffLow, diffHigh, baseLow, baseHigh);
    }
    return divide(diffHigh.negate(), diffLow.negate(), baseLow, baseHigh);
  }

  /** [lo/hi', hi/lo'] × 100 for positive intervals, or null. */
  private static BigDecimal[] divide(BigDecimal lo, BigDecimal hi, BigDecimal baseLow, BigDecimal baseHigh) {
    if (baseLow.signum() <= 0 || lo.signum() < 0) {
      return null;
    }
    return new BigDecimal[] {lo.multiply(HUNDRED).divide(baseHigh, MC), hi.multiply(HUNDRED).divide(baseLow, MC)};
  }

  /**
   * A share: {@code A，占W的P}, {@code 完成W的P}, {@code 到位率P}: the part is a figure of the same sentence before
   * the percentage, the whole any figure of its unit up to two sentences back; the first pair that holds.
   */
  private void share(int t) {
    Figure p = figs.get(t);
    int from = Math.max(clauseStart(clauseStart(p.start()) - 1), t > 0 ? figs.get(t - 1).end() : 0);
    // The cue before the percentage (占W的P, 完成率P) or right after it (P的开工率).
    int after = Math.min(clauseEnd(p.end()), p.end() + 5);
    if (p.low() == null || !cues.in(Function.SHARE, s, from, p.start()) && !cues.in(Function.DONE, s, from, p.start())
        && !s.startsWith("的", p.start() - 1) && !cues.in(Function.DONE, s, p.end(), after)) {
      return;
    }
    int tried = 0;
    for (int k = t - 1; k >= 0 && tried < 3 && sentence[k] == sentence[t]; k--) {
      Figure a = figs.get(k);
      if (!a.bounded() || a.dim() == Figure.Dim.PERCENT || a.dim() == Figure.Dim.POINTS) {
        continue;
      }
      tried++;
      String named = s.substring(from, p.start());
      for (int j = t - 1; j >= 0 && j >= t - 3 * REACH; j--) {
        Figure w = figs.get(j);
        if (j == k || !w.bounded() || !w.sameUnit(a)) {
          continue;
        }
        // Further back, only the whole the wording names: 占全区粮食产量的P against 粮食产量W.
        String core = core(j);
        if (sentence[j] < sentence[t] - SENTENCES_BACK && (core.length() < 2 || !named.contains(core.substring(core.length() - 2)))) {
          continue;
        }
        BigDecimal[] r = divide(a.low(), a.high(), w.low(), w.high());
        if (r != null && meets(p, r[0], r[1]) && !ratioUndecidable(p, a, w, r)) {
          ratio(p, a, w, r, "share " + a.text() + " / " + w.text());
          return;
        }
      }
    }
    namedShare(t);
  }

  /**
   * {@code A，占总人口的P} with the whole named: the part is the figure (or the figures listed together:
   * 分别为A和B) of the clause before 占, the whole the one figure of its unit up to two sentences back whose
   * noun the wording names (全区人口W for 总人口). Reported either way: the wording fixes every role.
   */
  private void namedShare(int t) {
    Figure p = figs.get(t);
    int of = cues.lastIndexIn(Function.OF, s, clauseStart(p.start()), p.start());
    if (of < 0 || !p.exact()) {
      return;
    }
    // The part: the figures of the clause before 占 (its own clause up to 占 when it has any).
    int partFrom = clauseStart(of);
    List<Figure> clause = figuresIn(partFrom, of).isEmpty() && partFrom > 0
        ? figuresIn(clauseStart(partFrom - 1), partFrom - 1) : figuresIn(partFrom, of);
    if (clause.isEmpty()) {
      return;
    }
    Figure lastOne = clause.get(clause.size() - 1);
    List<Figure> part = clause.stream().filter(f -> f.sameUnit(lastOne)).toList();
    if (part.stream().anyMatch(f -> !f.exact()) || lastOne.dim() == Figure.Dim.PERCENT
        || lastOne.dim() == Figure.Dim.POINTS) {
      return;
    }
    String named = s.substring(of + 1, p.start());
    int firstPart = indexOf(part.get(0));
    Figure whole = null;
    for (int j = firstPart - 1; j >= 0 && sentence[j] >= sentence[t] - SENTENCES_BACK; j--) {
      Figure w = figs.get(j);
      String core = core(j);
      // A whole is larger than its part and names another thing (两个完成投资 are no part and whole).
      if (w.sameUnit(part.get(0)) && core.length() >= 2 && named.contains(core.substring(core.length() - 2))
          && w.value().compareTo(part.get(0).value()) > 0 && !core.equals(core(indexOf(part.get(0))))) {
        if (whole != null && whole.value().compareTo(w.value()) != 0) {
          return; // two wholes of that name: which one is meant is not clear
        }
        whole = whole == null ? w : whole;
      }
    }
    if (whole == null || !whole.exact()) {
      return;
    }
    BigDecimal low = part.stream().map(Figure::low).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal high = part.stream().map(Figure::high).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal[] r = divide(low, high, whole.low(), whole.high());
    if (r == null) {
      return;
    }
    List<Figure> all = new ArrayList<>();
    all.add(p);
    all.addAll(part);
    all.add(whole);
    BigDecimal value = part.stream().map(Figure::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    decide(CheckKind.RATIO, p, round(value.multiply(HUNDRED).divide(whole.value(), MC)), r[0], r[1], all,
        "rate " + p.text() + " = " + String.join(" + ", part.stream().map(Figure::text).toList()) + " / "
            + whole.text() + " × 100 (the whole named after 占: " + named + ")");
  }

  /** The index of a figure of this article. */
  private int indexOf(Figure f) {
    return firstFrom(f.start());
  }

  /** The index of the first figure starting at or after {@code from}. */
  private int firstFrom(int from) {
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
  private List<Figure> figuresIn(int from, int to) {
    List<Figure> in = new ArrayList<>();
    for (int k = firstFrom(from); k < figs.size() && figs.get(k).end() <= to; k++) {
      in.add(figs.get(k));
    }
    return in;
  }

  private void ratio(Figure p, Figure part, Figure base, BigDecimal[] range, String how) {
    BigDecimal computed = range[0].add(range[1]).divide(BigDecimal.valueOf(2), MC);
    report(CheckKind.RATIO, Verdict.CONSISTENT, p.value(), round(computed), List.of(p, part, base),
        "rate " + p.text() + " = " + how + " × 100" + tolerance(p, range[0], range[1]));
  }

  // ---------------------------------------------------------------- SHARES

  /** Percentages listed one after another in a sentence with a share cue, adding up to 100: 8.5%、37.7%、53.8%. */
  private void sharesOfHundred() {
    for (int i = 0; i < figs.size(); i++) {
      if (!isShare(figs.get(i))) {
        continue;
      }
      BigDecimal low = BigDecimal.ZERO;
      BigDecimal high = BigDecimal.ZERO;
      List<Figure> run = new ArrayList<>();
      for (int k = i; k < figs.size() && k < i + REACH && sentence[k] == sentence[i] && isShare(figs.get(k)); k++) {
        Figure f = figs.get(k);
        if (!f.bounded()) {
          break;
        }
        run.add(f);
        low = low.add(f.low());
        high = high.add(f.high());
        if (high.compareTo(HUNDRED) >= 0) {
          break;
        }
      }
      if (run.size() >= 2 && low.compareTo(HUNDRED) <= 0 && high.compareTo(HUNDRED) >= 0
          && cues.in(Function.SHARE, s, sentenceStart(run.get(0).start()), run.get(run.size() - 1).end())) {
        report(CheckKind.SHARES, Verdict.CONSISTENT, HUNDRED, run.stream().map(Figure::value)
            .reduce(BigDecimal.ZERO, BigDecimal::add), run, "shares of one whole add up to 100: "
            + String.join(" + ", run.stream().map(Figure::text).toList()) + " within [" + round(low) + ", " + round(high) + "]");
        i += run.size() - 1;
      }
    }
  }

  /**
   * Shares stated each against the same named whole, a few sentences apart at most
   * ({@code 占年度计划投资的79.5%；…占年度计划投资的20.5%}): they add up to 100 when the parts are all of it.
   * Reported only when they do.
   */
  private void sharesOfOneWhole() {
    java.util.Map<String, List<Figure>> byWhole = new java.util.HashMap<>();
    java.util.Map<String, Integer> sentenceOf = new java.util.HashMap<>();
    for (int t = 0; t < figs.size(); t++) {
      Figure p = figs.get(t);
      if (p.dim() != Figure.Dim.PERCENT || !p.bounded()) {
        continue;
      }
      int from = Math.max(clauseStart(p.start()), t > 0 ? figs.get(t - 1).end() : 0);
      int cue = cues.lastIndexIn(Function.SHARE, s, from, p.start());
      if (cue < 0 || p.start() - cue < 3) {
        continue;
      }
      String whole = s.substring(cue, p.start());
      Integer seen = sentenceOf.get(whole);
      if (seen == null || sentence[t] - seen > SENTENCES_AFTER) {
        byWhole.put(whole, new ArrayList<>());
      }
      sentenceOf.put(whole, sentence[t]);
      List<Figure> shares = byWhole.get(whole);
      shares.add(p);
      BigDecimal low = shares.stream().map(Figure::low).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal high = shares.stream().map(Figure::high).reduce(BigDecimal.ZERO, BigDecimal::add);
      if (shares.size() >= 2 && low.compareTo(HUNDRED) <= 0 && high.compareTo(HUNDRED) >= 0) {
        report(CheckKind.SHARES, Verdict.CONSISTENT, HUNDRED, shares.stream().map(Figure::value)
            .reduce(BigDecimal.ZERO, BigDecimal::add), List.copyOf(shares), "shares of one named whole (" + whole
            + ") add up to 100: " + String.join(" + ", shares.stream().map(Figure::text).toList()) + " within ["
            + round(low) + ", " + round(high) + "]");
        byWhole.remove(whole);
      }
    }
  }

  /**
   * A list of shares after a sum with as many parts ({@code 第一、二、三产业增加值所占比重分别为8.5%、37.7%、
   * 53.8%}, {@code 三次产业结构比18.5:36.7:44.8}): each share is its part over the total, in list order.
   * Reported when every share of the list holds.
   */
  private void sharesOfListedParts() {
    for (List<Figure> sum : sums) {
      Figure total = sum.get(0);
      List<Figure> parts = sum.subList(1, sum.size());
      int k = parts.size();
      int last = indexOf(parts.get(k - 1));
      for (int i = last + 1; i < figs.size() && i <= last + 2 * REACH && sentence[i] <= sentence[last] + SENTENCES_AFTER; i++) {
        if (!isShare(figs.get(i)) || i + k > figs.size() || sentence[i + k - 1] != sentence[i]) {
          continue;
        }
        List<BigDecimal[]> ranges = new ArrayList<>();
        for (int j = 0; j < k; j++) {
          Figure share = figs.get(i + j);
          BigDecimal[] r = isShare(share) && share.bounded()
              ? divide(parts.get(j).low(), parts.get(j).high(), total.low(), total.high()) : null;
          if (r == null || !meets(share, r[0], r[1])) {
            ranges = null;
            break;
          }
          ranges.add(r);
        }
        if (ranges != null && cues.in(Function.SHARE, s, sentenceStart(figs.get(i).start()), figs.get(i).start())) {
          for (int j = 0; j < k; j++) {
            ratio(figs.get(i + j), parts.get(j), total, ranges.get(j), "share of the " + (j + 1)
                + ". part listed, " + parts.get(j).text() + " / " + total.text());
          }
          break;
        }
      }
    }
  }

  /** A percentage, or a bare figure of a ratio written 18.5:36.7:44.8. */
  private boolean isShare(Figure f) {
    return f.dim() == Figure.Dim.PERCENT || f.dim() == Figure.Dim.NONE && f.value().compareTo(HUNDRED) < 0
        && (f.end() < s.length() && ":：".indexOf(s.charAt(f.end())) >= 0
            || f.start() > 0 && ":：".indexOf(s.charAt(f.start() - 1)) >= 0);
  }

  // ---------------------------------------------------------------- PRODUCT

  /** A per-unit amount (每, 户均, 人均) times a count equals a total of the amount's unit nearby. */
  private void product(int t) {
    Figure u = figs.get(t);
    int from = Math.max(clauseStart(u.start()), t > 0 ? figs.get(t - 1).end() : 0);
    boolean per = cues.in(Function.PER, s, from, u.start()) || u.end() < s.length() && s.charAt(u.end()) == '/';
    if (!per || !u.bounded()) {
      return;
    }
    for (int k = Math.max(0, t - REACH); k < figs.size() && k <= t + 4; k++) {
      Figure n = figs.get(k);
      if (k == t || n.dim() != Figure.Dim.COUNT || !n.bounded() || Math.abs(sentence[k] - sentence[t]) > 1) {
        continue;
      }
      BigDecimal low = n.low().multiply(u.low());
      BigDecimal high = n.high().multiply(u.high());
      for (int j = Math.max(0, t - REACH); j < figs.size() && j <= t + 6; j++) {
        Figure total = figs.get(j);
        if (j == t || j == k || !total.bounded() || !total.sameUnit(u) || Math.abs(sentence[j] - sentence[t]) > 1) {
          continue;
        }
        if (meets(total, low, high) && !productUndecidable(total, n, u, low, high)) {
          report(CheckKind.PRODUCT, Verdict.CONSISTENT, total.value(), n.value().multiply(u.value()).stripTrailingZeros(),
              List.of(total, n, u), "product: " + total.text() + " = " + n.text() + " × " + u.text() + " (per-unit after "
                  + cueBefore(u) + ")" + tolerance(total, low, high));
          return;
        }
      }
    }
    perNamedUnit(t);
  }

  /**
   * {@code 总面积N平方公里 … 总人口T，密度为每平方公里U人}: the per-unit amount names the unit of its count
   * (每平方公里 and N平方公里) and the total is marked as one (总人口). With one figure for each role up to two
   * sentences around, the product is decided.
   */
  private void perNamedUnit(int t) {
    Figure u = figs.get(t);
    int per = s.lastIndexOf('每', u.start());
    if (per < 0 || per < clauseStart(u.start()) || !u.exact()) {
      return;
    }
    String unit = s.substring(per + 1, u.start());
    Figure count = null;
    Figure total = null;
    for (int k = Math.max(0, t - REACH); k < figs.size() && k <= t + 4; k++) {
      Figure f = figs.get(k);
      if (k == t || sentence[k] < sentence[t] - SENTENCES_BACK || sentence[k] > sentence[t] + 1) {
        continue;
      }
      if (f.dim() == Figure.Dim.COUNT && f.unit().equals(unit)) {
        if (count != null && count.value().compareTo(f.value()) != 0) {
          return;
        }
        count = f;
      } else if (f.sameUnit(u) && cues.in(Function.TOTAL, s, Math.max(clauseStart(f.start()), f.start() - 4), f.start())) {
        if (total != null && total.value().compareTo(f.value()) != 0) {
          return;
        }
        total = f;
      }
    }
    if (count == null || total == null || !count.exact() || !total.exact()) {
      return;
    }
    decide(CheckKind.PRODUCT, total, count.value().multiply(u.value()), count.low().multiply(u.low()),
        count.high().multiply(u.high()), List.of(total, count, u), "product: " + total.text() + " = " + count.text()
            + " × " + u.text() + " (每" + unit + " names the count's unit; the total is marked by its label)");
  }

  // ---------------------------------------------------------------- tables

  /**
   * A table states its arithmetic by its layout: a row labelled 合计 is the sum of the other rows of each
   * column, and a column whose unit is a rate ({@code 元/亩}) times the column of its denominator's unit
   * ({@code 亩}) is the column of its numerator's unit ({@code 元}). Both close their relation: a figure
   * that does not hold is INCONSISTENT.
   */
  private void tables() {
    for (Tables.Table table : Tables.read(s)) {
      List<Tables.Row> rows = table.rows();
      int width = table.columns().size();
      Figure[][] grid = new Figure[rows.size()][width];
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < width; c++) {
          grid[r][c] = rows.get(r).cells()[c] < 0 ? null : figureAt(rows.get(r).cells()[c]);
        }
      }
      List<Integer> totals = new ArrayList<>();
      for (int r = 0; r < rows.size(); r++) {
        String label = rows.get(r).label();
        if (containsCue(Function.SUM, label)) {
          totals.add(r);
        }
      }
      for (int c = 0; c < width && totals.size() == 1; c++) {
        int tr = totals.get(0);
        Figure total = grid[tr][c];
        List<Figure> parts = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
          if (r != tr) {
            parts.add(grid[r][c]);
          }
        }
        if (total != null && total.bounded() && parts.stream().allMatch(f -> f != null && f.bounded())) {
          BigDecimal low = parts.stream().map(Figure::low).reduce(BigDecimal.ZERO, BigDecimal::add);
          BigDecimal high = parts.stream().map(Figure::high).reduce(BigDecimal.ZERO, BigDecimal::add);
          List<Figure> all = new ArrayList<>();
          all.add(total);
          all.addAll(parts);
          decide(CheckKind.SUM, total, parts.stream().map(Figure::value).reduce(BigDecimal.ZERO, BigDecimal::add),
              low, high, all, "table column " + table.columns().get(c) + ": the row " + rows.get(tr).label()
                  + " is the sum of the " + parts.size() + " other rows");
        }
      }
      for (int rate = 0; rate < width; rate++) {
        String[] per = unitOf(table.columns().get(rate)).split("/");
        if (per.length != 2) {
          continue;
        }
        for (int count = 0; count < width; count++) {
          for (int amount = 0; amount < width; amount++) {
            if (count == rate || amount == rate || count == amount || !unitOf(table.columns().get(count)).equals(per[1])
                || !unitOf(table.columns().get(amount)).equals(per[0])) {
              continue;
            }
            for (int r = 0; r < rows.size(); r++) {
              Figure n = grid[r][count];
              // A rate column is a standard (补助标准): a rule applied, not a rounded measurement.
              Figure u = grid[r][rate] == null ? null : grid[r][rate].prescribed();
              Figure t = grid[r][amount];
              if (n != null && u != null && t != null && n.bounded() && u.bounded() && t.bounded()) {
                decide(CheckKind.PRODUCT, t, n.value().multiply(u.value()), n.low().multiply(u.low()),
                    n.high().multiply(u.high()), List.of(t, n, u), "table row " + rows.get(r).label() + ": "
                        + table.columns().get(amount) + " = " + table.columns().get(count) + " × " + table.columns().get(rate));
              }
            }
          }
        }
      }
    }
  }

  private boolean containsCue(Function f, String text) {
    return cues.in(f, text, 0, text.length());
  }

  /** The unit a column name gives in brackets: 面积(亩) → 亩, 补助标准(元/亩) → 元/亩. */
  private static String unitOf(String column) {
    int open = Math.max(column.lastIndexOf('（'), column.lastIndexOf('('));
    int close = Math.max(column.lastIndexOf('）'), column.lastIndexOf(')'));
    return open >= 0 && close > open ? column.substring(open + 1, close) : "";
  }

  private Figure figureAt(int start) {
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

  /** CONSISTENT when {@code [low, high]} meets the stated figure, INCONSISTENT when it cannot, unless too wide. */
  private void decide(CheckKind kind, Figure stated, BigDecimal computed, BigDecimal low, BigDecimal high,
      List<Figure> figures, String roles) {
    boolean holds = meets(stated, low, high);
    if (holds && tooWide(stated, low, high)) {
      return;
    }
    report(kind, holds ? Verdict.CONSISTENT : Verdict.INCONSISTENT, stated.value(), computed, figures,
        roles + tolerance(stated, low, high) + (holds ? "" : ": they cannot meet"));
  }

  // ---------------------------------------------------------------- verdicts

  /** Whether {@code [low, high]} meets what {@code stated} allows (an open side never excludes). */
  private static boolean meets(Figure stated, BigDecimal low, BigDecimal high) {
    return (stated.low() == null || high.compareTo(stated.low()) >= 0)
        && (stated.high() == null || low.compareTo(stated.high()) <= 0);
  }

  /** Ranges that meet only because they are wide say nothing. */
  private static boolean tooWide(Figure stated, BigDecimal low, BigDecimal high) {
    return tooWide(stated, low, high, UNDECIDABLE);
  }

  /**
   * Whether a rate P = A / W × 100 that holds says nothing, judged in the space of its least precise figure
   * (issue 9, class I): 9万人次 written to one digit is tested by A / P, not P by A / 9万.
   */
  private static boolean ratioUndecidable(Figure p, Figure a, Figure w, BigDecimal[] rate) {
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
  private static boolean productUndecidable(Figure total, Figure n, Figure u, BigDecimal low, BigDecimal high) {
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
  private static Figure loosest(List<Figure> figures) {
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
  private static boolean tooNarrowly(Figure f, BigDecimal low, BigDecimal high) {
    return high.subtract(low).compareTo(f.value().abs().multiply(UNDECIDABLE)) > 0;
  }

  /** Whether the two ranges together are wider than {@code share} of the stated figure. */
  private static boolean tooWide(Figure stated, BigDecimal low, BigDecimal high, BigDecimal share) {
    BigDecimal statedWidth = stated.bounded() ? stated.high().subtract(stated.low()) : BigDecimal.ZERO;
    return statedWidth.add(high.subtract(low)).compareTo(stated.value().abs().multiply(share)) > 0;
  }

  private void report(CheckKind kind, Verdict verdict, BigDecimal stated, BigDecimal computed, List<Figure> figures,
      String explanation) {
    if (stated.signum() == 0) {
      return;
    }
    out.add(new Relation(kind, verdict, stated.stripTrailingZeros(), computed.stripTrailingZeros(), figures,
        explanation));
  }

  private static String tolerance(Figure stated, BigDecimal low, BigDecimal high) {
    String side = stated.bounded() ? "[" + round(stated.low()) + ", " + round(stated.high()) + "]"
        : stated.low() != null ? "≥ " + round(stated.low()) : "≤ " + round(stated.high());
    return "; computed within [" + round(low) + ", " + round(high) + "] at the precision written, stated " + side;
  }

  private static BigDecimal round(BigDecimal v) {
    return v.round(new MathContext(6)).stripTrailingZeros();
  }

  // ---------------------------------------------------------------- text structure

  private String cueBefore(Figure f) {
    return s.substring(clauseStart(f.start()), f.start());
  }

  /** +1 for each opening and −1 for each closing parenthesis in {@code s[from, to)}. */
  private int parenBalance(int from, int to) {
    int d = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      d += c == '（' || c == '(' ? 1 : c == '）' || c == ')' ? -1 : 0;
    }
    return d;
  }

  private boolean inParens(Figure f) {
    int sentenceStart = sentenceStart(f.start());
    int d = parenBalance(sentenceStart, f.start());
    return d > 0;
  }

  private int clauseEnd(int i) {
    for (int k = Math.max(0, i); k < s.length(); k++) {
      if (CLAUSE_SEP.get(s.charAt(k))) {
        return k;
      }
    }
    return s.length();
  }

  private int sentenceStart(int i) {
    return startBefore(SENTENCE_END, i);
  }

  private int clauseStart(int i) {
    return startBefore(CLAUSE_SEP, i);
  }

  private int startBefore(BitSet boundaries, int i) {
    for (int k = Math.min(i, s.length()) - 1; k >= 0; k--) {
      if (boundaries.get(s.charAt(k))) {
        return k + 1;
      }
    }
    return 0;
  }
}
