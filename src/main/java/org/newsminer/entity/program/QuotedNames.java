package org.newsminer.entity.program;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsminer.entity.Program;
import org.newsminer.entity.ProgramKind;
import org.newsminer.text.CharClasses;
import org.newsminer.text.ModelFile;

/**
 * Quoted names: a quoted phrase is a program only with evidence — a trigger word after it (行动, 工程 …,
 * {@code models/rules/program/quote-triggers.tsv}), a program ending of its own (“百村振兴示范行动”), the
 * shape of a formula ({@link Formulas}) or of a joined campaign name (“格桑花开·民生微实事”), a describing
 * word after it (“X”建设), a later phase, or the lexicon. Quoted figures of speech ({@code “拳脚”}) have
 * none. A bare repetition of a name the article already quotes as a program is one too. Immutable and
 * thread-safe; the word lists are loaded once, with the class.
 */
final class QuotedNames {
  private static final String DIR = "rules/program/";
  /** Trigger words after a quote, longest first, and those of them that stay in the name. */
  private static final List<String> TRIGGERS;
  private static final Set<String> KEEP_TRIGGER;
  private static final List<String> EVIDENCE_AFTER = ModelFile.wordList(DIR + "evidence-after.txt", false);
  private static final List<String> TRIGGER_COMPOUNDS = ModelFile.wordList(DIR + "trigger-compounds.txt", false);
  private static final List<String> NAME_ENDINGS = ModelFile.wordList(DIR + "quoted-name-endings.txt", false);
  private static final List<String> THEME_WORDS = ModelFile.wordList(DIR + "theme-words.txt", true);
  private static final List<String> PHASES = ModelFile.wordList(DIR + "phases.txt", false);
  /** Punctuation inside a quote that makes it a sentence, not a name. */
  private static final String SENTENCE_PUNCTUATION = "。！？；，,";
  /** Punctuation that ends a clause: a bare repetition of a name stands before one. */
  /** Longest gap between two quoted items of one list (“四新”主攻“四化”). */
  private static final int MAX_LIST_GAP = 2;
  private static final String CLAUSE_END = ProgramText.PHRASE_END + "、";

  static {
    Map<String, String> table = ProgramText.classified(DIR + "quote-triggers.tsv", Set.of("KEEP", "DROP"));
    TRIGGERS = ProgramText.longestFirst(table, null);
    KEEP_TRIGGER = Set.copyOf(ProgramText.longestFirst(table, "KEEP"));
  }

  private final ProgramLexicon lexicon;

  QuotedNames(ProgramLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Adds the quoted programs of {@code text} to {@code found}: those with evidence, then bare repetitions
   * of a name the article already uses. Returns the quotes that were programs, in text order.
   */
  List<int[]> find(String text, List<int[]> quotes, List<Program> found) {
    int to = text.length();
    Set<String> quotedNames = new HashSet<>();
    Program[] programs = new Program[quotes.size()];
    for (int k = 0; k < quotes.size(); k++) {
      int[] q = quotes.get(k);
      programs[k] = quoted(text, q[0], q[1], to);
    }
    formulaSeries(text, quotes, programs);
    boolean[] decided = new boolean[quotes.size()];
    for (int k = 0; k < quotes.size(); k++) {
      if (programs[k] != null) {
        found.add(programs[k]);
        quotedNames.add(text.substring(quotes.get(k)[0] + 1, quotes.get(k)[1] - 1));
        decided[k] = true;
      }
    }
    List<int[]> programQuotes = new ArrayList<>();
    for (int k = 0; k < quotes.size(); k++) {
      int[] q = quotes.get(k);
      String content = text.substring(q[0] + 1, q[1] - 1);
      if (!decided[k] && quotedNames.contains(content) && endsClause(text, q[1], to)) {
        found.add(ProgramText.program(text, q[0], q[1], content, ProgramKind.INITIATIVE));
        decided[k] = true;
      }
      if (decided[k]) {
        programQuotes.add(q);
      }
    }
    return programQuotes;
  }

  /**
   * Numbered phrases listed before a formula share its reading: in “六靠”、“五方便”、“两避让”的原则 and
   * 围绕“四新”主攻“四化”， the last one is a formula by what follows it, and so are the ones joined to it.
   */
  private void formulaSeries(String text, List<int[]> quotes, Program[] programs) {
    for (int k = quotes.size() - 1; k > 0; k--) {
      if (programs[k] == null || programs[k].kind() != ProgramKind.FORMULA) {
        continue;
      }
      for (int j = k - 1; j >= 0 && programs[j] == null && joined(text, quotes.get(j)[1], quotes.get(j + 1)[0]); j--) {
        int[] q = quotes.get(j);
        String content = text.substring(q[0] + 1, q[1] - 1);
        if (lexicon.lookup(content) != null || !Formulas.isCandidate(content)) {
          break;
        }
        programs[j] = ProgramText.program(text, q[0], q[1], content, ProgramKind.FORMULA);
      }
    }
  }

  /** Whether two quotes are items of one list: at most two Han characters, spaces or 、 between them. */
  private static boolean joined(String text, int close, int nextOpen) {
    if (nextOpen - close > MAX_LIST_GAP) {
      return false;
    }
    for (int i = close; i < nextOpen; i++) {
      char c = text.charAt(i);
      if (!CharClasses.isHan(c) && !CharClasses.isSpace(c) && c != '、') {
        return false;
      }
    }
    return true;
  }

  /** A program for the quoted phrase {@code text[open, close)} (including the quotes), or null. */
  private Program quoted(String text, int open, int close, int to) {
    String content = text.substring(open + 1, close - 1);
    if (content.length() > QuotePairs.MAX_QUOTED || ProgramText.containsAny(content, SENTENCE_PUNCTUATION)) {
      return null;
    }
    if (ProgramText.startsWithAny(text, close, THEME_WORDS)) {
      return null; // the theme of an event, not a program
    }
    String trigger = triggerAt(text, close);
    if (ProgramText.isPlanPeriod(content)) {
      // the period alone, as in “十四五”期间: “十四五”规划 is the plan of the period 十四五
      return ProgramText.program(text, open, close, content, ProgramKind.INITIATIVE);
    }
    ProgramLexicon.Entry known = lexicon.lookup(content);
    boolean formulaShape = known == null && Formulas.isCandidate(content);
    if (formulaShape) {
      // A numbered campaign or method: “四讲四爱”群众教育实践活动 names the campaign 四讲四爱,
      // “四议两公开”工作法 the method 四议两公开工作法.
      int campaignEnd = Formulas.campaignEnd(text, close, to);
      if (campaignEnd > 0) {
        return ProgramText.program(text, open, campaignEnd, content, ProgramKind.INITIATIVE);
      }
      if (trigger != null) {
        return withTrigger(text, open, close, content, trigger);
      }
    }
    if (known != null && known.kind() == ProgramKind.FORMULA) {
      return ProgramText.program(text, open, close, content, ProgramKind.FORMULA);
    }
    if (formulaShape && Formulas.isFormula(content, text, close)) {
      return ProgramText.program(text, open, close, content, ProgramKind.FORMULA);
    }
    if (Formulas.isListedNonFormula(content)) {
      return null;
    }
    if (trigger != null) {
      return withTrigger(text, open, close, content, trigger);
    }
    if (known != null || ProgramText.endsWithAny(content, NAME_ENDINGS) || isJoinedCampaignName(content)
        || ProgramText.startsWithAny(text, close, EVIDENCE_AFTER)
        || isNextPhase(text, close)) {
      return ProgramText.program(text, open, close, content, ProgramKind.INITIATIVE);
    }
    return null;
  }

  private static Program withTrigger(String text, int open, int close, String content, String trigger) {
    String name = KEEP_TRIGGER.contains(trigger) ? content + trigger : content;
    return ProgramText.program(text, open, close + trigger.length(), name, ProgramKind.INITIATIVE);
  }

  /** The trigger word at {@code text[i...)}, or null. */
  private static String triggerAt(String text, int i) {
    String t = ProgramText.wordAt(text, i, TRIGGERS);
    // “四个全面”战略布局: the trigger word begins a longer noun, the quote is no strategy's name
    return t == null || ProgramText.startsWithAny(text, i + t.length(), TRIGGER_COMPOUNDS) ? null : t;
  }

  /** A later phase right after the quote: 二期, or (二期) in brackets of either width. */
  private static boolean isNextPhase(String text, int close) {
    if (ProgramText.startsWithAny(text, close, PHASES)) {
      return true;
    }
    if (close >= text.length() || (text.charAt(close) != '(' && text.charAt(close) != '（')) {
      return false;
    }
    String phase = ProgramText.wordAt(text, close + 1, PHASES);
    int after = close + 1 + (phase == null ? 0 : phase.length());
    char shut = text.charAt(close) == '(' ? ')' : '）';
    return phase != null && after < text.length() && text.charAt(after) == shut;
  }

  /**
   * Two phrases of at least four characters joined by a middle dot (格桑花开·民生微实事, 美丽乡村·幸福家园): the
   * shape of a campaign's name. A theme with that shape was already ruled out (为主题).
   */
  static boolean isJoinedCampaignName(String s) {
    int dot = s.indexOf('·');
    return dot >= 4 && s.length() - dot - 1 >= 4 && s.indexOf('·', dot + 1) < 0;
  }

  /** Whether the quote ending at {@code close} is a whole phrase: “X”， or “X”(二期), not “X”基地. */
  private static boolean endsClause(String text, int close, int to) {
    return close >= to || CLAUSE_END.indexOf(text.charAt(close)) >= 0;
  }
}
