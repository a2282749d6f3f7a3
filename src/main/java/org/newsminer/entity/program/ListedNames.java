package org.newsminer.entity.program;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.newsminer.entity.Program;
import org.newsminer.entity.ProgramKind;
import org.newsminer.text.CharClasses;
import org.newsminer.text.ModelFile;

/**
 * Names listed before a program head: {@code “A”“B”“C”四项工程}, {@code A、“B”、C等项目}. Each item of such a list
 * names a program. A list counts only with a quoted item (道路、桥梁、水利等工程 lists kinds of work, not
 * names) and two items or more; an item that is not a plain name (“党建+基层治理”赤康样本) is skipped, and
 * the first item starts after an opening word (其中, 包括, 做好 …: {@code models/rules/program/list-openers.txt}).
 * Quote marks count as item boundaries even when a printed quote lost its partner. Immutable and
 * thread-safe; the lists are loaded once, with the class.
 */
final class ListedNames {
  private static final String DIR = "rules/program/";
  private static final List<String> TRIGGERS = ModelFile.wordList(DIR + "list-heads.txt", true);
  private static final List<String> OPENERS = ModelFile.wordList(DIR + "list-openers.txt", true);
  private static final String COUNTERS = ModelFile.chars(DIR + "list-counters.txt");
  private static final String VERB_PARTICLES = ModelFile.chars(DIR + "verb-particles.txt");
  /** Words that close an open list (A、B等项目), longest first. */
  private static final List<String> CLOSERS = ModelFile.wordList(DIR + "list-closers.txt", true);
  private static final String OPEN_QUOTES = "“‘「『";
  private static final String CLOSE_QUOTES = "”’」』";
  /** What ends the clause a list stands in. */
  private static final String CLAUSE_END = ProgramText.PHRASE_END + "!?(（《》\n";
  private static final int MIN_ITEM = 2;
  private static final int MAX_ITEM = 12;
  /** How far back from its head a list is read. */
  private static final int MAX_LIST = 80;

  private ListedNames() {}

  /** Adds the listed names of {@code text} to {@code found}. */
  static void find(String text, List<Program> found) {
    // from each trigger back to the closer or count before it: triggers are rarer than characters
    SortedSet<Integer> heads = new TreeSet<>();
    for (String trigger : TRIGGERS) {
      for (int t = text.indexOf(trigger); t >= 0; t = text.indexOf(trigger, t + 1)) {
        int h = headStart(text, t);
        if (h > 0) {
          heads.add(h); // 等行动计划 is one head, whether read as 行动 or 行动计划
        }
      }
    }
    for (int h : heads) {
      list(text, h, found);
    }
  }

  /** Where the head ending in the trigger at {@code t} starts (等项目, 四项工程, 三大行动), or -1. */
  private static int headStart(String text, int t) {
    for (String closer : CLOSERS) {
      if (t >= closer.length() && text.startsWith(closer, t - closer.length())) {
        return t - closer.length();
      }
    }
    if (t < 2 || COUNTERS.indexOf(text.charAt(t - 1)) < 0) {
      return -1;
    }
    int run = t - 1;
    while (run > 0 && ProgramText.NUMERALS.indexOf(text.charAt(run - 1)) >= 0) {
      run--;
    }
    return run < t - 1 ? run : -1;
  }

  /**
   * Reads the list that ends at the head {@code h} and adds its names. The list runs back to the start of
   * its clause; its items are split at 、 and at opening quotes (a closing quote alone joins a quote to the
   * words after it: “党建+基层治理”赤康样本 is one item, not a plain name).
   */
  private static void list(String text, int h, List<Program> found) {
    int start = h;
    while (start > 0 && h - start < MAX_LIST && CLAUSE_END.indexOf(text.charAt(start - 1)) < 0) {
      start--;
    }
    boolean clauseStart = start == 0 || CLAUSE_END.indexOf(text.charAt(start - 1)) >= 0;
    String region = text.substring(start, h);
    if (!containsQuote(region)) {
      return;
    }
    List<Program> items = new ArrayList<>();
    int segment = start;
    for (int i = start; i <= h; i++) {
      boolean split = i == h || text.charAt(i) == '、' || (i > segment && OPEN_QUOTES.indexOf(text.charAt(i)) >= 0);
      if (!split) {
        continue;
      }
      boolean first = segment == start;
      if (!first || clauseStart) {
        Program item = segment(text, segment, i, first);
        if (item != null) {
          items.add(item);
        }
      }
      segment = i < h && text.charAt(i) == '、' ? i + 1 : i;
    }
    if (items.size() >= 2) {
      // the list says what its items are: “百村千厂”“万亩亿元”等项目 are projects, whatever their shape
      for (Program item : items) {
        found.removeIf(p -> p.start() == item.start() && p.end() == item.end());
      }
      found.addAll(items);
    }
  }

  /**
   * The item of the segment {@code text[from, to)}: a plain name, in quotes or not (a lost partner of a
   * quote is ignored), or null. The first segment of a list names an item only after an opening word or in
   * quotes.
   */
  private static Program segment(String text, int from, int to, boolean first) {
    int s = from;
    int e = to;
    while (s < e && isQuote(text.charAt(s))) {
      s++;
    }
    while (e > s && isQuote(text.charAt(e - 1))) {
      e--;
    }
    for (int i = s; i < e; i++) {
      if (!isNameChar(text.charAt(i))) {
        return null;
      }
    }
    if (first && s == from) {
      s = afterOpener(text, s, e);
      if (s < 0) {
        return null;
      }
    }
    return item(text, s, e);
  }

  /** A program for the list item {@code text[start, end)}, with its quotes when it has both, or null. */
  private static Program item(String text, int start, int end) {
    int len = end - start;
    String name = text.substring(start, end);
    if (len < MIN_ITEM || len > MAX_ITEM || LaunchedObjects.isGeneric(name)) {
      return null;
    }
    boolean inQuotes = start > 0 && end < text.length() && OPEN_QUOTES.indexOf(text.charAt(start - 1)) >= 0
        && CLOSE_QUOTES.indexOf(text.charAt(end)) >= 0;
    return inQuotes ? ProgramText.program(text, start - 1, end + 1, name, ProgramKind.INITIATIVE)
        : ProgramText.program(text, start, end, name, ProgramKind.INITIATIVE);
  }

  /** Where the first item starts after its opening word (其中溪桥工程 → 溪桥工程), or -1 without one. */
  private static int afterOpener(String text, int start, int end) {
    int best = -1;
    for (int i = start; i < end; i++) {
      String o = ProgramText.wordAt(text, i, OPENERS);
      if (o != null) {
        best = i + o.length();
      }
    }
    if (best > 0 && best < end && VERB_PARTICLES.indexOf(text.charAt(best)) >= 0) {
      best++;
    }
    return best;
  }

  private static boolean isNameChar(char c) {
    return CharClasses.isHan(c) || (c < 128 && Character.isLetterOrDigit(c));
  }

  private static boolean isQuote(char c) {
    return OPEN_QUOTES.indexOf(c) >= 0 || CLOSE_QUOTES.indexOf(c) >= 0;
  }

  private static boolean containsQuote(String s) {
    return ProgramText.containsAny(s, OPEN_QUOTES) || ProgramText.containsAny(s, CLOSE_QUOTES);
  }
}
