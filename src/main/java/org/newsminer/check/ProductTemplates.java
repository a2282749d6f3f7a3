package org.newsminer.check;

import static org.newsminer.check.TemplateWords.Slot.AVERAGE;
import static org.newsminer.check.TemplateWords.Slot.NOTPART;
import static org.newsminer.check.TemplateWords.Slot.PER;
import static org.newsminer.check.TemplateWords.Slot.REACH;
import static org.newsminer.check.TemplateWords.Slot.WHOLE;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The product templates: a total as a count times a per-unit amount, stated with 每 (764人每人分得1.5万元)
 * or as an average (户均, 人均) over the count before it. Not thread-safe: one instance per article, run
 * once.
 */
final class ProductTemplates {
  private static final TemplateWords WORDS = TemplateWords.get();

  private final RelationFinder t;
  private final String s;

  ProductTemplates(RelationFinder text) {
    this.t = text;
    this.s = text.s;
  }

  void find() {
    products();
    averages();
  }

  /** {@code 764人每人分得1.5万元现金，分红总金额达到了1146万元}. */
  private void products() {
    String each = WORDS.word(PER);
    for (int j = s.indexOf(each); j >= 0; j = s.indexOf(each, j + 1)) {
      int unitAt = j + each.length();
      if (unitAt >= s.length()) {
        break;
      }
      String per = s.substring(unitAt, unitAt + 1);
      Figure count = null;
      for (Figure f : t.nearestFirstBefore(j, 40)) {
        if (f.end() == j && f.dim() == Figure.Dim.COUNT && f.unit().equals(per)) {
          count = f;
        }
      }
      if (count == null) {
        continue;
      }
      List<Figure> amounts = t.figuresIn(unitAt + 1, t.clauseEnd(unitAt + 1));
      if (amounts.isEmpty() || amounts.get(0).dim() == Figure.Dim.PERCENT) {
        continue;
      }
      Figure amount = amounts.get(0);
      Figure total = null;
      for (Figure f : t.figuresIn(amount.end(), t.sentenceEnd(amount.end()))) {
        if (f.sameUnit(amount) && WORDS.in(WHOLE, t.clauseBefore(f))) {
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
    for (Figure amount : t.figures) {
      int at = amount.start();
      String clause = s.substring(t.clauseStart(at), at);
      Map.Entry<String, List<String>> average = averageOpening(clause);
      if (average == null || clause.length() < average.getKey().length() + 1) {
        continue;
      }
      String verb = clause.substring(average.getKey().length());
      String link = WORDS.suffix(REACH, verb);
      verb = link == null ? verb : verb.substring(0, verb.length() - link.length());
      verb = verb.length() > 2 ? verb.substring(verb.length() - 2) : verb;
      if (verb.length() < 2 || amount.dim() == Figure.Dim.PERCENT) {
        continue;
      }
      // The count is the last figure of the clause right before: 社员达到860户，户均分红4890元.
      List<Figure> before = t.figuresIn(t.clauseStart(t.clauseStart(at) - 1), t.clauseStart(at) - 1);
      if (before.isEmpty()) {
        continue;
      }
      Figure count = before.get(before.size() - 1);
      if (count.dim() != Figure.Dim.COUNT || !average.getValue().contains(count.unit())) {
        continue;
      }
      Figure total = null;
      for (Figure f : t.nearestFirstBefore(count.start(), s.length())) {
        if (f.start() < t.sentenceStart(t.sentenceStart(count.start()) - 1)) {
          break;
        }
        // A total is no average itself (人均增收A … 人均增收B are two averages, not a total and its share).
        if (f.sameUnit(amount) && t.label(f).endsWith(verb) && !WORDS.in(NOTPART, t.clauseBefore(f))) {
          total = f;
          break;
        }
      }
      if (total != null) {
        product(total, count, amount);
      }
    }
  }

  /** The average word {@code clause} opens with (户均, 人均) and the units of the counts it averages over. */
  private static Map.Entry<String, List<String>> averageOpening(String clause) {
    for (Map.Entry<String, List<String>> e : WORDS.table(AVERAGE).entrySet()) {
      if (clause.startsWith(e.getKey())) {
        return e;
      }
    }
    return null;
  }

  private void product(Figure total, Figure count, Figure amount) {
    if (!count.exact() || !amount.exact() || !total.exact()) {
      return;
    }
    BigDecimal low = count.low().multiply(amount.low());
    BigDecimal high = count.high().multiply(amount.high());
    t.report(CheckKind.PRODUCT, total.value(), count.value().multiply(amount.value()).stripTrailingZeros(),
        total.low(), total.high(), low, high, List.of(total, count, amount), true);
  }
}
