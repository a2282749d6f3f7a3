package org.newsminer.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.newsminer.check.Cues.Function;

/**
 * The sums of an article: a whole and the list of its parts after it (其中, 包括, a colon, a bracket, parts
 * labelled like the whole, nested parts collapsed), a sum after its parts (合计), a change (由A减少到B，减少C),
 * and two totals split the same way. Part of {@link RelationSearch}; not thread-safe.
 */
abstract class SumSearch extends ArticleScope {
  SumSearch(String compactText, List<Figure> figures) {
    super(compactText, figures);
  }


  /**
   * A whole followed by its parts: {@code 总投资X，其中A、B、C}; {@code X：A，B}; three or more parts. A list
   * starts right after the whole, at a cue of parts, at a sentence start or right after another list of the
   * same whole (one total split two ways: by county, then by sector).
   */
  void partsAfter(int t) {
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
    // A whole needs two smaller figures it can add up after it; labelled parts need its label among them.
    int smaller = 0;
    boolean labelled = false;
    String core = core(t);
    for (int k = t + 1; k < labelledEnd; k++) {
      Figure p = figs.get(k);
      if (addable(total, p) && p.value().compareTo(total.value()) < 0) {
        smaller += k < end ? 1 : 0;
        labelled |= core.length() >= 2 && core.equals(core(k));
      }
    }
    if (smaller < 2 && !labelled) {
      parallelList(t);
      return;
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
      boolean cue = partsCueBefore(st) || st == t + 1 && (s.startsWith("：", total.end()) || s.startsWith(":", total.end()));
      boolean opens = st == t + 1 || cue || st == listEnd || sentence[st] != sentence[st - 1];
      if (!opens) {
        continue;
      }
      int matched = smaller >= 2 ? listFrom(t, st, end, named, cue, null) : -1;
      if (matched < 0 && labelled) {
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

  /**
   * Two totals split the same way ({@code 项目共66个，资金36670万元。其中A类20个，资金16263万元；B类…}): when
   * the counts of the items add up to their total and close their sentence, the list is complete, so the
   * amounts of the same items, one per item and labelled like their total, must add up to theirs.
   */
  void parallelList(int t) {
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
  int listFrom(int t, int st, int end, boolean named, boolean cue, String core) {
    Figure total = figs.get(t);
    List<Figure> parts = new ArrayList<>();
    BigDecimal low = BigDecimal.ZERO;
    BigDecimal high = BigDecimal.ZERO;
    BigDecimal largest = BigDecimal.ZERO; // of the parts before the last two
    int depth = 0;
    int last = figs.get(st).start();
    for (int k = st; k < end; k++) {
      Figure p = figs.get(k);
      depth += parenBalance(last, p.start());
      last = p.start();
      if (depth > 0 || !addable(total, p) || core != null && !core.equals(core(k))) {
        continue;
      }
      if (!p.bounded() || notPart(k)) {
        return -1;
      }
      if (p.value().compareTo(total.value()) >= 0) {
        return -1; // a part as large as the whole: another whole, not a part
      }
      parts.add(p);
      low = low.add(p.low());
      high = high.add(p.high());
      // Sub-items add up to their parent: only when the last two together are no larger than an earlier part
      // may the last parts be one part's own.
      boolean nested = parts.size() >= 3
          && p.value().add(parts.get(parts.size() - 2).value()).compareTo(largest) <= 0;
      int sub = nested ? subList(parts) : 0;
      if (parts.size() >= 2 && parts.get(parts.size() - 2).value().compareTo(largest) > 0) {
        largest = parts.get(parts.size() - 2).value();
      }
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
   * The size the list keeps when its last two or more parts add up to the part right before them (they
   * are that part's own parts), else 0.
   */
  static int subList(List<Figure> parts) {
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

  /** A sum after its parts: {@code A、B、C，合计X}. */
  void partsBefore(int t) {
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

  /**
   * A change: {@code 由A减少到B，减少了C} (A = B + C), {@code 从53.9%下降到38.65%，下降了15个百分点}, and
   * {@code 比全国快2.9个百分点}. The change is the figure after a cue of rise or fall, or in percentage points.
   */
  void change(int t) {
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

  void sum(Figure total, List<Figure> parts, BigDecimal low, BigDecimal high, String why) {
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

  /**
   * {@code 拨付补助资金1.27亿元。此次下达的补助资金拨付A县x万元、B县y万元、C县z万元。}: a sentence whose
   * subject points back (此次, 该批, 上述) to a whole named before it, and then lists amounts of the whole's
   * unit and nothing said to be a part of them only (no 其中), hands out that whole: the amounts must add up.
   */
  void anaphoricLists() {
    for (int k = 0; k < figs.size(); k++) {
      if (k > 0 && sentence[k] == sentence[k - 1]) {
        continue;
      }
      int start = sentenceStart(figs.get(k).start());
      int cueEnd = cues.endAt(Function.ANAPHOR, s, start);
      if (cueEnd < 0) {
        continue;
      }
      String subject = s.substring(cueEnd, figs.get(k).start());
      List<Figure> sentenceFigures = new ArrayList<>();
      for (int j = k; j < figs.size() && sentence[j] == sentence[k]; j++) {
        sentenceFigures.add(figs.get(j));
      }
      int sentenceEnd = sentenceFigures.get(sentenceFigures.size() - 1).end();
      if (cues.in(Function.PARTS, s, start, sentenceEnd)) {
        continue; // 其中: a part of the list only
      }
      Figure whole = null;
      for (int j = k - 1; j >= 0 && sentence[j] >= sentence[k] - SENTENCES_BACK; j--) {
        String core = core(j);
        if (core.length() >= 2 && subject.contains(core.substring(core.length() - 2)) && figs.get(j).exact()) {
          if (whole != null && whole.value().compareTo(figs.get(j).value()) != 0) {
            whole = null;
            break;
          }
          whole = figs.get(j);
        }
      }
      if (whole == null || whole.dim() == Figure.Dim.PERCENT || whole.dim() == Figure.Dim.POINTS) {
        continue;
      }
      Figure theWhole = whole;
      List<Figure> parts = sentenceFigures.stream().filter(f -> f.sameUnit(theWhole)).toList();
      if (parts.size() < 3 || parts.stream().anyMatch(f -> !f.exact() || f.value().compareTo(theWhole.value()) >= 0)) {
        continue;
      }
      BigDecimal low = parts.stream().map(Figure::low).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal high = parts.stream().map(Figure::high).reduce(BigDecimal.ZERO, BigDecimal::add);
      List<Figure> all = new ArrayList<>();
      all.add(whole);
      all.addAll(parts);
      decide(CheckKind.SUM, whole, parts.stream().map(Figure::value).reduce(BigDecimal.ZERO, BigDecimal::add), low, high,
          all, "total " + whole.text() + " = " + String.join(" + ", parts.stream().map(Figure::text).toList())
              + " (the sentence's subject " + s.substring(start, figs.get(k).start()) + " points back to the whole)");
    }
  }
}
