package org.newsminer.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsminer.text.CorpusPages;
import org.newsminer.text.Normalizer;

/**
 * The articles a reader sees on the sample pages, found through the normalizer.
 *
 * <p>What the expectations record, page by page (read from the pages themselves):
 *
 * <ul>
 *   <li>000: the extractor put the headlines of four other articles right under the lead headline
 *       (拉萨市消防救援支队 / 挂牌成立…, 拉萨经开区 / 组织干部…, 多吉：/ 潜心育人润物无声 with its byline,
 *       多彩文艺活动). They stay inside the first article's span but title the articles they belong to:
 *       the two dateline reports, the profile that begins 多吉是…, and the photo news 近日，…文艺汇演活动.
 *       Two dateline reports (the bank-enterprise meeting, the reading sessions) and the photo about
 *       黑车 have no headline on the page and are titled by the clause that reports the event.
 *   <li>001: five articles. The village story (马曲村) is printed before its own headline
 *       一支『住进群众心里』的队伍 and nothing marks where it starts, so it stays in the first article
 *       together with that headline; the photo 安居乐业笑开颜 is its own article.
 *   <li>002: six articles; the first article's sections (加强领导，强化组织保证 …) are not split off.
 *   <li>003: a continuation page without a headline: one article with sections, titled by its first
 *       clause.
 *   <li>004: nine articles, including the untitled photo about the 蔡村 dividend meeting.
 * </ul>
 */
class ArticleSplitterTest {
  private final Normalizer normalizer = new Normalizer();
  private final ArticleSplitter splitter = new ArticleSplitter();

  private String page(String prefix) {
    return normalizer.normalize(CorpusPages.read(prefix)).text();
  }

  private List<String> titles(String prefix) {
    return splitter.split(page(prefix)).stream().map(Article::title).collect(Collectors.toList());
  }

  @Test
  void page000() {
    assertEquals(
        List.of(
            "铺展乡村振兴“多彩”路——拉萨市多点发力促农牧民群众增收致富",
            "多吉：潜心育人润物无声",
            "西藏自治区银行业2022年第六期银政企融资对接会在拉萨举行",
            "拉萨市各级各单位开展“感悟领袖风范锤炼过硬作风”读书会",
            "拉萨市消防救援支队 挂牌成立12个街道消防工作所",
            "拉萨经开区 组织干部职工参观廉政警示教育展",
            "多彩文艺活动",
            "丹杰林社区组织社区志愿团队在辖区开展了以“拒乘黑车”为主题的宣传活动"),
        titles("000"));
    String t = page("000");
    List<Article> a = splitter.split(t);
    assertTrue(text(t, a.get(1)).startsWith("多吉是拉萨市堆龙德庆区东嘎街道桑木村人"));
    assertTrue(text(t, a.get(4)).contains("拉萨市消防救援支队在拉萨市城关区挂牌成立12个街道消防工作所"));
    assertTrue(text(t, a.get(6)).endsWith("图为活动现场。\n本报记者 格桑伦珠 摄\n"));
    assertTrue(text(t, a.get(7)).endsWith("图为志愿者为群众发放宣传单。\n本报记者 央金 摄"));
  }

  @Test
  void page001() {
    assertEquals(
        List.of(
            "握好“接力棒” 按下“快进键”——拉萨市推动巩固拓展脱贫攻坚成果同乡村振兴有效衔接",
            "安居乐业笑开颜",
            "拉萨市达孜区 特色金融服务助力乡村振兴",
            "日喀则市萨嘎县 2022年高标准农田建设项目顺利开工",
            "南京对口支援墨竹工卡县“格桑花开·民生微实事”二期启动"),
        titles("001"));
  }

  @Test
  void page002() {
    assertEquals(
        List.of(
            "凝心聚力，高质量递交脱贫攻坚答卷——阿里地区脱贫攻坚工作综述",
            "糌粑芳香甜心头——普兰县普兰镇西德村糌粑产业发展记",
            "有梦·追梦·圆梦——仁布县返乡大学生创业记",
            "稳就业 促增收",
            "足音铿锵战脱贫——访阿里地区脱贫攻坚指挥部白万鹏",
            "“扶上马送一程”——访那曲市巴青县扶贫开发办公室李学良"),
        titles("002"));
    String t = page("002");
    Article first = splitter.split(t).get(0);
    assertTrue(text(t, first).contains("\n多措并举，强化扶贫行动\n"), "section heading stays inside");
  }

  @Test
  void page003() {
    assertEquals(List.of("其中易地搬迁脱贫人口外出务工83985人"), titles("003"));
  }

  @Test
  void page004() {
    assertEquals(
        List.of(
            "在一线挥汗 到基层建功——拉萨市各县（区）党建工作速写",
            "推动基层党建全面进步全面过硬",
            "柳梧新区走访搬迁户",
            "柳梧新区开展国家安全宣传教育",
            "拉萨市城关区蔡公堂街道蔡村举行2019年产业分红大会",
            "直播带货",
            "自治区妇联为社区妇女群众创业“把脉”",
            "林周县打造“河畅水清岸绿”景观",
            "柳梧新区 表彰与商户共渡难关共克时艰「好房东」"),
        titles("004"));
    String t = page("004");
    assertTrue(text(t, splitter.split(t).get(1)).contains("古语云："));
  }

  @Test
  void articlesAreContiguousOrderedAndCoverEveryPage() {
    for (var p : CorpusPages.all()) {
      String t = normalizer.normalize(CorpusPages.read(p)).text();
      List<Article> a = splitter.split(t);
      assertTrue(!a.isEmpty(), p.toString());
      assertEquals(0, a.get(0).start(), p.toString());
      assertEquals(t.length(), a.get(a.size() - 1).end(), p.toString());
      for (int i = 0; i < a.size(); i++) {
        assertEquals(i + 1, a.get(i).number());
        assertTrue(a.get(i).end() > a.get(i).start(), p + " article " + (i + 1) + " is empty");
        assertTrue(!a.get(i).title().isBlank(), p + " article " + (i + 1) + " has no title");
        if (i > 0) {
          assertEquals(a.get(i - 1).end(), a.get(i).start(), p.toString());
        }
      }
    }
  }

  @Test
  void sectionHeadingIsNotAnArticle() {
    String page = "凝心聚力，高质量递交脱贫攻坚答卷\n——阿里地区脱贫攻坚工作综述\n本报记者 达珍\n"
        + "自脱贫攻坚战打响以来，阿里地委、行署认真贯彻落实中央的决策部署。\n"
        + "加强领导，强化组织保证\n"
        + "阿里地区始终把脱贫攻坚工作作为重要检验。";
    List<Article> a = splitter.split(page);
    assertEquals(1, a.size());
    assertEquals("凝心聚力，高质量递交脱贫攻坚答卷——阿里地区脱贫攻坚工作综述", a.get(0).title());
  }

  @Test
  void datelineAndCaptionStartArticles() {
    String page = "柳梧新区走访搬迁户\n本报拉萨讯（记者 刘斯宇）近日，柳梧新区开展入户走访宣传教育活动。\n"
        + "此次宣讲重点宣传公共卫生安全。\n"
        + "本报拉萨讯（记者 央金）河面碧波荡漾，鸟儿自由飞翔。\n"
        + "图为群众喜领分红金。 本报记者 裴聪 摄\n"
        + "为提高居民群众对黑车潜在隐患的认识，社区开展了宣传活动。";
    List<Article> a = splitter.split(page);
    assertEquals(
        List.of("柳梧新区走访搬迁户", "河面碧波荡漾，鸟儿自由飞翔", "社区开展了宣传活动"),
        a.stream().map(Article::title).collect(Collectors.toList()));
  }

  @Test
  void blankPageHasNoArticles() {
    assertEquals(List.of(), splitter.split(" \n\n "));
    assertThrows(IllegalArgumentException.class, () -> splitter.split(null));
  }

  private static String text(String page, Article a) {
    return page.substring(a.start(), a.end());
  }
}
