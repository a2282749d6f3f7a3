package org.newsminer.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsminer.check.ArithmeticChecker.Relation;

/**
 * The relations of one article, found from its wording and structure in the compact text. One instance
 * per article; not thread-safe.
 *
 * <p>Each finder decides, besides the roles of the figures, whether the text says the parts make up the
 * whole ("strict": 已…/未…, 县内/县外, three levels of government, an 其他 bucket, a stated number of
 * categories, shares adding up to 100%, a classification closing its sentence, an allocation of one
 * income, 每…总…, a rate's named base). Without that, a relation that does not hold may be a
 * partial list rather than an error, so it is reported only when it holds.
 */
final class RelationFinder {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** A relation whose tolerance is wider than this share of its stated figure cannot be decided. */
  private static final BigDecimal UNDECIDABLE = new BigDecimal("0.1");
  /** How far back a rate or share looks for its base: a base further away is another matter. */
  private static final int BASE_WINDOW = 2000;
  private static final BitSet SENTENCE_END = charSet("。！？!?");
  private static final BitSet CLAUSE_SEP = charSet("，、；：。！？!?（）");
  /** Labels of parts that are not shares of the whole (a maximum, a per-head amount, a running total). */
  private static final Pattern NOT_A_PART = Pattern.compile("每|最高|最低|最多|最少|平均|单户|单个|累计|人均|户均");
  /** Labels that name the base of 开工率/完工率/完成率: the planned number. */
  private static final Pattern PLANNED = Pattern.compile("计划|规划");
  /** Rates whose part is named by the verb before 率, and how their base is labelled. */
  private static final Map<String, Pattern> RATE_BASE = Map.of(
      "开工", PLANNED,
      "完工", PLANNED,
      "完成", PLANNED,
      "到位", Pattern.compile("总投资|计划投资"),
      "拨付", Pattern.compile("到位"),
      "下达", Pattern.compile("安排|到位"),
      "支出", Pattern.compile("到位"));
  /** Words that mark a figure as a total: 共10类80个, 分红总金额1146万元. */
  private static final Pattern TOTAL = Pattern.compile("共|合计|总计|总");
  private static final Pattern GOVERNMENT_LEVEL = Pattern.compile("中央|自治区|省级|市级|地区|本级|县级|区级|乡级");
  /** The whole clause before a figure that is the sum of the clauses before it. */
  private static final Pattern HEJI = Pattern.compile("(合计|共计|总计)(为|达|达到)?");
  /** A label naming the rest: the last part of such a list completes it. */
  private static final Pattern OTHERS = Pattern.compile(".*(其他|其它|其余).*");
  /** Units of a stated number of categories (共10类80个). */
  private static final Set<String> CATEGORY_UNITS = Set.of("类", "项", "种");
  /** The whole of 占 股: the capital. */
  private static final Pattern CAPITAL = Pattern.compile("注册资金|注册资本|股本");
  private static final Pattern TRAILING_DE = Pattern.compile("的$");
  private static final Pattern LEADING_DAO_LE = Pattern.compile("^(到|了)");
  private static final Pattern TRAILING_DA_WEI = Pattern.compile("(达到|达|为)$");

  private final String s;
  /** The figures, by start; they never overlap. */
  private final List<Figure> figures;
  private final int[] starts;
  /** {@link #HEJI} on {@code s}, made once: it is tried before every figure. */
  private final Matcher heji;
  private final List<Relation> out = new ArrayList<>();
  /** Ratios found through 占, grouped by the figure of the whole. */
  private final Map<Figure, List<Figure[]>> sharesOf = new LinkedHashMap<>();

  RelationFinder(String compactText, List<Figure> figures) {
    this.s = compactText;
    this.figures = figures.stream().sorted(Comparator.comparingInt(Figure::start)).toList();
    this.starts = this.figures.stream().mapToInt(Figure::start).toArray();
    this.heji = HEJI.matcher(s);
  }

  /** The set of the characters of {@code chars}: a lookup that costs the same for any number of them. */
  private static BitSet charSet(String chars) {
    BitSet set = new BitSet();
    chars.chars().forEach(set::set);
    return set;
  }

  List<Relation> find() {
    sumsAfterQizhong();
    sumsAfterZhong();
    sumsAfterBaokuo();
    sumsOfDoneAndNotDone();
    sumsBeforeHeji();
    sumsOfFenbie();
    ratiosOfCompletion();
    ratiosOfZhan();
    ratiosOfRates();
    sharesOfOneWhole();
    sharesOfAllocation();
    products();
    averages();
    return out;
  }

  // ---------------------------------------------------------------- SUM

  /** {@code 14143人…。其中，省外40人，区内县外5207人、县内8896人} and {@code 167975.86万元(其中:…)}. */
  private void sumsAfterQizhong() {
    for (int i = s.indexOf("其中"); i >= 0; i = s.indexOf("其中", i + 2)) {
      boolean paren = i > 0 && s.charAt(i - 1) == '（';
      int regionStart = skipSeparators(i + 2);
      int regionEnd = paren ? closing(i) : sentenceEnd(i);
      List<Figure> candidates = new ArrayList<>();
      int searchFrom = sentenceStart(sentenceStart(i) - 1);
      int before = paren ? i - 1 : i;
      for (Figure f : nearestFirstBefore(before, before - searchFrom)) {
        if (!inParens(f) && !isPercentage(f)) {
          candidates.add(f);
        }
      }
      sumOfList(candidates, regionStart, regionEnd, false);
    }
  }

  /** {@code 63个脱贫攻坚政策文件中，继续执行的33个、取消废止18个、需要调整优化的12个}. */
  private void sumsAfterZhong() {
    for (Figure total : figures) {
      int j = total.end();
      int limit = Math.min(s.length() - 1, j + 13);
      for (int k = j; k < limit; k++) {
        char c = s.charAt(k);
        if (CLAUSE_SEP.get(c) || Character.isDigit(c)) {
          break;
        }
        if (c == '中' && (s.charAt(k + 1) == '，' || s.charAt(k + 1) == '：')) {
          sumOfList(List.of(total), k + 2, sentenceEnd(k), true);
          break;
        }
      }
    }
  }

  /** {@code 实施项目共10类80个。…包括溪桥工程项目35个，…其他项目5个。} */
  private void sumsAfterBaokuo() {
    for (int i = s.indexOf("包括"); i >= 0; i = s.indexOf("包括", i + 2)) {
      int from = sentenceStart(sentenceStart(sentenceStart(i) - 1) - 1);
      List<Figure> candidates = new ArrayList<>();
      for (Figure f : nearestFirstBefore(i, i - from)) {
        if (f.exact() && TOTAL.matcher(clauseBefore(f)).find()) {
          candidates.add(f);
        }
      }
      sumOfList(candidates, i + 2, sentenceEnd(i), false);
    }
  }

  /** {@code 中央资金600万元、自治区资金300万元、县级资金100万元，合计1000万元}: 合计 is the sum of what it follows. */
  private void sumsBeforeHeji() {
    for (Figure total : figures) {
      int clause = clauseStart(total.start());
      if (!heji.region(clause, total.start()).matches() || clause == 0) {
        continue;
      }
      // The listed parts: the figures of the clauses right before, back to the sentence start or to a
      // clause without any figure.
      List<Figure> parts = new ArrayList<>();
      int end = clause - 1;
      int sentence = sentenceStart(total.start());
      while (end > sentence) {
        int start = Math.max(sentence, clauseStart(end));
        List<Figure> in = figuresIn(start, end);
        if (in.isEmpty()) {
          break;
        }
        parts.addAll(0, in.stream().filter(f -> f.sameUnit(total)).toList());
        end = start - 1;
      }
      if (parts.size() >= 2 && parts.stream().noneMatch(p -> NOT_A_PART.matcher(clauseBefore(p)).find())) {
        sum(total, parts, true);
      }
    }
  }

  /** {@code 共安排资金180万元，中央、自治区、县级资金分别为100万元、50万元、30万元}: reported only when it holds. */
  private void sumsOfFenbie() {
    for (int i = s.indexOf("分别"); i >= 0; i = s.indexOf("分别", i + 2)) {
      int sentence = sentenceStart(i);
      List<Figure> totals = new ArrayList<>();
      for (Figure f : nearestFirstBefore(i, i - sentence)) {
        if (f.exact() && TOTAL.matcher(clauseBefore(f)).find()) {
          totals.add(f);
        }
      }
      sumOfList(totals, i + 2, sentenceEnd(i), false);
    }
  }

  /** {@code 384户1534人，…已消除风险208户847人，未消除风险176户687人}: done and not done make the whole. */
  private void sumsOfDoneAndNotDone() {
    for (int j = s.indexOf('未'); j >= 0; j = s.indexOf('未', j + 1)) {
      if (j == 0 || "，、；".indexOf(s.charAt(j - 1)) < 0 || j + 3 > s.length()) {
        continue;
      }
      int a = clauseStart(j - 1);
      if (s.charAt(a) != '已' || !s.startsWith(s.substring(j + 1, j + 3), a + 1)) {
        continue;
      }
      List<Figure> done = figuresIn(a, j - 1);
      List<Figure> notDone = figuresIn(j, clauseEnd(j));
      int sentence = sentenceStart(a);
      for (Figure d : done) {
        Figure n = first(notDone, d);
        // The whole is the one figure in that unit before 已 in the sentence; with two (去年50户，今年新增20户)
        // it is not clear which one the 已/未 split.
        List<Figure> wholes = figuresIn(sentence, a).stream().filter(f -> f.sameUnit(d) && !inParens(f)).toList();
        Figure total = wholes.size() == 1 ? wholes.get(0) : null;
        if (n != null && total != null) {
          sum(total, List.of(d, n), true);
        }
      }
    }
  }

  /**
   * The parts listed in {@code s[from, to)} that share the unit of the first of {@code totals} that has
   * at least two of them; the list ends at the first clause without any figure. With
   * {@code classification}, three or more parts that close the sentence ({@code 63个文件中，继续执行的33个、
   * 取消废止18个、需要调整优化的12个。}) sort every item of the total into one class each.
   */
  private void sumOfList(List<Figure> totals, int from, int to, boolean classification) {
    List<Figure> listed = new ArrayList<>();
    int clause = from;
    boolean any = false;
    while (clause < to) {
      int end = Math.min(to, clauseEnd(clause));
      List<Figure> in = figuresIn(clause, end);
      if (in.isEmpty() && any) {
        break;
      }
      any |= !in.isEmpty();
      listed.addAll(in);
      clause = end + 1;
    }
    for (Figure total : totals) {
      if (!total.exact() || total.dim() == Figure.Dim.PERCENT || total.dim() == Figure.Dim.POINTS) {
        continue;
      }
      List<Figure> parts = listed.stream().filter(p -> p.sameUnit(total)).toList();
      if (parts.size() < 2) {
        continue;
      }
      Figure last = parts.get(parts.size() - 1);
      if (last.end() < s.length() && s.charAt(last.end()) == '等') {
        return; // an open list: the parts named are not all the parts
      }
      for (Figure p : parts) {
        if (NOT_A_PART.matcher(clauseBefore(p)).find()) {
          return;
        }
      }
      boolean closed = makesUpTheWhole(total, parts);
      if (!closed && classification) {
        if (overlapping(total, parts)) {
          return; // 287个村中，通电280个、通网270个…: attributes that overlap, not classes
        }
        closed = parts.size() >= 3 && sentenceEnd(last.end()) == last.end();
      }
      sum(total, parts, closed);
      return;
    }
  }

  /** Whether the wording says the parts are all of the whole (see the class comment). */
  private boolean makesUpTheWhole(Figure total, List<Figure> parts) {
    List<String> labels = parts.stream().map(this::label).toList();
    // 县内 … 县外, 省内 … 省外: the two sides of one border cover everyone.
    for (String l : labels) {
      for (int k = 1; k < l.length(); k++) {
        if (l.charAt(k) == '内') {
          String outside = l.charAt(k - 1) + "外";
          if (labels.stream().anyMatch(o -> o.contains(outside))) {
            return true;
          }
        }
      }
    }
    if (OTHERS.matcher(labels.get(labels.size() - 1)).matches()) {
      return true;
    }
    // 中央 + 自治区 + 本级 + 县级: three or more levels of government name every source of the money.
    if (labels.size() >= 3 && labels.stream().allMatch(l -> GOVERNMENT_LEVEL.matcher(l).find())) {
      return true;
    }
    // 共10类80个 … followed by ten parts.
    for (Figure f : figuresIn(clauseStart(total.start()), total.start())) {
      if (f.dim() == Figure.Dim.COUNT && CATEGORY_UNITS.contains(f.unit()) && f.halfUnit().signum() == 0
          && f.value().compareTo(BigDecimal.valueOf(parts.size())) == 0) {
        return true;
      }
    }
    // Each part stated as a share of the same whole, the shares adding up to 100%.
    List<Figure> shares = new ArrayList<>();
    for (Figure p : parts) {
      Figure share = shareAfter(p);
      if (share == null) {
        return false;
      }
      shares.add(share);
    }
    return coversHundred(shares);
  }

  /** True when two parts each exceed half the total: then they cannot be classes of it. */
  private static boolean overlapping(Figure total, List<Figure> parts) {
    BigDecimal half = total.value().divide(BigDecimal.valueOf(2));
    return parts.stream().filter(p -> p.value().compareTo(half) > 0).count() >= 2;
  }

  private void sum(Figure total, List<Figure> parts, boolean strict) {
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

  // ---------------------------------------------------------------- RATIO

  /** {@code 14143人，完成年度目标任务（19554人）的72.33%}. */
  private void ratiosOfCompletion() {
    for (Figure p : figures) {
      if (p.dim() != Figure.Dim.PERCENT || p.start() == 0 || s.charAt(p.start() - 1) != '的') {
        continue;
      }
      int sentence = sentenceStart(p.start());
      int done = lastIndexIn("完成", sentence, p.start());
      if (done < 0) {
        continue;
      }
      List<Figure> bases = figuresIn(done, p.start());
      if (bases.size() != 1 || bases.get(0).dim() == Figure.Dim.PERCENT) {
        continue;
      }
      Figure base = bases.get(0);
      // 完成目标W的P: the target right before 的. In 完成投资W，占总投资的P the base is another figure.
      String between = s.substring(base.end(), p.start());
      if (!between.equals("的") && !between.equals("）的")) {
        continue;
      }
      Figure part = null;
      for (Figure f : figuresIn(sentence, done)) {
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
    for (Figure p : figures) {
      if (p.dim() != Figure.Dim.PERCENT) {
        continue;
      }
      int zhan = lastIndexIn("占", p.start() - 12, p.start());
      if (zhan < 0 || containsAny(s.substring(zhan, p.start()), CLAUSE_SEP)
          || figuresIn(zhan, p.start()).size() > 0) {
        continue;
      }
      String whole = LEADING_DAO_LE.matcher(TRAILING_DE.matcher(s.substring(zhan + 1, p.start())).replaceFirst(""))
          .replaceFirst("");
      // 占比/占比重 name no whole; a one-character whole (other than 股) is too vague to look up.
      if (whole.startsWith("比") || (whole.length() < 2 && !whole.equals("股"))) {
        continue;
      }
      Figure part = figureBeforeInSentence(zhan, 2);
      if (part == null || part.dim() == Figure.Dim.PERCENT) {
        continue;
      }
      Figure base = null;
      for (Figure f : nearestFirstBefore(part.start(), BASE_WINDOW)) {
        if (f.sameUnit(part) && (whole.equals("股") ? CAPITAL.matcher(label(f)).find() : label(f).contains(whole))) {
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
    for (Figure p : figures) {
      if (p.dim() != Figure.Dim.PERCENT) {
        continue;
      }
      int rate = p.start() - 1;
      while (rate > 0 && "达为是".indexOf(s.charAt(rate)) >= 0) {
        rate--;
      }
      if (rate < 2 || s.charAt(rate) != '率') {
        continue;
      }
      String verb = s.substring(rate - 2, rate);
      Pattern baseLabel = RATE_BASE.get(verb);
      if (baseLabel == null) {
        continue;
      }
      int sentence = sentenceStart(rate);
      Figure part = null;
      for (Figure f : figuresIn(sentence, rate)) {
        if (f.dim() != Figure.Dim.PERCENT && clauseBefore(f).contains(verb)) {
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
    for (Figure f : nearestFirstBefore(part.start(), 40)) {
      if (f.end() < part.start() && f.sameUnit(part)) {
        String between = s.substring(f.end(), part.start());
        if (between.length() <= 8 && between.contains("已" + verb) && !containsAny(between, CLAUSE_SEP)) {
          return f;
        }
      }
    }
    return null;
  }

  /**
   * The nearest figure before {@code part}, in its unit, labelled by {@code label}. Never one after it:
   * a base stated later is as likely another budget's (a page's 安排专项资金120万元 after its 下达率).
   */
  private Figure labelled(Figure part, Pattern label) {
    for (Figure f : nearestFirstBefore(part.start(), BASE_WINDOW)) {
      if (f.sameUnit(part) && f.exact() && label.matcher(label(f)).find()) {
        // 个 counts anything: the planned count must be of the same thing (计划实施项目 / 已开工建设项目).
        return f.dim() != Figure.Dim.COUNT || sameHead(label(f), label(part)) ? f : null;
      }
    }
    return null;
  }

  /** Whether two labels end in the same two characters: the head noun of a Chinese noun phrase. */
  private static boolean sameHead(String a, String b) {
    return a.length() >= 2 && b.length() >= 2 && a.endsWith(b.substring(b.length() - 2));
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
    report(CheckKind.RATIO, percent.value(), computed, percent.low(), percent.high(), low, high,
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
      BigDecimal[] partRange = sumInterval(parts);
      Figure whole = e.getKey();
      boolean partsMakeWhole = partRange[0].compareTo(whole.high()) <= 0 && partRange[1].compareTo(whole.low()) >= 0;
      shares(shares, partsMakeWhole);
      // The shares say the parts are all of the whole: then the parts must add up to it.
      if (coversHundred(shares)) {
        sum(whole, parts, true);
      }
    }
  }

  /** {@code 将收益的50%作为…，35%作为…，10%作为…，5%作为…}: an allocation of one whole. */
  private void sharesOfAllocation() {
    List<Figure> run = new ArrayList<>();
    for (Figure p : figures) {
      boolean allocated = p.dim() == Figure.Dim.PERCENT && (s.startsWith("作为", p.end()) || s.startsWith("用于", p.end()));
      if (allocated && !run.isEmpty() && sentenceStart(p.start()) == sentenceStart(run.get(0).start())) {
        run.add(p);
        continue;
      }
      flushAllocation(run);
      run = new ArrayList<>();
      if (allocated && p.start() > 0 && s.charAt(p.start() - 1) == '的'
          && lastIndexIn("将", sentenceStart(p.start()), p.start()) >= 0) {
        run.add(p);
      }
    }
    flushAllocation(run);
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
    BigDecimal[] range = sumInterval(shares);
    BigDecimal computed = shares.stream().map(Figure::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    report(CheckKind.SHARES, HUNDRED, computed, HUNDRED, HUNDRED, range[0], range[1], shares, strict);
  }

  // ---------------------------------------------------------------- PRODUCT

  /** {@code 764人每人分得1.5万元现金，分红总金额达到了1146万元}. */
  private void products() {
    for (int j = s.indexOf('每'); j >= 0; j = s.indexOf('每', j + 1)) {
      if (j + 1 >= s.length()) {
        break;
      }
      String per = s.substring(j + 1, j + 2);
      Figure count = null;
      for (Figure f : nearestFirstBefore(j, 40)) {
        if (f.end() == j && f.dim() == Figure.Dim.COUNT && f.unit().equals(per)) {
          count = f;
        }
      }
      if (count == null) {
        continue;
      }
      List<Figure> each = figuresIn(j + 2, clauseEnd(j + 2));
      if (each.isEmpty() || each.get(0).dim() == Figure.Dim.PERCENT) {
        continue;
      }
      Figure amount = each.get(0);
      Figure total = null;
      for (Figure f : figuresIn(amount.end(), sentenceEnd(amount.end()))) {
        if (f.sameUnit(amount) && TOTAL.matcher(clauseBefore(f)).find()) {
          total = f;
          break;
        }
      }
      if (total != null) {
        product(total, count, amount);
      }
    }
  }

  /**
   * {@code 向社员分红420.5万元。…社员达到860户，户均分红4890元}: an average per household (户均) or per
   * head (人均) right after the count it is an average over, against a total paid out with the same verb.
   */
  private void averages() {
    for (Figure amount : figures) {
      int at = amount.start();
      String clause = s.substring(clauseStart(at), at);
      if (!clause.startsWith("户均") && !clause.startsWith("人均") || clause.length() < 3) {
        continue;
      }
      String verb = TRAILING_DA_WEI.matcher(clause.substring(2)).replaceFirst("");
      verb = verb.length() > 2 ? verb.substring(verb.length() - 2) : verb;
      if (verb.length() < 2 || amount.dim() == Figure.Dim.PERCENT) {
        continue;
      }
      // The count is the last figure of the clause right before: 社员达到860户，户均分红4890元.
      List<Figure> before = figuresIn(clauseStart(clauseStart(at) - 1), clauseStart(at) - 1);
      if (before.isEmpty()) {
        continue;
      }
      Figure count = before.get(before.size() - 1);
      Set<String> units = clause.startsWith("户均") ? Set.of("户") : Set.of("人", "名");
      if (count.dim() != Figure.Dim.COUNT || !units.contains(count.unit())) {
        continue;
      }
      Figure total = null;
      for (Figure f : nearestFirstBefore(count.start(), s.length())) {
        if (f.start() < sentenceStart(sentenceStart(count.start()) - 1)) {
          break;
        }
        // A total is no average itself (人均增收A … 人均增收B are two averages, not a total and its share).
        if (f.sameUnit(amount) && label(f).endsWith(verb) && !NOT_A_PART.matcher(clauseBefore(f)).find()) {
          total = f;
          break;
        }
      }
      if (total != null) {
        product(total, count, amount);
      }
    }
  }

  private void product(Figure total, Figure count, Figure amount) {
    if (!count.exact() || !amount.exact() || !total.exact()) {
      return;
    }
    BigDecimal low = count.low().multiply(amount.low());
    BigDecimal high = count.high().multiply(amount.high());
    report(CheckKind.PRODUCT, total.value(), count.value().multiply(amount.value()).stripTrailingZeros(),
        total.low(), total.high(), low, high, List.of(total, count, amount), true);
  }

  // ---------------------------------------------------------------- verdicts

  /**
   * Reports a relation whose stated figure lies in {@code [statedLow, statedHigh]} and whose computed
   * figure lies in {@code [low, high]}: CONSISTENT when the two can meet, INCONSISTENT when they cannot
   * and {@code strict}; nothing when the tolerance is too wide to tell.
   */
  private void report(CheckKind kind, BigDecimal stated, BigDecimal computed, BigDecimal statedLow,
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

  // ---------------------------------------------------------------- text structure

  /** Whether percentages, each within its rounding, can add up to 100. */
  private static boolean coversHundred(List<Figure> shares) {
    if (!shares.stream().allMatch(Figure::bounded)) {
      return false;
    }
    BigDecimal[] range = sumInterval(shares);
    return range[0].compareTo(HUNDRED) <= 0 && range[1].compareTo(HUNDRED) >= 0;
  }

  private static BigDecimal[] sumInterval(List<Figure> figs) {
    BigDecimal low = BigDecimal.ZERO;
    BigDecimal high = BigDecimal.ZERO;
    for (Figure f : figs) {
      low = low.add(f.low());
      high = high.add(f.high());
    }
    return new BigDecimal[] {low, high};
  }

  /** The percentage stated with 占 right after {@code part} ({@code 4730.66元，占人均纯收入57.78%}). */
  private Figure shareAfter(Figure part) {
    for (Map.Entry<Figure, List<Figure[]>> e : sharesOf.entrySet()) {
      for (Figure[] pair : e.getValue()) {
        if (pair[1] == part) {
          return pair[0];
        }
      }
    }
    // sharesOf is filled later for 其中 lists: look at the wording directly.
    for (Figure f : figuresIn(part.end(), Math.min(s.length(), clauseEnd(clauseEnd(part.end()) + 1)))) {
      if (f.dim() == Figure.Dim.PERCENT) {
        return lastIndexIn("占", part.end(), f.start()) >= 0 ? f : null;
      }
      return null;
    }
    return null;
  }

  private boolean isPercentage(Figure f) {
    return f.dim() == Figure.Dim.PERCENT || f.dim() == Figure.Dim.POINTS;
  }

  /** The last non-percentage figure before {@code at} within {@code clauses} clauses of the same sentence. */
  private Figure figureBeforeInSentence(int at, int clauses) {
    int from = at;
    for (int k = 0; k < clauses && from > 0; k++) {
      from = clauseStart(from - 1);
    }
    from = Math.max(from, sentenceStart(at));
    Figure last = null;
    for (Figure f : figuresIn(from, at)) {
      if (!isPercentage(f)) {
        last = f;
      }
    }
    return last;
  }

  private Figure first(List<Figure> in, Figure like) {
    for (Figure f : in) {
      if (f.sameUnit(like)) {
        return f;
      }
    }
    return null;
  }

  /** The figures inside {@code s[from, to)}, in text order. */
  private List<Figure> figuresIn(int from, int to) {
    List<Figure> in = new ArrayList<>();
    for (int k = firstAtOrAfter(from); k < figures.size() && figures.get(k).start() < to; k++) {
      if (figures.get(k).end() <= to) {
        in.add(figures.get(k));
      }
    }
    return in;
  }

  /** The figures ending by {@code at} and starting within {@code window} characters before it, nearest first. */
  private List<Figure> nearestFirstBefore(int at, int window) {
    List<Figure> in = figuresIn(Math.max(0, at - window), at);
    Collections.reverse(in);
    return in;
  }

  private int firstAtOrAfter(int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return i >= 0 ? i : -i - 1;
  }

  /** The words naming a figure: its clause up to it, after any figure before it in that clause. */
  private String label(Figure f) {
    int from = clauseStart(f.start());
    int k = firstAtOrAfter(f.start()) - 1;
    if (k >= 0 && figures.get(k).end() > from) {
      from = figures.get(k).end();
    }
    return s.substring(from, f.start());
  }

  /** The whole clause before a figure, figures included. */
  private String clauseBefore(Figure f) {
    return s.substring(clauseStart(f.start()), f.start());
  }

  private boolean inParens(Figure f) {
    int sentence = sentenceStart(f.start());
    int open = lastIndexIn("（", sentence, f.start());
    return open >= 0 && lastIndexIn("）", open, f.start()) < 0;
  }

  private int closing(int i) {
    int c = s.indexOf('）', i);
    return c < 0 ? sentenceEnd(i) : c;
  }

  private int skipSeparators(int i) {
    while (i < s.length() && "：，".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  /** Start of the sentence holding {@code i} (0 when {@code i < 0}). */
  private int sentenceStart(int i) {
    return startBefore(SENTENCE_END, i);
  }

  /** End of the sentence holding {@code i}, its 。 excluded. */
  private int sentenceEnd(int i) {
    return endFrom(SENTENCE_END, i);
  }

  private int clauseStart(int i) {
    return startBefore(CLAUSE_SEP, i);
  }

  private int clauseEnd(int i) {
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
  private int lastIndexIn(String word, int from, int to) {
    for (int i = to - word.length(); i >= Math.max(0, from); i--) {
      if (s.startsWith(word, i)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean containsAny(String text, BitSet chars) {
    for (int k = 0; k < text.length(); k++) {
      if (chars.get(text.charAt(k))) {
        return true;
      }
    }
    return false;
  }
}
