package org.newsminer.entity;

import java.util.List;
import java.util.Objects;

/**
 * A place name (EXTRACTION.md §3): its normalized full {@code name} ({@code 拉萨} is 拉萨市), its
 * {@code level}, and its administrative {@code path} from the province down, ending in itself, or an
 * empty list when the hierarchy is unknown.
 */
public record Place(String text, int start, int end, String name, PlaceLevel level, List<String> path)
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
  }

  @Override
  public EntityType type() {
    return EntityType.PLACE;
  }

  @Override
  public Place withSpan(int start, int end) {
    return new Place(text, start, end, name, level, path);
  }
}
