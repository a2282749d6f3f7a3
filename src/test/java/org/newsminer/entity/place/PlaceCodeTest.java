package org.newsminer.entity.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsminer.entity.Entity;
import org.newsminer.entity.Place;
import org.newsminer.entity.PlaceLevel;

/** Codes, current names, ambiguity and precision guards (issue 11), on invented sentences. */
class PlaceCodeTest {

  static List<Place> places(String s) {
    List<Entity> out = new ArrayList<>();
    new PlaceRecognizer().recognize(s, 0, s.length(), out);
    return out.stream().map(e -> (Place) e).collect(Collectors.toList());
  }

  static Place named(List<Place> ps, String name) {
    return ps.stream().filter(p -> p.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not among " + ps));
  }

  static String codes(List<Place> ps) {
    return ps.stream().map(p -> p.text() + "=" + p.code()).collect(Collectors.joining(" "));
  }

  @Test
  void everyLevelOfAnAddressChainHasItsCode() {
    List<Place> ps = places("家住拉萨市堆龙德庆区东嘎街道桑木村的老党员说。");
    // 桑木村 is 桑木社区 in the list: found by its stem under 东嘎街道, named as the paper writes it.
    assertEquals("拉萨市=5401 堆龙德庆区=540103 东嘎街道=540103001 桑木村=540103001003", codes(ps));
    assertEquals(List.of("西藏自治区", "拉萨市", "堆龙德庆区", "东嘎街道", "桑木村"), named(ps, "桑木村").path());
    assertEquals("54", named(places("西藏自治区各地积极行动。"), "西藏自治区").code());
  }

  @Test
  void formerNamesAreReportedUnderCurrentNames() {
    Place p = named(places("当年昌都地区的干部群众修通了公路。"), "昌都市");
    assertEquals("昌都地区", p.text());
    assertEquals("5403", p.code());
    Place q = named(places("记者在乃东县看到，新建的温室大棚整齐排列。"), "乃东区");
    assertEquals("乃东县", q.text());
    assertEquals("540502", q.code());
    assertEquals("540481", named(places("林芝市米林县的果农忙着采摘苹果。"), "米林市").code());
  }

  @Test
  void aSharedTownshipNameResolvesOnlyInItsCountysContext() {
    // 西洛镇 is a town of 寿阳县 (Shanxi) and of 普格县 (Sichuan).
    Place alone = named(places("西洛镇的群众正在抢收玉米。"), "西洛镇");
    assertEquals(PlaceLevel.TOWNSHIP, alone.level());
    assertNull(alone.code());
    assertTrue(alone.path().isEmpty());
    assertEquals("513428106", named(places("四川省普格县西洛镇的群众正在抢收玉米。"), "西洛镇").code());
    Place shanxi = named(places("记者来到山西省寿阳县采访。在西洛镇，群众正在抢收玉米。"), "西洛镇");
    assertEquals("140725105", shanxi.code());
    assertEquals(List.of("山西省", "晋中市", "寿阳县", "西洛镇"), shanxi.path());
  }

  @Test
  void aSharedCountyNameTakesTheArticlesCity() {
    Place p = named(places("拉萨市城关区的八廓街游人如织。"), "城关区");
    assertEquals("540102", p.code());
    assertNull(named(places("城关区的环卫工人清晨上岗。"), "城关区").code());
  }

  @Test
  void noNameStartsOrEndsInsideAFigure() {
    String s = "县财政拨付资金5万元县乡两级配套，2023年麻米乡的牧民增收明显。";
    List<Place> ps = places(s);
    assertTrue(ps.stream().noneMatch(p -> p.text().contains("万元") || p.text().contains("年")), ps.toString());
  }

  @Test
  void aWordBetweenAKnownNameAndASuffixBlocksTheSuffix() {
    List<Place> ps = places("昌都市新建的贡觉通县油路完成投资1.2亿元。");
    assertTrue(ps.stream().noneMatch(p -> p.name().endsWith("通县") || p.name().equals("通县")), ps.toString());
    assertEquals("贡觉县", named(ps, "贡觉县").name());
  }

  @Test
  void countedAndDescriptivePhrasesAreNoCounties() {
    List<Place> ps = places("普兰、噶尔、日土四县是半农半牧县，也是西藏的产粮大县和纯牧业县。");
    assertTrue(ps.stream().noneMatch(p -> p.name().endsWith("四县") || p.name().endsWith("牧县")
        || p.name().endsWith("大县") || p.name().endsWith("牧业县")), ps.toString());
  }

  @Test
  void oneCharacterCountiesFromTheListWithTheirGuard() {
    assertEquals("411422", named(places("记者来到睢县采访。"), "睢县").code());
    assertEquals("410622", named(places("河南省淇县的樱桃熟了。"), "淇县").code());
    assertEquals("513222", named(places("在理县，羌绣走出了大山。"), "理县").code());
    assertEquals("621126", named(places("甘肃定西市岷县的当归远销海外。"), "岷县").code());
    // 内黄县 is no 黄县; 供应县内 holds no county 应县; 管理县域 no 理县.
    List<Place> ps = places("内黄县的尖椒除了供应县内市场，还销往各地，管理县域经济的部门表示满意。");
    assertEquals("内黄县=410527", codes(ps));
  }

  @Test
  void productsAndPeopleAreNoPlaces() {
    assertTrue(places("补助资金及时发挥效益。（张华阿力木江·吐尔逊）").isEmpty());
  }

  @Test
  void shortFormsOfCountiesWhereTheArticleNamesTheirRegion() {
    List<Place> ps = places("青海省畜牧部门组织饲草料销往祁连、天峻等地。");
    assertEquals("632823", named(ps, "天峻县").code());
    assertEquals("632222", named(ps, "祁连县").code());
    // The same two characters elsewhere, with no region named, are left alone.
    assertTrue(places("他的名字叫天峻。").isEmpty());
  }

  @Test
  void traditionalScriptIsMatchedFolded() {
    List<Place> ps = places("記者報道，近年來，雲南瀘西縣落實草原生態保護補助政策。");
    assertEquals("雲南", named(ps, "云南省").text());
    assertEquals("532527", named(ps, "泸西县").code());
  }
}
