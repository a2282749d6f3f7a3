package org.newsminer.opensearch;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.action.admin.indices.analyze.AnalyzeAction;
import org.opensearch.action.bulk.BulkRequestBuilder;
import org.opensearch.action.bulk.BulkResponse;
import org.opensearch.action.search.SearchResponse;
import org.opensearch.action.support.WriteRequest;
import org.opensearch.cluster.health.ClusterHealthStatus;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.xcontent.XContentHelper;
import org.opensearch.common.xcontent.XContentType;
import org.opensearch.core.common.bytes.BytesArray;
import org.opensearch.index.query.QueryBuilders;
import org.opensearch.plugins.Plugin;
import org.opensearch.search.aggregations.AggregationBuilders;
import org.opensearch.search.aggregations.bucket.terms.IncludeExclude;
import org.opensearch.search.aggregations.bucket.terms.Terms;
import org.opensearch.test.OpenSearchSingleNodeTestCase;
import org.newsminer.NewsMiner;
import org.newsminer.index.EngineModels;
import org.newsminer.index.EntityFields;
import org.newsminer.text.NormalizedText;
import org.newsminer.text.Normalizer;

/**
 * The plugin in an OpenSearch node started by OpenSearch's own test framework, with its security
 * manager on: analysis through the plugin's tokenizer and char filter, the ingest processor's fields,
 * a terms aggregation on place paths, and the node alive and answering after indexing every page of
 * the sample pages and the dev set (when the shared folder is beside the checkout).
 */
public class NewsminerOpenSearchTests extends OpenSearchSingleNodeTestCase {
  private static final String INDEX = "news";
  private static final String PIPELINE = "newsminer";

  @Override
  protected Collection<Class<? extends Plugin>> getPlugins() {
    return List.of(NewsminerPlugin.class, CommonAnalysisPlugin.class);
  }

  @Override
  protected boolean resetNodeAfterTest() {
    return true;
  }

  /** The sample pages and, when present, the dev set, id to text. */
  private static Map<String, String> docs() throws IOException {
    Map<String, String> docs = new LinkedHashMap<>();
    read(data().resolve("pages"), "page-", docs);
    Path dev = data().resolve("dev");
    if (Files.isDirectory(dev)) {
      read(dev, "dev-", docs);
    } else {
      System.out.println("newsminer-opensearch: dev set (../shared/dev-news) not found: using the sample pages only");
    }
    return docs;
  }

  /** The test's inputs, copied onto the class path by the build (see the pom). */
  private static Path data() {
    try {
      return Path.of(NewsminerOpenSearchTests.class.getResource("/newsminer-data").toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void read(Path dir, String prefix, Map<String, String> docs) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        docs.put(prefix + f.getFileName(), Files.readString(f, StandardCharsets.UTF_8));
      }
    }
  }

  /** The index as the README tells users to create it (plugins/opensearch/index.json), on one node. */
  private void createNewsIndex() throws IOException {
    String index = Files.readString(data().resolve("index.json"), StandardCharsets.UTF_8);
    Map<String, Object> m = XContentHelper.convertToMap(XContentType.JSON.xContent(), index, false);
    @SuppressWarnings("unchecked")
    Map<String, Object> mappings = (Map<String, Object>) m.get("mappings");
    @SuppressWarnings("unchecked")
    Map<String, Object> settings = (Map<String, Object>) m.get("settings");
    client().admin().indices().prepareCreate(INDEX).setSettings(settings).setMapping(mappings).get();
    client().admin().indices().prepareUpdateSettings(INDEX).setSettings(Settings.builder()
        .put("index.number_of_replicas", 0)
        .put("index.analyze.max_token_count", 1_000_000)).get();
    ensureGreen(INDEX);
  }

  private void putPipeline() throws IOException {
    String pipeline = Files.readString(data().resolve("pipeline.json"), StandardCharsets.UTF_8);
    client().admin().cluster()
        .preparePutPipeline(PIPELINE, new BytesArray(pipeline), XContentType.JSON)
        .get();
  }

  private long indexAll(Map<String, String> docs) {
    BulkRequestBuilder bulk = client().prepareBulk().setRefreshPolicy(WriteRequest.RefreshPolicy.IMMEDIATE);
    docs.forEach((id, text) -> bulk.add(client().prepareIndex(INDEX).setId(id).setPipeline(PIPELINE)
        .setSource(Map.of("text", text))));
    long t0 = System.nanoTime();
    BulkResponse r = bulk.get();
    long nanos = System.nanoTime() - t0;
    assertFalse(r.buildFailureMessage(), r.hasFailures());
    return nanos;
  }

  /** Every token of both analyzers, over every page, points at the original characters it came from. */
  public void testAnalysisOffsetsMapBackToTheOriginal() throws IOException {
    createNewsIndex();
    Normalizer norm = new Normalizer();
    long tokens = 0;
    List<String> mismatches = new ArrayList<>();
    for (String analyzer : List.of("news_grams", "news_words")) {
      for (Map.Entry<String, String> d : docs().entrySet()) {
        String page = d.getValue();
        NormalizedText nt = norm.normalize(page);
        AnalyzeAction.Response r = client().admin().indices().prepareAnalyze(INDEX, page).setAnalyzer(analyzer).get();
        for (AnalyzeAction.AnalyzeToken t : r.getTokens()) {
          tokens++;
          int s = nt.normalizedOffset(t.getStartOffset());
          int e = nt.normalizedOffset(t.getEndOffset());
          boolean ok = s < e && nt.originalStart(s) == t.getStartOffset() && nt.originalEnd(e) == t.getEndOffset()
              && t.getTerm().equals(nt.text().substring(s, e).replaceAll("\\s+", "").toLowerCase(Locale.ROOT));
          if (!ok) {
            mismatches.add(analyzer + " " + d.getKey() + " [" + t.getStartOffset() + "," + t.getEndOffset() + ") "
                + t.getTerm());
          }
        }
      }
    }
    System.out.println("newsminer-opensearch: offsets of " + tokens + " tokens checked, " + mismatches.size()
        + " mismatches " + mismatches.subList(0, Math.min(10, mismatches.size())));
    assertTrue(tokens > 10_000);
    assertEquals(List.of(), mismatches.subList(0, Math.min(10, mismatches.size())));
  }

  /** The ingest processor adds the library's entity fields; phrase search over the bigrams is grep. */
  public void testIngestProcessorFieldsAndPhraseSearch() throws IOException {
    createNewsIndex();
    putPipeline();
    Map<String, String> docs = docs();
    indexAll(docs);
    NewsMiner miner = EngineModels.load();
    for (Map.Entry<String, String> d : docs.entrySet()) {
      Map<String, Object> source = client().prepareGet(INDEX, d.getKey()).get().getSourceAsMap();
      EntityFields expected = EntityFields.of(miner.process(d.getValue()).articles());
      for (Map.Entry<String, List<Object>> f : expected.asMap().entrySet()) {
        Object actual = source.get(f.getKey());
        if (f.getKey().startsWith("check_")) {
          assertEquals(d.getKey() + " " + f.getKey(), f.getValue().get(0), actual);
        } else {
          assertEquals(d.getKey() + " " + f.getKey(), f.getValue(), actual == null ? List.of() : actual);
        }
      }
    }
    Normalizer norm = new Normalizer();
    for (String q : List.of("项目", "农牧民", "乡村振兴", "脱贫攻坚", "资金", "群众发放")) {
      Set<String> grep = new HashSet<>();
      docs.forEach((id, t) -> {
        if (norm.normalize(t).text().contains(q)) {
          grep.add(id);
        }
      });
      SearchResponse r = client().prepareSearch(INDEX).setQuery(QueryBuilders.matchPhraseQuery("text", q))
          .setSize(docs.size()).get();
      Set<String> found = new HashSet<>();
      r.getHits().forEach(h -> found.add(h.getId()));
      assertEquals(q, grep, found);
    }
  }

  /** A terms aggregation over place_tree, restricted to one level under a place, drills down exactly. */
  public void testTermsAggregationOnPlacePaths() throws IOException {
    createNewsIndex();
    putPipeline();
    Map<String, String> docs = docs();
    indexAll(docs);
    NewsMiner miner = EngineModels.load();
    Map<String, Long> expectedTop = new TreeMap<>();
    List<EntityFields> all = new ArrayList<>();
    docs.values().forEach(t -> all.add(EntityFields.of(miner.process(t).articles())));
    for (EntityFields f : all) {
      f.values(EntityFields.PLACE_TREE).stream().map(Object::toString).filter(v -> v.startsWith("0/"))
          .forEach(v -> expectedTop.merge(v, 1L, Long::sum));
    }
    Map<String, Long> top = terms("0/.*");
    assertEquals(expectedTop, top);
    String first = top.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    String prefix = "1/" + first.substring(2) + "/";
    Map<String, Long> expectedChildren = new TreeMap<>();
    for (EntityFields f : all) {
      f.values(EntityFields.PLACE_TREE).stream().map(Object::toString).filter(v -> v.startsWith(prefix))
          .forEach(v -> expectedChildren.merge(v, 1L, Long::sum));
    }
    Map<String, Long> children = terms(prefix + ".*");
    assertFalse(children.isEmpty());
    assertEquals(expectedChildren, children);
    for (Map.Entry<String, Long> c : children.entrySet()) {
      long n = client().prepareSearch(INDEX).setSize(0)
          .setQuery(QueryBuilders.termQuery("place_path", c.getKey().substring(2))).get()
          .getHits().getTotalHits().value;
      assertEquals(c.getKey(), c.getValue().longValue(), n);
    }
    System.out.println("newsminer-opensearch: places under " + first + ": " + children);
  }

  private Map<String, Long> terms(String include) {
    SearchResponse r = client().prepareSearch(INDEX).setSize(0)
        .addAggregation(AggregationBuilders.terms("places").field("place_tree").size(1000)
            .includeExclude(new IncludeExclude(include, null)))
        .get();
    Map<String, Long> counts = new TreeMap<>();
    Terms terms = r.getAggregations().get("places");
    for (Terms.Bucket b : terms.getBuckets()) {
      counts.put(b.getKeyAsString(), b.getDocCount());
    }
    return counts;
  }

  /** With the security manager on, indexing every page through the plugin leaves the node up. */
  public void testNodeSurvivesIndexing() throws IOException {
    assertNotNull("the test framework runs with a security manager", System.getSecurityManager());
    createNewsIndex();
    putPipeline();
    Map<String, String> docs = docs();
    long bytes = docs.values().stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
    indexAll(docs);
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu0 = os.getProcessCpuTime();
    long nanos = indexAll(docs);
    double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
    System.out.printf(Locale.ROOT, "newsminer-opensearch: %d documents, %.2f MB UTF-8, indexed again through the"
        + " pipeline in %.2f s wall, %.2f CPU-s: %.2f MB per CPU-second%n",
        docs.size(), bytes / 1e6, nanos / 1e9, cpu, bytes / 1e6 / cpu);
    assertEquals(ClusterHealthStatus.GREEN,
        client().admin().cluster().prepareHealth(INDEX).get().getStatus());
    long n = client().prepareSearch(INDEX).setSize(0).setTrackTotalHits(true).get().getHits().getTotalHits().value;
    assertEquals(docs.size(), n);
  }
}
