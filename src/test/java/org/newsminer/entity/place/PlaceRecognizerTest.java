package org.newsminer.entity.place;

import org.newsminer.entity.EntityExtractor;
import org.newsminer.entity.EntityType;
import org.newsminer.entity.PlaceLevel;
import org.newsminer.entity.Entity;
import org.newsminer.entity.Place;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** PLACE on sentences from corpus/ (PDF spaces stripped by hand until the normalizer lands). */
class PlaceRecognizerTest {

  private static List<Place> places(String text) {
    return places(text, 0, text.length());
  }

  private static List<Place> places(String text, int from, int to) {
    List<Entity> out = new ArrayList<>();
    new PlaceRecognizer().recognize(text, from, to, out);
    List<Place> p = new ArrayList<>();
    for (Entity e : out) {
      p.add((Place) e);
    }
    return p;
  }

  private static String surfaces(List<Place> ps) {
    return ps.stream().map(p -> p.text() + "=" + p.name() + "/" + p.level()).collect(Collectors.joining(" "));
  }

  @Test
  void addressChainIsSplitIntoPartsWithPaths() {
    String s = "多吉是拉萨市堆龙德庆区东嘎街道桑木村人，9岁时，他就进入到当时的桑木乡公社宣传队工作。";
    List<Place> ps = places(s);
    assertEquals("拉萨市=拉萨市/PREFECTURE 堆龙德庆区=堆龙德庆区/COUNTY 东嘎街道=东嘎街道/TOWNSHIP "
        + "桑木村=桑木村/VILLAGE 桑木乡=桑木乡/TOWNSHIP", surfaces(ps));
    Place village = ps.get(3);
    assertEquals(s.indexOf("桑木村"), village.start());
    assertEquals(s.indexOf("桑木村") + 3, village.end());
    assertEquals(List.of("西藏自治区", "拉萨市", "堆龙德庆区", "东嘎街道", "桑木村"), village.path());
    assertEquals(List.of("西藏自治区", "拉萨市"), ps.get(0).path());
  }

  @Test
  void chainThroughDeAndUnknownTransliterations() {
    String s = "位于昌都市类乌齐县岗色乡的马曲村,由于海拔近4400米,一年中的大部分时间都是雨雪天气。"
        + "往日的马曲村,在岗色乡寂寂无名。";
    List<Place> ps = places(s);
    assertEquals("昌都市=昌都市/PREFECTURE 类乌齐县=类乌齐县/COUNTY 岗色乡=岗色乡/TOWNSHIP 马曲村=马曲村/VILLAGE "
        + "马曲村=马曲村/VILLAGE 岗色乡=岗色乡/TOWNSHIP", surfaces(ps));
    assertEquals(List.of("西藏自治区", "昌都市", "类乌齐县", "岗色乡", "马曲村"), ps.get(3).path());
    // Later mentions reuse the path the article gave the name.
    assertEquals(ps.get(3).path(), ps.get(4).path());
    assertEquals(ps.get(2).path(), ps.get(5).path());
  }

  @Test
  void shortFormsTakeTheirFullName() {
    List<Place> ps = places("本报拉萨讯（记者刘琳琳）近日，南京对口支援墨竹工卡县，多吉在堆龙教小孩子们演奏乐器。"
        + "统筹安排本级扶贫资金867.55万元用于日土、革吉2县4个易地扶贫搬迁安置点。");
    assertEquals("拉萨=拉萨市/PREFECTURE 南京=南京市/PREFECTURE 墨竹工卡县=墨竹工卡县/COUNTY "
        + "堆龙=堆龙德庆区/COUNTY 日土=日土县/COUNTY 革吉=革吉县/COUNTY", surfaces(ps));
    assertEquals(List.of("江苏省", "南京市"), ps.get(1).path());
    assertEquals(List.of("西藏自治区", "阿里地区", "革吉县"), ps.get(5).path());
  }

  @Test
  void placesInsideOrganisationNames() {
    List<Place> ps = places("近日，拉萨市消防救援支队在拉萨市城关区挂牌成立12个街道消防工作所。"
        + "随后几年，普兰县委、县政府又先后投资270万元。2017年，仁布县政府采取“资金投入51%”的方式。");
    assertEquals("拉萨市=拉萨市/PREFECTURE 拉萨市=拉萨市/PREFECTURE 城关区=城关区/COUNTY 普兰县=普兰县/COUNTY "
        + "仁布县=仁布县/COUNTY", surfaces(ps));
  }

  @Test
  void townshipAndVillageTakeTheOnlyCountyOfTheArticle() {
    String s = "近年来,拉萨市林周县充分发挥党建引领就业“稳定器”“助推剂”的作用。扶持曲嘎强村1730亩燕麦种植项目。";
    List<Place> ps = places(s);
    Place v = ps.get(ps.size() - 1);
    assertEquals("曲嘎强村", v.name());
    // The division list knows the village's township (new contract: path and code from the list).
    assertEquals(List.of("西藏自治区", "拉萨市", "林周县", "强嘎乡", "曲嘎强村"), v.path());
    assertTrue(v.code() != null && v.code().startsWith("540121") && v.code().length() == 12, v.code());
  }

  @Test
  void unknownPlaceWithoutContextHasEmptyPath() {
    // A name the division list lacks and the article does not place (new contract: a name the list has
    // once, like 丹杰林社区, resolves to that unit).
    List<Place> ps = places("琼嘎拉社区组织社区志愿团队在辖区开展了以“拒乘黑车”为主题的宣传活动。");
    assertEquals("琼嘎拉社区=琼嘎拉社区/VILLAGE", surfaces(ps));
    assertTrue(ps.get(0).path().isEmpty());
    assertNull(ps.get(0).code());
  }

  @Test
  void naturalFeatures() {
    List<Place> ps = places("5月的清风荡起孔雀河水的涟漪，穿过巍然耸立的纳木那尼峰，一路向南。"
        + "在林周县母亲河——澎波河沿线开展了“建设河长林”义务植树。");
    assertEquals("孔雀河=孔雀河/NATURAL 纳木那尼峰=纳木那尼峰/NATURAL 林周县=林周县/COUNTY 澎波河=澎波河/NATURAL",
        surfaces(ps));
  }

  @Test
  void commonWordsEndingInSuffixesAreNotPlaces() {
    String[] none = {
      "城乡特困人员有意愿集中供养和孤儿集中收养率均达到100%。",
      "2021年在全县村小组开始推广建设幸福驿站。",
      "组织村“两委”班子定期召开村民统一学习国家通用语言文字。",
      "破解了长期以来困扰县城群众不能全时取水用水的问题。",
      "全力推进乡村振兴，各村都有了新变化。",
      "来自我区70多家小微企业参加此次对接会，全市监测户信息共享，严格按照中央、自治区相关文件精神。",
      "拟实施整村推进类(乡村振兴示范引领村建设)14个，再次安排100个美丽宜居村和100个巩固提升村建设。",
      "实现脱贫劳动力区内县外县内务工规模稳中有增。",
      "镇压叛乱的历史不会重演，当地群众走进村(居)宣传。",
      "达孜区农业农村局副局长牛拉毛措说：此次签订的协议意义重大。",
    };
    for (String s : none) {
      List<Place> ps = places(s);
      ps.removeIf(p -> p.name().equals("达孜区"));
      assertEquals("", surfaces(ps), s);
    }
  }

  @Test
  void oneCharacterAbbreviations() {
    List<Place> ps = places("江泽民主席在中英两国政府举行的交接仪式上讲话，中美关系稳定发展，访华期间双方会谈。");
    assertEquals("中=中国/COUNTRY 英=英国/FOREIGN 中=中国/COUNTRY 美=美国/FOREIGN 华=中国/COUNTRY", surfaces(ps));
    // Not abbreviations: 中华民族, 其中, 援藏, 甘丹 in a Tibetan name.
    assertEquals("", surfaces(places("铸牢中华民族共同体意识，其中援藏资金3800余万元。")));
    assertEquals("甘丹曲果镇=甘丹曲果镇/TOWNSHIP", surfaces(places("近日,甘丹曲果镇组织辖区党员。")));
  }

  @Test
  void strait() {
    assertEquals("两岸=海峡两岸/NATURAL", surfaces(places("推动两岸关系和平发展。")));
    assertEquals("拉萨河=拉萨河/NATURAL", surfaces(places("拉萨河两岸绿树成荫。")));
    assertEquals("雅鲁藏布江=雅鲁藏布江/NATURAL", surfaces(places("在雅鲁藏布江中游两岸，植树造林工程成效显著。")));
  }

  @Test
  void placeWordsFromHanlpButNotPersonalNames() {
    List<Place> ps = places("来自浙江诸暨的游客说。");
    assertEquals("浙江=浙江省/PROVINCE 诸暨=诸暨市/COUNTY", surfaces(ps));
    // The division list gives a HanLP place word its unit, path and code (new contract).
    assertEquals(List.of("浙江省", "绍兴市", "诸暨市"), ps.get(1).path());
    assertEquals("330681", places("诸暨的游客说。").get(0).code());
    assertEquals("阿里地区=阿里地区/PREFECTURE",
        surfaces(places("本报记者达珍洛桑旦增报道，阿里地区脱贫攻坚指挥部宣传报道组组长白万鹏说。")));
  }

  @Test
  void oneCharacterVillages() {
    assertEquals("南木乡=南木乡/TOWNSHIP 江村=江村/VILLAGE", surfaces(places("南木乡江村依托乡村业余文艺队开展活动。")));
    assertEquals("雪村=雪村/VILLAGE", surfaces(places("驻村工作队来到雪村开展入户走访。")));
    assertEquals("", surfaces(places("驻村工作队来到山村开展入户走访，仁布县返乡大学生创业。")).replace("仁布县=仁布县/COUNTY", "").trim());
  }

  @Test
  void mentionsWithoutSuffixOfPlacesTheArticleNamed() {
    String s = "图为普兰县普兰镇西德村西德粮原地食品有限公司面包车间工人在制作面包。早在2002年便建起了西德糌粑加工厂。";
    List<Place> ps = places(s);
    Place last = ps.get(ps.size() - 1);
    assertEquals("西德", last.text());
    assertEquals("西德村", last.name());
    assertEquals(PlaceLevel.VILLAGE, last.level());
    assertEquals(List.of("西藏自治区", "阿里地区", "普兰县", "普兰镇", "西德村"), last.path());
    // 桑木 is ambiguous between 桑木村 and 桑木乡 in this text: left alone.
    assertEquals("东嘎街道=东嘎街道/TOWNSHIP 桑木村=桑木村/VILLAGE 桑木乡=桑木乡/TOWNSHIP",
        surfaces(places("东嘎街道桑木村人，当时的桑木乡公社，桑木的孩子们")));
  }

  @Test
  void unseenTibetanNewsSentences() {
    assertEquals("林芝市=林芝市/PREFECTURE 米林市=米林市/COUNTY 南伊珞巴民族乡=南伊珞巴民族乡/TOWNSHIP 才召村=才召村/VILLAGE",
        surfaces(places("林芝市米林市南伊珞巴民族乡才召村")));
    assertEquals("玉麦乡=玉麦乡/TOWNSHIP", surfaces(places("边境小康村建设让玉麦乡群众住上了新房。")));
    assertEquals("", surfaces(places("次仁卓嘎说，县城里的人越来越多，各乡镇都建起了卫生院。今年以来，我市各县区乡镇村居全面开展整治。")));
    assertEquals("拉萨河=拉萨河/NATURAL", surfaces(places("村民达瓦次仁和卓玛江村一起来到拉萨河边。")));
    // 浦东新区 is a county-level district of the division list (310115): COUNTY, as the list has it.
    assertEquals("上海=上海市/PROVINCE 浦东新区=浦东新区/COUNTY 深圳市=深圳市/PREFECTURE 南山区=南山区/COUNTY",
        surfaces(places("他在上海浦东新区工作，后来到了深圳市南山区。")));
    assertEquals("拉萨市=拉萨市/PREFECTURE 拉萨=拉萨市/PREFECTURE", surfaces(places("拉萨市市场监管局和拉萨市场监管部门")));
    List<Place> ps = places("他来自四川省甘孜藏族自治州理塘县。");
    assertEquals("四川省=四川省/PROVINCE 甘孜藏族自治州=甘孜藏族自治州/PREFECTURE 理塘县=理塘县/COUNTY", surfaces(ps));
    assertEquals(List.of("四川省", "甘孜藏族自治州", "理塘县"), ps.get(2).path());
  }

  @Test
  void listsShareTheirParent() {
    List<Place> ps = places("自治区妇联党组成员一行深入到位于城关区八廓街道、吉日街道、吉崩岗街道等的9家茶馆。");
    assertEquals("城关区=城关区/COUNTY 八廓街道=八廓街道/TOWNSHIP 吉日街道=吉日街道/TOWNSHIP 吉崩岗街道=吉崩岗街道/TOWNSHIP",
        surfaces(ps));
    assertEquals(List.of("西藏自治区", "拉萨市", "城关区", "吉崩岗街道"), ps.get(3).path());
  }

  @Test
  void onlyTheGivenRangeIsSearched() {
    String s = "拉萨市曲水县南木乡江村依托乡村业余文艺队开展文艺汇演。普兰县普兰镇西德村是阿里地区为数不多的地方。";
    int from = s.indexOf("普兰县");
    List<Place> ps = places(s, from, s.length());
    assertEquals("普兰县=普兰县/COUNTY 普兰镇=普兰镇/TOWNSHIP 西德村=西德村/VILLAGE 阿里地区=阿里地区/PREFECTURE",
        surfaces(ps));
    assertEquals(from, ps.get(0).start());
    assertEquals(List.of("西藏自治区", "阿里地区", "普兰县", "普兰镇", "西德村"), ps.get(2).path());
    List<Place> first = places(s, 0, from);
    assertEquals("拉萨市=拉萨市/PREFECTURE 曲水县=曲水县/COUNTY 南木乡=南木乡/TOWNSHIP 江村=江村/VILLAGE",
        surfaces(first));
  }

  @Test
  void wiredIntoEntityExtractor() {
    List<Entity> es = EntityExtractor.of(java.util.EnumSet.of(EntityType.PLACE)).extract("日喀则市萨嘎县2022年高标准农田建设项目在夏如乡拉亚村举行。");
    assertEquals(4, es.size());
    assertEquals("拉亚村", ((Place) es.get(3)).name());
    assertEquals(List.of("西藏自治区", "日喀则市", "萨嘎县", "夏如乡", "拉亚村"), ((Place) es.get(3)).path());
  }

  /** The gazetteer is attached to our own segmenter only: HanLP's global dictionaries stay as shipped. */
  @Test
  void noGlobalSideEffectsOnHanlp() {
    places("南京对口支援拉萨市墨竹工卡县，昌都市类乌齐县岗色乡的马曲村。");
    assertTrue(!com.hankcs.hanlp.dictionary.CustomDictionary.contains("类乌齐县"));
    assertTrue(!com.hankcs.hanlp.dictionary.CoreDictionary.contains("墨竹工卡县"));
    String joined = com.hankcs.hanlp.HanLP.segment("墨竹工卡县").stream().map(t -> t.word)
        .collect(Collectors.joining("/"));
    assertTrue(!joined.equals("墨竹工卡县"), joined);
  }

  /** One recognizer shared by threads gives what it gives alone (the javadoc promises thread safety). */
  @Test
  void sameResultsFromManyThreads() throws Exception {
    List<String> pages = new ArrayList<>();
    try (var files = Files.list(Path.of("corpus"))) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".txt")).sorted()::iterator) {
        pages.add(Files.readString(f, StandardCharsets.UTF_8).replaceAll("\\s+", ""));
      }
    }
    PlaceRecognizer shared = new PlaceRecognizer();
    List<List<Entity>> alone = new ArrayList<>();
    for (String page : pages) {
      List<Entity> out = new ArrayList<>();
      shared.recognize(page, 0, page.length(), out);
      alone.add(out);
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<List<Entity>>> futures = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (String page : pages) {
          futures.add(pool.submit(() -> {
            List<Entity> out = new ArrayList<>();
            shared.recognize(page, 0, page.length(), out);
            return out;
          }));
        }
      }
      for (int k = 0; k < futures.size(); k++) {
        assertEquals(alone.get(k % pages.size()), futures.get(k).get());
      }
    } finally {
      pool.shutdown();
    }
  }

  /** The HanLP segmentations the recognizer relies on cover their input exactly, on every corpus page. */
  @Test
  void segmentationsCoverTheirInput() throws IOException {
    int checked = 0;
    try (var files = Files.list(Path.of("corpus"))) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".txt")).sorted()::iterator) {
        String t = Files.readString(f, StandardCharsets.UTF_8).replaceAll("\\s+", "");
        for (int s = 0; s < t.length(); s += 40) {
          int e = Math.min(t.length(), s + 40);
          assertNotNull(WordBoundaries.segment(t, s, e), () -> "terms do not cover " + f);
          checked++;
        }
        // And the recognizer runs over the whole page without error.
        assertTrue(places(t).size() > 0, f.toString());
      }
    }
    assertTrue(checked > 400, "checked " + checked);
  }

  @Test
  void commonWordVillageNamesOnlyRightAfterATownship() {
    // 幸福社区 and 团结新村 are names in an address chain; a verb or a kind of village is not.
    assertEquals("乃琼镇=乃琼镇/TOWNSHIP", surfaces(places("乃琼镇组织社区居民开展义诊。")));
    assertEquals("乃琼镇=乃琼镇/TOWNSHIP", surfaces(places("乃琼镇贫困村全部摘帽。")));
    assertEquals("", surfaces(places("争创幸福社区，建设团结新村。")));
  }

  @Test
  void leftEdgeStopsAtVerbsNumeralsAndKnownNames() {
    assertEquals("尼玛县=尼玛县/COUNTY 当惹雍错=当惹雍错/NATURAL", surfaces(places("尼玛县紧邻当惹雍错。")));
    assertEquals("藏北=藏北/NATURAL", surfaces(places("合称藏北四大圣湖。")));
    assertEquals("", surfaces(places("争创全省一乡一业示范乡。")));
  }

  @Test
  void nameBrokenBeforeItsSuffixByAKeptLineBreak() {
    // The normalizer keeps a short unpunctuated line apart (it may be a headline); the name still joins.
    String s = "林芝市墨脱县背崩\n乡格林村的村民种植茶叶。";
    List<Place> ps = places(s);
    assertEquals("林芝市=林芝市/PREFECTURE 墨脱县=墨脱县/COUNTY 背崩乡=背崩乡/TOWNSHIP 格林村=格林村/VILLAGE",
        surfaces(ps));
    assertEquals(s.indexOf("背崩"), ps.get(2).start());
    assertEquals(s.indexOf("乡格林"), ps.get(2).end() - 1);
    assertEquals(List.of("西藏自治区", "林芝市", "墨脱县", "背崩乡", "格林村"), ps.get(3).path());
    // A one-character "name" right after such a break is no sentence start (狮泉\n河镇 must not give 河镇).
    assertEquals("安多县=安多县/COUNTY", surfaces(places("安多县扎\n仁\n镇的牧民。")));
  }

  @Test
  void placePlusLocativeIsThePlace() {
    // HanLP knows 拉萨河畔 as a place word; the river is the place, 畔 only says "beside it".
    assertEquals("拉萨河=拉萨河/NATURAL 慈觉林村=慈觉林村/VILLAGE", surfaces(places("拉萨河畔的慈觉林村已成为旅游村。")));
  }

  @Test
  void tibetanPassesEndInLaShan() {
    assertEquals("甘巴拉山=甘巴拉山/NATURAL 多雄拉山口=多雄拉山口/NATURAL 墨脱县=墨脱县/COUNTY",
        surfaces(places("他们翻过甘巴拉山，徒步穿越多雄拉山口，抵达墨脱县。")));
    // Other …山 are words or people's names.
    assertEquals("", surfaces(places("租客王忠山每天上山采挖虫草，雪山脚下就是他的家。")));
  }

  @Test
  void commonWordTownshipRightAfterItsCountyAndFormerNames() {
    assertEquals("巴宜区=巴宜区/COUNTY 八一镇=八一镇/TOWNSHIP 巴吉村=巴吉村/VILLAGE",
        surfaces(places("巴宜区八一镇巴吉村的村民开起了农家乐。")));
    assertEquals("拉萨市=拉萨市/PREFECTURE 城关区=城关区/COUNTY", surfaces(places("拉萨市城关区重点镇建设加快推进。")));
    assertEquals("朗县=朗县/COUNTY 仲达镇=仲达镇/TOWNSHIP 仲达乡=仲达乡/TOWNSHIP",
        surfaces(places("朗县仲达镇（原仲达乡）的群众种植核桃。")));
  }
}
