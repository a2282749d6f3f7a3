package org.newsminer.search;

import java.util.List;

/**
 * One article found: where it is ({@code source} file, article {@code number}, span {@code [start, end)}
 * in the file), its title, score, a snippet with the matches marked, and the names of the places and
 * programs and the money values (yuan, plain decimal strings) it mentions.
 */
public record Hit(String source, int article, String title, int start, int end, float score,
    Snippet snippet, List<String> places, List<String> programs, List<String> money) {
  public Hit {
    places = List.copyOf(places);
    programs = List.copyOf(programs);
    money = List.copyOf(money);
  }
}
