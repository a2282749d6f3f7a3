package org.newsminer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * Exact facet counts of the articles a search matches, taken as the counts of ALL articles (counted
 * once per reader) minus the counts of the articles it does not match. Counting visits every facet
 * label of every article counted, so when a search matches most of a large archive (a province, a
 * common word, a low amount) this counts far fewer articles. Only {@link #getTopChildren} and
 * {@link #getSpecificValue} are supported, which is what the searcher asks. Immutable once built.
 */
final class ComplementFacets extends Facets {
  private final Facets all;
  private final Facets rest;

  private ComplementFacets(Facets all, Facets rest) {
    this.all = all;
    this.rest = rest;
  }

  /**
   * The counts of the matches in {@code hits} ({@code totalHits} of them): counted directly when they
   * are at most half of {@code reader}'s articles, otherwise as {@code all} (the counts of every
   * article of {@code reader}) minus the counts of the others.
   */
  static Facets of(SortedSetDocValuesReaderState state, Facets all, FacetsCollector hits, long totalHits,
      IndexReader reader) throws IOException {
    if (totalHits * 2 <= reader.numDocs()) {
      return new SortedSetDocValuesFacetCounts(state, hits);
    }
    return new ComplementFacets(all, new SortedSetDocValuesFacetCounts(state, complement(hits, reader)));
  }

  /** The live articles of {@code reader} that are not in {@code hits}, as a collector's matches. */
  private static FacetsCollector complement(FacetsCollector hits, IndexReader reader) throws IOException {
    Map<Integer, MatchingDocs> byLeaf = new HashMap<>();
    for (MatchingDocs md : hits.getMatchingDocs()) {
      byLeaf.put(md.context.ord, md);
    }
    List<MatchingDocs> rest = new ArrayList<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      int maxDoc = leaf.reader().maxDoc();
      FixedBitSet bits = new FixedBitSet(Math.max(1, maxDoc));
      bits.set(0, maxDoc);
      Bits live = leaf.reader().getLiveDocs();
      if (live != null) {
        for (int d = 0; d < maxDoc; d++) {
          if (!live.get(d)) {
            bits.clear(d);
          }
        }
      }
      MatchingDocs md = byLeaf.get(leaf.ord);
      if (md != null && md.bits != null) {
        DocIdSetIterator it = md.bits.iterator();
        if (it != null) {
          for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
            bits.clear(d);
          }
        }
      }
      int n = bits.cardinality();
      rest.add(new MatchingDocs(leaf, new BitDocIdSet(bits, n), n, null));
    }
    return new FacetsCollector() {
      @Override
      public List<MatchingDocs> getMatchingDocs() {
        return rest;
      }
    };
  }

  @Override
  public FacetResult getTopChildren(int topN, String dim, String... path) throws IOException {
    FacetResult everything = all.getAllChildren(dim, path);
    if (everything == null) {
      return null;
    }
    Map<String, Integer> others = new HashMap<>();
    FacetResult restChildren = rest.getAllChildren(dim, path);
    if (restChildren != null) {
      for (LabelAndValue lv : restChildren.labelValues) {
        others.put(lv.label, lv.value.intValue());
      }
    }
    List<LabelAndValue> kept = new ArrayList<>();
    for (LabelAndValue lv : everything.labelValues) {
      int v = lv.value.intValue() - others.getOrDefault(lv.label, 0);
      if (v > 0) {
        kept.add(new LabelAndValue(lv.label, v));
      }
    }
    // As Lucene orders them: count descending, then label (index order) ascending.
    kept.sort((a, b) -> a.value.intValue() != b.value.intValue() ? Integer.compare(b.value.intValue(), a.value.intValue())
        : new BytesRef(a.label).compareTo(new BytesRef(b.label)));
    LabelAndValue[] top = kept.subList(0, Math.min(topN, kept.size())).toArray(LabelAndValue[]::new);
    return new FacetResult(dim, path, -1, top, kept.size());
  }

  @Override
  public Number getSpecificValue(String dim, String... path) throws IOException {
    return all.getSpecificValue(dim, path).intValue() - rest.getSpecificValue(dim, path).intValue();
  }

  @Override
  public FacetResult getAllChildren(String dim, String... path) {
    throw new UnsupportedOperationException("not asked by the searcher: " + dim + Arrays.toString(path));
  }

  @Override
  public List<FacetResult> getAllDims(int topN) {
    throw new UnsupportedOperationException("not asked by the searcher");
  }
}
