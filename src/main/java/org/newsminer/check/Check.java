package org.newsminer.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.IntUnaryOperator;

/**
 * A relation between figures stated in one article and its verdict (EXTRACTION.md §5).
 * {@code numbers} are the normalized surface forms of the figures, total first; {@code spans} their
 * offsets, in the same order; {@code explanation} says for an editor which figure plays which role, which
 * words set the roles and the arithmetic with its tolerance (empty when not known).
 */
public record Check(CheckKind kind, Verdict verdict, BigDecimal stated, BigDecimal computed,
    List<String> numbers, List<Span> spans, String explanation) {

  /** The span {@code [start, end)} of one figure. */
  public record Span(int start, int end) {
    public Span {
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
      }
    }
  }

  public Check {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(stated, "stated");
    Objects.requireNonNull(computed, "computed");
    explanation = explanation == null ? "" : explanation;
    numbers = List.copyOf(numbers);
    spans = List.copyOf(spans);
    if (numbers.size() != spans.size() || numbers.isEmpty()) {
      throw new IllegalArgumentException("a check needs one span per number, got " + numbers + " and " + spans);
    }
  }

  /** A check without an explanation. */
  public Check(CheckKind kind, Verdict verdict, BigDecimal stated, BigDecimal computed, List<String> numbers,
      List<Span> spans) {
    this(kind, verdict, stated, computed, numbers, spans, "");
  }

  /** This check with every span moved by {@code startMap} and {@code endMap}. */
  public Check withSpans(IntUnaryOperator startMap, IntUnaryOperator endMap) {
    List<Span> moved = spans.stream()
        .map(s -> new Span(startMap.applyAsInt(s.start()), endMap.applyAsInt(s.end())))
        .toList();
    return new Check(kind, verdict, stated, computed, numbers, moved, explanation);
  }
}
