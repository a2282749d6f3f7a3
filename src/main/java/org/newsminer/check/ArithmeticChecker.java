package org.newsminer.check;

import java.util.List;
import org.newsminer.entity.Entity;

/** Finds the arithmetic relations an article states and checks them. Stateless and thread-safe. */
public final class ArithmeticChecker {

  /**
   * The relations stated in {@code text[from, to)} (one article) among {@code entities} (offsets into
   * {@code text}), with spans into {@code text}.
   */
  public List<Check> check(String text, int from, int to, List<Entity> entities) {
    // Placeholder until the checker lands.
    return List.of();
  }
}
