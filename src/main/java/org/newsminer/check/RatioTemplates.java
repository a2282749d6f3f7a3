package org.newsminer.check;

import static org.newsminer.check.RelationFinder.HUNDRED;
import static org.newsminer.check.TemplateWords.Slot.ALLOT;
import static org.newsminer.check.TemplateWords.Slot.BASE;
import static org.newsminer.check.TemplateWords.Slot.CAPITAL;
import static org.newsminer.check.TemplateWords.Slot.COMPLEMENT;
import static org.newsminer.check.TemplateWords.Slot.COMPLETE;
import static org.newsminer.check.TemplateWords.Slot.DE;
import static org.newsminer.check.TemplateWords.Slot.DONE;
import static org.newsminer.check.TemplateWords.Slot.NO_WHOLE;
import static org.newsminer.check.TemplateWords.Slot.OF;
import static org.newsminer.check.TemplateWords.Slot.RATE;
import static org.newsminer.check.TemplateWords.Slot.RATE_LINK;
import static org.newsminer.check.TemplateWords.Slot.STAKE;
import static org.newsminer.check.TemplateWords.Slot.TAKE;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsminer.check.TemplateWords.Slot;

/**
 * The ratio templates: a percentage as a part over its whole (完成目标W的P, 占…P, 开工率P), and the shares
 * of one whole adding up to 100% (the 占 shares of one base, an allocation 将收益的50%作为…). Not
 * thread-safe: one instance per article, run once.
 */
final class RatioTemplates {
  private static final TemplateWords WORDS = TemplateWords.get();
  /** How far back a rate or share looks for its base: a base further away is another matter. */
  private static final int BASE_WINDOW = 2000;

  private final RelationFinder t;
  private final String s;
  /** Ratios found through 占, grouped by the figure of the whole. */
  private final Map<Figure, List<Figure[]>> sharesOf = new LinkedHashMap<>();

  RatioTemplates(RelationFinder text) {
    this.t = text;
    this.s = text.s;
  }

  void find() {
    ratiosOfCompletion();
    ratiosOfZhan();
    ratiosOfRates();
    sharesOfOneWhole();
    sharesOfAllocation();
  }

  /** Whether {@code p} has the particle 的 right before it (目标的72%). */
  private boolean afterDe(Figure p) {
    return s.startsWith(WORDS.word(DE), p.start() - WORDS.word(DE).length());
  }

  // ---------------------------------------------------------------- RATIO

  /** {@code 14143人，完成年度目标任务（19554人）的72.33%}. */
  private void ratiosOfCompletion() {
    String de = WORDS.word(DE);
    for (Figure p : t.figures) {
      if (p.dim() != Figure.Dim.PERCENT || p.start() == 0 || !afterDe(p)) {
        continue;
      }
      int sentence = t.sentenceStart(p.start());
      int done = t.lastIndexIn(WORDS.word(COMPLETE), sentence, p.start());
      if (done < 0) {
        continue;
      }
      List<Figure> bases = t.figuresIn(done, p.start());
      if (bases.size() != 1 || bases.get(0).dim() == Figure.Dim.PERCENT) {
        continue;
      }
      Figure base = bases.get(0);
      // 完成目标W的P: the target right before 的. In 完成投资W，占总投资的P the base is another figure.
      String between = s.substring(base.end(), p.start());
      if (!between.equals(de) && !between.equals("）" + de)) {
        continue;
      }
      Figure part = null;
      for (Figure f : t.figuresIn(sentence, done)) {
        if (f.sameUnit(base)) {
          part = f;
        }
      }
      if (part != null) {
        ratio(p, part, base);
      }
    }
  }

  /** {@code 工资性收入4730.66元，占人均纯收入57.78%} against {@code 人均纯收入达到8187.66元}; {@code 出资51万元、占股51%}. */
  private void ratiosOfZhan() {
    String of = WORDS.word(OF);
    String de = WORDS.word(DE);
    String stake = WORDS.word(STAKE);
    for (Figure p : t.figures) {
      if (p.dim() != Figure.Dim.PERCENT) {
        continue;
      }
      int zhan = t.lastIndexIn(of, p.start() - 12, p.start());
      if (zhan < 0 || RelationFinder.crossesClause(s.substring(zhan, p.start()))
          || t.figuresIn(zhan, p.start()).size() > 0) {
        continue;
      }
      String whole = s.substring(zhan + of.length(), p.start());
      whole = whole.endsWith(de) ? whole.substring(0, whole.length() - de.length()) : whole;
      for (String verb : WORDS.words(COMPLEMENT)) {
        if (whole.startsWith(verb)) {
          whole = whole.substring(verb.length());
          break;
        }
      }
      // 占比/占比重 name no whole; a one-character whole (other than 股) is too vague to look up.
      if (whole.startsWith(WORDS.word(NO_WHOLE)) || (whole.length() < 2 && !whole.equals(stake))) {
        continue;
      }
      Figure part = figureBeforeInSentence(zhan, 2);
      if (part == null || part.dim() == Figure.Dim.PERCENT) {
        continue;
      }
      Figure base = null;
      for (Figure f : t.nearestFirstBefore(part.start(), BASE_WINDOW)) {
        if (f.sameUnit(part) && (whole.equals(stake) ? WORDS.in(CAPITAL, t.label(f)) : t.label(f).contains(whole))) {
          base = f;
          break;
        }
      }
      if (base != null) {
        ratio(p, part, base);
        sharesOf.computeIfAbsent(base, b -> new ArrayList<>()).add(new Figure[] {p, part});
      }
    }
  }

  /** {@code 已开工建设项目51个，项目开工率34.93%} against {@code 计划实施项目137个}, and the like. */
  private void ratiosOfRates() {
    String rateWord = WORDS.word(RATE);
    for (Figure p : t.figures) {
      if (p.dim() != Figure.Dim.PERCENT) {
        continue;
      }
      int rate = p.start() - 1;
      while (rate > 0 && WORDS.words(RATE_LINK).contains(s.substring(rate, rate + 1))) {
        rate--;
      }
      rate -= rateWord.length() - 1; // the start of 率
      if (rate < 2 || !s.startsWith(rateWord, rate)) {
        continue;
      }
      String verb = s.substring(rate - 2, rate);
      List<String> baseLabel = WORDS.table(BASE).get(verb);
      if (baseLabel == null) {
        continue;
      }
      int sentence = t.sentenceStart(rate);
      Figure part = null;
      for (Figure f : t.figuresIn(sentence, rate)) {
        if (f.dim() != Figure.Dim.PERCENT && t.clauseBefore(f).contains(verb)) {
          part = f;
        }
      }
      if (part == null) {
        continue;
      }
      Figure base = subjectBefore(part, verb);
      if (base == null) {
        base = labelled(part, baseLabel);
      }
      if (base != null) {
        ratio(p, part, base);
      }
    }
  }

  /** {@code 218个项目已完工215个}: the figure the 已-verb applies to, right before it. */
  private Figure subjectBefore(Figure part, String verb) {
    String doneVerb = WORDS.word(DONE) + verb;
    for (Figure f : t.nearestFirstBefore(part.start(), 40)) {
      if (f.end() < part.start() && f.sameUnit(part)) {
        String between = s.substring(f.end(), part.start());
        if (between.length() <= 8 && between.contains(doneVerb) && !RelationFinder.crossesClause(between)) {
          return f;
        }
      }
    }
    return null;
  }

  /**
   * The nearest figure before {@code part}, in its unit, whose label holds one of {@code labels}. Never
   * one after it: a base stated later is as likely another budget's (a page's 安排专项资金120万元 after its
   * 下达率).
   */
  private Figure labelled(Figure part, List<String> labels) {
    for (Figure f : t.nearestFirstBefore(part.start(), BASE_WINDOW)) {
      if (f.sameUnit(part) && f.exact() && labels.stream().anyMatch(t.label(f)::contains)) {
        // 个 counts anything: the planned count must be of the same thing (计划实施项目 / 已开工建设项目).
        return f.dim() != Figure.Dim.COUNT || sameHead(t.label(f), t.label(part)) ? f : null;
      }
    }
    return null;
  }

  /** Whether two labels end in the same two characters: the head noun of a Chinese noun phrase. */
  private static boolean sameHead(String a, String b) {
    return a.length() >= 2 && b.length() >= 2 && a.endsWith(b.substring(b.length() - 2));
  }

  /** The last non-percentage figure before {@code at} within {@code clauses} clauses of the same sentence. */
  private Figure figureBeforeInSentence(int at, int clauses) {
    int from = at;
    for (int k = 0; k < clauses && from > 0; k++) {
      from = t.clauseStart(from - 1);
    }
    from = Math.max(from, t.sentenceStart(at));
    Figure last = null;
    for (Figure f : t.figuresIn(from, at)) {
      if (!t.isPercentage(f)) {
        last = f;
      }
    }
    return last;
  }

  private void ratio(Figure percent, Figure part, Figure base) {
    if (!percent.exact() || !part.exact() || !base.exact() || !part.sameUnit(base) || base.low().signum() <= 0) {
      return;
    }
    MathContext mc = MathContext.DECIMAL64;
    BigDecimal low = part.low().multiply(HUNDRED).divide(base.high(), mc);
    BigDecimal high = part.high().multiply(HUNDRED).divide(base.low(), mc);
    int decimals = Math.max(2, Math.max(0, percent.value().scale()));
    BigDecimal computed = part.value().multiply(HUNDRED).divide(base.value(), mc).setScale(decimals, RoundingMode.HALF_UP);
    t.report(CheckKind.RATIO, percent.value(), computed, percent.low(), percent.high(), low, high,
        List.of(percent, part, base), true);
  }

  // ---------------------------------------------------------------- SHARES

  /** The shares stated with 占 for parts of one whole: they add up to 100% when the parts make up the whole. */
  private void sharesOfOneWhole() {
    for (Map.Entry<Figure, List<Figure[]>> e : sharesOf.entrySet()) {
      List<Figure[]> pairs = e.getValue();
      if (pairs.size() < 2) {
        continue;
      }
      List<Figure> shares = pairs.stream().map(x -> x[0]).toList();
      List<Figure> parts = pairs.stream().map(x -> x[1]).toList();
      BigDecimal[] partRange = RelationFinder.sumInterval(parts);
      Figure whole = e.getKey();
      boolean partsMakeWhole = partRange[0].compareTo(whole.high()) <= 0 && partRange[1].compareTo(whole.low()) >= 0;
      shares(shares, partsMakeWhole);
      // The shares say the parts are all of the whole: then the parts must add up to it.
      if (RelationFinder.coversHundred(shares)) {
        t.sum(whole, parts, true);
      }
    }
  }

  /** {@code 将收益的50%作为…，35%作为…，10%作为…，5%作为…}: an allocation of one whole. */
  private void sharesOfAllocation() {
    List<Figure> run = new ArrayList<>();
    for (Figure p : t.figures) {
      boolean allocated = p.dim() == Figure.Dim.PERCENT && startsWithAny(ALLOT, p.end());
      if (allocated && !run.isEmpty() && t.sentenceStart(p.start()) == t.sentenceStart(run.get(0).start())) {
        run.add(p);
        continue;
      }
      flushAllocation(run);
      run = new ArrayList<>();
      if (allocated && p.start() > 0 && afterDe(p)
          && t.lastIndexIn(WORDS.word(TAKE), t.sentenceStart(p.start()), p.start()) >= 0) {
        run.add(p);
      }
    }
    flushAllocation(run);
  }

  private boolean startsWithAny(Slot slot, int at) {
    return WORDS.words(slot).stream().anyMatch(w -> s.startsWith(w, at));
  }

  private void flushAllocation(List<Figure> run) {
    if (run.size() >= 2) {
      shares(run.stream().map(Figure::prescribed).toList(), true);
    }
  }

  private void shares(List<Figure> shares, boolean strict) {
    if (shares.stream().anyMatch(f -> !f.exact())) {
      return;
    }
    BigDecimal[] range = RelationFinder.sumInterval(shares);
    BigDecimal computed = shares.stream().map(Figure::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    t.report(CheckKind.SHARES, HUNDRED, computed, HUNDRED, HUNDRED, range[0], range[1], shares, strict);
  }
}
