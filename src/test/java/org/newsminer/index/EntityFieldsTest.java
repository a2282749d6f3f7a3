package org.newsminer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsminer.MinedArticle;
import org.newsminer.NewsMiner;
import org.newsminer.check.Check;
import org.newsminer.check.CheckKind;
import org.newsminer.check.Verdict;
import org.newsminer.entity.Money;
import org.newsminer.entity.Percent;
import org.newsminer.entity.PercentUnit;
import org.newsminer.entity.Place;
import org.newsminer.entity.PlaceLevel;
import org.newsminer.entity.Program;
import org.newsminer.entity.ProgramKind;
import org.newsminer.entity.Qualifier;

class EntityFieldsTest {

  @Test
  void placesGiveEveryLevelEveryPathPrefixAndDepthLedTreeTerms() {
    MinedArticle a = article(List.of(
        new Place("堆龙德庆", 0, 4, "堆龙德庆区", PlaceLevel.COUNTY, List.of("西藏自治区", "拉萨市", "堆龙德庆区")),
        new Place("拉萨", 10, 12, "拉萨市", PlaceLevel.PREFECTURE, List.of("西藏自治区", "拉萨市"))), List.of());
    EntityFields f = EntityFields.of(List.of(a));
    assertEquals(List.of("堆龙德庆区", "西藏自治区", "拉萨市"), f.values(EntityFields.PLACE));
    assertEquals(List.of("西藏自治区", "西藏自治区/拉萨市", "西藏自治区/拉萨市/堆龙德庆区"), f.values(EntityFields.PLACE_PATH));
    assertEquals(List.of("0/西藏自治区", "1/西藏自治区/拉萨市", "2/西藏自治区/拉萨市/堆龙德庆区"),
        f.values(EntityFields.PLACE_TREE));
  }

  @Test
  void amountsInYuanAndPercentagesWithBothEndsOfRangesAndNothingElse() {
    MinedArticle a = article(List.of(
        Money.cny("1.5亿元", 0, 5, new BigDecimal("150000000"), Qualifier.EXACT),
        new Money("3000万至5000万元", 6, 17, new BigDecimal("30000000"), new BigDecimal("30000000"),
            new BigDecimal("50000000"), "CNY", Qualifier.EXACT),
        new Money("200万美元", 20, 26, new BigDecimal("2000000"), null, null, "USD", Qualifier.EXACT),
        new Percent("95%", 30, 33, new BigDecimal("95"), null, null, PercentUnit.PERCENT, Qualifier.EXACT),
        new Percent("3个百分点", 40, 45, new BigDecimal("3"), null, null, PercentUnit.POINTS, Qualifier.EXACT),
        new Program("乡村振兴", 50, 54, "乡村振兴", ProgramKind.INITIATIVE)), List.of());
    EntityFields f = EntityFields.of(List.of(a));
    assertEquals(List.of(1.5e8, 3e7, 5e7), f.values(EntityFields.MONEY));
    assertEquals(List.of(95.0), f.values(EntityFields.PERCENT));
    assertEquals(List.of("乡村振兴"), f.values(EntityFields.PROGRAM));
    assertEquals(List.of("INITIATIVE"), f.values(EntityFields.PROGRAM_KIND));
    assertEquals(List.of(), f.values(EntityFields.PLACE));
  }

  @Test
  void checksAreCountedByVerdictAcrossArticles() {
    Check ok = new Check(CheckKind.SUM, Verdict.CONSISTENT, BigDecimal.TEN, BigDecimal.TEN,
        List.of("10", "4", "6"), List.of(new Check.Span(0, 2), new Check.Span(3, 4), new Check.Span(5, 6)));
    Check bad = new Check(CheckKind.RATIO, Verdict.INCONSISTENT, BigDecimal.ONE, BigDecimal.TEN,
        List.of("1%", "1"), List.of(new Check.Span(0, 2), new Check.Span(3, 4)));
    EntityFields f = EntityFields.of(List.of(article(List.of(), List.of(ok, bad)), article(List.of(), List.of(ok))));
    assertEquals(List.of(2), f.values(EntityFields.CHECK_CONSISTENT));
    assertEquals(List.of(1), f.values(EntityFields.CHECK_INCONSISTENT));
  }

  @Test
  void theLoadedPipelineFillsTheFieldsOfAnInventedPage() {
    NewsMiner miner = EngineModels.load();
    String page = "日喀则市今年安排资金2亿元，其中乡村振兴项目1.2亿元、基础设施项目8000万元，完成率达90%。";
    EntityFields f = EntityFields.of(miner.process(page).articles());
    assertTrue(f.values(EntityFields.PLACE_PATH).contains("西藏自治区/日喀则市"), f.asMap().toString());
    assertTrue(f.values(EntityFields.MONEY).contains(2e8), f.asMap().toString());
    assertTrue(f.values(EntityFields.PERCENT).contains(90.0), f.asMap().toString());
    assertEquals(1, f.values(EntityFields.CHECK_CONSISTENT).size(), f.asMap().toString());
  }

  private static MinedArticle article(List<? extends org.newsminer.entity.Entity> entities, List<Check> checks) {
    return new MinedArticle(1, "", 0, 60, "", List.copyOf(entities), checks);
  }
}
