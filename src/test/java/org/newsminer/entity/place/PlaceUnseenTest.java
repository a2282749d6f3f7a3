package org.newsminer.entity.place;

import org.newsminer.entity.Entity;
import org.newsminer.entity.Place;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * PLACE on sentences written for this test in the style of Tibetan news, with townships, villages,
 * lakes and peaks that neither corpus/ nor the recognizer's own tests use: verbs right before a name
 * (毗邻, 守护, 登顶), address chains, lists, names that are common words plus a suffix (幸福社区), and
 * Tibetan personal names that end like lakes (次仁措). They check that the rules generalize beyond the
 * texts the recognizer was tuned on.
 */
class PlaceUnseenTest {

  static Stream<Arguments> sentences() {
    return Stream.of(
        Arguments.of("日喀则市桑珠孜区江当乡的村民今年种植青稞2万亩。",
            "日喀则市=日喀则市/PREFECTURE 桑珠孜区=桑珠孜区/COUNTY 江当乡=江当乡/TOWNSHIP"),
        Arguments.of("山南市琼结县拉玉乡强钦村被评为西藏自治区文明村。",
            "山南市=山南市/PREFECTURE 琼结县=琼结县/COUNTY 拉玉乡=拉玉乡/TOWNSHIP 强钦村=强钦村/VILLAGE "
                + "西藏自治区=西藏自治区/PROVINCE"),
        Arguments.of("工布江达县巴河镇毗邻巴松错，每年接待游客数万人次。",
            "工布江达县=工布江达县/COUNTY 巴河镇=巴河镇/TOWNSHIP 巴松错=巴松错/NATURAL"),
        Arguments.of("申扎县买巴乡的牧民自发守护格仁错，清理湖边垃圾。",
            "申扎县=申扎县/COUNTY 买巴乡=买巴乡/TOWNSHIP 格仁错=格仁错/NATURAL"),
        Arguments.of("仲巴县帕羊镇靠近塔若错，牧民们在湖边放牧。",
            "仲巴县=仲巴县/COUNTY 帕羊镇=帕羊镇/TOWNSHIP 塔若错=塔若错/NATURAL"),
        Arguments.of("双湖县嘎措乡的牧民已全部搬迁到拉萨市堆龙德庆区。",
            "双湖县=双湖县/COUNTY 嘎措乡=嘎措乡/TOWNSHIP 拉萨市=拉萨市/PREFECTURE 堆龙德庆区=堆龙德庆区/COUNTY"),
        Arguments.of("仲巴县境内的杰玛央宗冰川是雅鲁藏布江的源头。",
            "仲巴县=仲巴县/COUNTY 杰玛央宗冰川=杰玛央宗冰川/NATURAL 雅鲁藏布江=雅鲁藏布江/NATURAL"),
        Arguments.of("波密县扎木镇的群众种植天麻，在扎木，几乎家家户户都有产业项目。",
            "波密县=波密县/COUNTY 扎木镇=扎木镇/TOWNSHIP 扎木=扎木镇/TOWNSHIP"),
        Arguments.of("亚东县帕里镇与不丹接壤。",
            "亚东县=亚东县/COUNTY 帕里镇=帕里镇/TOWNSHIP 不丹=不丹/FOREIGN"),
        Arguments.of("定结县陈塘镇是夏尔巴人的聚居地。",
            "定结县=定结县/COUNTY 陈塘镇=陈塘镇/TOWNSHIP"),
        Arguments.of("聂拉木县樟木镇立新村的群众搬进了新居。",
            "聂拉木县=聂拉木县/COUNTY 樟木镇=樟木镇/TOWNSHIP 立新村=立新村/VILLAGE"),
        Arguments.of("当雄县纳木湖乡的牧民在纳木错沿岸开展垃圾清理。",
            "当雄县=当雄县/COUNTY 纳木湖乡=纳木湖乡/TOWNSHIP 纳木错=纳木错/NATURAL"),
        Arguments.of("改则县物玛乡抢古村海拔4700多米。",
            "改则县=改则县/COUNTY 物玛乡=物玛乡/TOWNSHIP 抢古村=抢古村/VILLAGE"),
        Arguments.of("昂仁县桑桑镇与萨嘎县如角乡相邻。",
            "昂仁县=昂仁县/COUNTY 桑桑镇=桑桑镇/TOWNSHIP 萨嘎县=萨嘎县/COUNTY 如角乡=如角乡/TOWNSHIP"),
        Arguments.of("墨脱县背崩乡格林村地处雅鲁藏布大峡谷腹地。",
            "墨脱县=墨脱县/COUNTY 背崩乡=背崩乡/TOWNSHIP 格林村=格林村/VILLAGE 雅鲁藏布大峡谷=雅鲁藏布大峡谷/NATURAL"),
        Arguments.of("洛扎县拉康镇、边巴乡和扎日乡的群众喝上了安全饮用水。",
            "洛扎县=洛扎县/COUNTY 拉康镇=拉康镇/TOWNSHIP 边巴乡=边巴乡/TOWNSHIP 扎日乡=扎日乡/TOWNSHIP"),
        Arguments.of("游客们翻越米拉山，进入工布江达县境内。",
            "米拉山=米拉山/NATURAL 工布江达县=工布江达县/COUNTY"),
        Arguments.of("扎囊县桑耶镇的群众在雅鲁藏布江畔植树造林。",
            "扎囊县=扎囊县/COUNTY 桑耶镇=桑耶镇/TOWNSHIP 雅鲁藏布江=雅鲁藏布江/NATURAL"),
        Arguments.of("尼玛县文布乡当穹村的村民每年环绕当惹雍错转湖。",
            "尼玛县=尼玛县/COUNTY 文布乡=文布乡/TOWNSHIP 当穹村=当穹村/VILLAGE 当惹雍错=当惹雍错/NATURAL"),
        Arguments.of("浪卡子县打隆镇紧靠羊卓雍错，渔业资源丰富。",
            "浪卡子县=浪卡子县/COUNTY 打隆镇=打隆镇/TOWNSHIP 羊卓雍错=羊卓雍错/NATURAL"),
        Arguments.of("堆龙德庆区乃琼镇幸福社区组织居民开展义诊活动。",
            "堆龙德庆区=堆龙德庆区/COUNTY 乃琼镇=乃琼镇/TOWNSHIP 幸福社区=幸福社区/VILLAGE"),
        Arguments.of("达孜区德庆镇团结新村的村民住上了新房。",
            "达孜区=达孜区/COUNTY 德庆镇=德庆镇/TOWNSHIP 团结新村=团结新村/VILLAGE"),
        Arguments.of("昌都市江达县岗托镇的群众在金沙江边种植核桃。",
            "昌都市=昌都市/PREFECTURE 江达县=江达县/COUNTY 岗托镇=岗托镇/TOWNSHIP 金沙江=金沙江/NATURAL"),
        Arguments.of("措美县哲古镇因哲古错而得名。",
            "措美县=措美县/COUNTY 哲古镇=哲古镇/TOWNSHIP 哲古错=哲古错/NATURAL"),
        Arguments.of("比如县、索县和巴青县的虫草采挖工作有序开展。",
            "比如县=比如县/COUNTY 索县=索县/COUNTY 巴青县=巴青县/COUNTY"),
        Arguments.of("安多县扎仁镇位于唐古拉山南麓。",
            "安多县=安多县/COUNTY 扎仁镇=扎仁镇/TOWNSHIP 唐古拉山=唐古拉山/NATURAL"),
        Arguments.of("在贡嘎县杰德秀镇，邦典织造技艺代代相传。",
            "贡嘎县=贡嘎县/COUNTY 杰德秀镇=杰德秀镇/TOWNSHIP"),
        Arguments.of("色林错、纳木错和当惹雍错被称作藏北三大湖。",
            "色林错=色林错/NATURAL 纳木错=纳木错/NATURAL 当惹雍错=当惹雍错/NATURAL 藏北=藏北/NATURAL"),
        Arguments.of("阿里地区日土县日松乡依托班公错发展渔业。",
            "阿里地区=阿里地区/PREFECTURE 日土县=日土县/COUNTY 日松乡=日松乡/TOWNSHIP 班公错=班公错/NATURAL"),
        Arguments.of("牧民次仁措和丈夫一起经营牧家乐。", ""),
        Arguments.of("全县一村一策推进产业发展。", ""),
        Arguments.of("那曲市色尼区油恰乡的牧民合作社年分红500万元。",
            "那曲市=那曲市/PREFECTURE 色尼区=色尼区/COUNTY 油恰乡=油恰乡/TOWNSHIP"),
        Arguments.of("江孜县与浪卡子县交界处的宁金岗桑峰海拔7206米。",
            "江孜县=江孜县/COUNTY 浪卡子县=浪卡子县/COUNTY 宁金岗桑峰=宁金岗桑峰/NATURAL"),
        Arguments.of("登山队员成功登顶卓木拉日峰。", "卓木拉日峰=卓木拉日峰/NATURAL"),
        Arguments.of("当雄县境内的念青唐古拉峰海拔7162米。",
            "当雄县=当雄县/COUNTY 念青唐古拉峰=念青唐古拉峰/NATURAL"),
        Arguments.of("日喀则市萨迦县吉定镇和拉孜县曲下镇被列为试点。",
            "日喀则市=日喀则市/PREFECTURE 萨迦县=萨迦县/COUNTY 吉定镇=吉定镇/TOWNSHIP 拉孜县=拉孜县/COUNTY "
                + "曲下镇=曲下镇/TOWNSHIP"),
        Arguments.of("该乡12个村环绕兹格塘错分布。", "兹格塘错=兹格塘错/NATURAL"),
        Arguments.of("尼玛县的牧民说，昂孜错湖水今年明显上涨。",
            "尼玛县=尼玛县/COUNTY 昂孜错=昂孜错/NATURAL"));
  }

  @ParameterizedTest
  @MethodSource("sentences")
  void recognizesUnseenNames(String sentence, String expected) {
    List<Entity> out = new ArrayList<>();
    new PlaceRecognizer().recognize(sentence, 0, sentence.length(), out);
    String got = out.stream().map(e -> (Place) e).map(p -> p.text() + "=" + p.name() + "/" + p.level())
        .collect(Collectors.joining(" "));
    assertEquals(expected, got, sentence);
  }
}
