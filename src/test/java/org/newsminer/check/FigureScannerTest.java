package org.newsminer.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The figures the checker reads, on corpus wording. */
class FigureScannerTest {
  private static List<Figure> scan(String raw) {
    return new FigureScanner().scan(Compact.of(raw, 0, raw.length()).text());
  }

  private static String describe(Figure f) {
    return f.text() + " " + f.value().toPlainString() + " ±" + f.halfUnit().stripTrailingZeros().toPlainString()
        + " " + f.dim() + " " + f.unit() + (f.exact() ? "" : " ~");
  }

  @Test
  void countsMoneyAndPercentagesWithTheRoundingTheirDigitsImply() {
    List<String> got = scan("累计培训建档立卡贫困劳动力 1.8 万人次，计划投资\n\n187208.13 万 元，完成目标任务（19554 人）的72.33%，"
        + "全年通过产业扶贫项目带动受益困难群众达25602人，实现人均增收1551.9元，每月工资4800元。")
        .stream().map(FigureScannerTest::describe).toList();
    assertEquals(List.of(
        "1.8万人次 18000 ±500 COUNT 人次",
        "187208.13万元 1872081300 ±50 MONEY 元",
        "19554人 19554 ±0 COUNT 人",
        "72.33% 72.33 ±0.005 PERCENT %",
        "25602人 25602 ±0 COUNT 人",
        "1551.9元 1551.9 ±0.05 MONEY 元",
        "4800元 4800 ±0 MONEY 元"), got);
  }

  @Test
  void qualifiedFiguresAreMarkedInexact() {
    List<String> got = scan("年人均增收2万余元，吸纳6000余名脱贫群众就业，辐射带动近11万人次增收，普惠金融贷款余额突破60亿元大关，"
        + "目标覆盖全县85%以上的村").stream().map(FigureScannerTest::describe).toList();
    assertEquals(List.of(
        "2万余元 20000 ±5000 MONEY 元 ~",
        "6000余名 6000 ±0 COUNT 人 ~",
        "近11万人次 110000 ±5000 COUNT 人次 ~",
        "突破60亿元 6000000000 ±50000000 MONEY 元 ~",
        "85%以上 85 ±0.5 PERCENT % ~"), got);
  }

  @Test
  void theEndsOfARangeAreBoundsNotAmounts() {
    List<String> got = scan("每个产业项目补助标准为300万至800万元，部分银行下浮5%-20%不等，培训结业后给予交通补助200元至500元。")
        .stream().map(FigureScannerTest::describe).toList();
    assertEquals(List.of(
        "300万 3000000 ±5000 NONE  ~",
        "800万元 8000000 ±5000 MONEY 元 ~",
        "5% 5 ±0.5 PERCENT % ~",
        "20% 20 ±0.5 PERCENT % ~",
        "200元 200 ±0 MONEY 元 ~",
        "500元 500 ±0 MONEY 元 ~"), got);
  }

  @Test
  void datesDurationsAndPointsAreNotCountsOfItems() {
    List<Figure> got = scan("2022年4月底，历时3个月，较去年同期提高4.2个百分点，拨打举报电话12339。");
    assertEquals(1, got.size(), got.toString());
    assertEquals(Figure.Dim.POINTS, got.get(0).dim());
    assertEquals(0, new BigDecimal("4.2").compareTo(got.get(0).value()));
  }

  @Test
  void fullWidthDigitsAndPercentSignAreRead() {
    Figure f = scan("培训合格率达到 ９２．５％ 。").get(0);
    assertEquals("92.5%", f.text());
    assertEquals(0, new BigDecimal("92.5").compareTo(f.value()));
  }
}
