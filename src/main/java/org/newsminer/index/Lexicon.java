package org.newsminer.index;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import org.newsminer.entity.place.Gazetteer;
import org.newsminer.text.CharClasses;
import org.newsminer.text.ModelFile;

/**
 * Words that segmentation must keep whole: the gazetteer's place names (counties and above from the
 * division list, and the hand-kept places) and the first column of {@code models/places.tsv},
 * {@code models/division-aliases.tsv} and {@code models/programs.tsv}. Longest-match lookup in a
 * character trie. Immutable and thread-safe.
 */
public final class Lexicon {
  private static volatile Lexicon models;

  /** A character trie: node ids are ints, edges keyed by (node << 16 | char) in an open-addressing table. */
  private long[] keys = new long[1024];
  private int[] values = new int[1024];
  private int used;
  private final BitSet terminal = new BitSet();
  private int nodes = 1;
  private int size;

  private Lexicon(Collection<String> words) {
    for (String w : words) {
      if (w.length() >= 2) {
        int node = 0;
        for (int i = 0; i < w.length(); i++) {
          long key = ((long) node << 16) | w.charAt(i);
          int next = get(key);
          if (next < 0) {
            next = nodes++;
            put(key, next);
          }
          node = next;
        }
        if (!terminal.get(node)) {
          terminal.set(node);
          size++;
        }
      }
    }
  }

  /** A lexicon of {@code words} (shorter than two characters are ignored). */
  public static Lexicon of(Collection<String> words) {
    return new Lexicon(words);
  }

  /** The lexicon of the packaged models (empty when there are none yet); loaded once. */
  public static Lexicon models() {
    Lexicon l = models;
    if (l == null) {
      synchronized (Lexicon.class) {
        l = models;
        if (l == null) {
          l = new Lexicon(loadModels());
          models = l;
        }
      }
    }
    return l;
  }

  public int size() {
    return size;
  }

  /** Length of the longest word of this lexicon starting at {@code text[from]} and ending by {@code to}; 0 if none. */
  public int longestMatch(CharSequence text, int from, int to) {
    int best = 0;
    int node = 0;
    for (int i = from; i < to; i++) {
      int next = get(((long) node << 16) | text.charAt(i));
      if (next < 0) {
        break;
      }
      node = next;
      if (terminal.get(node)) {
        best = i - from + 1;
      }
    }
    return best;
  }

  private int slot(long key) {
    int mask = keys.length - 1;
    int h = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    // Key 0 would be node 0 and char 0, which no word has: 0 marks an empty slot.
    while (keys[h] != 0 && keys[h] != key) {
      h = (h + 1) & mask;
    }
    return h;
  }

  private int get(long key) {
    int h = slot(key);
    return keys[h] == key ? values[h] : -1;
  }

  private void put(long key, int value) {
    if (2 * (used + 1) > keys.length) {
      long[] oldKeys = keys;
      int[] oldValues = values;
      keys = new long[oldKeys.length * 2];
      values = new int[oldKeys.length * 2];
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != 0) {
          int h = slot(oldKeys[i]);
          keys[h] = oldKeys[i];
          values[h] = oldValues[i];
        }
      }
    }
    int h = slot(key);
    if (keys[h] == 0) {
      used++;
    }
    keys[h] = key;
    values[h] = value;
  }

  /**
   * The data files whose first column is segmentation vocabulary, named one by one: a new data file
   * under {@code models/} never changes search tokens unless it is added here.
   */
  private static final List<String> VOCABULARY_FILES = List.of("places.tsv", "division-aliases.tsv", "programs.tsv");

  private static List<String> loadModels() {
    // Counties and above from the division list, which places.tsv no longer repeats (朗县, 新和县).
    List<String> out = new ArrayList<>(Gazetteer.get().names());
    for (String name : VOCABULARY_FILES) {
      for (ModelFile.Row row : ModelFile.rows(name, 1, Integer.MAX_VALUE)) {
        String w = row.field(0);
        if (w.codePoints().anyMatch(CharClasses::isHan)) {
          out.add(w);
        }
      }
    }
    return out;
  }
}
