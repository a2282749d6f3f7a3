package org.newsminer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Concrete repairs, on sentences taken from the sample pages. */
class NormalizerTest {
  private final Normalizer normalizer = new Normalizer();

  private String norm(String s) {
    return normalizer.normalize(s).text();
  }

  private List<String> lines(String prefix) {
    return Arrays.asList(norm(CorpusPages.read(prefix)).split("\n", -1));
  }

  @Test
  void removesSpacesBetweenCjkCharacters() {
    assertEquals("恢复目标，以产业帮扶、防返贫监测帮", norm("恢 复 目 标 ，以 产 业 帮 扶 、防 返 贫 监 测 帮"));
    assertEquals("潜心育人润物无声", norm("潜 心 育 人 润 物 无 声"));
    assertEquals("策，动态调整农村低保", norm("策 ， 动 态 调 整 农 村 低 保"));
  }

  @Test
  void removesSpacesBetweenDigitsAndCjk() {
    assertEquals("187208.13万元，到位资金169288.37万", norm("187208.13 万 元 ，到 位 资 金 169288.37 万"));
    assertEquals("目前，2022年脱贫人口外出务工人数", norm("目 前 ，2022 年 脱 贫 人 口 外 出 务 工 人 数"));
    assertEquals("切实落实400万元以下", norm("切实落实 400 万元以下"));
    assertEquals("整合资金项目计划实施138个，计划投资", norm("整合资金项目计划实施 138 个，计划投资"));
    assertEquals("14143人，完成年度目标任务（19554人）的", norm("14143 人，完成年度目标任务（19554 人）的"));
    assertEquals("挂牌成立12个街道消防工作所", norm("挂牌成立 12个街道消防工作所"));
  }

  @Test
  void joinsLetterSpacedDigits() {
    assertEquals("2022年，西藏启动实施", norm("2 0 2 2 年 ， 西 藏 启 动 实 施"));
  }

  @Test
  void keepsOneSpaceBetweenLatinWordsAndNumbers() {
    assertEquals("Tibet Daily 2022", norm("Tibet   Daily \u3000 2022"));
    assertEquals("项目400 26个", norm("项目 400   26个"));
    assertEquals("400 26", norm("400 26"));
  }

  @Test
  void keepsSeparatorsReadersSee() {
    // Bylines, photo credits and the reporter in a dateline keep one space between names.
    assertEquals("本报记者 拉巴桑姆 本报通讯员 德吉桑姆", norm("本报记者 拉巴桑姆 本报通讯员 德吉桑姆"));
    assertEquals("本报记者 温凯 洛桑旦增 达珍 摄", norm("本报记者 温凯 洛桑旦增 达珍 摄"));
    assertEquals("本报拉萨讯（记者 拉巴桑姆）为进", norm("本报拉萨讯（记 者 拉巴桑姆）为 进"));
    // Two phrases of a headline printed apart.
    assertEquals("在一线挥汗 到基层建功", norm("在一线挥汗 到基层建功"));
    assertEquals("握好“接力棒” 按下“快进键”", norm("握好“接力棒” 按下“快进键”"));
  }

  @Test
  void foldsFullWidthFormsAndUnifiesPunctuation() {
    assertEquals("2022年增长15.5%，GDP+3/4", norm("２０２２年增长１５．５％，ＧＤＰ＋３／４"));
    assertEquals("市、县（区）两级", norm("市、县(区)两级"));
    assertEquals("“格桑花开·民生微实事”（二期）", norm("“格桑花开·民生微实事”(二期)"));
    assertEquals("的要求，市、县", norm("的要求,市、县"));
    assertEquals("项目开工率34.93%，资金", norm("项目开工率34.93%,资金"));
    assertEquals("合计1,234.5万元", norm("合计1,234.5万元"));
    assertEquals("合计1,234.5万元，3，45", norm("合计１，２３４．５万元，3，45"));
    assertEquals("丁增赤介绍说：“目前，村里", norm("丁增赤介绍说:“目前,村里"));
    assertEquals("12:30开会；", norm("12:30开会;"));
    // Chinese punctuation stays as it is.
    assertEquals("，。、：；“”《》", norm("，。、：；“”《》"));
  }

  @Test
  void mapsEveryCharacterBackToItsOrigin() {
    String original = "2 0 2 2 年 ， 西 藏";
    NormalizedText t = normalizer.normalize(original);
    assertEquals("2022年，西藏", t.text());
    int nian = t.text().indexOf('年');
    assertEquals(original.indexOf('年'), t.originalStart(nian));
    assertEquals(original.indexOf('年') + 1, t.originalEnd(nian + 1));
    assertEquals(original.length(), t.originalEnd(t.text().length()));
    assertEquals(nian, t.normalizedOffset(original.indexOf('年')));
    // An offset inside a dropped space maps to the next kept character.
    assertEquals(nian, t.normalizedOffset(original.indexOf('年') - 1));
  }

  @Test
  void joinsNarrowColumnLinesIntoParagraphs() {
    List<String> l = lines("000");
    assertTrue(
        l.contains(
            "脱贫摘帽不是终点，而是新生活、新奋斗的起点。今年以来，拉萨市高度重视脱贫群众增收工作，紧盯促进脱贫群众持续增收和"
                + "推动农牧民群众消费持续恢复目标，以产业帮扶、防返贫监测帮扶、就业帮扶等工作为抓手，不断推动工作落实落细。"),
        "first paragraph of page 000 is one line");
    assertTrue(l.stream().anyMatch(s -> s.startsWith("本报拉萨讯（记者 拉巴桑姆）为进一步推进改进作风狠抓落实工作走深走实")));
    assertTrue(l.stream().anyMatch(s -> s.contains("截至目前，2022年脱贫人口外出务工人数14143人，完成年度目标任务（19554人）的72.33%。")));
    String narrow = String.join("\n", lines("003"));
    assertTrue(narrow.contains("四是加强金融惠民促增收。积极鼓励脱贫群众贷款创业，发展生产，金融机构落实好过渡期金融帮扶政策，"));
    assertTrue(narrow.contains("\n2022年，西藏启动实施树立农牧民新风貌行动，选取3个县和300个村开展试点"));
  }

  @Test
  void keepsHeadlinesBylinesAndCaptionsOnTheirOwnLines() {
    List<String> l = lines("000");
    assertEquals(
        List.of(
            "铺展乡村振兴“多彩”路",
            "——拉萨市多点发力促农牧民群众增收致富",
            "本报记者 刘琳琳",
            "拉萨市消防救援支队",
            "挂牌成立12个街道消防工作所",
            "拉萨经开区",
            "组织干部职工参观廉政警示教育展",
            "多吉：",
            "潜心育人润物无声",
            "本报记者 拉巴桑姆 本报通讯员 德吉桑姆",
            "多彩文艺活动"),
        l.subList(0, 11));
    assertTrue(l.containsAll(List.of("图为活动现场。", "本报记者 格桑伦珠 摄", "图为志愿者为群众发放宣传单。", "本报记者 央金 摄")));
    List<String> l3 = lines("003");
    assertTrue(l3.contains("整治提升村容村貌，建设美丽乡村"));
    assertTrue(l3.contains("发展壮大新型农村集体经济，赋能乡村振兴"));
  }

  @Test
  void joinsColumnBreaksInOneParagraphPerLinePages() {
    List<String> l1 = lines("001");
    assertTrue(l1.contains("接续奋斗，守住脱贫攻坚胜利果实"));
    assertTrue(l1.contains("精准监测，不让一名困难群众掉队"));
    assertTrue(l1.contains("南京对口支援墨竹工卡县“格桑花开·民生微实事”二期启动"));
    assertTrue(l1.contains("整合援藏资金3800余万元，将实施80个民生项目"));
    // A paragraph continued from the foot of a column.
    assertTrue(l1.stream().anyMatch(s -> s.startsWith("此外，拉萨市还持续开展干部结对帮扶和定点帮扶工作，")));
    assertTrue(l1.stream().anyMatch(s -> s.contains("实施8类104个民生项目")));
    List<String> l4 = lines("004");
    assertTrue(l4.contains("在一线挥汗 到基层建功"));
    assertTrue(l4.contains("做好“职业介绍人”"));
    assertTrue(l4.stream().anyMatch(s -> s.startsWith("按照“一支部一方案，一问题一对策”的要求，建立完善了")));
    assertTrue(l4.stream().anyMatch(s -> s.startsWith("林周县各驻村工作队积极开展走村入户，将宣讲")));
    assertTrue(l4.stream().anyMatch(s -> s.contains("只是起一个带头作用，")));
    List<String> l2 = lines("002");
    assertTrue(l2.stream().anyMatch(s -> s.contains("督办事项493件，切实保证")));
    assertTrue(l2.contains("“扶上马送一程”"));
  }

  @Test
  void neverLeavesBlankLinesOrOuterWhitespace() {
    for (var p : CorpusPages.all()) {
      String t = norm(CorpusPages.read(p));
      assertFalse(t.contains("\n\n"), p.toString());
      assertEquals(t.strip(), t, p.toString());
      assertFalse(t.contains(" \n") || t.contains("\n "), p.toString());
    }
  }

  @Test
  void windowsLineEndsAndOtherSpacesBehaveLikeTheExtractorsOwn() {
    String unix = CorpusPages.read("003");
    String windows = unix.replace("\n", "\r\n").replace("四 是", "四\u00A0是").replace("六 是", "六\t是");
    assertEquals(norm(unix), norm(windows));
  }

  @Test
  void rejectsNull() {
    assertThrows(IllegalArgumentException.class, () -> normalizer.normalize(null));
  }
}
