package org.newsminer.entity.program;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsminer.entity.Program;
import org.newsminer.entity.ProgramKind;
import org.newsminer.text.CharClasses;
import org.newsminer.text.ModelFile;

/**
 * Unquoted names that a verb of carrying out takes as its whole object and that end in a trigger
 * (大力实施金融扶贫行动。 实施基层骨干队伍建设工程， 深入推进三年行动计划，). Verbs, triggers and the
 * generic words that make an object a kind of work rather than a name are in {@code models/rules/program/}
 * (launch-verbs.tsv, object-triggers.tsv, generic-words.txt, not-in-name.txt, coordinators.txt,
 * after-object.txt, verb-particles.txt). Immutable and thread-safe; the lists are loaded once, with the
 * class.
 */
final class LaunchedObjects {
  private static final String DIR = "rules/program/";
  /** Longest unquoted name before its trigger that a launching verb may take. */
  private static final int MAX_LAUNCHED = 12;
  /** Shortest name before a trigger: two characters, four before a word for a kind of work. */
  private static final int MIN_NAMED = 2;
  private static final int MIN_WORK = 4;

  /** Launching verbs, and for each whether its object is a program as a rule (ALL triggers apply). */
  private static final List<String> VERBS;
  private static final Set<String> TAKES_ALL;
  /** All object triggers longest first, and the naming ones alone (without the words for kinds of work). */
  private static final List<String> ALL_TRIGGERS;
  private static final List<String> NAMING_TRIGGERS;
  private static final Set<String> NAMING;
  private static final List<String> GENERIC_WORDS = ModelFile.wordList(DIR + "generic-words.txt", false);
  private static final String NOT_IN_NAME = ModelFile.chars(DIR + "not-in-name.txt");
  private static final String COORDINATORS = ModelFile.chars(DIR + "coordinators.txt");
  private static final List<String> AFTER_OBJECT = ModelFile.wordList(DIR + "after-object.txt", true);
  private static final String COUNT_WORDS = ModelFile.chars(DIR + "count-words.txt");
  private static final String VERB_PARTICLES = ModelFile.chars(DIR + "verb-particles.txt");

  static {
    Map<String, String> verbs = ProgramText.classified(DIR + "launch-verbs.tsv", Set.of("ALL", "NAMED"));
    VERBS = List.copyOf(verbs.keySet());
    TAKES_ALL = Set.copyOf(ProgramText.longestFirst(verbs, "ALL"));
    Map<String, String> triggers = ProgramText.classified(DIR + "object-triggers.tsv", Set.of("NAMING", "WORK"));
    ALL_TRIGGERS = ProgramText.longestFirst(triggers, null);
    NAMING_TRIGGERS = ProgramText.longestFirst(triggers, "NAMING");
    NAMING = Set.copyOf(NAMING_TRIGGERS);
  }

  private LaunchedObjects() {}

  /** Adds the launched program names of {@code text} to {@code found}. */
  static void find(String text, List<Program> found) {
    int to = text.length();
    for (String v : VERBS) {
      for (int i = text.indexOf(v); i >= 0 && i + v.length() < to; i = text.indexOf(v, i + 1)) {
        int start = i + v.length();
        if (VERB_PARTICLES.indexOf(text.charAt(start)) >= 0) {
          start++;
        }
        if (start >= to || ProgramText.startsWithAny(text, start, VERBS)) {
          continue; // 启动实施X行动: the inner verb takes the object
        }
        if (isCounted(text, start)) {
          continue; // 实施六十六个援藏项目: a count of works, not a name
        }
        // 实施兴边富民行动和强基惠民活动: coordinated objects share the verb
        List<String> triggers = TAKES_ALL.contains(v) ? ALL_TRIGGERS : NAMING_TRIGGERS;
        for (int end = objectEnd(text, start, to, triggers); end > 0; end = objectEnd(text, start, to, triggers)) {
          String name = text.substring(start, end);
          if (!isGeneric(name)) {
            found.add(ProgramText.program(text, start, end, name, ProgramKind.INITIATIVE));
          }
          if (end >= to || COORDINATORS.indexOf(text.charAt(end)) < 0) {
            break;
          }
          start = end + 1;
        }
      }
    }
  }

  /** The end of a trigger-final name of 2 to 12 characters plus trigger at {@code start}, or -1. */
  private static int objectEnd(String text, int start, int to, List<String> triggers) {
    int limit = Math.min(to, start + MAX_LAUNCHED + 4);
    for (int i = start; i < limit && isNameChar(text.charAt(i)) && NOT_IN_NAME.indexOf(text.charAt(i)) < 0; i++) {
      for (String t : triggers) {
        int end = i + t.length();
        boolean kindOfWork = !NAMING.contains(t);
        if (i - start >= (kindOfWork ? MIN_WORK : MIN_NAMED) && end <= to && text.startsWith(t, i)
            && (end == to || !CharClasses.isHan(text.charAt(end)) || ProgramText.startsWithAny(text, end, AFTER_OBJECT))) {
          // 扶贫项目, 读书活动 are kinds of work, and so is what is counted: 实施衔接资金项目562个
          boolean counted = end < to
              && (Character.isDigit(text.charAt(end)) || ProgramText.NUMERALS.indexOf(text.charAt(end)) >= 0);
          return kindOfWork && counted ? -1 : end;
        }
      }
      if (i - start >= MAX_LAUNCHED) {
        break;
      }
    }
    return -1;
  }

  /** Han characters and Latin letters (中科院STS计划); digits start counts and dates, not names. */
  private static boolean isNameChar(char c) {
    return CharClasses.isHan(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  /** Whether the object at {@code start} begins with a number and a counter (六十六个, 3项). */
  private static boolean isCounted(String text, int start) {
    int i = start;
    while (i < text.length() && (Character.isDigit(text.charAt(i)) || ProgramText.NUMERALS.indexOf(text.charAt(i)) >= 0)) {
      i++;
    }
    return i > start && i < text.length() && COUNT_WORDS.indexOf(text.charAt(i)) >= 0;
  }

  /**
   * Whether a trigger-final object only says what kind of work it is (重点工程, 年度工作计划, 一批重点项目,
   * 基础设施建设工程, 帮扶计划) rather than naming one: it is made of generic words alone.
   */
  static boolean isGeneric(String object) {
    String core = object;
    for (String t : ALL_TRIGGERS) {
      if (core.endsWith(t)) {
        core = core.substring(0, core.length() - t.length());
        break;
      }
    }
    boolean stripped = true;
    while (!core.isEmpty() && stripped) {
      stripped = false;
      for (String g : GENERIC_WORDS) {
        if (core.startsWith(g)) {
          core = core.substring(g.length());
          stripped = true;
          break;
        }
      }
    }
    return core.isEmpty();
  }
}
