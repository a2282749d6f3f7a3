package org.newsminer.entity;

import java.util.List;
import java.util.Objects;

/**
 * A place name (EXTRACTION.md §3): its normalized full {@code name} ({@code 拉萨} is 拉萨市), its
 * {@code level}, its administrative {@code path} from the province down, ending in itself, or an empty list
 * when the hierarchy is unknown, and its statistical division {@code code} (2, 4, 6, 9 or 12 digits) when
 * the name resolves to exactly one unit, else null.
 */
public record Place(String text, int start, int end, String name, PlaceLevel level, List<String> path, String code)
    implements Entity {

  public Place {
    Spans.check(text, start, end);
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("place name must not be empty: " + text);
    }
    Objects.requireNonNull(level, "level");
    path = List.copyOf(path);
    if (!path.isEmpty() && !path.get(path.size() - 1).equals(name)) {
      throw new IllegalArgumentException("path " + path + " must end in " + name);
    }
    if (code != null && !code.matches("\\d{2}|\\d{4}|\\d{6}|\\d{9}|\\d{12}")) {
      throw new IllegalArgumentException("a division code has 2, 4, 6, 9 or 12 digits: " + code);
    }
  }

  /** A place without a statistical code. */
  public Place(String text, int start, int end, String name, PlaceLevel level, List<String> path) {
    this(text, start, end, name, level, path, null);
  }

  @Override
  public EntityType type() {
    return EntityType.PLACE;
  }

  @Override
  public Place withSpan(int start, int end) {
    return new Place(text, start, end, name, level, path, code);
  }
}
