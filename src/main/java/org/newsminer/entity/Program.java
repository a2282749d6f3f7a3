package org.newsminer.entity;

import java.util.Objects;

/**
 * A named program, campaign, policy document or policy formula (EXTRACTION.md §4): {@code name} is
 * without quotes or book-title marks ({@code “万企兴万村”行动} is 万企兴万村).
 */
public record Program(String text, int start, int end, String name, ProgramKind kind) implements Entity {

  public Program {
    Spans.check(text, start, end);
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("program name must not be empty: " + text);
    }
    Objects.requireNonNull(kind, "kind");
  }

  @Override
  public EntityType type() {
    return EntityType.PROGRAM;
  }

  @Override
  public Program withSpan(int start, int end) {
    return new Program(text, start, end, name, kind);
  }
}
