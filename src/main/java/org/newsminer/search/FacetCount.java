package org.newsminer.search;

import java.util.List;

/** How many hits name {@code label}, and the counts of the levels below it. */
public record FacetCount(String label, long count, List<FacetCount> children) {
  public FacetCount {
    children = List.copyOf(children);
  }
}
