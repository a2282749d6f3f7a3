package org.newsminer.entity.program;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newsminer.entity.Entity;
import org.newsminer.entity.Program;
import org.newsminer.entity.ProgramKind;
import org.newsminer.entity.Recognizer;

/**
 * PROGRAM (EXTRACTION.md §4): named initiatives, policy documents in {@code 《》} and numbered policy
 * formulas. Rule based, no segmenter (HanLP would cost more than all other recognizers together). A
 * pipeline over one mechanism per class: {@link DocumentTitles} (《》 titles that end like a document),
 * {@link YearRangeTitles} (plans dated by a bracketed year range without 《》),
 * {@link QuotedNames} (quoted phrases with evidence, {@link Formulas} for numbered formulas),
 * {@link LexiconMentions} (unquoted names of {@code models/programs.tsv}, numbered year plans),
 * {@link LaunchedObjects} (trigger-final objects of verbs that carry out programs: 实施金融扶贫行动),
 * {@link ListedNames} (“A”“B”四项工程), {@link PairedRegions} (苏陕协作) and {@link RepeatedNames} (a name
 * found once is found everywhere in the article). Their word lists are data in
 * {@code models/rules/program/}. Immutable and thread-safe.
 */
public final class ProgramRecognizer implements Recognizer {

  private final ProgramLexicon lexicon;
  private final QuotedNames quotedNames;
  private final LexiconMentions lexiconMentions;

  public ProgramRecognizer() {
    this(ProgramLexicon.shared());
  }

  ProgramRecognizer(ProgramLexicon lexicon) {
    this.lexicon = lexicon;
    this.quotedNames = new QuotedNames(lexicon);
    this.lexiconMentions = new LexiconMentions(lexicon);
  }

  @Override
  public void recognize(String text, int from, int to, List<Entity> out) {
    // Work on the article alone, so that no look-ahead or look-behind can see past its ends.
    for (Program p : recognize(text.substring(from, to))) {
      out.add(p.withSpan(p.start() + from, p.end() + from));
    }
  }

  /** The programs in {@code text}, with offsets into it. */
  private List<Program> recognize(String text) {
    List<Program> found = new ArrayList<>();
    List<int[]> quotes = new ArrayList<>();
    List<int[]> titles = new ArrayList<>();
    QuotePairs.find(text, quotes, titles);
    for (int[] t : titles) {
      Program p = DocumentTitles.document(text, t[0], t[1]);
      if (p != null) {
        found.add(p);
        DocumentTitles.inner(text, t[0], t[1], found);
      }
    }
    YearRangeTitles.find(text, titles, found);
    List<int[]> programQuotes = quotedNames.find(text, quotes, found);
    // Other quotes are read like plain text: “脱贫攻坚战” mentions 脱贫攻坚 as the unquoted word would.
    lexiconMentions.find(text, programQuotes, found);
    LaunchedObjects.find(text, found);
    ListedNames.find(text, found);
    PairedRegions.find(text, found);
    RepeatedNames.find(text, found, lexicon);
    return withoutNested(found);
  }

  /**
   * Drops a name inside a longer one of the same kind (the lexicon's 乡村振兴战略 inside a launched object, a
   * repeat of the same span); names of different kinds may nest (an initiative inside a document title),
   * and so may documents (a title inside a title: 《关于印发〈X意见〉的通知》).
   */
  private static List<Program> withoutNested(List<Program> found) {
    List<Program> sorted = new ArrayList<>(found);
    // by start, longer first: a name is nested when an earlier one of its kind reaches as far
    sorted.sort((a, b) -> a.start() != b.start() ? a.start() - b.start() : b.end() - a.end());
    int[] reach = new int[ProgramKind.values().length];
    Arrays.fill(reach, -1);
    List<Program> kept = new ArrayList<>(sorted.size());
    Program[] last = new Program[reach.length];
    for (Program p : sorted) {
      int k = p.kind().ordinal();
      boolean sameSpan = last[k] != null && last[k].start() == p.start() && last[k].end() == p.end();
      if (p.end() > reach[k] || (p.kind() == ProgramKind.DOCUMENT && !sameSpan)) {
        kept.add(p);
        reach[k] = Math.max(reach[k], p.end());
        last[k] = p;
      }
    }
    return kept;
  }
}
