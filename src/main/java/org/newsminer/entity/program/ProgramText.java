package org.newsminer.entity.program;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsminer.entity.Program;
import org.newsminer.entity.ProgramKind;
import org.newsminer.text.ModelFile;

/**
 * Small text tests shared by the program mechanisms: affix matching against a word list, the numeral
 * alphabet of formulas and plan periods, and the {@link Program} factory. Stateless and thread-safe.
 */
final class ProgramText {
  /** Chinese numerals that open a formula group (四个意识, 两不愁三保障, 百村千企). A closed alphabet. */
  static final String NUMERALS = "一二两三四五六七八九十百千";

  /** Punctuation that ends a phrase: after it, a quoted or listed name stands alone. A closed set. */
  static final String PHRASE_END = "，,。；;：:！？)）";

  private ProgramText() {}

  /**
   * A two-column table of {@code models/} (word, class) in file order, each class one of {@code classes};
   * a repeated word or an unknown class is a line-numbered error.
   */
  static Map<String, String> classified(String file, Set<String> classes) {
    Map<String, String> table = new LinkedHashMap<>();
    for (ModelFile.Row row : ModelFile.rows(file, 2, 2)) {
      if (!classes.contains(row.field(1))) {
        throw row.error("expected one of " + classes + ", found " + row.field(1));
      }
      if (table.putIfAbsent(row.field(0), row.field(1)) != null) {
        throw row.error("duplicate word " + row.field(0));
      }
    }
    return table;
  }

  /** The words of {@code table} of class {@code cls} (all when null), longest first. */
  static List<String> longestFirst(Map<String, String> table, String cls) {
    return table.entrySet().stream().filter(e -> cls == null || e.getValue().equals(cls)).map(Map.Entry::getKey)
        .sorted((a, b) -> b.length() - a.length()).toList();
  }

  static Program program(String text, int start, int end, String name, ProgramKind kind) {
    return new Program(text.substring(start, end), start, end, name, kind);
  }

  /** 十四五, 十三五: a five-year-plan period. */
  static boolean isPlanPeriod(String s) {
    return s.length() == 3 && s.charAt(0) == '十' && s.charAt(2) == '五'
        && "一二三四五六七八九".indexOf(s.charAt(1)) >= 0;
  }

  static boolean endsWithAny(String s, List<String> suffixes) {
    for (String x : suffixes) {
      if (s.endsWith(x)) {
        return true;
      }
    }
    return false;
  }

  /** The first word of {@code words} spelled at {@code text[i...)}, or null. */
  static String wordAt(String text, int i, List<String> words) {
    for (String x : words) {
      if (text.startsWith(x, i)) {
        return x;
      }
    }
    return null;
  }

  static boolean startsWithAny(String text, int i, List<String> prefixes) {
    return wordAt(text, i, prefixes) != null;
  }

  static boolean containsAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
