package org.newsminer.entity.place;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsminer.text.ModelFile;

/**
 * The place recognizer's word lists and character classes, read once from {@code models/rules/place/}
 * (each file says what its list means and which mechanism uses it). Only punctuation and whitespace, closed
 * alphabets, are written here.
 *
 * <p>Immutable and thread-safe; the lists load with the class, the first time a recognizer needs them.
 */
final class PlaceRules {
  private PlaceRules() {}

  private static final Map<String, String> CHARS = charClasses("rules/place/char-classes.tsv");

  /** Administrative level characters (省市县区乡镇村州旗盟). */
  static final String LEVEL_CHARS = charClass("level-chars");
  /** Punctuation and whitespace: never inside a name. */
  private static final String PUNCTUATION = "、，。；：？！“”‘’（）()《》〈〉「」『』【】—…·,.;:?!\"' \t\r\n";
  /** Characters that never belong to a name built by the grammar: function words, deictics, levels. */
  static final String STOP_CHARS = charClass("function-chars") + LEVEL_CHARS + charClass("stop-chars") + PUNCTUATION;
  static final String SOFT_STOPS = charClass("soft-stops");
  static final String NEVER_FIRST = charClass("never-first");
  static final String VERB_FIRST = NEVER_FIRST + charClass("verb-first");
  static final String COLLECTIVE = charClass("collective");
  static final String MEASURES = charClass("measures");
  static final String TITLE_END = charClass("title-end");
  static final String ONE_CHAR_GENERIC = charClass("one-char-generic");
  static final String VERB_LIKE = charClass("verb-like");
  static final String COMPOUND_ABBR = charClass("compound-abbr");
  static final String ABBR_VERBS = charClass("abbr-verbs");
  static final String VERB_ABBR = charClass("verb-abbr");
  static final String BANK_BEFORE = charClass("bank-before");
  static final String FOREIGN_CHARS = charClass("foreign-chars");

  static final Set<String> GENERIC = ModelFile.words("rules/place/generic-words.txt");
  static final Set<String> CATEGORY = ModelFile.words("rules/place/category-words.txt");
  static final List<String> CONTINUATIONS = ModelFile.wordList("rules/place/continuations.txt", false);
  static final List<String> SPEECH = ModelFile.wordList("rules/place/speech-words.txt", false);
  static final List<String> BRAND_WORDS = ModelFile.wordList("rules/place/brand-words.txt", false);
  static final List<String> ARRIVAL = ModelFile.wordList("rules/place/arrival-words.txt", false);
  static final List<String> RELATIONS = ModelFile.wordList("rules/place/relation-words.txt", false);
  static final List<String> STRAIT_WORDS = ModelFile.wordList("rules/place/strait-words.txt", false);
  static final List<String> LOCAL_SUFFIXES = ModelFile.wordList("rules/place/local-suffixes.txt", false);

  private static Map<String, String> charClasses(String name) {
    Map<String, String> out = new HashMap<>();
    for (ModelFile.Row row : ModelFile.rows(name, 2, 2)) {
      String chars = row.field(1);
      for (int k = 0; k < chars.length(); k++) {
        if (chars.indexOf(chars.charAt(k)) != k) {
          throw row.error("character " + chars.charAt(k) + " repeated in class " + row.field(0));
        }
      }
      if (out.put(row.field(0), chars) != null) {
        throw row.error("duplicate class " + row.field(0));
      }
    }
    return Map.copyOf(out);
  }

  private static String charClass(String name) {
    String chars = CHARS.get(name);
    if (chars == null) {
      throw new IllegalArgumentException("models/rules/place/char-classes.tsv: class " + name + " missing");
    }
    return chars;
  }
}
