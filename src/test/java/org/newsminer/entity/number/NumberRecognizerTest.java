package org.newsminer.entity.number;

import org.newsminer.entity.Entity;
import org.newsminer.entity.EntityExtractor;
import org.newsminer.entity.EntityType;
import org.newsminer.entity.Money;
import org.newsminer.entity.Percent;
import org.newsminer.entity.PercentUnit;
import org.newsminer.entity.Qualifier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * MONEY and PERCENT on sentences from corpus/*.txt (PDF spaces removed by hand unless the test is
 * about them) and on the forms EXTRACTION.md §1-§2 name.
 */
class NumberRecognizerTest {
  private static final EntityExtractor MONEY = EntityExtractor.of(EnumSet.of(EntityType.MONEY));
  private static final EntityExtractor PERCENT = EntityExtractor.of(EnumSet.of(EntityType.PERCENT));
  private static final EntityExtractor BOTH = EntityExtractor.of(EnumSet.of(EntityType.MONEY, EntityType.PERCENT));

  private static List<Money> money(String text) {
    return MONEY.extract(text).stream().map(Money.class::cast).collect(Collectors.toList());
  }

  private static List<Percent> percent(String text) {
    return PERCENT.extract(text).stream().map(Percent.class::cast).collect(Collectors.toList());
  }

  /** Asserts one money mention: surface, its offsets in {@code text}, value, qualifier. */
  private static void assertMoney(Money m, String text, String surface, String value, Qualifier q) {
    assertEquals(surface, m.text(), "surface");
    assertEquals(value, m.value().toPlainString(), "value of " + surface);
    assertEquals(q, m.qualifier(), "qualifier of " + surface);
    assertEquals(surface, text.substring(m.start(), m.end()).replaceAll("\\s", ""), "span of " + surface);
  }

  /** Asserts that {@code text} holds exactly one money mention, and what it is. */
  private static void assertOnlyMoney(String text, String surface, String value, Qualifier q) {
    List<Money> m = money(text);
    assertEquals(1, m.size(), m.toString());
    assertMoney(m.get(0), text, surface, value, q);
  }

  private static void assertPercent(Percent p, String surface, String value, PercentUnit unit, Qualifier q) {
    assertEquals(surface, p.text());
    assertEquals(value, p.value().toPlainString(), "value of " + surface);
    assertEquals(unit, p.unit(), "unit of " + surface);
    assertEquals(q, p.qualifier(), "qualifier of " + surface);
  }

  @Test
  void wanYuanWithDecimalsAndPdfSpaces() {
    // corpus/000: PDF spaces inside the mention; the span covers them, the surface drops them.
    String t = "全市共整合各类资金 187208.13 万 元 ，到 位资金 169288.37 万元";
    List<Money> m = money(t);
    assertEquals(2, m.size());
    assertMoney(m.get(0), t, "187208.13万元", "1872081300", Qualifier.EXACT);
    assertEquals(t.indexOf("187208"), m.get(0).start());
    assertEquals(t.indexOf("元") + 1, m.get(0).end());
    assertEquals("CNY", m.get(0).currency());
    assertMoney(m.get(1), t, "169288.37万元", "1692883700", Qualifier.EXACT);
  }

  @Test
  void listOfFundsInParentheses() {
    // corpus/001
    String t = "整合资金167975.86万元(其中:中央资金88215.21万元、自治区资金27269万元、本级资金18044万元、县级资金34447.65万元)。";
    List<Money> m = money(t);
    assertEquals(List.of("1679758600", "882152100", "272690000", "180440000", "344476500"),
        m.stream().map(x -> x.value().toPlainString()).collect(Collectors.toList()));
  }

  @Test
  void overQualifiersInsideTheNumber() {
    // corpus/001: 余 before 万 and before 元
    String t = "整合援藏资金3800余万元,将实施80个民生项目。户均就业达到1.26人,年人均增收2万余元。";
    List<Money> m = money(t);
    assertEquals(2, m.size());
    assertMoney(m.get(0), t, "3800余万元", "38000000", Qualifier.OVER);
    assertMoney(m.get(1), t, "2万余元", "20000", Qualifier.OVER);
    assertMoney(money("人均增收100多万元").get(0), "人均增收100多万元", "100多万元", "1000000", Qualifier.OVER);
  }

  /** Negated comparatives bound from the other side: 不高于 is at most, never "more than" (高于). */
  @Test
  void negatedAndSuperlativeBoundsReadTheRightWay() {
    String[][] cases = {
      {"单个项目补助资金不高于300万元", "不高于300万元", "3000000", "UNDER"},
      {"奖励金额至多5万元", "至多5万元", "50000", "UNDER"},
      {"每户补助最多2万元", "最多2万元", "20000", "UNDER"},
      {"预算不超过1.5亿元", "不超过1.5亿元", "150000000", "UNDER"},
      {"企业注册资本不低于500万元", "不低于500万元", "5000000", "OVER"},
      {"每年投入至少80万元", "至少80万元", "800000", "OVER"},
      {"年收入最少3万元", "最少3万元", "30000", "OVER"},
      {"贷款额度不大于20万元", "不大于20万元", "200000", "UNDER"},
    };
    for (String[] c : cases) {
      List<Money> m = money(c[0]);
      assertEquals(1, m.size(), c[0]);
      assertMoney(m.get(0), c[0], c[1], c[2], Qualifier.valueOf(c[3]));
    }
    String[][] pct = {
      {"资产负债率不高于5%", "不高于5%", "UNDER"},
      {"自给率不低于95%", "不低于95%", "OVER"},
      {"误差至多0.5个百分点", "至多0.5个百分点", "UNDER"},
      {"覆盖率最少90%", "最少90%", "OVER"},
    };
    for (String[] c : pct) {
      List<Percent> p = percent(c[0]);
      assertEquals(1, p.size(), c[0]);
      assertEquals(c[1], p.get(0).text(), c[0]);
      assertEquals(Qualifier.valueOf(c[2]), p.get(0).qualifier(), c[0]);
    }
  }

  @Test
  void prefixAndSuffixQualifiers() {
    String t = "切实落实400万元以下项目，总金额接近15万元，近15万元，约3000万元左右，逾5亿元，不足1万元，不超过5万元";
    List<Money> m = money(t);
    assertEquals(7, m.size(), m.toString());
    assertMoney(m.get(0), t, "400万元以下", "4000000", Qualifier.UNDER);
    assertMoney(m.get(1), t, "接近15万元", "150000", Qualifier.APPROX);
    assertMoney(m.get(2), t, "近15万元", "150000", Qualifier.APPROX);
    assertMoney(m.get(3), t, "约3000万元左右", "30000000", Qualifier.APPROX);
    assertMoney(m.get(4), t, "逾5亿元", "500000000", Qualifier.OVER);
    assertMoney(m.get(5), t, "不足1万元", "10000", Qualifier.UNDER);
    assertMoney(m.get(6), t, "不超过5万元", "50000", Qualifier.UNDER);
    List<Money> u = money("年收入5万元上下，投资5亿元上下游产业");
    assertMoney(u.get(0), "年收入5万元上下，投资5亿元上下游产业", "5万元上下", "50000", Qualifier.APPROX);
    assertMoney(u.get(1), "年收入5万元上下，投资5亿元上下游产业", "5亿元", "500000000", Qualifier.EXACT);
  }

  @Test
  void qualifierLookalikesAreNotQualifiers() {
    // 节约 (save) and 最近 (recently) are not 约/近; 达 is not a qualifier and stays outside.
    String t = "节约资金300万元，最近20万元，分红总金额达到了1146万元。";
    List<Money> m = money(t);
    assertEquals(3, m.size());
    assertMoney(m.get(0), t, "300万元", "3000000", Qualifier.EXACT);
    assertMoney(m.get(1), t, "20万元", "200000", Qualifier.EXACT);
    assertMoney(m.get(2), t, "1146万元", "11460000", Qualifier.EXACT);
  }

  @Test
  void chineseAndMixedNumerals() {
    String t = "投入一千二百万元，两亿元，十五万元，1.2万亿元，5千万元，叁佰伍拾元，1,200元，１２３元";
    List<Money> m = money(t);
    assertEquals(List.of("12000000", "200000000", "150000", "1200000000000", "50000000", "350", "1200", "123"),
        m.stream().map(x -> x.value().toPlainString()).collect(Collectors.toList()));
    assertEquals("123元", m.get(7).text());
  }

  @Test
  void perUnitAmountsAreMoney() {
    // corpus/004 and corpus/002
    String t = "全村247户764人每人分得1.5万元现金,他一个月的租金是7.5万元,每月工资4800元。";
    List<Money> m = money(t);
    assertEquals(List.of("15000", "75000", "4800"),
        m.stream().map(x -> x.value().toPlainString()).collect(Collectors.toList()));
  }

  @Test
  void rangesSharingAUnitAreOneEntity() {
    String t = "计划投资3000万至5000万元，单个项目3000-5000万元，补助1-2亿元，票价5.6到5.78元";
    List<Money> m = money(t);
    assertEquals(4, m.size(), m.toString());
    Money a = m.get(0);
    assertEquals("3000万至5000万元", a.text());
    assertEquals(0, a.value().compareTo(new BigDecimal("30000000")));
    assertEquals(0, a.min().compareTo(new BigDecimal("30000000")));
    assertEquals(0, a.max().compareTo(new BigDecimal("50000000")));
    assertEquals("3000-5000万元", m.get(1).text());
    assertEquals(0, m.get(1).min().compareTo(new BigDecimal("30000000")));
    assertEquals(0, m.get(1).max().compareTo(new BigDecimal("50000000")));
    assertEquals(0, m.get(2).min().compareTo(new BigDecimal("100000000")));
    assertEquals(0, m.get(3).max().compareTo(new BigDecimal("5.78")));
  }

  @Test
  void listsSharingAUnitAreSeparateEntities() {
    String t = "两户分别获得3万、5万元奖励。";
    List<Money> m = money(t);
    assertEquals(2, m.size());
    assertMoney(m.get(0), t, "3万", "30000", Qualifier.EXACT);
    assertMoney(m.get(1), t, "5万元", "50000", Qualifier.EXACT);
  }

  @Test
  void otherCurrencies() {
    String t = "中国资金净流出1200亿美元，以每股1.95港元收购，另需1万亿日元，1欧元兑换1.0753美元，人民币50元，8亿元人民币，100 USD";
    List<Money> m = money(t);
    assertEquals(List.of("USD", "HKD", "JPY", "EUR", "USD", "CNY", "CNY", "USD"),
        m.stream().map(Money::currency).collect(Collectors.toList()));
    assertEquals("120000000000", m.get(0).value().toPlainString());
    assertEquals("人民币50元", m.get(5).text());
    assertEquals("8亿元人民币", m.get(6).text());
  }

  @Test
  void bareWanYiAmountsNeedAMoneyWord() {
    String t = "完成投资263亿多。每年70亿的销售额。斥资100万以上。投资85亿";
    List<Money> m = money(t);
    assertEquals(4, m.size(), m.toString());
    assertMoney(m.get(0), t, "263亿多", "26300000000", Qualifier.OVER);
    assertMoney(m.get(1), t, "70亿", "7000000000", Qualifier.EXACT);
    assertMoney(m.get(2), t, "100万以上", "1000000", Qualifier.OVER);
    assertMoney(m.get(3), t, "85亿", "8500000000", Qualifier.EXACT);
  }

  @Test
  void bareAmountsEndingAHeadlinePhraseOrALine() {
    // A headline goes on after a space; a line ends before the dateline: the figure ends its phrase.
    String t = "某县计划投资326亿 今年开工项目38个\n正文。";
    assertOnlyMoney(t, "326亿", "32600000000", Qualifier.EXACT);
    assertEquals(t.indexOf("亿") + 1, money(t).get(0).end(), "the space after the figure is not part of it");
    assertOnlyMoney("某县发放生态补助资金158萬\n2016-03-02 10:20", "158萬", "1580000", Qualifier.EXACT);
  }

  @Test
  void traditionalMoneyWordsMakeBareAmountsMoney() {
    assertOnlyMoney("該縣發放草場補助資金42.5萬\n記者 某某", "42.5萬", "425000", Qualifier.EXACT);
    assertOnlyMoney("每斤賣兩毛", "兩毛", "0.2", Qualifier.EXACT);
  }

  @Test
  void bareCountsInHeadlinesAreNotMoney() {
    // the words after a phrase break belong to the next phrase; measure words still make counts
    assertOnlyMoney("全县脱贫人口14万 资金到位3亿\n年发电量2.4亿千瓦时 投资建设5万吨冷库 发放贷款1.2万 笔", "3亿",
        "300000000", Qualifier.EXACT);
  }

  @Test
  void magnitudesWithoutANumeralNeedABound() {
    String t = "全年整合各类资金过亿元，人均增收逾万元，引进12家亿元以上企业，近亿元资金到位";
    List<Money> m = money(t);
    assertEquals(4, m.size(), m.toString());
    assertMoney(m.get(0), t, "过亿元", "100000000", Qualifier.OVER);
    assertMoney(m.get(1), t, "逾万元", "10000", Qualifier.OVER);
    assertMoney(m.get(2), t, "亿元以上", "100000000", Qualifier.OVER);
    assertMoney(m.get(3), t, "近亿元", "100000000", Qualifier.APPROX);
    assertEquals(List.of(), money("上亿元投入，数亿元资金，评选万元户，单位：万元，“千村万元”计划，单位：万元\n以上数据"));
    assertOnlyMoney("新开工超亿元项目12个", "超亿元", "100000000", Qualifier.OVER);
  }

  @Test
  void aQualifierBeforeALinkingVerbStillQualifies() {
    String t = "粮食产量占比约为3.5%，项目大约是5万元";
    List<Entity> e = BOTH.extract(t);
    assertEquals(2, e.size(), e.toString());
    assertPercent((Percent) e.get(0), "3.5%", "3.5", PercentUnit.PERCENT, Qualifier.APPROX);
    assertMoney((Money) e.get(1), t, "5万元", "50000", Qualifier.APPROX);
    assertEquals(Qualifier.EXACT, money("节约为5元").get(0).qualifier(), "节约 is no 约");
  }

  @Test
  void aDifferenceOfBareMoneyIsMoney() {
    String t = "今年合作社分红有26万多。同比去年多出4万多。";
    List<Money> m = money(t);
    assertEquals(2, m.size(), m.toString());
    assertMoney(m.get(1), t, "4万多", "40000", Qualifier.OVER);
    // the amount before has its 元, and the difference counts people
    assertEquals(1, money("投资3000万元，带动就业增加2万。").size());
    assertEquals(1, money("去年投资8亿，今年贫困人口减少3万\n").size(), "a change verb alone compares nothing");
  }

  @Test
  void aNumeralNeverSpansALineBreak() {
    String t = "补助金10万\n2000户受益";
    assertEquals(List.of(new BigDecimal("100000")), money(t).stream().map(Money::value).toList());
  }

  @Test
  void countsYearsAndTermsAreNotMoney() {
    // corpus/000, 001, 002, 003: people, land, years, loan terms next to money words
    String t = "截至目前，2022年脱贫人口外出务工人数14143人，其中省外40人。累计培训1.8万人次，项目建设面积0.4万亩，"
        + "项目总投资资金全年发电1.2亿千瓦时，投资建成5万吨仓库，共138个项目，保持原有扶贫小额信贷三年期政策，"
        + "拨打0891-6322222，大乐透1600万 奖池36.57亿，城乡二元结构，一块地，三角形，得了90分";
    assertEquals(List.of(), money(t));
  }

  @Test
  void loanAmountBeforeALoanTerm() {
    String t = "保持原有扶贫小额信贷5万元三年期1.08%利率政策";
    List<Entity> e = BOTH.extract(t);
    assertEquals(2, e.size());
    assertEquals("5万元", e.get(0).text());
    assertEquals("1.08%", e.get(1).text());
  }

  @Test
  void jiaoAndFen() {
    String t = "这个手机壳五元三毛，50元6角三分，花了三块钱";
    List<Money> m = money(t);
    assertEquals(List.of("5.3", "50.63", "3"), m.stream().map(x -> x.value().toPlainString()).collect(Collectors.toList()));
  }

  @Test
  void percentForms() {
    // corpus/000 and 001: 72.33%, 85%以上, with PDF spaces around ％
    String t = "完成年度目标任务（19554人）的72.33%。生产经营性收入 21.49 ％ ；目标覆盖全县85%以上的村，近60%，百分之五十，"
        + "百分之三点五，千分之三，八成以上，三成半，提高3个百分点，５．５％";
    List<Percent> p = percent(t);
    assertEquals(11, p.size(), p.toString());
    assertPercent(p.get(0), "72.33%", "72.33", PercentUnit.PERCENT, Qualifier.EXACT);
    assertPercent(p.get(1), "21.49%", "21.49", PercentUnit.PERCENT, Qualifier.EXACT);
    assertPercent(p.get(2), "85%以上", "85", PercentUnit.PERCENT, Qualifier.OVER);
    assertPercent(p.get(3), "近60%", "60", PercentUnit.PERCENT, Qualifier.APPROX);
    assertPercent(p.get(4), "百分之五十", "50", PercentUnit.PERCENT, Qualifier.EXACT);
    assertPercent(p.get(5), "百分之三点五", "3.5", PercentUnit.PERCENT, Qualifier.EXACT);
    assertPercent(p.get(6), "千分之三", "0.3", PercentUnit.PERCENT, Qualifier.EXACT);
    assertPercent(p.get(7), "八成以上", "80", PercentUnit.PERCENT, Qualifier.OVER);
    assertPercent(p.get(8), "三成半", "35", PercentUnit.PERCENT, Qualifier.EXACT);
    assertPercent(p.get(9), "3个百分点", "3", PercentUnit.POINTS, Qualifier.EXACT);
    assertPercent(p.get(10), "5.5%", "5.5", PercentUnit.PERCENT, Qualifier.EXACT);
  }

  @Test
  void percentRanges() {
    List<Percent> p = percent("增幅在5%-20%之间，另一组5%至20%，还有5-20%");
    assertEquals(3, p.size(), p.toString());
    for (Percent x : p) {
      assertTrue(x.isRange(), x.toString());
      assertEquals(0, x.min().compareTo(BigDecimal.valueOf(5)));
      assertEquals(0, x.max().compareTo(BigDecimal.valueOf(20)));
      assertEquals(x.min(), x.value());
    }
    assertEquals("5%-20%", p.get(0).text());
    List<Percent> q = percent("增长百分之十至百分之二十");
    assertEquals(1, q.size());
    assertEquals("百分之十至百分之二十", q.get(0).text());
    assertEquals(0, q.get(0).max().compareTo(BigDecimal.valueOf(20)));
  }

  @Test
  void quotedPercentIsStillPercent() {
    // corpus/002
    List<Percent> p = percent("县政府采取“资金投入51%”的方式，出资51万元、占股51%");
    assertEquals(2, p.size());
    assertEquals("51%", p.get(0).text());
  }

  @Test
  void chengWordsAreNotTenths() {
    assertEquals(List.of(), percent("一成不变，三五成群，建成了一座桥，组成两个小组，达成一致，一波三折，折合人民币"));
  }

  @Test
  void offsetsAreIntoTheGivenTextAndRespectTheRange() {
    String t = "第一篇：资金100万元。第二篇：资金200万元。";
    int mid = t.indexOf("第二篇");
    List<Entity> e = MONEY.extract(t, mid, t.length());
    assertEquals(1, e.size());
    assertEquals("200万元", t.substring(e.get(0).start(), e.get(0).end()));
  }

  @Test
  void typesAreFiltered() {
    String t = "资金100万元，占比51%";
    assertEquals(1, MONEY.extract(t).size());
    assertEquals(1, PERCENT.extract(t).size());
    assertEquals(2, BOTH.extract(t).size());
  }

  @Test
  void vagueMagnitudesAreNotAmounts() {
    String t = "带动数十万元收入，几百万元，上千万元，两三万元，资金100万元多用于基础设施，投资带动3万群众";
    List<Money> m = money(t);
    assertEquals(1, m.size(), m.toString());
    assertMoney(m.get(0), t, "100万元", "1000000", Qualifier.EXACT);
    assertMoney(money("近百万元").get(0), "近百万元", "近百万元", "1000000", Qualifier.APPROX);
  }

  @Test
  void discountsAndPerMille() {
    List<Percent> p = percent("商品打八折，九五折优惠，七折八扣，死亡率3‰");
    assertEquals(3, p.size(), p.toString());
    assertPercent(p.get(0), "八折", "80", PercentUnit.PERCENT, Qualifier.EXACT);
    assertPercent(p.get(1), "九五折", "95", PercentUnit.PERCENT, Qualifier.EXACT);
    assertPercent(p.get(2), "3‰", "0.3", PercentUnit.PERCENT, Qualifier.EXACT);
  }

  @Test
  void dashRangesAndIndicatorPrefixes() {
    String t = "补助标准为每人每月300—500元，10万—20万元，全区GDP2132.64亿元，订单号A2021元，2021—2025年";
    List<Money> m = money(t);
    assertEquals(3, m.size(), m.toString());
    assertEquals("300—500元", m.get(0).text());
    assertEquals(0, m.get(1).min().compareTo(new BigDecimal("100000")));
    assertEquals(0, m.get(1).max().compareTo(new BigDecimal("200000")));
    assertEquals("2132.64亿元", m.get(2).text());
  }

  @Test
  void neverLooksPastTheArticleEnd() {
    String t = "资金100万元。资金200万";
    List<Money> m = money(t);
    assertEquals(2, m.size());
    List<Entity> cut = MONEY.extract("资金100万元", 0, 6);
    assertEquals(List.of(), cut.stream().filter(e -> e.end() > 6).collect(Collectors.toList()));
    assertEquals("100万", cut.get(0).text(), "a bare 万 amount after a money word, cut at the article end");
  }

  @Test
  void qualifierWordsSplitByPdfLineBreaks() {
    // corpus/000: the qualifier 突破 is broken over lines; the span starts at 突
    String t = "普惠金融贷款余额突\n\n破 60亿元大关。";
    List<Money> m = money(t);
    assertEquals(1, m.size());
    assertMoney(m.get(0), t, "突破60亿元", "6000000000", Qualifier.OVER);
    assertEquals(t.indexOf("突"), m.get(0).start());
  }

  @Test
  void everyCharacterSpacedPdfText() {
    // corpus/003 spaces every character of its headline (2 0 2 2 年); amounts written so still count
    String t = "2 0 2 2 年 投 入 资 金 1 0 0 万 元 ，增 长 1 2 . 5 %，下降 0 . 5 个 百 分 点";
    List<Entity> e = BOTH.extract(t);
    assertEquals(List.of("100万元", "12.5%", "0.5个百分点"), e.stream().map(Entity::text).collect(Collectors.toList()));
    assertEquals(t.indexOf("1 0 0"), e.get(0).start());
    assertEquals(t.indexOf("万 元") + 3, e.get(0).end());
  }

  @Test
  void wordsContainingNumeralsAndUnitsAreNotMoney() {
    String t = "一元复始，城乡二元结构，2022元旦，价格十分合理，一毛不拔，一块儿去，三分之一的农户，五分钟，五角大楼，万元户";
    assertEquals(List.of(), BOTH.extract(t));
    List<Money> m = money("白菜五元一斤，一元钱，十五元买菜");
    assertEquals(List.of("五元", "一元钱", "十五元"), m.stream().map(Money::text).collect(Collectors.toList()));
  }

  @Test
  void spacesAroundTheDecimalPointLeftByTheNormalizer() {
    // the normalizer joins 3 6 . 9 9 into 36 . 99: the point between digits is still a point
    String t = "到位资金36 . 99亿元，到位率102 %，下降0. 5个百分点";
    List<Entity> e = BOTH.extract(t);
    assertEquals(List.of("36.99亿元", "102%", "0.5个百分点"), e.stream().map(Entity::text).collect(Collectors.toList()));
    assertEquals("3699000000", ((Money) e.get(0)).value().toPlainString());
  }
}
