package org.newsminer.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.newsminer.entity.Entity;
import org.newsminer.entity.Money;
import org.newsminer.entity.Percent;
import org.newsminer.entity.Qualifier;

/**
 * Finds the arithmetic relations an article states (EXTRACTION.md §5: SUM, RATIO, SHARES, PRODUCT) and
 * checks each within the precision the text uses. Relations are found only from wording that fixes
 * the roles of the figures (其中, 共, 包括, 已…未…, 占, 完成…的, 开工率, 每…总…); where the wording does
 * not also say that the parts make up the whole, a relation is reported only when it holds, never as an
 * error. Counts with a measure word (人, 户, 个 …) are read here and stay internal to the checker.
 *
 * <p>Stateless and thread-safe.
 */
public final class ArithmeticChecker {
  private final FigureScanner scanner = new FigureScanner();

  /**
   * The relations stated in {@code text[from, to)} (one article) among {@code entities} (offsets into
   * {@code text}), with spans into {@code text}. MONEY and PERCENT entities, when given, must agree with
   * the checker's own reading of a figure, otherwise the figure is left out of every relation.
   */
  public List<Check> check(String text, int from, int to, List<Entity> entities) {
    if (from < 0 || to > text.length() || from > to) {
      throw new IllegalArgumentException("bad range [" + from + ", " + to + ") for text of length " + text.length());
    }
    Compact compact = Compact.of(text, from, to);
    List<Figure> figures = agreeWith(scanner.scan(compact.text()), compact, entities);
    if (figures.size() < 2) {
      return List.of(); // every relation involves at least two figures
    }
    List<Check> out = new ArrayList<>();
    Set<Object> seen = new HashSet<>();
    for (Relation r : relations(compact.text(), figures)) {
      List<String> numbers = new ArrayList<>();
      List<Check.Span> spans = new ArrayList<>();
      for (Figure f : r.figures()) {
        numbers.add(f.text());
        spans.add(new Check.Span(compact.sourceStart(f.start()), compact.sourceEnd(f.end())));
      }
      if (seen.add(List.of(r.kind(), Set.copyOf(spans)))) {
        out.add(new Check(r.kind(), r.verdict(), r.stated(), r.computed(), numbers, spans, r.explanation()));
      }
    }
    return List.copyOf(out);
  }

  /** Drops the figures a MONEY or PERCENT entity reads differently: a disagreement is no basis for a verdict. */
  private static List<Figure> agreeWith(List<Figure> figures, Compact compact, List<Entity> entities) {
    // Only MONEY and PERCENT entities can disagree with a figure: leave the others out once, not per figure.
    List<Entity> amounts = new ArrayList<>();
    for (Entity e : entities) {
      if (e instanceof Money || e instanceof Percent) {
        amounts.add(e);
      }
    }
    List<Figure> kept = new ArrayList<>();
    for (Figure f : figures) {
      int start = compact.sourceStart(f.start());
      int end = compact.sourceEnd(f.end());
      boolean ok = true;
      boolean qualified = false;
      for (Entity e : amounts) {
        if (e.end() <= start || e.start() >= end) {
          continue;
        }
        if (e instanceof Money m && f.dim() == Figure.Dim.MONEY) {
          ok &= !m.isRange() && m.value().compareTo(f.value()) == 0;
          qualified |= m.qualifier() != Qualifier.EXACT;
        } else if (e instanceof Percent p && f.dim() == Figure.Dim.PERCENT) {
          ok &= !p.isRange() && p.value().compareTo(f.value()) == 0;
          qualified |= p.qualifier() != Qualifier.EXACT;
        }
      }
      // An entity qualified by words the figure did not take in (约为1.74%) leaves it an estimate: it may
      // still confirm a relation, never refute one.
      if (ok) {
        kept.add(qualified && f.exact() ? f.estimate() : f);
      }
    }
    return kept;
  }

  /**
   * The relations of both finders. An INCONSISTENT one is dropped when another assignment of roles to its
   * stated figure holds: a verdict is never a guess between two readings.
   */
  private static List<Relation> relations(String text, List<Figure> figures) {
    List<Relation> all = new ArrayList<>(new RelationFinder(text, figures).find());
    all.addAll(new RelationSearch(text, figures).find());
    // One relation once: the same parts and verdict against a total of the same value (a headline repeating
    // it) are the same statement, told by the total nearest its parts.
    List<Relation> found = new ArrayList<>();
    Map<Object, Integer> statements = new HashMap<>();
    for (Relation r : all) {
      Set<Integer> parts = new HashSet<>();
      r.figures().subList(1, r.figures().size()).forEach(f -> parts.add(f.start()));
      Object key = List.of(r.kind(), r.verdict(), r.stated(), parts);
      Integer seen = statements.get(key);
      if (seen == null) {
        statements.put(key, found.size());
        found.add(r);
      } else if (distance(r) < distance(found.get(seen))) {
        found.set(seen, r);
      }
    }
    Set<Object> holding = new HashSet<>();
    for (Relation r : found) {
      if (r.verdict() == Verdict.CONSISTENT) {
        holding.add(List.of(r.kind(), r.figures().get(0)));
      }
    }
    List<Relation> kept = new ArrayList<>();
    for (Relation r : found) {
      if (r.verdict() == Verdict.CONSISTENT || !holding.contains(List.of(r.kind(), r.figures().get(0)))) {
        kept.add(r);
      }
    }
    return kept;
  }

  /** How far a relation's first figure stands from its second. */
  private static int distance(Relation r) {
    return Math.abs(r.figures().get(0).start() - r.figures().get(1).start());
  }

  /** A relation found in the compact text, figures in the order of {@link Check#numbers()}. */
  record Relation(CheckKind kind, Verdict verdict, BigDecimal stated, BigDecimal computed, List<Figure> figures,
      String explanation) {}
}
