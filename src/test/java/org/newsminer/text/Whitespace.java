package org.newsminer.text;

/** Test helper: text with every whitespace character (Java's and Unicode's) removed. */
final class Whitespace {
  private Whitespace() {}

  static String strip(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
