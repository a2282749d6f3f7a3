package org.newsminer.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.newsminer.check.ArithmeticChecker.Relation;
import org.newsminer.check.Cues.Function;

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
 * <p>The search is split by relation along a chain of classes that share one article's state: {@link
 * ArticleScope} (figures, sentences, labels, tolerance), {@link SumSearch} (wholes and their parts), this class
 * (rates, shares, products, tables).
 *
 * <p>Work is linear in the article: every search looks a bounded number of figures and sentences away.
 * One instance per article; not thread-safe.
 */
final class RelationSearch extends SumSearch {
  RelationSearch(String compactText, List<Figure> figures) {
    super(compactText, figures);
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
    anaphoricLists();
    tables();
    return out;
  }

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

  private void ratio(Figure p, Figure part, Figure base, BigDecimal[] range, String how) {
    BigDecimal computed = range[0].add(range[1]).divide(BigDecimal.valueOf(2), MC);
    report(CheckKind.RATIO, Verdict.CONSISTENT, p.value(), round(computed), List.of(p, part, base),
        "rate " + p.text() + " = " + how + " × 100" + tolerance(p, range[0], range[1]));
  }

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
    int clause = clauseStart(u.start());
    int per = u.start() - 1;
    while (per >= clause && s.charAt(per) != '每') {
      per--; // within the clause only: the search stays local
    }
    if (per < clause || !u.exact()) {
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

  /** The unit a column name gives in brackets: 面积(亩) → 亩, 补助标准(元/亩) → 元/亩. */
  private static String unitOf(String column) {
    int open = Math.max(column.lastIndexOf('（'), column.lastIndexOf('('));
    int close = Math.max(column.lastIndexOf('）'), column.lastIndexOf(')'));
    return open >= 0 && close > open ? column.substring(open + 1, close) : "";
  }
}
