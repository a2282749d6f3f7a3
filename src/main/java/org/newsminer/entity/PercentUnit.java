package org.newsminer.entity;

/** A percentage ({@code 72.33%}) or a change in percentage points ({@code 提高3个百分点}). */
public enum PercentUnit {
  PERCENT,
  POINTS
}
