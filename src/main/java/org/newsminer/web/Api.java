package org.newsminer.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.newsminer.JsonCodec;
import org.newsminer.MinedArticle;
import org.newsminer.MinedPage;
import org.newsminer.NewsMiner;
import org.newsminer.check.Check;
import org.newsminer.check.Verdict;
import org.newsminer.entity.EntityType;
import org.newsminer.search.ArchiveSearcher;
import org.newsminer.search.FacetCount;
import org.newsminer.search.Hit;
import org.newsminer.search.SearchRequest;
import org.newsminer.search.SearchResult;
import org.newsminer.search.Snippet;
import org.newsminer.search.StoredArticle;

/**
 * What the JSON API answers, independent of HTTP: {@code extract}, {@code check}, {@code search},
 * {@code article} and the CSV export. Shapes follow EXTRACTION.md §6; refusals are {@link ApiException}s.
 * Thread-safe: the pipeline and the searcher are shared by every request.
 */
final class Api {
  /** Most hits one search page returns, and deepest page offset: paging past it is refused. */
  static final int MAX_LIMIT = 100;
  static final int MAX_OFFSET = 10_000;
  /** Most articles one CSV export covers (each is mined again for its figures). */
  static final int MAX_EXPORT = 1000;
  /** Amount bands of the chart, in yuan: below 10万, 10万–100万, …, 10亿 and more. */
  static final List<BigDecimal> BAND_EDGES = List.of(new BigDecimal("100000"), new BigDecimal("1000000"),
      new BigDecimal("10000000"), new BigDecimal("100000000"), new BigDecimal("1000000000"));
  private static final List<String> BAND_LABELS = List.of("< 10万元", "10万–100万元", "100万–1000万元",
      "1000万–1亿元", "1亿–10亿元", "≥ 10亿元");

  private final NewsMiner miner = NewsMiner.builder().build();
  /** The checker reads MONEY and PERCENT only: the check page skips place and program recognition. */
  private final NewsMiner checkMiner = NewsMiner.builder().types(EnumSet.of(EntityType.MONEY, EntityType.PERCENT)).build();
  private final IndexedArticles indexed = new IndexedArticles();
  private final FigureCsv csv = new FigureCsv();
  private final ArchiveSearcher searcher;

  /** @param searcher the archive to search, or null to serve extract and check only */
  Api(ArchiveSearcher searcher) {
    this.searcher = searcher;
  }

  boolean hasIndex() {
    return searcher != null;
  }

  /** Loads every model by mining one invented sentence, so the first request does not pay for it. */
  void warmUp() {
    miner.process("拉萨市堆龙德庆区投入资金1200万元，其中中央资金800万元、自治区资金400万元，完成率达到95%，实施乡村振兴战略。");
  }

  /** {@code POST /api/extract}: every article with its entities and checks. */
  ObjectNode extract(String text) {
    return mined(text, miner.process(text), false);
  }

  /** {@code POST /api/check}: every article with its figures and checks, ✗ first. */
  ObjectNode check(String text) {
    return mined(text, checkMiner.process(text), true);
  }

  private static ObjectNode mined(String text, MinedPage page, boolean inconsistentFirst) {
    ObjectNode o = JsonCodec.object();
    ArrayNode articles = o.putArray("articles");
    int consistent = 0;
    int inconsistent = 0;
    for (MinedArticle a : page.articles()) {
      articles.add(article("-", a, text, inconsistentFirst));
      for (Check c : a.checks()) {
        if (c.verdict() == Verdict.CONSISTENT) {
          consistent++;
        } else {
          inconsistent++;
        }
      }
    }
    o.put("consistent", consistent);
    o.put("inconsistent", inconsistent);
    // The text the offsets point into, as decoded (an uploaded GBK file comes back as text).
    o.put("text", text);
    return o;
  }

  /** The §6 object of {@code a}, its checks each with the marked sentence and the arithmetic. */
  private static ObjectNode article(String source, MinedArticle a, String original, boolean inconsistentFirst) {
    ObjectNode o = JsonCodec.article(source, a);
    List<Check> checks = new ArrayList<>(a.checks());
    if (inconsistentFirst) {
      checks.sort(Comparator.comparing(c -> c.verdict() == Verdict.CONSISTENT));
    }
    ArrayNode out = o.putArray("checks");
    for (Check c : checks) {
      ObjectNode j = JsonCodec.check(c);
      j.put("arithmetic", CheckMarkup.arithmetic(c));
      j.put("sentence", CheckMarkup.sentence(original, c));
      out.add(j);
    }
    return o;
  }

  /**
   * {@code GET /api/search}: hits, place and program facets, and articles per amount band.
   * {@code facets=0} answers the hits alone (paging through one search needs its facets once; they cost
   * most of a search on a large archive), {@code bands=0} leaves out the amount bands.
   */
  ObjectNode search(Map<String, String> params) throws IOException {
    ArchiveSearcher s = requireIndex();
    boolean facets = !"0".equals(params.get("facets"));
    SearchRequest r = request(params, intParam(params, "limit", 10, 0, MAX_LIMIT), facets);
    SearchResult result = s.search(r);
    ObjectNode o = JsonCodec.object();
    o.put("total", result.total());
    o.put("totalExact", result.totalExact());
    o.put("offset", r.offset());
    o.put("limit", r.limit());
    ArrayNode hits = o.putArray("hits");
    for (Hit h : result.hits()) {
      hits.add(hit(h));
    }
    if (facets) {
      ObjectNode f = o.putObject("facets");
      tree(f.putArray("places"), result.places());
      tree(f.putArray("programs"), result.programs());
      if (!"0".equals(params.get("bands"))) {
        bands(f.putArray("money"), s, r);
      }
    }
    ArrayNode focus = o.putArray("placePath");
    if (r.place() != null) {
      s.placePath(r.place()).forEach(focus::add);
    }
    return o;
  }

  /** The filters of a search URL (the CLI's options in camelCase); 400 on a malformed one. */
  SearchRequest request(Map<String, String> params, int limit, boolean facets) {
    Function<String, String> p = k -> {
      String v = params.get(k);
      return v == null || v.isBlank() ? null : v.strip();
    };
    for (String k : List.of("q", "place", "program", "moneyMin", "moneyMax", "percentMin", "percentMax")) {
      String v = params.get(k);
      if (v != null && v.length() > 1000) {
        throw new ApiException(400, k + " too long: at most 1000 characters");
      }
    }
    return SearchRequest.builder().query(p.apply("q")).place(p.apply("place")).program(p.apply("program"))
        .moneyMin(p.apply("moneyMin")).moneyMax(p.apply("moneyMax"))
        .percentMin(p.apply("percentMin")).percentMax(p.apply("percentMax"))
        .limit(limit).offset(intParam(params, "offset", 0, 0, MAX_OFFSET)).facets(facets).build();
  }

  private static ObjectNode hit(Hit h) {
    ObjectNode o = JsonCodec.object();
    o.put("id", ArticleIds.of(h.source(), h.article()));
    o.put("source", h.source());
    o.put("article", h.article());
    o.put("title", h.title());
    o.put("start", h.start());
    o.put("end", h.end());
    o.put("score", h.score());
    // The snippet as plain text with the spans that matched: the page marks them without parsing HTML.
    Snippet sn = h.snippet();
    o.put("snippet", sn.text());
    ArrayNode matches = o.putArray("matches");
    sn.matches().forEach(m -> matches.addArray().add(m.start()).add(m.end()));
    ArrayNode places = o.putArray("places");
    h.places().forEach(places::add);
    ArrayNode programs = o.putArray("programs");
    h.programs().forEach(programs::add);
    ArrayNode money = o.putArray("money");
    h.money().forEach(m -> money.add(new BigDecimal(m)));
    return o;
  }

  private static void tree(ArrayNode out, List<FacetCount> counts) {
    for (FacetCount c : counts) {
      ObjectNode o = out.addObject();
      o.put("label", c.label());
      o.put("count", c.count());
      if (!c.children().isEmpty()) {
        tree(o.putArray("children"), c.children());
      }
    }
  }

  /** Articles per amount band, within the filter: those naming at least one amount in the band. */
  private static void bands(ArrayNode out, ArchiveSearcher s, SearchRequest r) throws IOException {
    long[] counts = s.countByMoneyBand(r, BAND_EDGES);
    for (int i = 0; i < counts.length; i++) {
      ObjectNode o = out.addObject();
      o.put("label", BAND_LABELS.get(i));
      if (i > 0) {
        o.put("min", BAND_EDGES.get(i - 1));
      }
      if (i < BAND_EDGES.size()) {
        o.put("max", BAND_EDGES.get(i));
      }
      o.put("count", counts[i]);
    }
  }

  /** {@code GET /api/articles/{id}}: the stored article, mined again, offsets into its {@code text}. */
  ObjectNode article(String id) throws IOException {
    StoredArticle a = stored(id);
    MinedArticle m = indexed.mine(a);
    ObjectNode o = article(a.source(), m, a.text(), false);
    o.put("id", id);
    // Offsets below point into "text"; the article's span in its page file stays in start/end.
    o.put("start", a.start());
    o.put("end", a.end());
    o.put("text", a.text());
    return o;
  }

  StoredArticle stored(String id) throws IOException {
    ArchiveSearcher s = requireIndex();
    ArticleIds.Key key = ArticleIds.parse(id);
    StoredArticle a = s.article(key.source(), key.article());
    if (a == null) {
      throw new ApiException(404, "no such article in the index: " + key.source() + " #" + key.article());
    }
    return a;
  }

  /** {@code GET /api/search.csv}: one row per figure of the hits (at most {@link #MAX_EXPORT} articles). */
  String csv(Map<String, String> params) throws IOException {
    ArchiveSearcher s = requireIndex();
    SearchRequest r = request(params, intParam(params, "limit", MAX_EXPORT, 0, MAX_EXPORT), false);
    return csv.write(s, s.search(r).hits());
  }

  private ArchiveSearcher requireIndex() {
    if (searcher == null) {
      throw new ApiException(404, "no index: this server runs without one (start it with newsminer serve --index DIR)");
    }
    return searcher;
  }

  private static int intParam(Map<String, String> params, String name, int dflt, int min, int max) {
    String v = params.get(name);
    if (v == null || v.isBlank()) {
      return dflt;
    }
    int n;
    try {
      n = Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new ApiException(400, name + " must be a whole number, got '" + abbreviate(v) + "'");
    }
    if (n < min || n > max) {
      throw new ApiException(400, name + " must be between " + min + " and " + max + ", got " + n);
    }
    return n;
  }

  static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
