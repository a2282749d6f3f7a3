package org.newsminer.article;

/**
 * One article found on a page: its 1-based number on the page, its title, and its span
 * {@code [start, end)} in the text it was split from.
 */
public record Article(int number, String title, int start, int end) {
  public Article {
    if (number < 1) {
      throw new IllegalArgumentException("article number must be >= 1, got " + number);
    }
    if (title == null) {
      throw new IllegalArgumentException("title must not be null");
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad article span [" + start + ", " + end + ")");
    }
  }
}
