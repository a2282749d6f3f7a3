package org.newsminer.entity;

/**
 * Something extracted from a text: its type, its normalized surface {@link #text()}, and its span
 * {@code [start, end)} in the text it was extracted from. Implementations are immutable records.
 */
public sealed interface Entity permits Money, Percent, Place, Program {

  EntityType type();

  /** The normalized surface form: the characters of the span without PDF-inserted whitespace. */
  String text();

  int start();

  int end();

  /** This entity moved to the span {@code [start, end)}, e.g. from normalized to original offsets. */
  Entity withSpan(int start, int end);
}
