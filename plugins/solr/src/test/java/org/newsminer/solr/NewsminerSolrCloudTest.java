package org.newsminer.solr;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.solr.SolrTestCaseJ4;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.cloud.SolrCloudTestCase;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.core.CoreContainer;
import org.apache.solr.core.SolrCore;
import org.apache.solr.schema.IndexSchema;
import org.junit.BeforeClass;
import org.newsminer.NewsMiner;
import org.newsminer.index.EngineModels;
import org.newsminer.index.EntityFields;
import org.newsminer.text.NormalizedText;
import org.newsminer.text.Normalizer;

/**
 * The plugin in a real SolrCloud: two nodes, a collection of two shards, the sample pages and the dev
 * set (when the shared folder is beside the checkout) indexed through the newsminer update chain.
 * Every expectation is computed from the files themselves: grep over the normalized text, and the
 * library's own pipeline for entity fields.
 */
@SolrTestCaseJ4.SuppressSSL
public class NewsminerSolrCloudTest extends SolrCloudTestCase {
  private static final String COLLECTION = "news";
  /** Document id to its original text. */
  private static final Map<String, String> DOCS = new LinkedHashMap<>();
  /** Document id to the entity fields the library computes for it. */
  private static final Map<String, EntityFields> FIELDS = new LinkedHashMap<>();

  @BeforeClass
  public static void setUpCluster() throws Exception {
    Path root = Path.of(System.getProperty("newsminer.root", "../.."));
    readPages(root.resolve("corpus"), "page/");
    Path dev = root.resolve("../shared/dev-news");
    if (Files.isDirectory(dev)) {
      readPages(dev, "dev/");
    } else {
      System.out.println("newsminer-solr: dev set not found at " + dev + ": indexing the sample pages only");
    }
    long before = usedHeap();
    NewsMiner miner = EngineModels.load();
    long models = usedHeap() - before;
    for (Map.Entry<String, String> d : DOCS.entrySet()) {
      FIELDS.put(d.getKey(), EntityFields.of(miner.process(d.getValue()).articles()));
    }

    configureCluster(2).addConfig("newsminer", root.resolve("plugins/solr/configset/conf")).configure();
    CollectionAdminRequest.createCollection(COLLECTION, "newsminer", 2, 1).process(cluster.getSolrClient());
    cluster.waitForActiveCollection(COLLECTION, 2, 2);

    List<SolrInputDocument> batch = new ArrayList<>();
    for (Map.Entry<String, String> d : DOCS.entrySet()) {
      SolrInputDocument doc = new SolrInputDocument();
      doc.addField("id", d.getKey());
      doc.addField("text", d.getValue());
      batch.add(doc);
    }
    cluster.getSolrClient().add(COLLECTION, batch);
    cluster.getSolrClient().commit(COLLECTION);
    System.out.printf(Locale.ROOT, "newsminer-solr: %d documents indexed; the models take %d MB of heap, loaded"
        + " once per node (class loader)%n", DOCS.size(), models >> 20);
  }

  private static void readPages(Path dir, String prefix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        DOCS.put(prefix + f.getFileName(), Files.readString(f, StandardCharsets.UTF_8));
      }
    }
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  /**
   * Indexing throughput through the update chain, reported (not asserted: performance targets belong
   * in {@code newsminer bench}): the documents copied {@code newsminer.bench.copies} times (default 10)
   * into a collection of their own. Rates are per CPU-second of this JVM (both nodes and the client),
   * comparable with {@code newsminer bench --archive} on a machine shared with other work.
   */
  public void testIndexingThroughputIsReported() throws Exception {
    String bench = "bench";
    CollectionAdminRequest.createCollection(bench, "newsminer", 2, 1).process(cluster.getSolrClient());
    cluster.waitForActiveCollection(bench, 2, 2);
    int copies = Integer.getInteger("newsminer.bench.copies", 10);
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long bytes = 0;
    long cpu0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    List<SolrInputDocument> batch = new ArrayList<>();
    for (int c = 0; c < copies; c++) {
      for (Map.Entry<String, String> d : DOCS.entrySet()) {
        SolrInputDocument doc = new SolrInputDocument();
        doc.addField("id", c + "/" + d.getKey());
        doc.addField("text", d.getValue());
        bytes += d.getValue().getBytes(StandardCharsets.UTF_8).length;
        batch.add(doc);
        if (batch.size() == 50) {
          cluster.getSolrClient().add(bench, batch);
          batch.clear();
        }
      }
    }
    if (!batch.isEmpty()) {
      cluster.getSolrClient().add(bench, batch);
    }
    cluster.getSolrClient().commit(bench);
    double wall = (System.nanoTime() - t0) / 1e9;
    double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
    long n = cluster.getSolrClient().query(bench, new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
    CollectionAdminRequest.deleteCollection(bench).process(cluster.getSolrClient());
    System.out.printf(Locale.ROOT, "newsminer-solr: indexed %d documents, %.2f MB UTF-8, in %.1f s wall (%.2f MB/s),"
        + " %.1f CPU-s: %.2f MB per CPU-second, both nodes and the client%n",
        n, bytes / 1e6, wall, bytes / 1e6 / wall, cpu, bytes / 1e6 / cpu);
    assertEquals((long) copies * DOCS.size(), n);
  }

  public void testEveryDocumentIndexedOnBothShards() throws Exception {
    QueryResponse all = query(new SolrQuery("*:*").setRows(0));
    assertEquals(DOCS.size(), all.getResults().getNumFound());
    for (int shard = 1; shard <= 2; shard++) {
      SolrQuery q = new SolrQuery("*:*").setRows(0);
      q.set("shards", "shard" + shard);
      QueryResponse r = query(q);
      assertTrue("shard" + shard + " is empty", r.getResults().getNumFound() > 0);
    }
  }

  /** Every token of both field types points at the original characters it was made from. */
  public void testOffsetsOfEveryTokenMapBackToTheOriginal() throws Exception {
    CoreContainer cc = cluster.getJettySolrRunner(0).getCoreContainer();
    String coreName = cc.getAllCoreNames().iterator().next();
    Normalizer norm = new Normalizer();
    long tokens = 0;
    List<String> mismatches = new ArrayList<>();
    try (SolrCore core = cc.getCore(coreName)) {
      IndexSchema schema = core.getLatestSchema();
      for (String field : List.of("text", "words")) {
        Analyzer a = schema.getFieldType(field).getIndexAnalyzer();
        for (Map.Entry<String, String> d : DOCS.entrySet()) {
          String page = d.getValue();
          NormalizedText nt = norm.normalize(page);
          try (TokenStream ts = a.tokenStream(field, page)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
              tokens++;
              // The token's span in the normalized page must map back to exactly its offsets, and its
              // term must be that normalized text (whitespace the normalizer kept inside it aside).
              int s = nt.normalizedOffset(off.startOffset());
              int e = nt.normalizedOffset(off.endOffset());
              boolean ok = s < e && nt.originalStart(s) == off.startOffset() && nt.originalEnd(e) == off.endOffset()
                  && term.toString().equals(nt.text().substring(s, e).replaceAll("\\s+", "").toLowerCase(Locale.ROOT));
              if (!ok) {
                mismatches.add(d.getKey() + " [" + off.startOffset() + "," + off.endOffset() + ") " + term
                    + " vs " + page.substring(off.startOffset(), off.endOffset()));
              }
            }
            ts.end();
          }
        }
      }
    }
    System.out.println("newsminer-solr: offsets of " + tokens + " tokens checked, " + mismatches.size()
        + " mismatches " + mismatches.subList(0, Math.min(10, mismatches.size())));
    assertTrue(tokens > 10_000);
    assertEquals(List.of(), mismatches.subList(0, Math.min(10, mismatches.size())));
  }

  /** A quoted Chinese string finds exactly the documents whose normalized text contains it. */
  public void testPhraseQueriesEqualGrep() throws Exception {
    Normalizer norm = new Normalizer();
    Map<String, String> texts = new LinkedHashMap<>();
    DOCS.forEach((id, t) -> texts.put(id, norm.normalize(t).text().toLowerCase(Locale.ROOT)));
    List<String> ids = new ArrayList<>(texts.keySet());
    long seed = random().nextLong();
    System.out.println("newsminer-solr: phrase queries drawn with seed " + seed);
    Random rnd = new Random(seed);
    List<String> queries = new ArrayList<>();
    while (queries.size() < 200) {
      String t = texts.get(ids.get(rnd.nextInt(ids.size())));
      int len = 2 + rnd.nextInt(5);
      if (t.length() <= len) {
        continue;
      }
      int s = rnd.nextInt(t.length() - len);
      String q = t.substring(s, s + len);
      if (q.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
        queries.add(q);
      }
    }
    for (int i = 0; i < 50; i++) {
      // Characters of a real string shuffled: strings that rarely or never occur.
      List<Character> cs = new ArrayList<>();
      queries.get(i).chars().forEach(c -> cs.add((char) c));
      Collections.shuffle(cs, rnd);
      StringBuilder sb = new StringBuilder();
      cs.forEach(sb::append);
      queries.add(sb.toString());
    }
    int hits = 0;
    for (String q : queries) {
      Set<String> grep = new HashSet<>();
      texts.forEach((id, t) -> {
        if (t.contains(q)) {
          grep.add(id);
        }
      });
      for (String form : List.of("\"" + q + "\"", q)) {
        Set<String> found = ids(query(new SolrQuery("text:" + form).setRows(DOCS.size()).setFields("id")));
        assertEquals("query " + form, grep, found);
      }
      hits += grep.size();
    }
    assertTrue("too few matches to mean anything: " + hits, hits > queries.size());
  }

  /** Top-level places, then the children of the largest, each count equal to its filter's hits. */
  public void testPlaceFacetDrillsDown() throws Exception {
    Map<String, Long> top = facet("place_tree", "0/", null);
    assertEquals(expectedFacet("0/"), top);
    String first = top.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    String path = first.substring(2);
    Map<String, Long> children = facet("place_tree", "1/" + path + "/", null);
    assertFalse("no places under " + path, children.isEmpty());
    assertEquals(expectedFacet("1/" + path + "/"), children);
    for (Map.Entry<String, Long> child : children.entrySet()) {
      String childPath = child.getKey().substring(2);
      String fq = "place_path:\"" + childPath + "\"";
      long n = query(new SolrQuery("*:*").addFilterQuery(fq).setRows(0)).getResults().getNumFound();
      assertEquals(fq, child.getValue().longValue(), n);
      // Drill further: the grandchildren facet within the child's documents.
      Map<String, Long> grand = facet("place_tree", "2/" + childPath + "/", fq);
      for (long c : grand.values()) {
        assertTrue(c <= n);
      }
    }
    System.out.println("newsminer-solr: place facet " + path + " -> " + children);
  }

  /** A money range filter finds exactly the documents with an amount in the range, ends included. */
  public void testMoneyRangeFilterIsExact() throws Exception {
    List<Double> values = new ArrayList<>();
    FIELDS.values().forEach(f -> f.values(EntityFields.MONEY).forEach(v -> values.add((Double) v)));
    assertTrue("too few amounts: " + values.size(), values.size() > 20);
    values.sort(null);
    Random rnd = new Random(random().nextLong());
    for (int i = 0; i < 20; i++) {
      double lo = values.get(rnd.nextInt(values.size()));
      double hi = values.get(rnd.nextInt(values.size()));
      if (lo > hi) {
        double t = lo;
        lo = hi;
        hi = t;
      }
      double from = lo;
      double to = hi;
      Set<String> expected = new HashSet<>();
      FIELDS.forEach((id, f) -> {
        if (f.values(EntityFields.MONEY).stream().anyMatch(v -> (Double) v >= from && (Double) v <= to)) {
          expected.add(id);
        }
      });
      String fq = "money:[" + from + " TO " + to + "]";
      Set<String> found = ids(query(new SolrQuery("*:*").addFilterQuery(fq).setRows(DOCS.size()).setFields("id")));
      assertEquals(fq, expected, found);
    }
  }

  /** Highlighted passages are slices of the original text, and what they mark is the phrase. */
  public void testHighlightOffsetsPointAtThePhrase() throws Exception {
    Normalizer norm = new Normalizer();
    Pattern em = Pattern.compile("<em>(.*?)</em>", Pattern.DOTALL);
    int marks = 0;
    for (String q : List.of("项目", "资金", "农牧民", "乡村振兴", "西藏")) {
      SolrQuery sq = new SolrQuery("text:\"" + q + "\"").setRows(DOCS.size()).setFields("id");
      sq.setHighlight(true).addHighlightField("text").set("hl.method", "unified").set("hl.snippets", 5);
      QueryResponse r = query(sq);
      for (Map.Entry<String, Map<String, List<String>>> h : r.getHighlighting().entrySet()) {
        String original = DOCS.get(h.getKey());
        for (String snippet : h.getValue().getOrDefault("text", List.of())) {
          String plain = snippet.replace("<em>", "").replace("</em>", "");
          assertTrue("snippet is not a slice of " + h.getKey() + ": " + plain, original.contains(plain));
          Matcher m = em.matcher(snippet);
          while (m.find()) {
            String marked = norm.normalize(m.group(1)).text().replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
            assertEquals("marked in " + h.getKey() + ": " + m.group(1), q, marked);
            marks++;
          }
        }
      }
    }
    assertTrue("too few highlights: " + marks, marks > 20);
  }

  /** The update processor's fields equal the library's, document by document. */
  public void testEntityFieldsEqualTheLibrary() throws Exception {
    SolrQuery q = new SolrQuery("*:*").setRows(DOCS.size())
        .setFields("id", "place", "place_path", "program", "program_kind", "money", "percent",
            "check_consistent", "check_inconsistent");
    int withChecks = 0;
    for (SolrDocument d : query(q).getResults()) {
      EntityFields expected = FIELDS.get((String) d.getFieldValue("id"));
      for (String f : List.of("place", "place_path", "program", "program_kind", "money", "percent")) {
        Object v = d.getFieldValues(f);
        assertEquals(d.getFieldValue("id") + " " + f, expected.values(f), v == null ? List.of() : new ArrayList<>((Collection<?>) v));
      }
      assertEquals(expected.values(EntityFields.CHECK_CONSISTENT).get(0), d.getFieldValue("check_consistent"));
      assertEquals(expected.values(EntityFields.CHECK_INCONSISTENT).get(0), d.getFieldValue("check_inconsistent"));
      if ((Integer) d.getFieldValue("check_consistent") + (Integer) d.getFieldValue("check_inconsistent") > 0) {
        withChecks++;
      }
    }
    assertTrue(withChecks > 0);
  }

  private Map<String, Long> expectedFacet(String prefix) {
    Map<String, Long> counts = new TreeMap<>();
    for (EntityFields f : FIELDS.values()) {
      for (Object v : f.values(EntityFields.PLACE_TREE)) {
        if (v.toString().startsWith(prefix)) {
          counts.merge(v.toString(), 1L, Long::sum);
        }
      }
    }
    return counts;
  }

  private Map<String, Long> facet(String field, String prefix, String fq) throws Exception {
    SolrQuery q = new SolrQuery("*:*").setRows(0).setFacet(true).addFacetField(field)
        .setFacetPrefix(prefix).setFacetLimit(-1).setFacetMinCount(1);
    if (fq != null) {
      q.addFilterQuery(fq);
    }
    Map<String, Long> counts = new TreeMap<>();
    for (FacetField.Count c : query(q).getFacetField(field).getValues()) {
      counts.put(c.getName(), c.getCount());
    }
    return counts;
  }

  private static QueryResponse query(SolrQuery q) throws Exception {
    return cluster.getSolrClient().query(COLLECTION, q);
  }

  private static Set<String> ids(QueryResponse r) {
    Set<String> ids = new HashSet<>();
    for (SolrDocument d : r.getResults()) {
      ids.add((String) d.getFieldValue("id"));
    }
    return ids;
  }
}
