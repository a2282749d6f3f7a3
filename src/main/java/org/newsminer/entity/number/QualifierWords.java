package org.newsminer.entity.number;

import java.util.ArrayList;
import java.util.List;
import org.newsminer.entity.Qualifier;
import org.newsminer.text.ModelFile;

/**
 * The qualifier words of {@code models/rules/number/qualifiers.tsv}: the one table that says which words
 * make a figure a bound or an estimate (不超过 UNDER, 以上 OVER, 约 APPROX), shared by MONEY/PERCENT
 * extraction and the checker.
 *
 * <p>Immutable and thread-safe; {@link #get()} loads the table once, lazily.
 */
public final class QualifierWords {
  private static final String RESOURCE = "rules/number/qualifiers.tsv";

  /** Where a qualifier stands relative to the figure it qualifies. */
  public enum Position { BEFORE, AFTER }

  /**
   * One qualifier word. {@code notAfter} lists characters that, just before the word, make it part of
   * another word; {@code notBefore} characters that do so just after it.
   */
  public record Word(String word, Position position, Qualifier qualifier, String notAfter, String notBefore) {

    /** Whether the characters around the word ({@code '\0'} at a text edge) leave it a qualifier. */
    public boolean standsAlone(char before, char after) {
      return notAfter.indexOf(before) < 0 && notBefore.indexOf(after) < 0;
    }
  }

  private final List<Word> before;
  private final List<Word> after;

  private QualifierWords(List<Word> before, List<Word> after) {
    this.before = before;
    this.after = after;
  }

  private static final class Holder {
    static final QualifierWords INSTANCE = load();
  }

  /** The table shipped in the jar. */
  public static QualifierWords get() {
    return Holder.INSTANCE;
  }

  /** Words that stand before the number, longest first. */
  public List<Word> before() {
    return before;
  }

  /** Words that stand after the figure, longest first. */
  public List<Word> after() {
    return after;
  }

  private static QualifierWords load() {
    List<Word> before = new ArrayList<>();
    List<Word> after = new ArrayList<>();
    for (ModelFile.Row row : ModelFile.rows(RESOURCE, 3, 5)) {
      Position position;
      Qualifier qualifier;
      try {
        position = Position.valueOf(row.field(1));
        qualifier = Qualifier.valueOf(row.field(2));
      } catch (IllegalArgumentException e) {
        throw row.error("expected BEFORE|AFTER and OVER|UNDER|APPROX, found " + row.field(1) + " " + row.field(2));
      }
      if (qualifier == Qualifier.EXACT) {
        throw row.error("EXACT is no qualifier word");
      }
      Word w = new Word(row.field(0), position, qualifier, row.size() > 3 ? row.field(3) : "",
          row.size() > 4 ? row.field(4) : "");
      List<Word> list = position == Position.BEFORE ? before : after;
      if (list.stream().anyMatch(x -> x.word().equals(w.word()))) {
        throw row.error("duplicate qualifier " + w.word());
      }
      list.add(w);
    }
    before.sort((a, b) -> b.word().length() - a.word().length());
    after.sort((a, b) -> b.word().length() - a.word().length());
    return new QualifierWords(List.copyOf(before), List.copyOf(after));
  }
}
