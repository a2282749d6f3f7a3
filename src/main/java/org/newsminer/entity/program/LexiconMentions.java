package org.newsminer.entity.program;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsminer.entity.Program;
import org.newsminer.entity.ProgramKind;
import org.newsminer.text.ModelFile;

/**
 * Unquoted mentions of the lexicon's programs ({@code models/programs.tsv}) and of numbered multi-year
 * plans (三年行动计划), outside the quotes already read as programs. A name followed by the head of an
 * office, post or village category (乡村振兴局, {@code not-program-heads.txt}) is none. Immutable and
 * thread-safe; the word lists are loaded once, with the class.
 */
final class LexiconMentions {
  private static final String DIR = "rules/program/";
  private static final List<String> NOT_PROGRAM_HEADS = ModelFile.wordList(DIR + "not-program-heads.txt", false);
  private static final List<String> YEAR_PLAN_HEADS = ModelFile.wordList(DIR + "year-plan-heads.txt", true);
  /** Name endings cut before a next word that makes them part of a longer noun: 战略 before 合作. */
  private static final Map<String, String> CUTS;
  /** Shortest lexicon formula found bare: shorter ones (三包) are too ambiguous without quotes. */
  private static final int MIN_BARE_FORMULA = 4;

  static {
    Map<String, String> cuts = new HashMap<>();
    for (ModelFile.Row row : ModelFile.rows(DIR + "lexicon-cuts.tsv", 2, 2)) {
      if (cuts.putIfAbsent(row.field(0), row.field(1)) != null) {
        throw row.error("duplicate name ending " + row.field(0));
      }
    }
    CUTS = Map.copyOf(cuts);
  }

  private final ProgramLexicon lexicon;

  LexiconMentions(ProgramLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Adds lexicon names and numbered year plans outside the quoted programs {@code quotes} to {@code found}. */
  void find(String text, List<int[]> quotes, List<Program> found) {
    int to = text.length();
    int qi = 0;
    for (int i = 0; i < to; i++) {
      while (qi < quotes.size() && quotes.get(qi)[1] <= i) {
        qi++;
      }
      if (qi < quotes.size() && quotes.get(qi)[0] <= i) {
        i = quotes.get(qi)[1] - 1; // quoted programs were found before
        continue;
      }
      int plan = yearPlanEnd(text, i, to);
      if (plan > 0) {
        found.add(ProgramText.program(text, i, plan, text.substring(i, plan), ProgramKind.INITIATIVE));
      }
      ProgramLexicon.Entry e = lexicon.longestAt(text, i, to);
      if (e == null || (e.kind() == ProgramKind.FORMULA && e.name().length() < MIN_BARE_FORMULA)) {
        continue;
      }
      int end = i + e.name().length();
      String name = e.name();
      for (Map.Entry<String, String> cut : CUTS.entrySet()) {
        if (name.endsWith(cut.getKey()) && text.startsWith(cut.getValue(), end)) {
          // 乡村振兴战略合作协议 is a strategic-cooperation agreement about 乡村振兴
          end -= cut.getKey().length();
          name = name.substring(0, name.length() - cut.getKey().length());
          break;
        }
      }
      if (!insideQuote(quotes, qi, end) && !ProgramText.startsWithAny(text, end, NOT_PROGRAM_HEADS)) {
        found.add(ProgramText.program(text, i, end, name, e.kind()));
      }
      i += e.name().length() - 1;
    }
  }

  private static boolean insideQuote(List<int[]> quotes, int qi, int end) {
    return qi < quotes.size() && quotes.get(qi)[0] < end;
  }

  /** The end of 三年行动计划 / 三年行动 at {@code i} (a numbered multi-year action plan), or -1. */
  private static int yearPlanEnd(String text, int i, int to) {
    // 年 first: this runs at every character, and 年 is rare
    if (i + 4 > to || text.charAt(i + 1) != '年' || "一二两三四五六七八九十".indexOf(text.charAt(i)) < 0) {
      return -1;
    }
    String head = ProgramText.wordAt(text, i + 2, YEAR_PLAN_HEADS);
    return head == null ? -1 : i + 2 + head.length();
  }
}
