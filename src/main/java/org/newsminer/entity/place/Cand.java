package org.newsminer.entity.place;

import org.newsminer.entity.PlaceLevel;

/**
 * A candidate mention found by one mechanism; {@code entry} is null for names built by the suffix grammar
 * or short mentions. Immutable.
 */
final class Cand {
  final int start;
  final int end;
  final Gazetteer.Entry entry;
  final PlaceLevel level;
  final String name;

  Cand(int start, int end, Gazetteer.Entry entry, PlaceLevel level, String name) {
    this.start = start;
    this.end = end;
    this.entry = entry;
    this.level = level;
    this.name = name;
  }

  int length() {
    return end - start;
  }

  /** True when some position of {@code [s, e)} is marked in {@code taken} (indexed from {@code from}). */
  static boolean overlaps(boolean[] taken, int from, int s, int e) {
    for (int i = s; i < e; i++) {
      if (taken[i - from]) {
        return true;
      }
    }
    return false;
  }

  /** Marks this candidate's positions in {@code taken} (indexed from {@code from}). */
  void mark(boolean[] taken, int from) {
    for (int i = start; i < end; i++) {
      taken[i - from] = true;
    }
  }

  /** Order of administrative levels, top first; places outside the hierarchy rank 9. */
  static int rank(PlaceLevel l) {
    switch (l) {
      case COUNTRY:
        return 0;
      case PROVINCE:
        return 1;
      case PREFECTURE:
        return 2;
      case COUNTY:
      case ZONE:
        return 3;
      case TOWNSHIP:
        return 4;
      case VILLAGE:
        return 5;
      default:
        return 9;
    }
  }
}
