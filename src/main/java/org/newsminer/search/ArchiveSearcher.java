package org.newsminer.search;

import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.newsminer.entity.Entity;
import org.newsminer.entity.EntityExtractor;
import org.newsminer.entity.EntityType;
import org.newsminer.entity.Place;
import org.newsminer.entity.Program;
import org.newsminer.entity.ProgramKind;
import org.newsminer.index.ArchiveDirectory;
import org.newsminer.index.ArchiveFields;

/**
 * Searches an archive index written by {@link org.newsminer.index.ArchiveIndexer}.
 *
 * <pre>{@code
 * try (ArchiveSearcher searcher = ArchiveSearcher.open(Path.of("idx"))) {
 *   SearchResult r = searcher.search(SearchRequest.builder()
 *       .query("乡村振兴").place("阿里地区").moneyMin("1亿").build());
 *   r.hits().forEach(h -> System.out.println(h.source() + " #" + h.article() + " " + h.snippet()));
 * }
 * }</pre>
 *
 * <p>Each search first picks up the index's latest commit, so searching while an indexing run writes
 * works and sees every page committed so far. Thread-safe: share one instance.
 */
public final class ArchiveSearcher implements Closeable {
  private static final String[] PLACE_SUFFIXES = {"市", "地区", "县", "区", "自治区", "省", "镇", "乡", "街道", "村", "社区"};
  private static final int FACET_TOP = 10;

  private final Directory dir;
  private final SearcherManager manager;
  private final ArchiveQueryParser parser = new ArchiveQueryParser();
  private final EntityExtractor places = EntityExtractor.of(EnumSet.of(EntityType.PLACE));
  private final EntityExtractor programs = EntityExtractor.of(EnumSet.of(EntityType.PROGRAM));
  private final SnippetMaker snippets = new SnippetMaker(120);
  private final MoneyBands moneyBands = new MoneyBands();
  private final Object stateLock = new Object();
  private IndexReader stateReader;
  private FacetState state;

  private ArchiveSearcher(Directory dir, SearcherManager manager) {
    this.dir = dir;
    this.manager = manager;
  }

  /**
   * Opens the index in {@code path} for reading (nothing is created); IllegalArgumentException (one line)
   * when there is none, or it is a file or another application's index.
   */
  public static ArchiveSearcher open(Path path) throws IOException {
    Directory dir = ArchiveDirectory.forReading(path);
    try {
      return new ArchiveSearcher(dir, new SearcherManager(dir, null));
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  /** Parses the query string and filters of {@code r} into one Lucene query. */
  public Query toQuery(SearchRequest r) {
    return toQuery(r, r.query() == null ? null : parser.parse(r.query()));
  }

  private Query toQuery(SearchRequest r, ArchiveQueryParser.Parsed parsed) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean any = false;
    if (parsed != null) {
      b.add(parsed.query(), Occur.MUST);
      any = true;
    }
    if (r.place() != null) {
      b.add(placeQuery(r.place()), Occur.FILTER);
      any = true;
    }
    if (r.program() != null) {
      b.add(programQuery(r.program()), Occur.FILTER);
      any = true;
    }
    if (r.moneyMin() != null || r.moneyMax() != null) {
      b.add(range(ArchiveFields.MONEY, r.moneyMin(), r.moneyMax()), Occur.FILTER);
      any = true;
    }
    if (r.percentMin() != null || r.percentMax() != null) {
      b.add(range(ArchiveFields.PERCENT, r.percentMin(), r.percentMax()), Occur.FILTER);
      any = true;
    }
    if (!any) {
      return new MatchAllDocsQuery();
    }
    return b.build();
  }

  private static Query range(String field, BigDecimal min, BigDecimal max) {
    return DoublePoint.newRangeQuery(field, min == null ? Double.NEGATIVE_INFINITY : min.doubleValue(),
        max == null ? Double.POSITIVE_INFINITY : max.doubleValue());
  }

  /**
   * Articles naming {@code name} or a place under it. The name is resolved like text (拉萨 is 拉萨市):
   * with a known path, the filter is that path; otherwise the name and its forms with the usual
   * administrative suffixes.
   */
  Query placeQuery(String name) {
    String n = name.strip();
    if (n.isEmpty()) {
      throw new IllegalArgumentException("--place needs a name");
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new TermQuery(new Term(ArchiveFields.PLACE, n)), Occur.SHOULD);
    Place resolved = resolvePlace(n);
    if (resolved != null) {
      if (!resolved.path().isEmpty()) {
        b.add(new TermQuery(new Term(ArchiveFields.PLACE_PATH,
            String.join(ArchiveFields.PATH_SEPARATOR, resolved.path()))), Occur.SHOULD);
      } else {
        b.add(new TermQuery(new Term(ArchiveFields.PLACE, resolved.name())), Occur.SHOULD);
      }
    } else {
      for (String suffix : PLACE_SUFFIXES) {
        if (!n.endsWith(suffix)) {
          b.add(new TermQuery(new Term(ArchiveFields.PLACE, n + suffix)), Occur.SHOULD);
        }
      }
    }
    return b.build();
  }

  /** The longest place recognized in a typed place name, or null. */
  private Place resolvePlace(String name) {
    Place resolved = null;
    for (Entity e : places.extract(name)) {
      Place p = (Place) e;
      if (resolved == null || p.end() - p.start() > resolved.end() - resolved.start()) {
        resolved = p;
      }
    }
    return resolved;
  }

  /**
   * The administrative path ({@code [西藏自治区, 拉萨市]}) of a place filter as the searcher resolves it
   * ({@code 拉萨} is 拉萨市), or an empty list when the name has no known place above it.
   */
  public List<String> placePath(String name) {
    Place p = name == null || name.isBlank() ? null : resolvePlace(name.strip());
    return p == null ? List.of() : p.path();
  }

  /** Articles naming the program {@code name}, or every program of a kind (INITIATIVE, DOCUMENT, FORMULA). */
  Query programQuery(String name) {
    String n = name.strip();
    for (ProgramKind k : ProgramKind.values()) {
      if (k.name().equalsIgnoreCase(n)) {
        return new TermQuery(new Term(ArchiveFields.PROGRAM_KIND, k.name()));
      }
    }
    String bare = n.replaceAll("^[“”\"《]+|[“”\"》]+$", "");
    if (bare.isEmpty()) {
      throw new IllegalArgumentException("--program needs a name or a kind (INITIATIVE, DOCUMENT, FORMULA)");
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new TermQuery(new Term(ArchiveFields.PROGRAM, bare)), Occur.SHOULD);
    for (Entity e : programs.extract(n)) {
      b.add(new TermQuery(new Term(ArchiveFields.PROGRAM, ((Program) e).name())), Occur.SHOULD);
    }
    return b.build();
  }

  /**
   * Runs {@code r} on the latest commit. MalformedQueryException for a query that does not parse or has
   * more terms than Lucene allows in one query.
   */
  public SearchResult search(SearchRequest r) throws IOException {
    try {
      return run(r);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new MalformedQueryException("query too long: more than " + IndexSearcher.getMaxClauseCount()
          + " words, phrases and character pairs in one query; shorten it");
    }
  }

  private SearchResult run(SearchRequest r) throws IOException {
    ArchiveQueryParser.Parsed parsed = r.query() == null ? null : parser.parse(r.query());
    Query q = toQuery(r, parsed);
    List<String> highlights = parsed == null ? List.of() : parsed.highlights();
    manager.maybeRefresh();
    IndexSearcher s = manager.acquire();
    try {
      int n = Math.max(1, r.offset() + r.limit());
      TopDocs top;
      List<FacetCount> placeCounts = List.of();
      List<FacetCount> programCounts = List.of();
      if (r.facets()) {
        FacetsCollectorManager.FacetsResult fr = FacetsCollectorManager.search(s, q, n, new FacetsCollectorManager());
        top = fr.topDocs();
        FacetState st = state(s.getIndexReader());
        if (st != null) {
          Facets f = ComplementFacets.of(st.state(), st.all(), fr.facetsCollector(), top.totalHits.value,
              s.getIndexReader());
          List<String> focus = r.place() == null ? List.of() : placePath(r.place());
          placeCounts = focus.isEmpty() ? counts(f, ArchiveFields.PLACE_FACET, new String[0], 3)
              : focused(f, focus, 0);
          programCounts = counts(f, ArchiveFields.PROGRAM_FACET, new String[0], 2);
        }
      } else {
        // Every match is counted in the same pass that ranks them: exact totals without a second pass.
        top = s.search(q, new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE, false));
      }
      List<Hit> hits = new ArrayList<>();
      StoredFields stored = s.storedFields();
      for (int i = r.offset(); i < Math.min(r.offset() + r.limit(), top.scoreDocs.length); i++) {
        ScoreDoc sd = top.scoreDocs[i];
        hits.add(hit(stored.document(sd.doc), sd.score, highlights));
      }
      long total = top.totalHits.value;
      if (top.totalHits.relation != TotalHits.Relation.EQUAL_TO) {
        total = s.count(q); // a collector that stopped counting early: a researcher wants the number
      }
      return new SearchResult(total, true, hits, placeCounts, programCounts);
    } finally {
      manager.release(s);
    }
  }

  /**
   * The articles {@code r} matches per amount band, for a chart: {@code edgesYuan} (ascending, n of them)
   * make n + 1 bands, up to the first edge, between consecutive edges and from the last edge up; an
   * article counts in each band it names an amount in (edges belong to both sides). The request's money
   * filter clips the bands.
   */
  public long[] countByMoneyBand(SearchRequest r, List<BigDecimal> edgesYuan) throws IOException {
    for (int i = 1; i < edgesYuan.size(); i++) {
      if (edgesYuan.get(i - 1).compareTo(edgesYuan.get(i)) >= 0) {
        throw new IllegalArgumentException("band edges must ascend: " + edgesYuan);
      }
    }
    Query q = toQuery(r);
    manager.maybeRefresh();
    IndexSearcher s = manager.acquire();
    try {
      return moneyBands.count(s, q, edgesYuan, r.moneyMin(), r.moneyMax());
    } finally {
      manager.release(s);
    }
  }

  /** The number of articles {@code r} matches (its limit, offset and facets aside), on the latest commit. */
  public long count(SearchRequest r) throws IOException {
    Query q = toQuery(r);
    manager.maybeRefresh();
    IndexSearcher s = manager.acquire();
    try {
      return s.count(q);
    } finally {
      manager.release(s);
    }
  }

  /**
   * One stored article by its {@code source} and number on that page, with its stored display text;
   * null when the latest commit has no such article.
   */
  public StoredArticle article(String source, int number) throws IOException {
    manager.maybeRefresh();
    IndexSearcher s = manager.acquire();
    try {
      // Far more articles than a page holds, without a priority queue the size of the index.
      TopDocs td = s.search(new TermQuery(new Term(ArchiveFields.SOURCE, source)), 1000);
      StoredFields stored = s.storedFields();
      for (ScoreDoc sd : td.scoreDocs) {
        Document d = stored.document(sd.doc);
        if (d.getField(ArchiveFields.ARTICLE).numericValue().intValue() == number) {
          return new StoredArticle(source, number, d.get(ArchiveFields.TITLE),
              d.getField(ArchiveFields.START).numericValue().intValue(),
              d.getField(ArchiveFields.END).numericValue().intValue(), d.get(ArchiveFields.TEXT));
        }
      }
      return null;
    } finally {
      manager.release(s);
    }
  }

  /** Number of articles in the latest commit. */
  public int articleCount() throws IOException {
    manager.maybeRefresh();
    IndexSearcher s = manager.acquire();
    try {
      return s.getIndexReader().numDocs();
    } finally {
      manager.release(s);
    }
  }

  private Hit hit(Document d, float score, List<String> highlights) {
    String text = d.get(ArchiveFields.TEXT);
    return new Hit(d.get(ArchiveFields.SOURCE), d.getField(ArchiveFields.ARTICLE).numericValue().intValue(),
        d.get(ArchiveFields.TITLE), d.getField(ArchiveFields.START).numericValue().intValue(),
        d.getField(ArchiveFields.END).numericValue().intValue(), score, snippets.make(text, highlights),
        List.of(d.getValues(ArchiveFields.PLACE_FACET)), List.of(d.getValues(ArchiveFields.PROGRAM_FACET)),
        List.of(d.getValues(ArchiveFields.MONEY)));
  }

  /** A reader's facet state and the facet counts of all its articles. */
  private record FacetState(SortedSetDocValuesReaderState state, Facets all) {}

  /** Facet state of the current reader, built once per reader; null when nothing has facets yet. */
  private FacetState state(IndexReader reader) throws IOException {
    synchronized (stateLock) {
      if (stateReader != reader) {
        stateReader = reader;
        try {
          SortedSetDocValuesReaderState st = new DefaultSortedSetDocValuesReaderState(reader, ArchiveFields.facetsConfig());
          state = new FacetState(st, new SortedSetDocValuesFacetCounts(st));
        } catch (IllegalArgumentException e) {
          // No document has a facet field yet (no entities extracted).
          state = null;
        }
      }
      return state;
    }
  }

  /**
   * The place counts along {@code focus} (a filter's path, from the province down) from level
   * {@code from}, with the two levels below the focused place, so a filter drills the tree down.
   */
  private static List<FacetCount> focused(Facets f, List<String> focus, int from) throws IOException {
    String[] path = focus.subList(0, from + 1).toArray(String[]::new);
    Number n;
    try {
      n = f.getSpecificValue(ArchiveFields.PLACE_FACET, path);
    } catch (IllegalArgumentException e) {
      return List.of();
    }
    long count = n == null ? 0 : n.longValue();
    if (count <= 0) {
      return List.of();
    }
    List<FacetCount> below = from + 1 < focus.size() ? focused(f, focus, from + 1)
        : counts(f, ArchiveFields.PLACE_FACET, path, 2);
    return List.of(new FacetCount(path[from], count, below));
  }

  private static List<FacetCount> counts(Facets f, String dim, String[] path, int depth) throws IOException {
    FacetResult fr;
    try {
      fr = f.getTopChildren(FACET_TOP, dim, path);
    } catch (IllegalArgumentException e) {
      return List.of(); // dimension not indexed yet
    }
    if (fr == null) {
      return List.of();
    }
    List<FacetCount> out = new ArrayList<>();
    for (LabelAndValue lv : fr.labelValues) {
      String[] child = new String[path.length + 1];
      System.arraycopy(path, 0, child, 0, path.length);
      child[path.length] = lv.label;
      List<FacetCount> below = depth > 1 ? counts(f, dim, child, depth - 1) : List.of();
      out.add(new FacetCount(lv.label, lv.value.longValue(), below));
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    try {
      manager.close();
    } finally {
      dir.close();
    }
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
