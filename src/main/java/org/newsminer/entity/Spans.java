package org.newsminer.entity;

/** The span check the entity records' constructors share. Stateless. */
final class Spans {
  private Spans() {}

  /** A non-empty text over a non-empty span {@code [start, end)} from 0 on, else a clear error. */
  static void check(String text, int start, int end) {
    if (text == null || text.isEmpty()) {
      throw new IllegalArgumentException("entity text must not be empty");
    }
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad entity span [" + start + ", " + end + ") for " + text);
    }
  }
}
