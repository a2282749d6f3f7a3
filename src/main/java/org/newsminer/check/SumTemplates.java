package org.newsminer.check;

import static org.newsminer.check.TemplateWords.Slot.AMONG;
import static org.newsminer.check.TemplateWords.Slot.AMONG_THEM;
import static org.newsminer.check.TemplateWords.Slot.BORDER;
import static org.newsminer.check.TemplateWords.Slot.CATEGORY;
import static org.newsminer.check.TemplateWords.Slot.DONE;
import static org.newsminer.check.TemplateWords.Slot.INCLUDING;
import static org.newsminer.check.TemplateWords.Slot.LEVEL;
import static org.newsminer.check.TemplateWords.Slot.NOTPART;
import static org.newsminer.check.TemplateWords.Slot.NOT_DONE;
import static org.newsminer.check.TemplateWords.Slot.OF;
import static org.newsminer.check.TemplateWords.Slot.OPEN;
import static org.newsminer.check.TemplateWords.Slot.REACH;
import static org.newsminer.check.TemplateWords.Slot.REST;
import static org.newsminer.check.TemplateWords.Slot.RESPECTIVELY;
import static org.newsminer.check.TemplateWords.Slot.SUMMED;
import static org.newsminer.check.TemplateWords.Slot.WHOLE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The sum templates: parts listed after 其中, after N个…中, after 包括 or 分别, before 合计, and the two
 * halves 已…/未… of one whole. Not thread-safe: one instance per article, run once.
 */
final class SumTemplates {
  private static final TemplateWords WORDS = TemplateWords.get();

  private final RelationFinder t;
  private final String s;

  SumTemplates(RelationFinder text) {
    this.t = text;
    this.s = text.s;
  }

  void find() {
    sumsAfterQizhong();
    sumsAfterZhong();
    sumsAfterBaokuo();
    sumsOfDoneAndNotDone();
    sumsBeforeHeji();
    sumsOfFenbie();
  }

  /** {@code 14143人…。其中，省外40人，区内县外5207人、县内8896人} and {@code 167975.86万元(其中:…)}. */
  private void sumsAfterQizhong() {
    String cue = WORDS.word(AMONG_THEM);
    for (int i = s.indexOf(cue); i >= 0; i = s.indexOf(cue, i + cue.length())) {
      boolean paren = i > 0 && s.charAt(i - 1) == '（';
      int regionStart = skipSeparators(i + cue.length());
      int regionEnd = paren ? closing(i) : t.sentenceEnd(i);
      List<Figure> candidates = new ArrayList<>();
      int searchFrom = t.sentenceStart(t.sentenceStart(i) - 1);
      int before = paren ? i - 1 : i;
      for (Figure f : t.nearestFirstBefore(before, before - searchFrom)) {
        if (!t.inParens(f) && !t.isPercentage(f)) {
          candidates.add(f);
        }
      }
      sumOfList(candidates, regionStart, regionEnd, false);
    }
  }

  /** {@code 63个脱贫攻坚政策文件中，继续执行的33个、取消废止18个、需要调整优化的12个}. */
  private void sumsAfterZhong() {
    String cue = WORDS.word(AMONG);
    for (Figure total : t.figures) {
      int j = total.end();
      int limit = Math.min(s.length() - cue.length(), j + 13);
      for (int k = j; k < limit; k++) {
        char c = s.charAt(k);
        if (RelationFinder.isClauseBoundary(c) || Character.isDigit(c)) {
          break;
        }
        int after = k + cue.length();
        if (s.startsWith(cue, k) && (s.charAt(after) == '，' || s.charAt(after) == '：')) {
          sumOfList(List.of(total), after + 1, t.sentenceEnd(k), true);
          break;
        }
      }
    }
  }

  /** {@code 实施项目共10类80个。…包括溪桥工程项目35个，…其他项目5个。} */
  private void sumsAfterBaokuo() {
    String cue = WORDS.word(INCLUDING);
    for (int i = s.indexOf(cue); i >= 0; i = s.indexOf(cue, i + cue.length())) {
      int from = t.sentenceStart(t.sentenceStart(t.sentenceStart(i) - 1) - 1);
      List<Figure> candidates = new ArrayList<>();
      for (Figure f : t.nearestFirstBefore(i, i - from)) {
        if (f.exact() && WORDS.in(WHOLE, t.clauseBefore(f))) {
          candidates.add(f);
        }
      }
      sumOfList(candidates, i + cue.length(), t.sentenceEnd(i), false);
    }
  }

  /** {@code 中央资金600万元、自治区资金300万元、县级资金100万元，合计1000万元}: 合计 is the sum of what it follows. */
  private void sumsBeforeHeji() {
    for (Figure total : t.figures) {
      int clause = t.clauseStart(total.start());
      if (!isSummed(s.substring(clause, total.start())) || clause == 0) {
        continue;
      }
      // The listed parts: the figures of the clauses right before, back to the sentence start or to a
      // clause without any figure.
      List<Figure> parts = new ArrayList<>();
      int end = clause - 1;
      int sentence = t.sentenceStart(total.start());
      while (end > sentence) {
        int start = Math.max(sentence, t.clauseStart(end));
        List<Figure> in = t.figuresIn(start, end);
        if (in.isEmpty()) {
          break;
        }
        parts.addAll(0, in.stream().filter(f -> f.sameUnit(total)).toList());
        end = start - 1;
      }
      if (parts.size() >= 2 && parts.stream().noneMatch(p -> WORDS.in(NOTPART, t.clauseBefore(p)))) {
        t.sum(total, parts, true);
      }
    }
  }

  /** Whether a clause before a figure is a sum cue alone, maybe with its link ({@code 合计}, {@code 合计为}). */
  private static boolean isSummed(String clause) {
    for (String w : WORDS.words(SUMMED)) {
      if (clause.startsWith(w)) {
        String rest = clause.substring(w.length());
        if (rest.isEmpty() || WORDS.words(REACH).contains(rest)) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code 共安排资金180万元，中央、自治区、县级资金分别为100万元、50万元、30万元}: reported only when it holds. */
  private void sumsOfFenbie() {
    String cue = WORDS.word(RESPECTIVELY);
    for (int i = s.indexOf(cue); i >= 0; i = s.indexOf(cue, i + cue.length())) {
      int sentence = t.sentenceStart(i);
      List<Figure> totals = new ArrayList<>();
      for (Figure f : t.nearestFirstBefore(i, i - sentence)) {
        if (f.exact() && WORDS.in(WHOLE, t.clauseBefore(f))) {
          totals.add(f);
        }
      }
      sumOfList(totals, i + cue.length(), t.sentenceEnd(i), false);
    }
  }

  /** {@code 384户1534人，…已消除风险208户847人，未消除风险176户687人}: done and not done make the whole. */
  private void sumsOfDoneAndNotDone() {
    String notDoneCue = WORDS.word(NOT_DONE);
    String doneCue = WORDS.word(DONE);
    for (int j = s.indexOf(notDoneCue); j >= 0; j = s.indexOf(notDoneCue, j + 1)) {
      // The verb: the two characters after 未, which the 已 clause must start with too.
      int verb = j + notDoneCue.length();
      if (j == 0 || "，、；".indexOf(s.charAt(j - 1)) < 0 || verb + 2 > s.length()) {
        continue;
      }
      int a = t.clauseStart(j - 1);
      if (!s.startsWith(doneCue, a) || !s.startsWith(s.substring(verb, verb + 2), a + doneCue.length())) {
        continue;
      }
      List<Figure> done = t.figuresIn(a, j - 1);
      List<Figure> notDone = t.figuresIn(j, t.clauseEnd(j));
      int sentence = t.sentenceStart(a);
      for (Figure d : done) {
        Figure n = first(notDone, d);
        // The whole is the one figure in that unit before 已 in the sentence; with two (去年50户，今年新增20户)
        // it is not clear which one the 已/未 split.
        List<Figure> wholes = t.figuresIn(sentence, a).stream().filter(f -> f.sameUnit(d) && !t.inParens(f)).toList();
        Figure total = wholes.size() == 1 ? wholes.get(0) : null;
        if (n != null && total != null) {
          t.sum(total, List.of(d, n), true);
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
      int end = Math.min(to, t.clauseEnd(clause));
      List<Figure> in = t.figuresIn(clause, end);
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
      if (s.startsWith(WORDS.word(OPEN), last.end())) {
        return; // an open list: the parts named are not all the parts
      }
      for (Figure p : parts) {
        if (WORDS.in(NOTPART, t.clauseBefore(p))) {
          return;
        }
      }
      boolean closed = makesUpTheWhole(total, parts);
      if (!closed && classification) {
        if (overlapping(total, parts)) {
          return; // 287个村中，通电280个、通网270个…: attributes that overlap, not classes
        }
        closed = parts.size() >= 3 && t.sentenceEnd(last.end()) == last.end();
      }
      t.sum(total, parts, closed);
      return;
    }
  }

  /** Whether the wording says the parts are all of the whole (see {@link RelationFinder}). */
  private boolean makesUpTheWhole(Figure total, List<Figure> parts) {
    List<String> labels = parts.stream().map(t::label).toList();
    // 县内 … 县外, 省内 … 省外: the two sides of one border cover everyone.
    for (Map.Entry<String, List<String>> border : WORDS.table(BORDER).entrySet()) {
      String inside = border.getKey();
      for (String l : labels) {
        for (int k = l.indexOf(inside, 1); k >= 1; k = l.indexOf(inside, k + 1)) {
          for (String outsideMark : border.getValue()) {
            String outside = l.substring(k - 1, k) + outsideMark;
            if (labels.stream().anyMatch(o -> o.contains(outside))) {
              return true;
            }
          }
        }
      }
    }
    if (WORDS.in(REST, labels.get(labels.size() - 1))) {
      return true;
    }
    // 中央 + 自治区 + 本级 + 县级: three or more levels of government name every source of the money.
    if (labels.size() >= 3 && labels.stream().allMatch(l -> WORDS.in(LEVEL, l))) {
      return true;
    }
    // 共10类80个 … followed by ten parts.
    for (Figure f : t.figuresIn(t.clauseStart(total.start()), total.start())) {
      if (f.dim() == Figure.Dim.COUNT && WORDS.words(CATEGORY).contains(f.unit()) && f.halfUnit().signum() == 0
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
    return RelationFinder.coversHundred(shares);
  }

  /** True when two parts each exceed half the total: then they cannot be classes of it. */
  private static boolean overlapping(Figure total, List<Figure> parts) {
    BigDecimal half = total.value().divide(BigDecimal.valueOf(2));
    return parts.stream().filter(p -> p.value().compareTo(half) > 0).count() >= 2;
  }

  /**
   * The percentage stated with 占 right after {@code part} ({@code 4730.66元，占人均纯收入57.78%}), read
   * from the wording: the sums run before the ratio templates that pair shares with their parts.
   */
  private Figure shareAfter(Figure part) {
    for (Figure f : t.figuresIn(part.end(), Math.min(s.length(), t.clauseEnd(t.clauseEnd(part.end()) + 1)))) {
      if (f.dim() == Figure.Dim.PERCENT) {
        return t.lastIndexIn(WORDS.word(OF), part.end(), f.start()) >= 0 ? f : null;
      }
      return null;
    }
    return null;
  }

  private static Figure first(List<Figure> in, Figure like) {
    for (Figure f : in) {
      if (f.sameUnit(like)) {
        return f;
      }
    }
    return null;
  }

  /** The end of the parenthesis opened before {@code i}, or of its sentence when it is not closed. */
  private int closing(int i) {
    int c = s.indexOf('）', i);
    return c < 0 ? t.sentenceEnd(i) : c;
  }

  private int skipSeparators(int i) {
    while (i < s.length() && "：，".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }
}
