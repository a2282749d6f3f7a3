package org.newsminer.search;

import java.util.List;

/** A passage of an article's normalized text with the spans {@code [start, end)} that matched. */
public record Snippet(String text, List<Span> matches) {

  public record Span(int start, int end) {}

  public Snippet {
    matches = List.copyOf(matches);
  }

  /** The text with every match wrapped in {@code open} and {@code close}. */
  public String marked(String open, String close) {
    StringBuilder sb = new StringBuilder(text.length() + matches.size() * (open.length() + close.length()));
    int p = 0;
    for (Span s : matches) {
      sb.append(text, p, s.start()).append(open).append(text, s.start(), s.end()).append(close);
      p = s.end();
    }
    return sb.append(text, p, text.length()).toString();
  }

  @Override
  public String toString() {
    return marked("<em>", "</em>");
  }
}
