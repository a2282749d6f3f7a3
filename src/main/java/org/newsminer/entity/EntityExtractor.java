package org.newsminer.entity;

import org.newsminer.entity.number.NumberRecognizer;
import org.newsminer.entity.place.PlaceRecognizer;
import org.newsminer.entity.program.ProgramRecognizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Finds entities of the chosen types in normalized text. Immutable and thread-safe: one instance
 * can serve many threads. Models are loaded once, lazily, on first use.
 */
public final class EntityExtractor {
  private final Set<EntityType> types;
  private final List<Recognizer> recognizers;

  private EntityExtractor(Set<EntityType> types) {
    this.types = Set.copyOf(types);
    List<Recognizer> r = new ArrayList<>();
    if (types.contains(EntityType.MONEY) || types.contains(EntityType.PERCENT)) {
      r.add(new NumberRecognizer(types.contains(EntityType.MONEY), types.contains(EntityType.PERCENT)));
    }
    if (types.contains(EntityType.PLACE)) {
      r.add(new PlaceRecognizer());
    }
    if (types.contains(EntityType.PROGRAM)) {
      r.add(new ProgramRecognizer());
    }
    this.recognizers = List.copyOf(r);
  }

  /** An extractor for {@code types}; an empty set is an error. */
  public static EntityExtractor of(Set<EntityType> types) {
    if (types.isEmpty()) {
      throw new IllegalArgumentException("choose at least one entity type");
    }
    return new EntityExtractor(EnumSet.copyOf(types));
  }

  /** An extractor for every entity type. */
  public static EntityExtractor all() {
    return new EntityExtractor(EnumSet.allOf(EntityType.class));
  }

  public Set<EntityType> types() {
    return types;
  }

  /** Entities in the whole of {@code text}, ordered by start, then by end. */
  public List<Entity> extract(String text) {
    return extract(text, 0, text.length());
  }

  /**
   * Entities in {@code text[from, to)} (one article), ordered by start, then by end, with offsets into
   * {@code text}.
   */
  public List<Entity> extract(String text, int from, int to) {
    if (from < 0 || to > text.length() || from > to) {
      throw new IllegalArgumentException("bad range [" + from + ", " + to + ") for text of length " + text.length());
    }
    List<Entity> out = new ArrayList<>();
    for (Recognizer r : recognizers) {
      r.recognize(text, from, to, out);
    }
    out.sort(Comparator.comparingInt(Entity::start).thenComparingInt(Entity::end));
    return List.copyOf(out);
  }
}
