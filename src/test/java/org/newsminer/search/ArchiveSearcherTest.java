package org.newsminer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsminer.MinedArticle;
import org.newsminer.MinedPage;
import org.newsminer.entity.number.Amounts;
import org.newsminer.entity.Entity;
import org.newsminer.entity.Money;
import org.newsminer.entity.Percent;
import org.newsminer.entity.PercentUnit;
import org.newsminer.entity.Place;
import org.newsminer.entity.PlaceLevel;
import org.newsminer.entity.Program;
import org.newsminer.entity.ProgramKind;
import org.newsminer.entity.Qualifier;
import org.newsminer.index.ArchiveIndexer;
import org.newsminer.text.NormalizedText;

/**
 * Filters, facets, replacement and query syntax on an index of corpus sentences whose entities are
 * given (as the extractors will give them), so the index side is tested whatever the extractors do.
 */
class ArchiveSearcherTest {
  static final String DUILONG = "近年来,拉萨市堆龙德庆区创新开发“民俗、民俗”特色文旅产品,以产业带动就业,"
      + "有效帮助当地村民实现“居家就业”,使易地搬迁群众“搬得出、稳得住、能致富”。";
  static final String DUILONG_ONLY = "目前,堆龙德庆区古荣农业示范园、达孜区金麦穗农业科技开发有限公司等24家龙头企业参与产业帮扶,"
      + "带动3291户脱贫群众增收,实现企业与脱贫户的“双赢”。";
  static final String ALI = "2020年累计投放扶贫小额信贷资金6873万元，余额1.6亿元，惠及贫困群众3858户；"
      + "阿里地区地级以上领导干部以上率下，带头落实政治责任，亲力亲为抓脱贫攻坚，先后走访37个乡镇，访贫率达100%。";
  static final String WANQI = "实施“万企兴万村”行动，搭建企业与政府信息交流平台，建立利益联结机制。";

  @TempDir
  static Path dir;

  static final List<String> PATH_DUILONG = List.of("西藏自治区", "拉萨市", "堆龙德庆区");

  @BeforeAll
  static void build() throws IOException {
    try (ArchiveIndexer ix = ArchiveIndexer.open(dir)) {
      ix.replace("a.txt", "s1", page(DUILONG,
          place(DUILONG, "拉萨市", "拉萨市", PlaceLevel.PREFECTURE, List.of("西藏自治区", "拉萨市")),
          place(DUILONG, "堆龙德庆区", "堆龙德庆区", PlaceLevel.COUNTY, PATH_DUILONG),
          program(DUILONG, "易地搬迁", "易地搬迁", ProgramKind.INITIATIVE)));
      ix.replace("b.txt", "s1", page(DUILONG_ONLY,
          place(DUILONG_ONLY, "堆龙德庆区", "堆龙德庆区", PlaceLevel.COUNTY, PATH_DUILONG)));
      ix.replace("c.txt", "s1", page(ALI,
          money(ALI, "6873万元", "68730000"), money(ALI, "1.6亿元", "160000000"),
          place(ALI, "阿里地区", "阿里地区", PlaceLevel.PREFECTURE, List.of("西藏自治区", "阿里地区")),
          program(ALI, "脱贫攻坚", "脱贫攻坚", ProgramKind.INITIATIVE),
          percent(ALI, "100%", "100")));
      ix.replace("d.txt", "s1", page(WANQI, program(WANQI, "“万企兴万村”行动", "万企兴万村", ProgramKind.INITIATIVE)));
      ix.commit();
      // Indexing a page again replaces its articles: no duplicates.
      ix.replace("d.txt", "s2", page(WANQI, program(WANQI, "“万企兴万村”行动", "万企兴万村", ProgramKind.INITIATIVE)));
      ix.commit();
    }
  }

  static MinedPage page(String text, Entity... entities) {
    List<Entity> es = new ArrayList<>(List.of(entities));
    es.sort((x, y) -> Integer.compare(x.start(), y.start()));
    return new MinedPage(NormalizedText.identity(text),
        List.of(new MinedArticle(1, text.substring(0, 10), 0, text.length(), text, es, List.of())));
  }

  static Place place(String text, String surface, String name, PlaceLevel level, List<String> path) {
    int s = text.indexOf(surface);
    return new Place(surface, s, s + surface.length(), name, level, path);
  }

  static Program program(String text, String surface, String name, ProgramKind kind) {
    int s = text.indexOf(surface);
    return new Program(surface, s, s + surface.length(), name, kind);
  }

  static Money money(String text, String surface, String yuan) {
    int s = text.indexOf(surface);
    return Money.cny(surface, s, s + surface.length(), new BigDecimal(yuan), Qualifier.EXACT);
  }

  static Percent percent(String text, String surface, String value) {
    int s = text.indexOf(surface);
    return new Percent(surface, s, s + surface.length(), new BigDecimal(value), null, null,
        PercentUnit.PERCENT, Qualifier.EXACT);
  }

  static Set<String> sources(SearchRequest r) throws IOException {
    try (ArchiveSearcher s = ArchiveSearcher.open(dir)) {
      Set<String> out = new TreeSet<>();
      s.search(r).hits().forEach(h -> out.add(h.source()));
      return out;
    }
  }

  @Test
  void reindexingReplacesArticles() throws IOException {
    try (ArchiveSearcher s = ArchiveSearcher.open(dir)) {
      assertEquals(4, s.articleCount());
      assertEquals(1, s.search(SearchRequest.of("万企兴万村")).total());
    }
  }

  @Test
  void placeFilterFindsPlacesUnderIt() throws IOException {
    // b names only 堆龙德庆区, which lies under 拉萨市.
    assertEquals(Set.of("a.txt", "b.txt"), sources(SearchRequest.builder().place("拉萨市").build()));
    assertEquals(Set.of("a.txt", "b.txt", "c.txt"), sources(SearchRequest.builder().place("西藏自治区").build()));
    assertEquals(Set.of("c.txt"), sources(SearchRequest.builder().place("阿里地区").build()));
    // Short forms.
    assertEquals(Set.of("a.txt", "b.txt"), sources(SearchRequest.builder().place("拉萨").build()));
    assertEquals(Set.of("c.txt"), sources(SearchRequest.builder().place("阿里").build()));
    assertEquals(Set.of(), sources(SearchRequest.builder().place("日喀则市").build()));
  }

  @Test
  void textAndFiltersCombine() throws IOException {
    assertEquals(Set.of("c.txt"), sources(SearchRequest.builder().query("脱贫攻坚").place("阿里地区")
        .moneyMin("1亿").build()));
    assertEquals(Set.of(), sources(SearchRequest.builder().query("脱贫攻坚").moneyMin("2亿").build()));
    assertEquals(Set.of("c.txt"), sources(SearchRequest.builder().moneyMax("7000万").moneyMin("5000万").build()));
    assertEquals(Set.of("c.txt"), sources(SearchRequest.builder().percentMin("99%").build()));
    assertEquals(Set.of(), sources(SearchRequest.builder().percentMax("50").build()));
  }

  @Test
  void programFilterByNameAndKind() throws IOException {
    assertEquals(Set.of("d.txt"), sources(SearchRequest.builder().program("万企兴万村").build()));
    assertEquals(Set.of("d.txt"), sources(SearchRequest.builder().program("“万企兴万村”").build()));
    assertEquals(Set.of("a.txt", "c.txt", "d.txt"), sources(SearchRequest.builder().program("INITIATIVE").build()));
    assertEquals(Set.of(), sources(SearchRequest.builder().program("FORMULA").build()));
  }

  @Test
  void facetsCountPlacesAsAHierarchy() throws IOException {
    try (ArchiveSearcher s = ArchiveSearcher.open(dir)) {
      SearchResult r = s.search(SearchRequest.builder().facets(true).limit(10).build());
      assertEquals(1, r.places().size());
      FacetCount tibet = r.places().get(0);
      assertEquals("西藏自治区", tibet.label());
      assertEquals(3, tibet.count());
      FacetCount lhasa = tibet.children().stream().filter(c -> c.label().equals("拉萨市")).findFirst().orElseThrow();
      assertEquals(2, lhasa.count());
      assertEquals("堆龙德庆区", lhasa.children().get(0).label());
      FacetCount initiative = r.programs().get(0);
      assertEquals("INITIATIVE", initiative.label());
      assertEquals(3, initiative.count());
    }
  }

  @Test
  void hitsCarrySnippetAndEntities() throws IOException {
    try (ArchiveSearcher s = ArchiveSearcher.open(dir)) {
      Hit h = s.search(SearchRequest.of("信贷 AND 阿里")).hits().get(0);
      assertEquals("c.txt", h.source());
      assertTrue(h.snippet().marked("<", ">").contains("<信贷>"), h.snippet().toString());
      assertTrue(h.snippet().marked("<", ">").contains("<阿里>"), h.snippet().toString());
      assertEquals(List.of("阿里地区"), h.places());
      assertEquals(List.of("68730000", "160000000"), h.money());
    }
  }

  @Test
  void booleanOperators() throws IOException {
    assertEquals(Set.of("a.txt", "b.txt"), sources(SearchRequest.of("就业 OR 双赢")));
    assertEquals(Set.of("a.txt"), sources(SearchRequest.of("易地搬迁 -双赢")));
    assertEquals(Set.of("a.txt"), sources(SearchRequest.of("(就业 OR 双赢) NOT 龙头企业")));
    assertEquals(Set.of("b.txt", "c.txt", "d.txt"), sources(SearchRequest.of("NOT 居家就业")));
    assertEquals(Set.of("c.txt"), sources(SearchRequest.of("\"小额 信贷\"")));
  }

  @Test
  void malformedQueriesSayWhy() {
    ArchiveQueryParser p = new ArchiveQueryParser();
    for (String q : List.of("(乡村振兴", "乡村振兴)", "\"乡村振兴", "乡村振兴 AND", "OR 乡村振兴", "NOT", "()", "  ")) {
      MalformedQueryException e = assertThrows(MalformedQueryException.class, () -> p.parse(q), q);
      assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }
    assertTrue(assertThrows(MalformedQueryException.class, () -> p.parse("(乡村振兴")).getMessage().contains("missing ')'"));
  }

  @Test
  void amountsInNewspaperForms() {
    assertEquals(0, new BigDecimal("100000000").compareTo(Amounts.parseYuan("1亿")));
    assertEquals(0, new BigDecimal("50000000").compareTo(Amounts.parseYuan("5000万")));
    assertEquals(0, new BigDecimal("25000").compareTo(Amounts.parseYuan("2.5万元")));
    assertEquals(0, new BigDecimal("30000000").compareTo(Amounts.parseYuan("3千万元")));
    assertEquals(0, new BigDecimal("100000000").compareTo(Amounts.parseYuan("一亿")));
    assertEquals(0, new BigDecimal("35000000").compareTo(Amounts.parseYuan("三千五百万")));
    assertEquals(0, new BigDecimal("1200").compareTo(Amounts.parseYuan("1,200元")));
    assertThrows(IllegalArgumentException.class, () -> Amounts.parseYuan("很多钱"));
    assertThrows(IllegalArgumentException.class, () -> Amounts.parseYuan("5美元"));
    assertThrows(IllegalArgumentException.class, () -> SearchRequest.builder().moneyMin("2亿").moneyMax("1亿").build());
  }
}
