package org.newsminer.check;

/** The arithmetic relations an article can state (EXTRACTION.md §5). */
public enum CheckKind {
  SUM,
  RATIO,
  SHARES,
  PRODUCT
}
