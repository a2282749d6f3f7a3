package org.newsminer.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checker by class of issue 9, on invented sentences shaped like regional news: for each class a
 * relation it must find and a wording on which it must stay silent (or not say INCONSISTENT).
 */
class RelationSearchTest {
  private final ArithmeticChecker checker = new ArithmeticChecker();

  private List<Check> check(String text) {
    return checker.check(text, 0, text.length(), List.of());
  }

  /** The checks of {@code kind} naming all of {@code numbers}. */
  private static List<Check> naming(List<Check> checks, CheckKind kind, String... numbers) {
    return checks.stream().filter(c -> c.kind() == kind && c.numbers().containsAll(List.of(numbers))).toList();
  }

  private static void assertFound(List<Check> checks, CheckKind kind, Verdict verdict, String... numbers) {
    List<Check> found = naming(checks, kind, numbers);
    assertFalse(found.isEmpty(), kind + " " + List.of(numbers) + " not found in " + checks);
    assertEquals(verdict, found.get(0).verdict(), found.get(0).toString());
    assertFalse(found.get(0).explanation().isEmpty(), "an explanation for the editor");
  }

  private static void assertNoInconsistency(List<Check> checks) {
    assertTrue(checks.stream().noneMatch(c -> c.verdict() == Verdict.INCONSISTENT), checks.toString());
  }

  // ---------------------------------------------------------------- A: figures read

  @Test
  void aUnitsOutsideMoneyAndCountsAddUp() {
    assertFound(check("全市粮食总产量12.6万吨，其中稻谷8.3万吨，玉米3.1万吨，豆类1.2万吨。"), CheckKind.SUM,
        Verdict.CONSISTENT, "12.6万吨", "8.3万吨", "3.1万吨", "1.2万吨");
    assertFound(check("全年供水总量2.65亿立方米，其中生活用水0.92亿立方米、工业用水1.73亿立方米。"), CheckKind.SUM,
        Verdict.CONSISTENT, "2.65亿立方米", "0.92亿立方米", "1.73亿立方米");
    assertFound(check("全县新建农村公路86.5公里，其中硬化路面52.3公里，砂石路面34.2公里。"), CheckKind.SUM,
        Verdict.CONSISTENT, "86.5公里", "52.3公里", "34.2公里");
  }

  @Test
  void aScaleWithNothingAfterTakesItsSiblingsUnit() {
    assertFound(check("全县低收入人口由5.6万下降到1.2万人，减少了4.4万人。"), CheckKind.SUM, Verdict.CONSISTENT,
        "5.6万", "1.2万人", "4.4万人");
  }

  @Test
  void aChineseNumeralCountsItems() {
    assertFound(check("今年共安排项目四大类，合计48个，其中农业类20个、水利类12个、交通类9个、其他类7个。"),
        CheckKind.SUM, Verdict.CONSISTENT, "48个", "20个", "12个", "9个", "7个");
  }

  // ---------------------------------------------------------------- B: approximate figures

  @Test
  void bApproximateFiguresAreIntervals() {
    assertFound(check("该镇共投入资金3.2亿余元，其中市级1.35亿元、县级1.9亿元。"), CheckKind.SUM, Verdict.CONSISTENT,
        "3.2亿余元", "1.35亿元", "1.9亿元");
  }

  @Test
  void bAnOpenBoundNeverGivesAnInconsistency() {
    assertNoInconsistency(check("该镇共投入资金超过3亿元，其中市级1.35亿元、县级0.9亿元。"));
  }

  // ---------------------------------------------------------------- C: cues and kinds

  @Test
  void cATrailingTotalAfterItsParts() {
    assertFound(check("省级补助资金450万元、市级补助资金320万元、县级配套230万元，合计1000万元。"), CheckKind.SUM,
        Verdict.CONSISTENT, "1000万元", "450万元", "320万元", "230万元");
  }

  @Test
  void cAChangeIsASumAndItsRateARatio() {
    List<Check> checks = check("全镇建档立卡户由4210户下降到380户，减少了3830户。农民人均收入由3125元增长到4850元，增幅55.2%。");
    assertFound(checks, CheckKind.SUM, Verdict.CONSISTENT, "4210户", "380户", "3830户");
    assertFound(checks, CheckKind.RATIO, Verdict.CONSISTENT, "55.2%", "4850元", "3125元");
  }

  @Test
  void cAWrongGrowthRateFromOneFigureToAnotherIsInconsistent() {
    assertFound(check("农民人均收入由3125元增长到4850元，增幅51%。"), CheckKind.RATIO, Verdict.INCONSISTENT,
        "51%", "4850元", "3125元");
  }

  @Test
  void cAnAnnualAverageRateIsNoChangeFromOneFigureToTheOther() {
    assertNoInconsistency(check("全县生产总值从2016年的18.2亿元增加到2021年的30.5亿元，年均增长10.9%。"));
  }

  @Test
  void cAGrowthRateAgainstTheLevelBefore() {
    assertFound(check("全年粮食产量38.4万吨，比上年增加1.6万吨，增长4.3%。"), CheckKind.RATIO, Verdict.CONSISTENT,
        "4.3%", "1.6万吨", "38.4万吨");
  }

  @Test
  void cACompletionRateOfANamedTarget() {
    assertFound(check("全年转移就业8.64万人次，完成全年目标任务9万人次的96%。"), CheckKind.RATIO, Verdict.CONSISTENT,
        "96%", "8.64万人次", "9万人次");
    assertFound(check("全年实现收入2.17亿元，完成全年目标任务2.85亿元的86%。"), CheckKind.RATIO, Verdict.INCONSISTENT,
        "86%", "2.17亿元", "2.85亿元");
  }

  @Test
  void cAnAverageIsAProduct() {
    assertFound(check("为236户农户发放贷款590万元，户均贷款2.5万元。"), CheckKind.PRODUCT, Verdict.CONSISTENT,
        "590万元", "236户", "2.5万元");
  }

  // ---------------------------------------------------------------- D: scope beyond one sentence

  @Test
  void dTheTotalInTheLeadAndItsPartsTwoSentencesOn() {
    assertFound(check("今年全州计划投资650亿元，项目涉及三大类。各地加快前期工作，确保按期开工。"
        + "其中交通类320.5亿元，能源类210.3亿元，民生类119.2亿元。"), CheckKind.SUM, Verdict.CONSISTENT,
        "650亿元", "320.5亿元", "210.3亿元", "119.2亿元");
  }

  @Test
  void dASubjectPointingBackHandsOutTheWholeNamedBefore() {
    String lead = "近日，市财政局下达农业发展补助资金2.36亿元。";
    assertFound(check(lead + "此次下达的补助资金拨付甲县5120万元、乙县7460万元、丙县6230万元、丁县4790万元。"),
        CheckKind.SUM, Verdict.CONSISTENT, "2.36亿元", "5120万元", "7460万元", "6230万元", "4790万元");
    assertFound(check(lead + "此次下达的补助资金拨付甲县5120万元、乙县7460万元、丙县6230万元、丁县5790万元。"),
        CheckKind.SUM, Verdict.INCONSISTENT, "2.36亿元", "5120万元", "7460万元", "6230万元", "5790万元");
    // 其中 says the list is a part of the allocations only.
    assertNoInconsistency(check(lead + "此次下达的补助资金中，其中拨付甲县5120万元、乙县7460万元、丙县6230万元。"));
  }

  // ---------------------------------------------------------------- E: lists

  @Test
  void eItemsWithSeveralFiguresAndCommentsInBetween() {
    List<Check> checks = check("全县实施项目56个，总投资7.2亿元。其中种植业项目30个，投资3.8亿元，是去年的2倍；"
        + "养殖业项目18个，投资2.6亿元；加工业项目8个，投资0.8亿元。");
    assertFound(checks, CheckKind.SUM, Verdict.CONSISTENT, "56个", "30个", "18个", "8个");
    assertFound(checks, CheckKind.SUM, Verdict.CONSISTENT, "7.2亿元", "3.8亿元", "2.6亿元", "0.8亿元");
  }

  // ---------------------------------------------------------------- F: roles by position

  @Test
  void fTwoTotalsSplitTheSameWayCloseEachOther() {
    List<Check> checks = check("今年共实施援建项目45个，安排援建资金21350万元，其中教育类项目15个，安排援建资金8200万元；"
        + "医疗类项目20个，安排援建资金9150万元；产业类项目10个，安排援建资金3500万元。");
    assertFound(checks, CheckKind.SUM, Verdict.CONSISTENT, "45个", "15个", "20个", "10个");
    assertFound(checks, CheckKind.SUM, Verdict.INCONSISTENT, "21350万元", "8200万元", "9150万元", "3500万元");
  }

  @Test
  void fABaseNeverStatedGivesNoVerdict() {
    assertNoInconsistency(check("一季度完成投资2.1亿元，累计完成投资7.8亿元，占总投资的65%。"));
  }

  // ---------------------------------------------------------------- G: wholes named generically

  @Test
  void gAShareOfTheWholeTheWordingNames() {
    List<Check> checks = check("截至年底全镇人口12480人，其中农业人口10320人，占总人口的86.5%。");
    assertFound(checks, CheckKind.RATIO, Verdict.INCONSISTENT, "86.5%", "10320人", "12480人");
    assertFound(check("截至年底全镇人口12480人，其中农业人口10320人，占总人口的82.7%。"), CheckKind.RATIO,
        Verdict.CONSISTENT, "82.7%", "10320人", "12480人");
  }

  // ---------------------------------------------------------------- I: tolerance

  @Test
  void iTheToleranceIsThePrecisionWritten() {
    assertFound(check("全县18个项目总投资54亿元，平均每个3亿元。"), CheckKind.PRODUCT, Verdict.CONSISTENT,
        "54亿元", "18个", "3亿元");
    assertFound(check("全县18个项目总投资54亿元，平均每个4亿元。"), CheckKind.PRODUCT, Verdict.INCONSISTENT,
        "54亿元", "18个", "4亿元");
    // 1.61 + 1.32 + 0.0449 + 0.1612 = 3.1361 rounds to 3.14 at the two decimals the total is written with.
    assertFound(check("今年整合资金3.14亿元，其中产业类1.61亿元；宜居类1.32亿元；生态类449万元；贴息类1612万元。"),
        CheckKind.SUM, Verdict.CONSISTENT, "3.14亿元", "1.61亿元", "1.32亿元", "449万元", "1612万元");
    // The total written one digit finer, inside its own rounding, still holds.
    assertFound(check("今年整合资金3.136亿元，其中产业类1.61亿元；宜居类1.32亿元；生态类449万元；贴息类1612万元。"),
        CheckKind.SUM, Verdict.CONSISTENT, "3.136亿元", "1.61亿元", "1.32亿元", "449万元", "1612万元");
  }

  @Test
  void iTablesSumTheirColumnsAndMultiplyTheirRates() {
    String table = "附表：补助资金分配表\n乡镇 |\n面积(亩) |\n标准(元/亩) |\n资金(元) |\n备注 |\n东乡 |\n1250.4 |\n6 |\n7502 |\n|\n"
        + "西乡 |\n830.2 |\n6 |\n4981 |\n|\n合计 |\n2080.6 |\n|\n12483 |\n|";
    List<Check> checks = check(table);
    assertFound(checks, CheckKind.SUM, Verdict.CONSISTENT, "2080.6", "1250.4", "830.2");
    assertFound(checks, CheckKind.PRODUCT, Verdict.CONSISTENT, "7502", "1250.4", "6");
    assertFound(check(table.replace("4981", "4985").replace("12483", "12487")), CheckKind.PRODUCT,
        Verdict.INCONSISTENT, "4985", "830.2", "6");
  }

  @Test
  void sharesOfAListAddUpToHundred() {
    assertFound(check("全县地区生产总值86.4亿元，其中第一产业增加值21.6亿元，第二产业增加值25.9亿元，第三产业增加值38.9亿元。"
        + "三次产业结构比为25.0:30.0:45.0。"), CheckKind.SHARES, Verdict.CONSISTENT, "25.0", "30.0", "45.0");
  }
}
