package org.newsminer.entity.place;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.newsminer.entity.PlaceLevel;
import org.newsminer.text.ModelFile;

/**
 * China's statistical divisions ({@code models/divisions/cn-divisions.tsv.gz}, NBS 2023 codes, built by
 * {@code scripts/build-divisions.py}): 31 provinces, 342 prefecture-level, 2,978 county-level, 41,352
 * township-level and 620,573 village-level units, each with its code, name and parent.
 *
 * <p>Units are numbered {@code 0..size()-1} in code order (a parent before its children). The model is held
 * in flat arrays (codes, one character pool for all names, parent indices) with two open-addressing name
 * indexes, by full name and by stem (a township's or village's name without its suffix, so that a paper's
 * 桑木村 finds the list's 桑木社区): some 35 MB of heap, loaded once, lazily, in well under a second.
 *
 * <p>Immutable and thread-safe after loading.
 */
final class Divisions {
  private static final String RESOURCE = "/org/newsminer/models/divisions/cn-divisions.tsv.gz";
  private static final String FILE = "models/divisions/cn-divisions.tsv.gz";

  /**
   * Sort keys in file order: the code padded to 12 digits, times 16, plus its length (a parent sorts just
   * before its children).
   */
  private final long[] codes;
  private final byte[] lengths;
  private final int[] parents;
  private final char[] pool;
  private final int[] nameAt;
  private final byte[] stemLen;
  private final boolean[] grouping;
  /** Open-addressing table by full name: the first unit of each name; {@code sameName} links the rest. */
  private final int[] byName;
  private final int[] sameName;
  private final int[] byStem;
  private final int[] sameStem;
  private final int size;

  private static final class Holder {
    static final Divisions INSTANCE = load();
  }

  static Divisions get() {
    return Holder.INSTANCE;
  }

  private Divisions(int n, long[] codes, byte[] lengths, int[] parents, char[] pool, int[] nameAt) {
    this.size = n;
    this.codes = codes;
    this.lengths = lengths;
    this.parents = parents;
    this.pool = pool;
    this.nameAt = nameAt;
    Set<String> groupings = ModelFile.words("rules/place/division-groupings.txt");
    grouping = new boolean[n];
    stemLen = new byte[n];
    for (int u = 0; u < n; u++) {
      // Groupings are rows above the county (市辖区 1101, 县 5002); other names need no string here.
      grouping[u] = lengths[u] < 9 && groupings.contains(name(u));
      stemLen[u] = (byte) stemLength(u);
    }
    int cap = Integer.highestOneBit(n * 2 - 1) << 1;
    byName = new int[cap];
    sameName = new int[n];
    byStem = new int[cap];
    sameStem = new int[n];
    Arrays.fill(byName, -1);
    Arrays.fill(byStem, -1);
    // Inserted last to first so that each chain lists its units in code order.
    for (int u = n - 1; u >= 0; u--) {
      insert(byName, sameName, u, nameLength(u));
      if (stemLen[u] > 0) {
        insert(byStem, sameStem, u, stemLen[u]);
      }
    }
  }

  private int stemLength(int u) {
    if (lengths[u] < 9) {
      return 0;
    }
    int len = nameLength(u);
    int end = nameAt[u] + len;
    for (String suf : PlaceRules.LOCAL_SUFFIXES) {
      int s = suf.length();
      if (len > s && spells(suf, end - s)) {
        return len - s;
      }
    }
    return 0;
  }

  private void insert(int[] table, int[] chain, int u, int len) {
    int mask = table.length - 1;
    int h = hash(pool, nameAt[u], len) & mask;
    while (table[h] >= 0) {
      int v = table[h];
      if (regionEquals(v, table == byName ? nameLength(v) : stemLen[v], u, len)) {
        chain[u] = v;
        table[h] = u;
        return;
      }
      h = (h + 1) & mask;
    }
    chain[u] = -1;
    table[h] = u;
  }

  private boolean spellsRange(String text, int s, int at, int len) {
    for (int k = 0; k < len; k++) {
      if (pool[at + k] != text.charAt(s + k)) {
        return false;
      }
    }
    return true;
  }

  /** True when the pool holds {@code s} at {@code at}. */
  private boolean spells(String s, int at) {
    for (int k = 0; k < s.length(); k++) {
      if (pool[at + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private boolean regionEquals(int v, int vlen, int u, int len) {
    return vlen == len && Arrays.equals(pool, nameAt[v], nameAt[v] + len, pool, nameAt[u], nameAt[u] + len);
  }

  private static int hash(char[] a, int from, int len) {
    int h = 0;
    for (int k = 0; k < len; k++) {
      h = 31 * h + a[from + k];
    }
    return h ^ (h >>> 16);
  }

  private static int hash(String s) {
    int h = s.hashCode();
    return h ^ (h >>> 16);
  }

  /** The first unit named {@code name} (then {@link #nextNamed}), or -1: walks without building a list. */
  int firstNamed(String name) {
    return head(byName, name, false);
  }

  int nextNamed(int u) {
    return sameName[u];
  }

  /** {@link #firstNamed(String)} of {@code text[s, e)}, without making a string of it. */
  int firstNamed(String text, int s, int e) {
    return head(byName, text, s, e, false);
  }

  /** {@link #firstStemmed(String)} of {@code text[s, e)}, without making a string of it. */
  int firstStemmed(String text, int s, int e) {
    return head(byStem, text, s, e, true);
  }

  private int head(int[] table, String text, int s, int e, boolean stems) {
    int h = 0;
    for (int k = s; k < e; k++) {
      h = 31 * h + text.charAt(k);
    }
    int mask = table.length - 1;
    for (int slot = (h ^ (h >>> 16)) & mask; table[slot] >= 0; slot = (slot + 1) & mask) {
      int u = table[slot];
      int len = stems ? stemLen[u] : nameLength(u);
      if (len == e - s && spellsRange(text, s, nameAt[u], len)) {
        return u;
      }
    }
    return -1;
  }

  /** The first township or village with stem {@code stem} (then {@link #nextStemmed}), or -1. */
  int firstStemmed(String stem) {
    return head(byStem, stem, true);
  }

  int nextStemmed(int u) {
    return sameStem[u];
  }

  private int head(int[] table, String key, boolean stems) {
    int mask = table.length - 1;
    for (int h = hash(key) & mask; table[h] >= 0; h = (h + 1) & mask) {
      int u = table[h];
      int len = stems ? stemLen[u] : nameLength(u);
      if (len == key.length() && spells(key, nameAt[u])) {
        return u;
      }
    }
    return -1;
  }

  /** Units whose full name is {@code name}, in code order; groupings (市辖区) excluded. */
  List<Integer> named(String name) {
    return lookup(byName, sameName, name, false);
  }

  /** Townships and villages whose name without its suffix is {@code stem} (桑木 → 桑木村, 桑木社区). */
  List<Integer> stemmed(String stem) {
    return lookup(byStem, sameStem, stem, true);
  }

  private List<Integer> lookup(int[] table, int[] chain, String key, boolean stems) {
    int mask = table.length - 1;
    for (int h = hash(key) & mask; table[h] >= 0; h = (h + 1) & mask) {
      int u = table[h];
      int len = stems ? stemLen[u] : nameLength(u);
      if (len == key.length() && spells(key, nameAt[u])) {
        List<Integer> out = new ArrayList<>();
        for (int v = u; v >= 0; v = chain[v]) {
          if (!grouping[v]) {
            out.add(v);
          }
        }
        return out;
      }
    }
    return List.of();
  }

  int size() {
    return size;
  }

  String name(int u) {
    return new String(pool, nameAt[u], nameLength(u));
  }

  private int nameLength(int u) {
    return nameAt[u + 1] - nameAt[u];
  }

  /** The statistical code as NBS writes it: 2, 4, 6, 9 or 12 digits. */
  String code(int u) {
    return Long.toString((codes[u] >> 4) / pow10(12 - lengths[u]));
  }

  /** The unit's administrative level, from its code's length. */
  PlaceLevel level(int u) {
    switch (lengths[u]) {
      case 2:
        return PlaceLevel.PROVINCE;
      case 4:
        return PlaceLevel.PREFECTURE;
      case 6:
        return PlaceLevel.COUNTY;
      case 9:
        return PlaceLevel.TOWNSHIP;
      default:
        return PlaceLevel.VILLAGE;
    }
  }

  /** The parent unit, or -1 for a province. */
  int parent(int u) {
    return parents[u];
  }

  /** True for rows that group units without naming a place (市辖区). */
  boolean grouping(int u) {
    return grouping[u];
  }

  /** True when {@code a} is {@code u} or one of its ancestors. */
  boolean within(int u, int a) {
    for (int v = u; v >= 0; v = parents[v]) {
      if (v == a) {
        return true;
      }
    }
    return false;
  }

  /** Names from the province down to {@code u}, groupings left out (北京市 › 东城区). */
  List<String> path(int u) {
    List<String> out = new ArrayList<>(5);
    for (int v = u; v >= 0; v = parents[v]) {
      if (!grouping[v]) {
        out.add(name(v));
      }
    }
    java.util.Collections.reverse(out);
    return List.copyOf(out);
  }

  /** The unit with {@code code}, or -1. */
  int byCode(String code) {
    long c;
    try {
      c = Long.parseLong(code);
    } catch (NumberFormatException e) {
      return -1;
    }
    if (code.length() > 12 || parentLength(code.length()) < 0) {
      return -1;
    }
    int k = Arrays.binarySearch(codes, 0, size, key(c, code.length()));
    return k >= 0 ? k : -1;
  }

  private static Divisions load() {
    byte[] bytes;
    try (InputStream raw = Divisions.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new IllegalStateException(FILE + " missing from the classpath");
      }
      bytes = new GZIPInputStream(raw, 1 << 16).readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(FILE + ": cannot read: " + e.getMessage(), e);
    }
    return parse(bytes);
  }

  /**
   * Parses the model's bytes straight into the arrays (no string per line: six hundred thousand lines
   * must load in a fraction of a second). Lines are {@code code<TAB>name}, UTF-8, {@code #} comments.
   */
  static Divisions parse(byte[] b) {
    long[] codes = new long[1 << 10];
    byte[] lengths = new byte[codes.length];
    int[] parents = new int[codes.length];
    int[] nameAt = new int[codes.length + 1];
    char[] pool = new char[b.length / 2];
    // The last unit seen at each code length: the parent of the next longer code.
    int[] lastAt = new int[13];
    Arrays.fill(lastAt, -1);
    int n = 0;
    int used = 0;
    int no = 0;
    int i = 0;
    while (i < b.length) {
      no++;
      int eol = i;
      while (eol < b.length && b[eol] != '\n') {
        eol++;
      }
      if (eol == i || b[i] == '#') {
        i = eol + 1;
        continue;
      }
      long code = 0;
      int k = i;
      while (k < eol && b[k] >= '0' && b[k] <= '9') {
        code = code * 10 + (b[k++] - '0');
      }
      int len = k - i;
      int parentLen = parentLength(len);
      if (k == eol || b[k] != '\t' || k + 1 == eol || parentLen < 0) {
        throw new IllegalArgumentException(FILE + ":" + no + ": expected code<TAB>name");
      }
      if (n > 0 && key(code, len) <= codes[n - 1] || parentLen > 0 && (lastAt[parentLen] < 0
          || codes[lastAt[parentLen]] != key(code / pow10(len - parentLen), parentLen))) {
        throw new IllegalArgumentException(FILE + ":" + no + ": code out of order or without its parent: " + code);
      }
      if (n + 1 >= codes.length) {
        int cap = codes.length * 2;
        codes = Arrays.copyOf(codes, cap);
        lengths = Arrays.copyOf(lengths, cap);
        parents = Arrays.copyOf(parents, cap);
        nameAt = Arrays.copyOf(nameAt, cap + 1);
      }
      codes[n] = key(code, len);
      lengths[n] = (byte) len;
      parents[n] = parentLen == 0 ? -1 : lastAt[parentLen];
      nameAt[n] = used;
      used = decodeUtf8(b, k + 1, eol, pool, used, no);
      lastAt[len] = n;
      n++;
      i = eol + 1;
    }
    nameAt[n] = used;
    return new Divisions(n, Arrays.copyOf(codes, n), Arrays.copyOf(lengths, n), Arrays.copyOf(parents, n),
        Arrays.copyOf(pool, used), Arrays.copyOf(nameAt, n + 1));
  }

  /** Decodes UTF-8 {@code b[from, to)} into {@code out} at {@code at}; returns the new end. */
  private static int decodeUtf8(byte[] b, int from, int to, char[] out, int at, int no) {
    int k = from;
    while (k < to) {
      int c = b[k] & 0xff;
      int cp;
      int extra;
      if (c < 0x80) {
        cp = c;
        extra = 0;
      } else if (c >= 0xc2 && c < 0xe0) {
        cp = c & 0x1f;
        extra = 1;
      } else if (c >= 0xe0 && c < 0xf0) {
        cp = c & 0x0f;
        extra = 2;
      } else if (c >= 0xf0 && c < 0xf5) {
        cp = c & 0x07;
        extra = 3;
      } else {
        throw new IllegalArgumentException(FILE + ":" + no + ": not UTF-8");
      }
      if (k + extra >= to && extra > 0) {
        throw new IllegalArgumentException(FILE + ":" + no + ": truncated UTF-8");
      }
      for (int j = 1; j <= extra; j++) {
        int cc = b[k + j] & 0xff;
        if ((cc & 0xc0) != 0x80) {
          throw new IllegalArgumentException(FILE + ":" + no + ": not UTF-8");
        }
        cp = cp << 6 | cc & 0x3f;
      }
      k += extra + 1;
      at += Character.toChars(cp, out, at);
    }
    return at;
  }

  private static long key(long code, int len) {
    return code * pow10(12 - len) * 16 + len;
  }

  /** Code length of a unit's parent (0 for a province), or -1 for a length that is no level. */
  private static int parentLength(int len) {
    switch (len) {
      case 2:
        return 0;
      case 4:
        return 2;
      case 6:
        return 4;
      case 9:
        return 6;
      case 12:
        return 9;
      default:
        return -1;
    }
  }

  private static long pow10(int k) {
    long p = 1;
    for (int i = 0; i < k; i++) {
      p *= 10;
    }
    return p;
  }
}
