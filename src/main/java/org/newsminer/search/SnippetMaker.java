package org.newsminer.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the passage of an article that holds the most matches of the query strings from its stored
 * display text (normalized, PDF line breaks removed) and marks the matches. Thread-safe.
 */
final class SnippetMaker {
  private final int width;

  SnippetMaker(int width) {
    this.width = width;
  }

  /** A snippet of {@code text} (an article's stored display text) around the matches of {@code strings}. */
  Snippet make(String text, List<String> strings) {
    StringBuilder lowerB = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      lowerB.append(Character.toLowerCase(text.charAt(i)));
    }
    String lower = lowerB.toString();
    List<Snippet.Span> all = new ArrayList<>();
    for (String s : strings) {
      if (s.isEmpty()) {
        continue;
      }
      for (int i = lower.indexOf(s); i >= 0; i = lower.indexOf(s, i + 1)) {
        all.add(new Snippet.Span(i, i + s.length()));
      }
    }
    all.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
    // The window start that covers the most match starts.
    int bestFrom = 0;
    int bestCount = 0;
    for (int i = 0, j = 0; i < all.size(); i++) {
      while (j < all.size() && all.get(j).start() < all.get(i).start() + width - 20) {
        j++;
      }
      if (j - i > bestCount) {
        bestCount = j - i;
        bestFrom = Math.max(0, all.get(i).start() - 20);
      }
    }
    int to = Math.min(text.length(), bestFrom + width);
    int from = Math.max(0, Math.min(bestFrom, to - width));
    List<Snippet.Span> in = new ArrayList<>();
    int last = from;
    for (Snippet.Span s : all) {
      if (s.start() >= last && s.end() <= to) {
        in.add(new Snippet.Span(s.start() - from, s.end() - from));
        last = s.end();
      } else if (s.start() < last && s.end() > last && s.end() <= to && !in.isEmpty()) {
        // Overlapping matches merge into one marked span.
        Snippet.Span prev = in.remove(in.size() - 1);
        in.add(new Snippet.Span(prev.start(), s.end() - from));
        last = s.end();
      }
    }
    return new Snippet(text.substring(from, to), in);
  }

}
