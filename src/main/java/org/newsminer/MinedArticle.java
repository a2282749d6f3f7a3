package org.newsminer;

import java.util.List;
import org.newsminer.check.Check;
import org.newsminer.entity.Entity;

/**
 * One article of a processed page: its 1-based {@code number}, {@code title}, span {@code [start, end)}
 * in the original page, its normalized {@code text}, and what was found in it. Every offset of the
 * entities and checks points into the ORIGINAL page text.
 */
public record MinedArticle(int number, String title, int start, int end, String text,
    List<Entity> entities, List<Check> checks) {

  public MinedArticle {
    entities = List.copyOf(entities);
    checks = List.copyOf(checks);
  }

  /** The entities of one type, in text order. */
  public <T extends Entity> List<T> entities(Class<T> type) {
    return entities.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
