package org.newsminer.index;

import org.newsminer.text.CharClasses;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.BitSet;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Words that segmentation must keep whole: place names of the gazetteer and program names, read from
 * the first column of every {@code models/*.tsv} on the classpath. Longest-match lookup in a
 * character trie. Immutable and thread-safe.
 */
public final class Lexicon {
  private static final String MODELS = "/org/newsminer/models/";
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

  private static List<String> loadModels() {
    List<String> out = new ArrayList<>();
    URL anchor = Lexicon.class.getResource(MODELS + "README.md");
    if (anchor == null) {
      return out;
    }
    try {
      for (String name : listTsv(anchor)) {
        try (InputStream in = Lexicon.class.getResourceAsStream(MODELS + name)) {
          if (in != null) {
            readFirstColumn(in, out);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read models: " + e.getMessage(), e);
    }
    return out;
  }

  private static List<String> listTsv(URL anchor) throws IOException {
    List<String> names = new ArrayList<>();
    if ("jar".equals(anchor.getProtocol())) {
      JarURLConnection c = (JarURLConnection) anchor.openConnection();
      c.setUseCaches(false);
      try (JarFile jar = c.getJarFile()) {
        String prefix = MODELS.substring(1);
        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
          String n = e.nextElement().getName();
          if (n.startsWith(prefix) && n.endsWith(".tsv") && n.indexOf('/', prefix.length()) < 0) {
            names.add(n.substring(prefix.length()));
          }
        }
      }
    } else if ("file".equals(anchor.getProtocol())) {
      try (Stream<Path> s = Files.list(Path.of(anchor.toURI()).getParent())) {
        s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tsv")).forEach(names::add);
      } catch (URISyntaxException e) {
        throw new IOException(e);
      }
    }
    names.sort(null);
    return names;
  }

  private static void readFirstColumn(InputStream in, List<String> out) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    while ((line = r.readLine()) != null) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      String w = (tab < 0 ? line : line.substring(0, tab)).strip();
      if (w.codePoints().anyMatch(CharClasses::isHan)) {
        out.add(w);
      }
    }
  }
}
