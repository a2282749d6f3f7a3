package org.newsminer.entity.program;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsminer.entity.Entity;
import org.newsminer.entity.Program;

/**
 * One mechanism per test, each with invented sentences of the shape real news has: what it finds and,
 * as important, what it leaves alone.
 */
class ProgramMechanismsTest {
  private static final ProgramRecognizer R = new ProgramRecognizer();

  /** "kind text name" for each program found, in text order. */
  private static List<String> describe(String text) {
    List<Entity> out = new ArrayList<>();
    R.recognize(text, 0, text.length(), out);
    List<Program> ps = new ArrayList<>();
    out.forEach(e -> ps.add((Program) e));
    ps.sort((a, b) -> a.start() != b.start() ? a.start() - b.start() : a.end() - b.end());
    List<String> d = new ArrayList<>();
    for (Program p : ps) {
      assertEquals(text.substring(p.start(), p.end()), p.text(), "text is the span");
      d.add(p.kind().name().charAt(0) + " " + p.text() + " " + p.name());
    }
    return d;
  }

  @Test
  void shortFormulasByTheHeadAfterThem() {
    assertEquals(List.of("F “三稳” 三稳", "F “五保” 五保"),
        describe("全镇扎实做好“三稳”工作，全面落实“五保”任务，经济运行平稳。"));
    assertEquals(List.of("F “两不让” 两不让"), describe("坚持“两不让”的原则，统筹推进。"));
  }

  @Test
  void shortFormulasStandingAsAPhraseOfTheirOwn() {
    // the last of a pair closes its clause, the first is joined to it by a verb
    assertEquals(List.of("F “三新” 三新", "F “五化” 五化"), describe("全县围绕“三新”主抓“五化”，加快发展。"));
  }

  @Test
  void aSeriesOfShortFormulasSharesTheReadingOfItsLast() {
    assertEquals(List.of("F “四近” 四近", "F “三便利” 三便利", "F “两远离” 两远离"),
        describe("搬迁选址按照“四近”、“三便利”、“两远离”的原则确定。"));
    assertEquals(List.of("F “三稳” 三稳", "F “五保” 五保"), describe("扎实做好 “三稳” “五保”工作落实。"));
  }

  @Test
  void numberedPhrasesThatCountProblemsPeopleOrKindsAreNoFormulas() {
    // a list before a noun that is no policy head: difficulties, not formulas
    assertEquals(List.of(), describe("帮助解决“三难”“两怕”“五缺”等实际困难20余件。"));
    // an area or a group of people
    assertEquals(List.of(), describe("该县属于“四区两带”深度贫困地区之一。"));
    // categories counted with 大, even when the list ends its clause
    assertEquals(List.of(), describe("全县发展“六大果业”“四大牧业”，带动增收。"));
  }

  @Test
  void numeralsOfSeveralCharacters() {
    assertEquals(List.of("F “十二对关系” 十二对关系"), describe("正确处理好“十二对关系”，坚决落实各项部署。"));
    assertEquals(List.of(), describe("全村共有“十二对夫妻”参加评选。"));
  }

  @Test
  void aPlanPeriodIsNamedWithoutItsPlan() {
    assertEquals(List.of("I “十五五” 十五五"), describe("今年是谋划“十五五”规划的关键之年。"));
    assertEquals(List.of("I \"十三五\" 十三五"), describe("2019年是\"十三五\"规划实施的攻坚之年。"));
  }

  @Test
  void quotedNamesListedBeforeACountedHead() {
    assertEquals(List.of("I “青山护林” 青山护林", "I “牧民夜校” 牧民夜校", "I “彩虹桥” 彩虹桥"),
        describe("该市实施“青山护林”“牧民夜校”“彩虹桥”三项工程，带动群众就业。"));
  }

  @Test
  void listedNamesBeforeAnOpenHeadWithQuotesThatLostTheirPartner() {
    // the printed quotes of the first and last item are missing one half each
    assertEquals(List.of("I 千户万灯 千户万灯", "I “百企帮村” 百企帮村", "I 云端课堂 云端课堂"),
        describe("该省在做好千户万灯”“百企帮村”“云端课堂等项目基础上予以创新。"));
  }

  @Test
  void aListWithoutQuotesListsKindsOfWorkNotNames() {
    assertEquals(List.of(), describe("实施道路硬化、饮水安全、危房改造等工程，改善群众生活。"));
    // events are no programs
    assertEquals(List.of(), describe("开展“读书月”“健步走”等活动，丰富群众生活。"));
  }

  @Test
  void aListItemThatIsNoPlainNameIsSkipped() {
    assertEquals(List.of("I 清溪工程 清溪工程", "I 暖心小屋 暖心小屋", "I 点亮山村 点亮山村"),
        describe("其中清溪工程、“党建+治理”河口样本、暖心小屋、点亮山村等项目深受群众好评。"));
  }

  @Test
  void aNameFoundOnceIsFoundEverywhere() {
    // listed once, then bare with its trigger (named with it) and bare where the name ends like a program
    assertEquals(List.of("I 清溪工程项目 清溪工程项目", "I 暖心小屋项目 暖心小屋项目", "I 清溪工程 清溪工程",
            "I “暖心小屋” 暖心小屋", "I 点亮山村 点亮山村", "I 清溪工程 清溪工程"),
        describe("今年建成清溪工程项目12个、暖心小屋项目8个。其中清溪工程、“暖心小屋”、点亮山村等项目深受好评。"
            + "下一步，清溪工程将覆盖全县。"));
    // a name that also names a thing is not repeated without a trigger: building huts
    assertEquals(List.of("I 暖心小屋 暖心小屋", "I “点亮山村” 点亮山村"),
        describe("其中暖心小屋、“点亮山村”等项目深受好评。全县推广建设暖心小屋。"));
  }

  @Test
  void pairedProvinceCooperation() {
    assertEquals(List.of("I 鲁甘协作 鲁甘协作"), describe("该县争取鲁甘协作资金3000万元，用于产业发展。"));
    assertEquals(List.of("I 京津冀协同发展 京津冀协同发展"), describe("主动融入京津冀协同发展，承接产业转移。"));
    // one abbreviation is no pairing, a word is no pair of abbreviations
    assertEquals(List.of(), describe("加强部门协作，形成工作合力。"));
    assertEquals(List.of(), describe("推动青年协作，服务基层。"));
  }

  @Test
  void launchedNamesWithLatinLettersAndTheSupportOfAPlan() {
    assertEquals(List.of("I 科技部ABC计划 科技部ABC计划"), describe("依托科技部ABC计划支持，建立示范基地。"));
  }

  @Test
  void aCountOfWorksAfterALaunchingVerbIsNoName() {
    assertEquals(List.of(), describe("江苏实施七十二个援建项目，助推经济发展。"));
    assertEquals(List.of(), describe("今年共实施3项民生工程，惠及群众。"));
  }

  @Test
  void aQuotedNumberWithTwoTriggersKeepsBoth() {
    assertEquals(List.of("I \"2251\"项目工程 2251项目工程"), describe("深入实施\"2251\"项目工程，推进转型升级。"));
  }

  @Test
  void aTitleInsideATitleIsADocumentToo() {
    assertEquals(List.of(
            "D 《省财政厅关于印发<草场保护补助资金管理办法>的通知》 省财政厅关于印发<草场保护补助资金管理办法>的通知",
            "D <草场保护补助资金管理办法> 草场保护补助资金管理办法"),
        describe("根据《省财政厅关于印发<草场保护补助资金管理办法>的通知》要求，"));
    // a book title inside a title is none
    assertEquals(List.of("D 《关于推荐〈山村故事〉的通知》 关于推荐〈山村故事〉的通知"),
        describe("转发《关于推荐〈山村故事〉的通知》，"));
  }

  @Test
  void aPlanDatedByAYearRangeWithoutTitleMarks() {
    assertEquals(List.of("D 牧区振兴规划（2021—2025年） 牧区振兴规划（2021—2025年）"),
        describe("自治区印发牧区振兴规划（2021—2025年），明确目标任务。"));
    // the numbered year plan inside it is an initiative, as inside a 《》 title
    assertEquals(List.of("D 草原保护三年行动方案(2022-2024年) 草原保护三年行动方案(2022-2024年)", "I 三年行动 三年行动"),
        describe("该县制定了草原保护三年行动方案(2022-2024年)，"));
    // a range after what is no document, and a range of figures
    assertEquals(List.of(), describe("全县人口持续增长（2020—2023年），"));
    assertEquals(List.of(), describe("完成投资(2021-2023年累计)12亿元，"));
  }

  @Test
  void nationalProgramsOfTheLexicon() {
    assertEquals(List.of("I 东西扶贫协作 东西扶贫协作"), describe("两省召开东西扶贫协作联席会议。"));
    assertEquals(List.of("I “一村一品” 一村一品"), describe("新增国家级“一村一品”示范村镇3个。"));
    assertEquals(List.of("I 草原生态保护补助奖励政策 草原生态保护补助奖励政策"),
        describe("全面落实草原生态保护补助奖励政策，兑现资金。"));
    // a lexicon name before a group of people is the group (易地搬迁脱贫人口)
    assertEquals(List.of(), describe("其中易地搬迁脱贫人口外出务工800人。"));
  }
}
