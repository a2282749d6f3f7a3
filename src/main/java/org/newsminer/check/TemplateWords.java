package org.newsminer.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsminer.text.ModelFile;

/**
 * The words of the page templates, {@code models/rules/check/templates.tsv}: for each slot of a template
 * the words that fill it, and for three slots a table from a word to its arguments. Kept apart from the
 * cue lexicon ({@link Cues}) so that these templates keep their verdicts when the lexicon grows. Immutable
 * and thread-safe; {@link #get()} loads the file once.
 */
final class TemplateWords {
  private static final String RESOURCE = "rules/check/templates.tsv";

  /** Where a template uses a word (see the header of the data file). */
  enum Slot {
    AMONG_THEM(Shape.ONE), AMONG(Shape.ONE), INCLUDING(Shape.ONE), RESPECTIVELY(Shape.ONE), DONE(Shape.ONE),
    NOT_DONE(Shape.ONE), OPEN(Shape.ONE), COMPLETE(Shape.ONE), OF(Shape.ONE), DE(Shape.ONE),
    NO_WHOLE(Shape.ONE), STAKE(Shape.ONE), RATE(Shape.ONE), TAKE(Shape.ONE), PER(Shape.ONE),
    WHOLE(Shape.LIST), SUMMED(Shape.LIST), REACH(Shape.LIST), NOTPART(Shape.LIST), REST(Shape.LIST),
    LEVEL(Shape.LIST), CATEGORY(Shape.LIST), CAPITAL(Shape.LIST), COMPLEMENT(Shape.LIST), RATE_LINK(Shape.LIST),
    ALLOT(Shape.LIST), BASE(Shape.TABLE), AVERAGE(Shape.TABLE), BORDER(Shape.TABLE);

    private final Shape shape;

    Slot(Shape shape) {
      this.shape = shape;
    }
  }

  /** One word, a list of words, or words with an argument each. */
  private enum Shape { ONE, LIST, TABLE }

  private final Map<Slot, List<String>> words;
  private final Map<Slot, Map<String, List<String>>> tables;

  private TemplateWords(Map<Slot, List<String>> words, Map<Slot, Map<String, List<String>>> tables) {
    this.words = words;
    this.tables = tables;
  }

  private static final class Holder {
    static final TemplateWords INSTANCE = load();
  }

  static TemplateWords get() {
    return Holder.INSTANCE;
  }

  /** The one word of a single-word slot. */
  String word(Slot slot) {
    return words.get(slot).get(0);
  }

  /** The words of {@code slot}, longest first. */
  List<String> words(Slot slot) {
    return words.get(slot);
  }

  /** Whether {@code text} contains a word of {@code slot}. */
  boolean in(Slot slot, String text) {
    for (String w : words.get(slot)) {
      if (text.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** The longest word of {@code slot} that {@code text} ends with, or null. */
  String suffix(Slot slot, String text) {
    for (String w : words.get(slot)) {
      if (text.endsWith(w)) {
        return w;
      }
    }
    return null;
  }

  /** The arguments of each word of a table slot, in file order. */
  Map<String, List<String>> table(Slot slot) {
    return tables.get(slot);
  }

  private static TemplateWords load() {
    Map<Slot, List<String>> words = new EnumMap<>(Slot.class);
    Map<Slot, Map<String, List<String>>> tables = new EnumMap<>(Slot.class);
    for (Slot slot : Slot.values()) {
      words.put(slot, new ArrayList<>());
      tables.put(slot, new LinkedHashMap<>());
    }
    for (ModelFile.Row row : ModelFile.rows(RESOURCE, 2, 3)) {
      Slot slot;
      try {
        slot = Slot.valueOf(row.field(1));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown slot " + row.field(1));
      }
      String word = row.field(0);
      if (slot.shape == Shape.TABLE) {
        if (row.size() != 3 || row.field(2).isEmpty()) {
          throw row.error("slot " + slot + " needs a third field");
        }
        List<String> args = tables.get(slot).computeIfAbsent(word, w -> new ArrayList<>());
        if (args.contains(row.field(2))) {
          throw row.error("duplicate " + slot + " row " + word + " " + row.field(2));
        }
        args.add(row.field(2));
        continue;
      }
      if (row.size() != 2) {
        throw row.error("slot " + slot + " takes no third field");
      }
      if (words.get(slot).contains(word)) {
        throw row.error("duplicate " + slot + " word " + word);
      }
      if (slot.shape == Shape.ONE && !words.get(slot).isEmpty()) {
        throw row.error("slot " + slot + " holds one word, already " + words.get(slot).get(0));
      }
      words.get(slot).add(word);
    }
    Map<Slot, List<String>> frozenWords = new EnumMap<>(Slot.class);
    Map<Slot, Map<String, List<String>>> frozenTables = new EnumMap<>(Slot.class);
    for (Slot slot : Slot.values()) {
      List<String> list = words.get(slot);
      Map<String, List<String>> table = new LinkedHashMap<>();
      tables.get(slot).forEach((w, args) -> table.put(w, List.copyOf(args)));
      if (list.isEmpty() && table.isEmpty()) {
        throw new IllegalArgumentException("models/" + RESOURCE + ": no words for slot " + slot);
      }
      list.sort((a, b) -> b.length() - a.length());
      frozenWords.put(slot, List.copyOf(list));
      frozenTables.put(slot, Collections.unmodifiableMap(table));
    }
    return new TemplateWords(frozenWords, frozenTables);
  }
}
