package org.newsminer.entity;

/** The three kinds of named program (EXTRACTION.md §4). */
public enum ProgramKind {
  INITIATIVE,
  DOCUMENT,
  FORMULA
}
