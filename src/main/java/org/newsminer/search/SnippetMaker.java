package org.newsminer.search;

import java.util.ArrayList;
import java.util.List;
import org.newsminer.text.Normalizer;

/**
 * Cuts the passage of an article that holds the most matches of the query strings, from the
 * normalized text with PDF line breaks removed, and marks the matches. Thread-safe.
 */
final class SnippetMaker {
  private static final Normalizer NORMALIZER = new Normalizer();
  private final int width;

  SnippetMaker(int width) {
    this.width = width;
  }

  Snippet make(String original, List<String> strings) {
    String text = display(NORMALIZER.normalize(original).text());
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

  /** The text as one line: breaks between Chinese characters vanish, other whitespace runs become a space. */
  static String display(String t) {
    StringBuilder sb = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        sb.append(c);
        continue;
      }
      int j = i;
      while (j < t.length() && (Character.isWhitespace(t.charAt(j)) || Character.isSpaceChar(t.charAt(j)))) {
        j++;
      }
      if (sb.length() > 0 && j < t.length() && !wide(sb.charAt(sb.length() - 1)) && !wide(t.charAt(j))) {
        sb.append(' ');
      }
      i = j - 1;
    }
    return sb.toString();
  }

  private static boolean wide(char c) {
    return c >= 0x2E80;
  }
}
