package org.newsminer;

import java.util.Random;

/**
 * Randomness for property tests, Lucene's habit: a new seed each run, so that runs explore new cases,
 * printed so that a failure can be replayed with {@code -Dnewsminer.seed=N} (which fixes it for every
 * test of the run).
 */
public final class TestRandom {
  private TestRandom() {}

  /** A generator for the test named {@code what}, its seed printed to the test's output. */
  public static Random create(String what) {
    long seed = Long.getLong("newsminer.seed", new Random().nextLong());
    System.out.println("[seed] " + what + ": replay with -Dnewsminer.seed=" + seed);
    return new Random(seed);
  }
}
