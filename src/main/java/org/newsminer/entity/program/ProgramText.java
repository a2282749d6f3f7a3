package org.newsminer.entity.program;

import java.util.List;
import org.newsminer.entity.Program;
import org.newsminer.entity.ProgramKind;

/**
 * Small text tests shared by the program mechanisms: affix matching against a word list, the numeral
 * alphabet of formulas and plan periods, and the {@link Program} factory. Stateless and thread-safe.
 */
final class ProgramText {
  /** Chinese numerals that open a formula group (四个意识, 两不愁三保障, 百村千企). A closed alphabet. */
  static final String NUMERALS = "一二两三四五六七八九十百千";

  private ProgramText() {}

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
