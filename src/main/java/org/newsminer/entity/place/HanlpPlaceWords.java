package org.newsminer.entity.place;

import org.newsminer.entity.PlaceLevel;
import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words HanLP's bundled core dictionary tags first as place names ({@code ns}): some five thousand
 * Chinese counties, towns and foreign places the hand-written gazetteer leaves out. They are read from
 * the dictionary HanLP already has in memory (walking its double-array trie read-only; nothing is
 * copied into newsminer or changed in HanLP) and given a level from their last characters.
 */
final class HanlpPlaceWords {
  private HanlpPlaceWords() {}

  /** Words too general to be place names in newspaper prose, although HanLP tags them ns. */
  private static final String BLOCKED = "城关 城区 中华 全国 各地 内地 外地 当地 本地 山区 牧区 东部 西部 南部 北部 中部 "
      + "边疆 边境 老区 灾区 藏区 农村 城乡 城市 乡村 乡镇 祖国 家乡 故乡 异乡 他乡 远方 世界 国际 天下 海外 境外 国外 "
      + "东方 西方 南方 北方 中央 人间 江山 山河 高原 草原 乡下 社区 园区 大陆 神州 华夏 雪域 "
      // Tibetan given names, frequent in bylines and quotes, which HanLP may know as places (洛桑 = Lausanne).
      + "洛桑 扎西 次仁 达瓦 尼玛 多吉 平措 格桑 旦增 白玛 卓玛 央金 拉巴 普布 边巴 次旺 索朗 罗布 强巴 顿珠 "
      + "米玛 巴桑 德吉 曲珍 加措 嘎玛 贡布 旺堆 仁青 丹增 益西 桑珠 次珠 群培 阿旺 土登 赤列 欧珠 琼达 "
      + "拉姆 央宗 格勒 江村 旺姆 措姆 扎巴 朗杰 洛珠 贡嘎 次成 仁增 伦珠 桑布 德庆 巴珠 多布杰";

  private static final Set<String> BLOCKED_SET = Set.of(BLOCKED.split(" "));

  /** True for general words and Tibetan given names that are never read as places on their own. */
  static boolean isBlocked(String w) {
    return BLOCKED_SET.contains(w);
  }

  /** Characters typical of transliterated foreign names. */
  private static final String FOREIGN_CHARS = "斯尔克特德格伦库夫姆兹维亚瓦莱塞蒂诺罗顿堡茨";

  /**
   * Each ns word of HanLP's core dictionary as a place with a level guessed from its form and an empty
   * path; a county or city stem (靖远 for 靖远县) stands for the full name.
   */
  static Map<String, Gazetteer.Entry> load() {
    DoubleArrayTrie<CoreDictionary.Attribute> trie = CoreDictionary.trie;
    int[] base = trie.getBase();
    int[] check = trie.getCheck();
    int n = Math.min(base.length, check.length);
    // In HanLP's double array a transition from state b on char c lands on p = b + c + 1 with
    // check[p] == b. Index each state's outgoing positions once (compressed rows), then walk from the root.
    int[] start = new int[n + 1];
    for (int p = 0; p < n; p++) {
      int b = check[p];
      if (b > 0 && b < n && p > b) {
        start[b + 1]++;
      }
    }
    for (int b = 0; b < n; b++) {
      start[b + 1] += start[b];
    }
    int[] next = new int[start[n]];
    int[] fill = new int[n];
    for (int p = 0; p < n; p++) {
      int b = check[p];
      if (b > 0 && b < n && p > b) {
        next[start[b] + fill[b]++] = p;
      }
    }
    Map<String, Gazetteer.Entry> out = new HashMap<>();
    Map<String, Gazetteer.Entry> stems = new HashMap<>();
    Set<String> blocked = Set.of(BLOCKED.split(" "));
    walk(trie, base, check, start, next, base[0], new char[16], 0, blocked, out, stems);
    // A stem stands for its full name even where HanLP knows the stem too (正定 → 正定县).
    out.putAll(stems);
    return out;
  }

  /** Depth-first over the trie from state {@code b}; {@code word[0, len)} spells the path so far. */
  private static void walk(DoubleArrayTrie<CoreDictionary.Attribute> trie, int[] base, int[] check, int[] start,
      int[] next, int b, char[] word, int len, Set<String> blocked, Map<String, Gazetteer.Entry> out,
      Map<String, Gazetteer.Entry> stems) {
    int n = start.length - 1;
    if (b < 0 || b >= n) {
      return;
    }
    if (check[b] == b && base[b] < 0 && len >= 2) {
      CoreDictionary.Attribute a = trie.get(-base[b] - 1);
      if (a != null && a.nature.length > 0 && a.nature[0].toString().startsWith("ns")) {
        String w = new String(word, 0, len);
        // 拉萨河畔, 江边: a place plus a locative names a stretch beside it, and would hide the place itself.
        if (!blocked.contains(w) && "畔边旁".indexOf(w.charAt(len - 1)) < 0) {
          out.put(w, place(w));
          // Newspapers drop the suffix of counties and cities (靖远县 → 靖远) when the stem is no common word.
          String stem = w.substring(0, len - 1);
          if (len >= 3 && "县市旗".indexOf(w.charAt(len - 1)) >= 0 && !blocked.contains(stem)) {
            CoreDictionary.Attribute sa = CoreDictionary.get(stem);
            if (sa == null || sa.nature[0].toString().startsWith("ns")) {
              stems.put(stem, place(w));
            }
          }
        }
      }
    }
    if (len == word.length) {
      return;
    }
    for (int j = start[b]; j < start[b + 1]; j++) {
      int p = next[j];
      char c = (char) (p - b - 1);
      if (c != 0) {
        word[len] = c;
        walk(trie, base, check, start, next, base[p], word, len + 1, blocked, out, stems);
      }
    }
  }

  private static Gazetteer.Entry place(String name) {
    return new Gazetteer.Entry(name, levelOf(name), null, List.of(), List.of());
  }

  /**
   * The level a place word's form suggests. 市 gives COUNTY: the gazetteer lists every prefecture-level
   * city, so a city only HanLP knows is a county-level one (诸暨市).
   */
  static PlaceLevel levelOf(String w) {
    String[][] suffixes = {
      {"自治区", "PROVINCE"}, {"特别行政区", "PROVINCE"}, {"自治州", "PREFECTURE"}, {"地区", "PREFECTURE"},
      {"街道", "TOWNSHIP"}, {"社区", "VILLAGE"}, {"省", "PROVINCE"}, {"市", "COUNTY"}, {"州", "PREFECTURE"},
      {"盟", "PREFECTURE"}, {"县", "COUNTY"}, {"区", "COUNTY"}, {"旗", "COUNTY"}, {"乡", "TOWNSHIP"},
      {"镇", "TOWNSHIP"}, {"村", "VILLAGE"}, {"河", "NATURAL"}, {"江", "NATURAL"}, {"湖", "NATURAL"},
      {"海", "NATURAL"}, {"洋", "NATURAL"}, {"山", "NATURAL"}, {"峰", "NATURAL"}, {"岭", "NATURAL"},
      {"岛", "NATURAL"}, {"湾", "NATURAL"}, {"峡", "NATURAL"}, {"洲", "NATURAL"}, {"国", "FOREIGN"},
    };
    for (String[] s : suffixes) {
      if (w.endsWith(s[0]) && w.length() > s[0].length()) {
        return PlaceLevel.valueOf(s[1]);
      }
    }
    for (int i = 0; i < w.length(); i++) {
      if (FOREIGN_CHARS.indexOf(w.charAt(i)) >= 0) {
        return PlaceLevel.FOREIGN;
      }
    }
    // Most suffix-less Chinese place words in the dictionary are county-level names (诸暨, 石首).
    return PlaceLevel.COUNTY;
  }
}
