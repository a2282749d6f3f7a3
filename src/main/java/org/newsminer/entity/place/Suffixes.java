package org.newsminer.entity.place;

import java.util.ArrayList;
import java.util.List;
import org.newsminer.entity.PlaceLevel;
import org.newsminer.text.ModelFile;

/**
 * The suffixes that end a place name ({@code models/rules/place/suffixes.tsv}): administrative (县, 乡,
 * 街道) and natural (河, 错, 峰), each with the level of a name that ends in it.
 *
 * <p>Immutable and thread-safe; loaded with the class.
 */
final class Suffixes {
  private Suffixes() {}

  /** One suffix and the level of names ending in it. */
  record Suffix(String text, PlaceLevel level) {
    boolean is(String s) {
      return text.equals(s);
    }
  }

  static final List<Suffix> ALL = load("rules/place/suffixes.tsv");
  /** First characters of the suffixes: most positions are rejected with one lookup. */
  private static final boolean[] START = new boolean[Character.MAX_VALUE + 1];

  static {
    for (Suffix s : ALL) {
      START[s.text().charAt(0)] = true;
    }
  }

  private static List<Suffix> load(String name) {
    List<Suffix> out = new ArrayList<>();
    for (ModelFile.Row row : ModelFile.rows(name, 2, 2)) {
      try {
        out.add(new Suffix(row.field(0), PlaceLevel.valueOf(row.field(1))));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown level " + row.field(1));
      }
    }
    return List.copyOf(out);
  }

  /** True when some suffix starts with {@code c}. */
  static boolean starts(char c) {
    return START[c];
  }

  /** The suffix starting at {@code i} and ending by {@code to}, the first listed that matches, or null. */
  static Suffix at(String text, int i, int to) {
    if (!START[text.charAt(i)]) {
      return null;
    }
    for (Suffix s : ALL) {
      if (text.startsWith(s.text(), i) && i + s.text().length() <= to) {
        return s;
      }
    }
    return null;
  }

  /** True for the village suffixes (村, 新村, 社区, 居委会). */
  static boolean village(Suffix s) {
    return s.level() == PlaceLevel.VILLAGE;
  }

  /** Length of the natural-feature suffix a name ends in (河, 错, 峰, 冰川 …), or 0. */
  static int featureSuffix(String name) {
    for (Suffix s : ALL) {
      if (s.level() == PlaceLevel.NATURAL && name.endsWith(s.text()) && name.length() > s.text().length()) {
        return s.text().length();
      }
    }
    return 0;
  }
}
