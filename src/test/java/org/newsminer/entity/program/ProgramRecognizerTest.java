package org.newsminer.entity.program;

import org.newsminer.entity.Entity;
import org.newsminer.entity.Program;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sentences from the sample pages in corpus/, with the PDF spaces and line breaks removed by hand (the
 * few written for a test say so).
 */
class ProgramRecognizerTest {
  private static final ProgramRecognizer R = new ProgramRecognizer();

  private static List<Program> find(String text) {
    List<Entity> out = new ArrayList<>();
    R.recognize(text, 0, text.length(), out);
    List<Program> ps = new ArrayList<>();
    for (Entity e : out) {
      ps.add((Program) e);
    }
    ps.sort((a, b) -> a.start() != b.start() ? a.start() - b.start() : a.end() - b.end());
    return ps;
  }

  /** "kind text name" for each program found, in order. */
  private static List<String> describe(String text) {
    List<String> d = new ArrayList<>();
    for (Program p : find(text)) {
      assertEquals(text.substring(p.start(), p.end()), p.text(), "text is the span");
      d.add(p.kind() + " " + p.text() + " " + p.name());
    }
    return d;
  }

  @Test
  void quotedNameWithTriggerDropsTheTriggerFromTheName() {
    assertEquals(List.of("INITIATIVE “万企兴万村”行动 万企兴万村"),
        describe("鼓励各级工会采购帮扶产品用于职工福利。实施“万企兴万村”行动，搭建企业与政府信息交流平台"));
  }

  @Test
  void engineeringTriggerStaysInTheName() {
    assertEquals(List.of("INITIATIVE “菜篮子”工程 菜篮子工程"),
        describe("在分享自己的创业经验时如是说。稳就业促增收山南市“菜篮子”工程琼结县标段"));
  }

  @Test
  void documentAndTheInitiativeNestedInIt() {
    // the document's name keeps the quotes inside the title; only 《》 go
    assertEquals(List.of("DOCUMENT 《拉萨市“万企兴万村”行动计划》 拉萨市“万企兴万村”行动计划",
            "INITIATIVE “万企兴万村”行动 万企兴万村"),
        describe("拉萨市制定出台《拉萨市“万企兴万村”行动计划》，紧紧围绕"));
  }

  @Test
  void policyDocumentsAndLaws() {
    assertEquals(List.of("DOCUMENT 《拉萨市防止返贫致贫帮扶资金管理暂行办法》 拉萨市防止返贫致贫帮扶资金管理暂行办法"),
        describe("制定《拉萨市防止返贫致贫帮扶资金管理暂行办法》,广泛动员社会力量参与防止返贫"));
    assertEquals(List.of("DOCUMENT 《国家安全法》 国家安全法", "DOCUMENT 《反间谍法》 反间谍法"),
        describe("线下悬挂横幅、发放《国家安全法》《反间谍法》宣传手册、现场解答"));
    assertEquals(List.of("DOCUMENT 《阿里地区深度贫困地区脱贫攻坚实施方案(2018—2020年)》"
            + " 阿里地区深度贫困地区脱贫攻坚实施方案(2018—2020年)",
            "INITIATIVE 脱贫攻坚 脱贫攻坚"),
        describe("加快推进《阿里地区深度贫困地区脱贫攻坚实施方案(2018—2020年)》"));
    // the normalizer's full-width brackets: the remark is still no part of the ending
    assertEquals(List.of("DOCUMENT 《阿里地区深度贫困地区脱贫攻坚实施方案（2018—2020年）》"
            + " 阿里地区深度贫困地区脱贫攻坚实施方案（2018—2020年）",
            "INITIATIVE 脱贫攻坚 脱贫攻坚"),
        describe("加快推进《阿里地区深度贫困地区脱贫攻坚实施方案（2018—2020年）》"));
  }

  @Test
  void recommendationsAreDocuments() {
    // not from the sample pages: the titles of five-year-plan recommendations end in 建议
    assertEquals(List.of("DOCUMENT 《中共中央关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》"
            + " 中共中央关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议"),
        describe("编制依据是《中共中央关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》。"));
  }

  @Test
  void offsetsPointIntoTheWholeTextAndNothingPastTheArticleIsUsed() {
    String text = "鼓励各级工会采购帮扶产品用于职工福利。实施“万企兴万村”行动，搭建平台";
    int from = text.indexOf("实施");
    int to = text.indexOf("行动");
    List<Entity> out = new ArrayList<>();
    R.recognize(text, from, to, out);
    assertEquals(1, out.size());
    Program p = (Program) out.get(0);
    // the trigger 行动 lies outside the article, so it is neither in the span nor in the name
    assertEquals("“万企兴万村”", text.substring(p.start(), p.end()));
    assertEquals("万企兴万村", p.name());
  }

  @Test
  void booksSongsAndShowsAreNotDocuments() {
    assertEquals(List.of(),
        describe("的学生联合参演的节目《幸福叮咚》不仅参加了2019年藏历年联欢晚会"));
    assertEquals(List.of(), describe("认真学习了《习近平在正定》等书籍，并就学习内容进行交流"));
  }

  @Test
  void formulasByLexiconAndByShape() {
    assertEquals(List.of("FORMULA “两不愁三保障” 两不愁三保障"),
        describe("对其收入支出状况、“两不愁三保障”及饮水安全实施常态化预警监测"));
    // a short form is named as written (§4: the name is the quoted content)
    assertEquals(List.of("FORMULA “四不摘” 四不摘"), describe("严格落实“四不摘”要求；持续做好防返贫监测"));
    assertEquals(List.of("FORMULA “四个不摘” 四个不摘"), describe("拉萨市严格落实“四个不摘”要求,进一步"));
    // not in the lexicon: recognised by the numeral-led shape
    assertEquals(List.of("FORMULA “两项补贴” 两项补贴"), describe("落实残疾人“两项补贴”2973人595.3万元，"));
    // a numbered formula that names a working mechanism keeps its own span
    assertEquals(List.of("INITIATIVE 产业扶贫行动 产业扶贫行动", "FORMULA “三个一” 三个一"),
        describe("里地区大力实施产业扶贫行动，建立落实扶贫产业项目“三个一”工作机制，安排87名地县级干部"));
    // counters other than 个 (written for this test, not from the sample pages)
    assertEquals(List.of("FORMULA “六大战略” 六大战略", "FORMULA “三大攻坚战” 三大攻坚战"),
        describe("全面实施“六大战略”，全力打赢“三大攻坚战”，经济社会持续健康发展"));
    // ... but a numbered list of industries is a set of categories, like “六通” (not_programs.txt)
    assertEquals(List.of(), describe("通过大力发展“七大种植业”“五大养殖业”，实施了一大批乡村产业"));
    assertTrue(Formulas.isFormulaShape("五个一批"));
    assertTrue(Formulas.isFormulaShape("两不愁三保障"));
    assertFalse(Formulas.isFormulaShape("最后一公里"));
    assertFalse(Formulas.isFormulaShape("1+4+N"));
    assertFalse(Formulas.isFormulaShape("十四五"));
  }

  @Test
  void planPeriodWithoutTheFollowingTimeWord() {
    assertEquals(List.of("INITIATIVE “十四五” 十四五"), describe("不断推动工作落实落细。“十四五”期间，拉萨市将建立健全"));
    // written for this test: the plan of a period names the period, quoted or not
    assertEquals(List.of("INITIATIVE “十四五” 十四五", "INITIATIVE 十三五 十三五"),
        describe("编制“十四五”规划，总结十三五规划的经验"));
  }

  @Test
  void unquotedProgramsFromTheLexiconAndLaunchingVerbs() {
    assertEquals(List.of("INITIATIVE 厕所革命 厕所革命"), describe("占总村庄数的58%。接续推进厕所革命，完成农牧区户用厕所改造"));
    assertEquals(List.of("INITIATIVE 金融扶贫行动 金融扶贫行动"),
        describe("通过公益性岗位安置就业困难人员1600人。实施金融扶贫行动。2020年累计投放扶贫小额信贷"));
    assertEquals(List.of("INITIATIVE 高标准农田建设项目 高标准农田建设项目"),
        describe("日喀则市萨嘎县2022年高标准农田建设项目顺利开工"));
    assertEquals(List.of("INITIATIVE 乡村振兴战略 乡村振兴战略", "INITIATIVE 乡村建设行动 乡村建设行动",
            "INITIATIVE “百村振兴示范行动” 百村振兴示范行动"),
        describe("的乡村振兴战略，推动实施乡村建设行动，启动实施了“百村振兴示范行动”，遴选人口相对集中"));
  }

  @Test
  void numberedCampaignSpansItsActivity() {
    assertEquals(List.of("INITIATIVE “四讲四爱”群众教育实践活动 四讲四爱"),
        describe("围绕安全教育,结合“四讲四爱”群众教育实践活动,对片区群众开展入户"));
  }

  @Test
  void strategicCooperationIsNotPartOfTheStrategy() {
    assertEquals(List.of("INITIATIVE 乡村振兴 乡村振兴"), describe("签订巩固成果暨服务乡村振兴战略合作协议。根据协议"));
  }

  @Test
  void aQuoteThatIsNoProgramIsReadLikePlainText() {
    // written for this test: the quoted phrase is no name, the campaign inside it is
    assertEquals(List.of("INITIATIVE 脱贫攻坚 脱贫攻坚"), describe("在报告中，“脱贫攻坚战”是重中之重。"));
  }

  @Test
  void multiYearActionPlans() {
    assertEquals(List.of("INITIATIVE 三年行动计划 三年行动计划"),
        describe("拨付率98%。三年行动计划项目的实施切实解决了贫困群众"));
  }

  @Test
  void buildingANamedCampaign() {
    assertEquals(List.of("INITIATIVE “美丽乡村·幸福家园” 美丽乡村·幸福家园"),
        describe("与“美丽乡村·幸福家园”建设工作相融合，开拓创新"));
    assertEquals(List.of("INITIATIVE “美丽乡村、幸福家园” 美丽乡村、幸福家园"),
        describe("紧紧围绕“美丽乡村、幸福家园”建设，建立与"));
  }

  @Test
  void objectsOfProgramVerbs() {
    assertEquals(List.of("INITIATIVE 北京市人才智力援助项目 北京市人才智力援助项目"),
        describe("同时,依托北京市人才智力援助项目,组织贫困村致富带头人"));
    // written for this test: coordinated objects share the verb
    assertEquals(List.of("INITIATIVE 兴边富民行动 兴边富民行动", "INITIATIVE 强基惠民活动 强基惠民活动"),
        describe("我市将继续实施兴边富民行动和强基惠民活动，巩固成果。"));
    // a reading session is work, not a program
    assertEquals(List.of(), describe("近日，拉萨市外事办公室组织全体党员干部开展读书活动。活动中，"));
    assertEquals(List.of(), describe("阿里地区推进扶贫项目落地实施，全地区共实施扶贫项目246个"));
    // corpus/heldout/heldout_01.txt: counted projects are a kind of work, not one named project
    assertEquals(List.of(), describe("全市今年实施衔接资金项目562个，带动脱贫群众和监测"));
  }

  @Test
  void numberedMethodWithItsTrigger() {
    // written for this test: a numeral-led name followed by a naming trigger is a method, not a formula
    assertEquals(List.of("INITIATIVE “四议两公开”工作法 四议两公开工作法"),
        describe("各村按照“四议两公开”工作法，民主议定了分红方案"));
    assertEquals(List.of("FORMULA “四个全面” 四个全面"), describe("协调推进“四个全面”战略布局"));
  }

  @Test
  void otherQuoteMarksAndCampaignNouns() {
    // written for this test: single quotes, corner brackets, a campaign noun, a named reform
    assertEquals(List.of("INITIATIVE ‘万企兴万村’行动 万企兴万村"), describe("实施‘万企兴万村’行动，搭建平台"));
    assertEquals(List.of("INITIATIVE 「百村振兴示范行动」 百村振兴示范行动"), describe("启动实施了「百村振兴示范行动」，遴选"));
    assertEquals(List.of("INITIATIVE “扫黄打非”专项行动 扫黄打非"), describe("深入开展“扫黄打非”专项行动，净化市场"));
    assertEquals(List.of("INITIATIVE “放管服” 放管服"), describe("持续深化“放管服”改革，优化营商环境"));
    // not_programs.txt: an honorary title in corner brackets
    assertEquals(List.of(), describe("表彰了一批「好房东」，"));
  }

  @Test
  void bareQuotedCampaignAndItsNextPhase() {
    assertEquals(List.of("INITIATIVE “格桑花开·民生微实事” 格桑花开·民生微实事"),
        describe("拉萨市墨竹工卡县“格桑花开·民生微实事”(二期)正式实施"));
  }

  @Test
  void launchedObjectMustBeAName() {
    // 的又一项民生工程 is a description, not a program name
    assertEquals(List.of(), describe("计划后持续实施的又一项民生工程。据了解"));
    // written for this test: objects made of generic words only say what kind of work they are
    assertEquals(List.of(), describe("全面落实年度工作计划，扎实推进重点工程，深入实施一批重点项目，推进基础设施建设工程。"));
    assertTrue(LaunchedObjects.isGeneric("民生工程"));
    assertFalse(LaunchedObjects.isGeneric("人才强区战略"));
    assertFalse(LaunchedObjects.isGeneric("援藏扶贫行动"));
  }

  @Test
  void quotedNegativesBesideRealPrograms() {
    assertEquals(List.of("INITIATIVE 乡村振兴 乡村振兴"),
        describe("帮助群众掌握一技之长，切实在乡村振兴中施展好“拳脚”。目前，拉萨市脱贫群众实现稳"));
    assertEquals(List.of("INITIATIVE 易地扶贫搬迁 易地扶贫搬迁"),
        describe("等方面的国家扶贫政策,为“三岩”片区易地扶贫搬迁群众进行详细解读。"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "握好“接力棒”按下“快进键”",
    "提升村民的学习兴趣,昔日“门可罗雀”的村委会,变成了人气新高地。",
    "获得了器乐组“金奖”和“最佳指导教师”证书。",
    "最终成功实现信号“满格”。丁增赤介绍说",
    "持续做好脱贫家庭“两后生”职业教育、职业技能培训和转移就业",
    "位于项目区的村“两委”班子成员、农牧民群众代表",
    "着力解决“贷款难”“难贷款”问题。",
    "为其中13户发放“惠农e贷”480万元，单户最高贷款可贷",
    "后来，在相关单位的帮助下，多吉创办了“多尔吉音乐培训中心”，还请来了",
    "市乡村振兴局组织开展以“感悟领袖风范锤炼过硬作风”为主题的读书活动",
    "推进医疗保障“一站式”结算。",
    "曲松县藏医院通过市“一级甲等”民族医院创建评审",
    "与中国太平洋财产保险股份有限公司签订“防贫保”捐赠协议",
    "作为国家扶持“三农”事业主力军",
    "打通街道一级消防工作火灾防控“最后一公里”，充实壮大",
    // written for this test: an area of work, not a program
    "扎实做好“回头看”工作，确保不漏一户",
    // models and mechanisms name no program
    "当雄县通过建立“党支部+合作社+贫困户”扶贫模式,充分鼓励",
    "形成“支队—大队—消防所”的消防监管模式，打通",
    // one thing per unit is a working rule, not a numbered formula
    "录入工作，规范“一户一档”档案资料。",
    // the partners that give aid, like 两委 a body, not a formula
    "2020年援阿“两省三企”落实规划外援藏扶贫",
    // offices and posts named after a program are not programs
    "接受采访时，阿里地区脱贫攻坚指挥部宣传报道组组长白万鹏说。",
    "图片由拉萨市乡村振兴局提供",
    "招录19名乡村振兴专干在基层一线",
    // written for this test: a party branch named after the campaign
    "试点成立2个乡村振兴党支部，探索推行新模式",
    // a one-off event launched under a slogan
    "澎波河沿线开展了“建设河长林”义务植树及树苗围网工作"
  })
  void figuresOfSpeechAndOtherQuotedWordsAreNotPrograms(String sentence) {
    assertEquals(List.of(), describe(sentence));
  }
}
