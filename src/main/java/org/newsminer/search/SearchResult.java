package org.newsminer.search;

import java.util.List;

/**
 * The answer to a {@link SearchRequest}: the number of matching articles ({@code totalExact} false when
 * it is a lower bound), the best hits, and, when asked for, counts per place (a hierarchy) and per
 * program (kind, then name).
 */
public record SearchResult(long total, boolean totalExact, List<Hit> hits, List<FacetCount> places,
    List<FacetCount> programs) {
  public SearchResult {
    hits = List.copyOf(hits);
    places = List.copyOf(places);
    programs = List.copyOf(programs);
  }
}
