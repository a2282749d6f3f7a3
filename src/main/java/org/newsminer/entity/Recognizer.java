package org.newsminer.entity;

import java.util.List;

/** One entity recognizer over normalized text. Implementations are thread-safe. */
public interface Recognizer {

  /**
   * Adds to {@code out} the entities found in {@code text[from, to)}, with offsets into {@code text}.
   * {@code [from, to)} is one article: recognizers may use context inside it, never outside.
   */
  void recognize(String text, int from, int to, List<Entity> out);
}
