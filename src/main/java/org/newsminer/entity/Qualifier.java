package org.newsminer.entity;

/** How a stated amount relates to its value: {@code 3800余万元} is {@link #OVER} 38,000,000. */
public enum Qualifier {
  EXACT,
  OVER,
  UNDER,
  APPROX
}
