package org.newsminer.entity.program;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsminer.text.CharClasses;
import org.newsminer.text.ModelFile;

/**
 * The shape of a numbered policy formula (四个意识, 两不愁三保障, 五个一批) and of a numbered campaign named after
 * one (“四讲四爱”群众教育实践活动). Word lists from {@code models/rules/program/}: formula-counters.tsv,
 * policy-heads.txt, not-formulas.txt, formula-context.txt, campaign-endings.txt. Immutable and
 * thread-safe; the lists are loaded once, with the class.
 */
final class Formulas {
  private static final String DIR = "rules/program/";
  /** Counters between a formula's numeral and its body: 四个意识, 两项补贴, 六大战略. */
  private static final String COUNTERS;
  /** Counters that also count categories (七大种植业): a formula needs a policy head after them. */
  private static final String CATEGORY_COUNTERS;
  private static final List<String> POLICY_HEADS = ModelFile.wordList(DIR + "policy-heads.txt", false);
  private static final Set<String> NOT_FORMULAS = ModelFile.words(DIR + "not-formulas.txt");
  private static final List<String> CONTEXT = ModelFile.wordList(DIR + "formula-context.txt", false);
  private static final List<String> LINKS = ModelFile.wordList(DIR + "formula-links.txt", true);
  private static final List<String> GROUP_HEADS = ModelFile.wordList(DIR + "group-heads.txt", true);
  /** How far after the quote a group head may stand: “三区三州”深度贫困地区. */
  private static final int MAX_GROUP_PHRASE = 8;
  private static final List<String> CAMPAIGN_ENDINGS = ModelFile.wordList(DIR + "campaign-endings.txt", true);
  /** How far after the quote a campaign's ending may stand: eight characters and the ending. */
  private static final int MAX_CAMPAIGN = 10;

  static {
    Map<String, String> counters = ProgramText.classified(DIR + "formula-counters.tsv", Set.of("PLAIN", "CATEGORY"));
    for (String c : counters.keySet()) {
      if (c.length() != 1) {
        throw new IllegalArgumentException("models/" + DIR + "formula-counters.tsv: a counter is one character: " + c);
      }
    }
    COUNTERS = String.join("", counters.keySet());
    CATEGORY_COUNTERS = String.join("", ProgramText.longestFirst(counters, "CATEGORY"));
  }

  private Formulas() {}

  /** Whether a quoted phrase has a formula's shape and is not a group, body or per-unit rule. */
  static boolean isCandidate(String s) {
    return isFormulaShape(s) && !NOT_FORMULAS.contains(s) && !isPerUnitRule(s);
  }

  /** Whether a quoted numeral-led phrase names a group, body, place or grade (两后生, 三农). */
  static boolean isListedNonFormula(String s) {
    return NOT_FORMULAS.contains(s);
  }

  /**
   * Whether a candidate quoted at {@code text[…, close)} is a formula: by its shape alone (a counter, two
   * groups), by the policy head after it (“三个一”要求, “六保”任务, “两避让”的原则) or by standing as a phrase of
   * its own (主攻“四化”，); not when it names a group of people or an area (“三区三州”深度贫困地区).
   */
  static boolean isFormula(String s, String text, int close) {
    return (hasStrongFormulaShape(s) || closesFormula(text, close)) && !namesGroup(text, close)
        && !isCategoryCount(s);
  }

  /** 七大种植业, 两大板块: a category counter without a policy head counts kinds of things. */
  private static boolean isCategoryCount(String s) {
    int counter = numeralRun(s, 0);
    return counter < s.length() && CATEGORY_COUNTERS.indexOf(s.charAt(counter)) >= 0
        && !ProgramText.endsWithAny(s, POLICY_HEADS);
  }

  /** Whether what follows a quote at {@code i} makes the numbered phrase before it a formula. */
  static boolean closesFormula(String text, int i) {
    // not 、, which lists more of them
    if (i >= text.length() || ProgramText.PHRASE_END.indexOf(text.charAt(i)) >= 0) {
      return true;
    }
    String link = ProgramText.wordAt(text, i, LINKS);
    return ProgramText.startsWithAny(text, i, CONTEXT)
        || (link != null && ProgramText.startsWithAny(text, i + link.length(), CONTEXT));
  }

  /** Whether the Han phrase right after a quote ending at {@code close} holds a group or area head. */
  static boolean namesGroup(String text, int close) {
    int limit = Math.min(text.length(), close + MAX_GROUP_PHRASE);
    for (int i = close; i < limit && CharClasses.isHan(text.charAt(i)); i++) {
      if (ProgramText.startsWithAny(text, i, GROUP_HEADS)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Numeral-led phrase of one or two groups, each a numeral (one or more characters: 十三), an optional
   * counter and one to three other characters: 三包, 四不摘, 五个一批, 两不愁三保障, 四讲四爱, 十三对关系.
   */
  static boolean isFormulaShape(String s) {
    String numerals = ProgramText.NUMERALS;
    int groups = 0;
    int i = 0;
    while (i < s.length()) {
      int run = numeralRun(s, i);
      if (run == i) {
        return false;
      }
      i = run;
      boolean counted = i < s.length() && COUNTERS.indexOf(s.charAt(i)) >= 0;
      if (counted) {
        i++;
      }
      int body = 0;
      // after a counter the body may itself start with a numeral (五个一批); it runs to the next numeral
      while (i < s.length() && CharClasses.isHan(s.charAt(i))
          && ((body == 0 && counted) || numerals.indexOf(s.charAt(i)) < 0)) {
        i++;
        body++;
        if (body > 3) {
          return false;
        }
      }
      if (body == 0) {
        return false;
      }
      groups++;
    }
    return groups >= 1 && groups <= 2;
  }

  /** The end of the run of numerals at {@code s[i...)} (i itself when none). */
  private static int numeralRun(String s, int i) {
    int j = i;
    while (j < s.length() && ProgramText.NUMERALS.indexOf(s.charAt(j)) >= 0) {
      j++;
    }
    return j;
  }

  /** 一户一档, 一村一品: one thing per unit, a working rule rather than a numbered formula. */
  private static boolean isPerUnitRule(String s) {
    int second = s.indexOf('一', 1);
    return s.charAt(0) == '一' && second >= 2 && second < s.length() - 1;
  }

  /**
   * Formula shapes that need no context: a counter (四个意识, 两项补贴; 六大战略 but not the category list
   * 七大种植业) or two groups (两不愁三保障).
   */
  private static boolean hasStrongFormulaShape(String s) {
    int counter = numeralRun(s, 0);
    if (counter >= 1 && s.length() >= counter + 2 && COUNTERS.indexOf(s.charAt(counter)) >= 0) {
      return CATEGORY_COUNTERS.indexOf(s.charAt(counter)) < 0 || ProgramText.endsWithAny(s, POLICY_HEADS);
    }
    String numerals = ProgramText.NUMERALS;
    for (int i = 2; i < s.length() - 1; i++) {
      if (numerals.indexOf(s.charAt(i)) >= 0 && numerals.indexOf(s.charAt(i - 1)) < 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The end of 群众教育实践活动 after a quoted numbered campaign ending at {@code close}: up to eight more Han
   * characters and a campaign ending, or -1.
   */
  static int campaignEnd(String text, int close, int to) {
    int limit = Math.min(to, close + MAX_CAMPAIGN);
    for (int i = close; i < limit && CharClasses.isHan(text.charAt(i)); i++) {
      String e = ProgramText.wordAt(text, i, CAMPAIGN_ENDINGS);
      if (e != null) {
        return i + e.length();
      }
    }
    return -1;
  }
}
