package org.newsminer.entity;

/** The kinds of entity newsminer extracts. */
public enum EntityType {
  MONEY,
  PERCENT,
  PLACE,
  PROGRAM
}
