package org.newsminer.entity.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsminer.entity.Qualifier;

/** The shared quantity model: value, unit, scale, qualifier as an interval and the precision written. */
class QuantityReaderTest {
  private static List<Quantity> read(String s) {
    return QuantityReader.get().read(s);
  }

  private static String describe(Quantity q) {
    return q.text() + " " + q.value().toPlainString() + " " + q.unit() + " " + q.kind() + " " + q.qualifier()
        + " [" + (q.low() == null ? "-" : q.low().stripTrailingZeros().toPlainString()) + ", "
        + (q.high() == null ? "-" : q.high().stripTrailingZeros().toPlainString()) + "]";
  }

  @Test
  void unitsOfTheLexiconWithAScaleBeforeThem() {
    assertEquals(List.of(
        "2.6亿立方米 260000000 立方米 COUNT EXACT [255000000, 265000000]",
        "3.5万吨 35000 吨 COUNT EXACT [34500, 35500]",
        "1200千瓦时 1200 千瓦时 COUNT EXACT [1200, 1200]",
        "45公里 45 公里 COUNT EXACT [45, 45]",
        "85.76千公顷 85760 公顷 COUNT EXACT [85755, 85765]"),
        read("年供水2.6亿立方米，产粮3.5万吨，发电1200千瓦时，修路45公里，播种85.76千公顷。").stream()
            .map(QuantityReaderTest::describe).toList());
  }

  @Test
  void aScaleWithNothingAfterAndChineseCounts() {
    assertEquals(List.of(
        "5.2万 52000  NONE EXACT [51500, 52500]",
        "0.7万 7000  NONE EXACT [6500, 7500]",
        "三大类 3 类 COUNT EXACT [3, 3]"),
        read("贫困人口由5.2万下降到0.7万，涉及交通、能源、民生三大类。").stream()
            .map(QuantityReaderTest::describe).toList());
  }

  @Test
  void qualifiersAreIntervals() {
    assertEquals(List.of(
        "3.2亿余元 320000000 元 MONEY OVER [320000000, 330000000]",
        "1400多万元 14000000 元 MONEY OVER [14000000, 15000000]",
        "100多户 100 户 COUNT OVER [100, 200]",
        "超过1.8亿元 180000000 元 MONEY OVER [175000000, -]",
        "近60% 60 % PERCENT APPROX [59.5, 60.5]",
        "不足50人 50 人 COUNT UNDER [-, 50]"),
        read("共投入3.2亿余元，续建1400多万元，带动100多户，县级超过1.8亿元，覆盖近60%，不足50人。").stream()
            .map(QuantityReaderTest::describe).toList());
  }

  @Test
  void datesCodesAndOrdinalsAreNoQuantities() {
    assertEquals(List.of(), read("2022年4月底，第三批，G318国道，拨打12339。"));
  }

  @Test
  void aNounNamesTheUnitOfAFigureWithout() {
    assertEquals("人", QuantityReader.get().countUnitOfNoun("全区总人口"));
    assertEquals("户", QuantityReader.get().countUnitOfNoun("低收入农户"));
    assertNull(QuantityReader.get().countUnitOfNoun("补助资金"));
  }

  @Test
  void thePrecisionWrittenIsHalfAUnitOfTheLastDigit() {
    Quantity q = read("完成投资1431.11亿元").get(0);
    assertEquals(0, new BigDecimal("500000").compareTo(q.halfUnit()));
    assertEquals(Qualifier.EXACT, q.qualifier());
  }
}
