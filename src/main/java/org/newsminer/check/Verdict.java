package org.newsminer.check;

/** Whether a stated relation holds within the precision the text uses. */
public enum Verdict {
  CONSISTENT,
  INCONSISTENT
}
