package org.newsminer.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * A normalized text together with the map back into the original it was made from.
 *
 * <p>Every character of {@link #text()} comes from a span of {@link #original()}; a span
 * {@code [start, end)} of the normalized text maps back with {@link #originalStart(int)} and
 * {@link #originalEnd(int)}. The map is monotonic: later normalized characters never come from
 * earlier original characters. Instances are immutable and thread-safe.
 */
public final class NormalizedText {
  private final String original;
  private final String text;
  /** {@code from[i]}: original offset where normalized char {@code i} starts. */
  private final int[] from;
  /** {@code to[i]}: original offset just after normalized char {@code i}. */
  private final int[] to;

  NormalizedText(String original, String text, int[] from, int[] to) {
    this.original = original;
    this.text = text;
    this.from = from;
    this.to = to;
  }

  /** The identity normalization of {@code text}: every offset maps to itself. */
  public static NormalizedText identity(String text) {
    Objects.requireNonNull(text, "text");
    int[] from = new int[text.length()];
    int[] to = new int[text.length()];
    for (int i = 0; i < from.length; i++) {
      from[i] = i;
      to[i] = i + 1;
    }
    return new NormalizedText(text, text, from, to);
  }

  /** The text as it was passed in. */
  public String original() {
    return original;
  }

  /** The repaired text that extraction runs on. */
  public String text() {
    return text;
  }

  /** Original offset of the start of a span that starts at normalized offset {@code start}. */
  public int originalStart(int start) {
    checkOffset(start);
    return start == from.length ? original.length() : from[start];
  }

  /** Original offset of the end of a span that ends at normalized offset {@code end}. */
  public int originalEnd(int end) {
    checkOffset(end);
    return end == 0 ? (from.length == 0 ? 0 : from[0]) : to[end - 1];
  }

  /**
   * Normalized offset of the first normalized character that starts at or after original offset
   * {@code originalOffset}: the inverse of {@link #originalStart(int)} on the characters that were kept.
   */
  public int normalizedOffset(int originalOffset) {
    if (originalOffset < 0 || originalOffset > original.length()) {
      throw new IllegalArgumentException(
          "original offset " + originalOffset + " outside [0, " + original.length() + "]");
    }
    int i = Arrays.binarySearch(from, originalOffset);
    if (i >= 0) {
      while (i > 0 && from[i - 1] == originalOffset) {
        i--;
      }
      return i;
    }
    return -i - 1;
  }

  private void checkOffset(int offset) {
    if (offset < 0 || offset > from.length) {
      throw new IllegalArgumentException(
          "normalized offset " + offset + " outside [0, " + from.length + "]");
    }
  }

  @Override
  public String toString() {
    return text;
  }

  /** Accumulates normalized characters with the original span each one came from. */
  static final class Builder implements CharSequence {
    private final String original;
    // Plain arrays: one append per character of every page, so no StringBuilder bookkeeping.
    private char[] text;
    private int[] from;
    private int[] to;
    private int length;

    Builder(String original) {
      this.original = original;
      int capacity = Math.max(16, original.length());
      this.text = new char[capacity];
      this.from = new int[capacity];
      this.to = new int[capacity];
    }

    /** Appends {@code c}, which stands for {@code original[start, end)}. */
    Builder append(char c, int start, int end) {
      int n = length;
      if (n == text.length) {
        text = Arrays.copyOf(text, n * 2);
        from = Arrays.copyOf(from, n * 2);
        to = Arrays.copyOf(to, n * 2);
      }
      text[n] = c;
      from[n] = start;
      to[n] = end;
      length = n + 1;
      return this;
    }

    @Override
    public int length() {
      return length;
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new String(text, start, end - start);
    }

    @Override
    public String toString() {
      return new String(text, 0, length);
    }

    @Override
    public char charAt(int i) {
      if (i < 0 || i >= length) {
        throw new IndexOutOfBoundsException("index " + i + " outside [0, " + length + ")");
      }
      return text[i];
    }

    NormalizedText build() {
      return new NormalizedText(original, new String(text, 0, length), Arrays.copyOf(from, length),
          Arrays.copyOf(to, length));
    }
  }
}
