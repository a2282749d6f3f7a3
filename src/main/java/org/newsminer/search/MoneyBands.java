package org.newsminer.search;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.FixedBitSet;
import org.newsminer.index.ArchiveFields;

/**
 * Counts the articles a query matches per amount band, for a chart. A band holds the articles naming at
 * least one amount in it (edges included, so an article can be in two bands). For each reader, the
 * articles of each band are collected once into a bit set by one walk over the money points; a count
 * is then the query's matches as a bit set intersected with the band's. Thread-safe.
 */
final class MoneyBands {
  private final Object lock = new Object();
  private IndexReader reader;
  private List<BigDecimal> edges;
  private FixedBitSet[] sets;

  /**
   * Articles matching {@code q} per band of {@code edges} (n edges, n + 1 bands: up to the first edge,
   * between consecutive edges, from the last edge up). The request's money filter, which {@code q}
   * holds, clips the bands: a band outside it counts 0, a band it cuts is counted with its clipped range.
   */
  long[] count(IndexSearcher s, Query q, List<BigDecimal> edgesYuan, BigDecimal min, BigDecimal max)
      throws IOException {
    FixedBitSet[] bands = sets(s.getIndexReader(), edgesYuan);
    int n = edgesYuan.size() + 1;
    long[] counts = new long[n];
    List<Integer> whole = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      BigDecimal lo = i == 0 ? null : edgesYuan.get(i - 1);
      BigDecimal hi = i == n - 1 ? null : edgesYuan.get(i);
      boolean outside = (min != null && hi != null && hi.compareTo(min) < 0)
          || (max != null && lo != null && lo.compareTo(max) > 0);
      boolean inside = (min == null || (lo != null && lo.compareTo(min) >= 0))
          && (max == null || (hi != null && hi.compareTo(max) <= 0));
      if (outside) {
        counts[i] = 0;
      } else if (inside) {
        whole.add(i);
      } else {
        BigDecimal from = lo == null ? min : min == null ? lo : lo.max(min);
        BigDecimal to = hi == null ? max : max == null ? hi : hi.min(max);
        counts[i] = s.count(new BooleanQuery.Builder().add(q, Occur.FILTER)
            .add(DoublePoint.newRangeQuery(ArchiveFields.MONEY,
                from == null ? Double.NEGATIVE_INFINITY : from.doubleValue(),
                to == null ? Double.POSITIVE_INFINITY : to.doubleValue()), Occur.FILTER).build());
      }
    }
    if (!whole.isEmpty()) {
      // The matches as one bit set; a band's count is then a word-wise intersection count.
      FixedBitSet matches = new FixedBitSet(Math.max(1, s.getIndexReader().maxDoc()));
      s.search(q, new SimpleCollector() {
        private int base;

        @Override
        protected void doSetNextReader(LeafReaderContext context) {
          base = context.docBase;
        }

        @Override
        public void collect(int doc) {
          matches.set(base + doc);
        }

        @Override
        public ScoreMode scoreMode() {
          return ScoreMode.COMPLETE_NO_SCORES;
        }
      });
      for (int i : whole) {
        counts[i] = FixedBitSet.intersectionCount(matches, bands[i]);
      }
    }
    return counts;
  }

  /** The bit sets of the bands of {@code edgesYuan} on {@code r}, built once per reader and edges. */
  private FixedBitSet[] sets(IndexReader r, List<BigDecimal> edgesYuan) throws IOException {
    synchronized (lock) {
      if (reader == r && edgesYuan.equals(edges)) {
        return sets;
      }
      double[] e = edgesYuan.stream().mapToDouble(BigDecimal::doubleValue).toArray();
      FixedBitSet[] out = new FixedBitSet[e.length + 1];
      for (int i = 0; i < out.length; i++) {
        out[i] = new FixedBitSet(Math.max(1, r.maxDoc()));
      }
      for (LeafReaderContext leaf : r.leaves()) {
        PointValues points = leaf.reader().getPointValues(ArchiveFields.MONEY);
        if (points == null) {
          continue;
        }
        int base = leaf.docBase;
        points.intersect(new PointValues.IntersectVisitor() {
          @Override
          public void visit(int docID) {
            throw new IllegalStateException("every cell is visited point by point");
          }

          @Override
          public void visit(int docID, byte[] packedValue) {
            double v = DoublePoint.decodeDimension(packedValue, 0);
            for (int i = 0; i < out.length; i++) {
              boolean aboveLow = i == 0 || v >= e[i - 1];
              boolean belowHigh = i == e.length || v <= e[i];
              if (aboveLow && belowHigh) {
                out[i].set(base + docID);
              }
            }
          }

          @Override
          public PointValues.Relation compare(byte[] minPackedValue, byte[] maxPackedValue) {
            return PointValues.Relation.CELL_CROSSES_QUERY;
          }
        });
      }
      reader = r;
      edges = List.copyOf(edgesYuan);
      sets = out;
      return out;
    }
  }
}
