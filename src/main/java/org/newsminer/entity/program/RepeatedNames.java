package org.newsminer.entity.program;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.newsminer.entity.Program;
import org.newsminer.entity.ProgramKind;
import org.newsminer.text.CharClasses;
import org.newsminer.text.ModelFile;

/**
 * A program found once in an article is found everywhere in it: later (or earlier) bare mentions of an
 * initiative's name, with a trigger that stays in names right after it (溪桥工程 listed once, then
 * 溪桥工程项目35个). A bare mention must read as a program: the name ends like one (溪桥工程) or a trigger
 * follows it (幸福驿站项目); a name that also names a thing (建设幸福驿站 builds stations) is not repeated
 * without. Names shorter than four characters are not repeated bare (“双百” needs its quotes), and lexicon
 * names are left to {@link LexiconMentions} and its guards. Immutable and thread-safe; the word lists are
 * loaded once, with the class.
 */
final class RepeatedNames {
  private static final int MIN_NAME = 4;
  /** Triggers that stay in a name (quote-triggers.tsv, KEEP), longest first. */
  private static final List<String> KEEP_TRIGGERS;

  private static final List<String> PROGRAM_ENDINGS = ModelFile.wordList("rules/program/quoted-name-endings.txt", false);

  static {
    KEEP_TRIGGERS = ProgramText.longestFirst(
        ProgramText.classified("rules/program/quote-triggers.tsv", Set.of("KEEP", "DROP")), "KEEP");
  }

  private RepeatedNames() {}

  /** Adds the bare mentions of the initiatives in {@code found} that no program covers yet. */
  static void find(String text, List<Program> found, ProgramLexicon lexicon) {
    boolean[] covered = new boolean[text.length()];
    // longest first, so that a name inside a longer one is not repeated inside it
    Set<String> names = new TreeSet<>((a, b) -> a.length() != b.length() ? b.length() - a.length() : a.compareTo(b));
    for (Program p : found) {
      for (int i = p.start(); i < p.end(); i++) {
        covered[i] = true;
      }
      if (p.kind() == ProgramKind.INITIATIVE && isPlainName(p.name()) && lexicon.lookup(p.name()) == null) {
        names.add(p.name());
      }
    }
    List<Program> repeated = new ArrayList<>();
    for (String name : names) {
      for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
        int end = i + name.length();
        if (anyCovered(covered, i, end)) {
          continue;
        }
        String trigger = ProgramText.wordAt(text, end, KEEP_TRIGGERS);
        if (trigger == null && !ProgramText.endsWithAny(name, PROGRAM_ENDINGS)) {
          continue;
        }
        String full = trigger == null || name.endsWith(trigger) ? name : name + trigger;
        int fullEnd = i + full.length();
        repeated.add(ProgramText.program(text, i, fullEnd, full, ProgramKind.INITIATIVE));
        for (int k = i; k < fullEnd; k++) {
          covered[k] = true;
        }
      }
    }
    found.addAll(repeated);
  }

  private static boolean isPlainName(String name) {
    if (name.length() < MIN_NAME) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!CharClasses.isHan(c) && !(c < 128 && Character.isLetterOrDigit(c))) {
        return false;
      }
    }
    return true;
  }

  private static boolean anyCovered(boolean[] covered, int from, int to) {
    for (int i = from; i < to; i++) {
      if (covered[i]) {
        return true;
      }
    }
    return false;
  }
}
