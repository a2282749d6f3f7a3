package org.newsminer.entity.place;

import org.newsminer.text.CharClasses;
import org.newsminer.entity.Entity;
import org.newsminer.entity.Place;
import org.newsminer.entity.PlaceLevel;
import org.newsminer.entity.Recognizer;
import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * PLACE (EXTRACTION.md §3). Three sources, resolved longest-first:
 *
 * <ol>
 *   <li>the {@link Gazetteer}, matched with a double-array Aho-Corasick automaton; a short hit is kept
 *       only when it does not cut a word of the surrounding text (checked against HanLP's core
 *       dictionary, and when that is ambiguous by segmenting a small window);
 *   <li>a grammar for names no dictionary knows: a transliterated name followed by an administrative
 *       suffix (类乌齐县, 岗色乡, 马曲村, 东嘎街道) or a natural-feature suffix (澎波河). The name's left
 *       edge comes from a HanLP segmentation of a few characters before the suffix: the name is the run
 *       of name-like tokens (proper nouns, unknown words, single characters that are not function
 *       words) ending at the suffix; common words (城乡, 农村, 贫困村, 示范村) and deictic words (全县,
 *       各村, 本市) stop it, and so do verbs however rare HanLP thinks them (毗邻, 守护, 登顶), characters
 *       that never begin a transliteration (因, 称, 被), counted nouns (三大圣湖) and collective words
 *       (全国一村); a known name that already ends in the suffix (巴松错) is never extended. Right after a
 *       township or county a common word is a village's name (乃琼镇幸福社区). A line break between an
 *       ideograph and a suffix character is read as absent (狮泉|河镇: a name broken by the layout);
 *   <li>address chains (拉萨市堆龙德庆区东嘎街道桑木村) fall out of both: each part is its own PLACE, and
 *       a part the gazetteer does not know takes its path from the part before it, or else from a name
 *       seen earlier in the article, or from the only county the article named before it.
 * </ol>
 *
 * <p>Two smaller sources complete general news: the words HanLP's own dictionary tags as places
 * ({@link HanlpPlaceWords}, hierarchy unknown, so they never stop a longer name), and one-character
 * abbreviations in compounds and fixed patterns (中美, 港澳台, 访华, 中方, 华侨).
 *
 * <p>HanLP is used through a private {@link ViterbiSegment} with all its own entity recognition off (the
 * 1.8.6 number-quantifier defect never arises) and the gazetteer attached as a per-instance custom
 * dictionary; HanLP's global dictionaries and configuration are never modified. Segmentation runs only
 * on short windows around candidates, which keeps the recognizer several times faster than HanLP's own
 * place-recognizing segmenter. Thread-safe: all state is immutable after lazy loading.
 */
public final class PlaceRecognizer implements Recognizer {

  /** Longest names the grammar builds before a suffix (Tibetan transliterations rarely exceed five). */
  private static final int MAX_NAME = 6;
  private static final int WINDOW = 8;

  /** Administrative and natural suffixes, longest first within each starting character. */
  private static final String[][] SUFFIXES = {
    {"自治县", "COUNTY"}, {"自治旗", "COUNTY"},
    {"经开区", "ZONE"}, {"高新区", "ZONE"}, {"开发区", "ZONE"}, {"工业园区", "ZONE"}, {"新区", "ZONE"},
    {"民族乡", "TOWNSHIP"}, {"新村", "VILLAGE"}, {"居委会", "VILLAGE"}, {"社区", "VILLAGE"}, {"街道", "TOWNSHIP"}, {"苏木", "TOWNSHIP"},
    {"地区", "PREFECTURE"}, {"藏布", "NATURAL"}, {"冰川", "NATURAL"}, {"峡谷", "NATURAL"}, {"山脉", "NATURAL"},
    {"市", "PREFECTURE"}, {"州", "PREFECTURE"}, {"盟", "PREFECTURE"},
    {"县", "COUNTY"}, {"区", "COUNTY"}, {"旗", "COUNTY"}, {"乡", "TOWNSHIP"}, {"镇", "TOWNSHIP"},
    {"村", "VILLAGE"}, {"河", "NATURAL"}, {"江", "NATURAL"}, {"湖", "NATURAL"}, {"错", "NATURAL"},
    {"措", "NATURAL"}, {"峰", "NATURAL"}, {"山口", "NATURAL"}, {"山", "NATURAL"},
  };

  /** Characters that never belong to a name built by the grammar: function words, deictics, levels. */
  private static final String STOP_CHARS =
      // Function words that do not occur in transliterated names. Deliberately absent although they are
      // function words too: 其 才 地 当 给 共 过 多 新 上 下 中 外 让 所 (热木其社区, 美才村, 热当乡, 萨让乡).
      "的在和与及是了到从向对为由于将把被等各全本该每我此这们并或也都还又再就已以而使往自至之即着共让所"
      + "省市县区乡镇村州旗盟街社居委"
      + "约近超逾余少老内前后间成摄名个位户"
      + "、，。；：？！“”‘’（）()《》〈〉「」『』【】—…·,.;:?!\"' \t\r\n";

  /**
   * Verbs and prepositions that often stand right before a name (毗邻, 紧靠, 守护, 环绕, 登顶, 称作, 因, 被)
   * and never begin a Tibetan transliteration, and 原 (former: 原仲达乡): a token starting with one ends the
   * name's leftward walk.
   */
  private static final String NEVER_FIRST = "因称被紧毗临靠守环围翻越俯眺望赴抵途流注誉距隔傍原";
  /** First characters of verbs before a name (登顶, 绕湖, 依托, 朝拜) that do begin some names (登巴村). */
  private static final String VERB_FIRST = NEVER_FIRST + "登绕依朝";

  /** Collective prefixes whose words (全国, 各地, 本地) are not a function word glued to a name. */
  private static final String COLLECTIVE = "全各本该每我此这";

  private static final String NUMERALS = "一二三四五六七八九十两几数0123456789";
  /** Measure words and 大 after a numeral (三大, 两座, 五条): a counted noun follows. */
  private static final String MEASURES = "大座条处片批项类";

  /** Stop characters that may still stand inside a name directly after a place (公前村, 也堆村). */
  private static final String SOFT_STOPS = "也再从自至约近超逾余少老内前后间成共让所";

  /** Words starting with a suffix character that do not end a place name (市场, 区域, 镇压 …). */
  private static final Set<String> RIGHT_OK = Set.of(
      "县委", "区委", "市委", "州委", "地委", "县城", "村民", "村委", "村委会", "镇党委", "乡党委",
      "县长", "区长", "市长", "州长", "乡长", "镇长", "村长", "县级", "市级", "县域", "市区");

  /**
   * Words that end a generic phrase rather than a name before a suffix (整村推进村, 示范引领村, 走进村);
   * HanLP's portable dictionary misses some of them or splits them into characters.
   */
  private static final Set<String> GENERIC = Set.of(
      "走进", "引领", "深入", "前往", "来到", "回到", "进入", "走访", "覆盖", "联系", "帮扶", "结对", "示范",
      "推进", "提升", "振兴", "宜居", "美丽", "幸福", "文明", "先进", "贫困", "困难", "重点", "试点", "样板",
      "特色", "和谐", "生态", "整村", "行政", "自然", "中心", "边境", "移民", "搬迁", "安置", "老城",
      "所在", "周边", "附近", "沿线", "各地", "外地", "本地", "当地", "地级", "县级", "乡级", "村级", "省级",
      "市级", "基层", "偏远", "农业", "工业", "旅游", "产业", "开发", "经济", "保护", "功能", "城市", "城乡",
      "农牧", "山区", "牧区", "林区", "库区", "景区", "园区", "片区", "辖区", "城区", "街区", "小区", "社区",
      "地区", "市区", "郊区", "灾区", "校区", "营区", "矿区", "垦区", "湖区", "新区", "老区", "藏区");

  private static final Set<String> VILLAGE_SUFFIXES = Set.of("村", "新村", "社区", "居委会");

  /** Words that name a kind of village, never one village (贫困村, 示范村, 移民新村, 中心社区). */
  private static final Set<String> CATEGORY = Set.of(
      "贫困", "困难", "重点", "试点", "示范", "样板", "特色", "行政", "自然", "中心", "边境", "移民", "搬迁",
      "安置", "整村", "所在", "周边", "附近", "沿线", "各地", "外地", "本地", "当地", "基层", "偏远", "文明",
      "先进", "美丽", "宜居", "城乡", "农村", "城市", "乡村", "相关", "全部", "所有", "其他", "其余", "部分");

  private static boolean genericLevelChar(String w) {
    for (int k = 0; k < w.length(); k++) {
      if ("省市县区乡镇村州旗盟".indexOf(w.charAt(k)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Continuations after a suffix that keep it a place (马曲村村委会, 普兰县委). */
  private static final String[] CONTINUATIONS = {
    "村委会", "村民", "村党", "村集体", "村两委", "居委会", "乡政府", "乡党委", "乡人民", "镇政府", "镇党委",
    "镇人民", "县委", "县政府", "县人民", "区委", "区政府", "区人民", "市委", "市政府", "市人民"};

  /** Words just before a name that mark it as a person (副局长牛拉毛措说). */
  private static final String TITLE_END = "长任记员者";
  private static final String[] SPEECH = {"说", "表示", "介绍", "告诉", "谈到", "坦言", "认为", "指出", "笑"};

  private static final class Models {
    static final Gazetteer GAZ = Gazetteer.get();
    static final AhoCorasickDoubleArrayTrie<Gazetteer.Entry[]> AC;
    static final Segment SEG;

    static {
      TreeMap<String, Gazetteer.Entry[]> m = new TreeMap<>();
      for (Map.Entry<String, Gazetteer.Entry> e : GAZ.surfaces().entrySet()) {
        m.put(e.getKey(), new Gazetteer.Entry[] {e.getValue()});
      }
      // HanLP's own place words the gazetteer lacks, with an empty path (the hierarchy is unknown).
      for (Map.Entry<String, Gazetteer.Entry> e : HanlpPlaceWords.load().entrySet()) {
        m.putIfAbsent(e.getKey(), new Gazetteer.Entry[] {e.getValue()});
      }
      AC = new AhoCorasickDoubleArrayTrie<>(m);
      // The gazetteer as this segmenter's own custom dictionary: nothing global is touched.
      TreeMap<String, CoreDictionary.Attribute> words = new TreeMap<>();
      for (String s : GAZ.surfaces().keySet()) {
        words.put(s, new CoreDictionary.Attribute(Nature.ns, 1000));
      }
      DoubleArrayTrie<CoreDictionary.Attribute> dat = new DoubleArrayTrie<>();
      dat.build(words);
      DynamicCustomDictionary dict = new DynamicCustomDictionary(dat, new BinTrie<>(), null);
      SEG = new ViterbiSegment()
          .enableNameRecognize(false)
          .enablePlaceRecognize(false)
          .enableOrganizationRecognize(false)
          .enableTranslatedNameRecognize(false)
          .enableJapaneseNameRecognize(false)
          .enableNumberQuantifierRecognize(false)
          .enableOffset(true)
          .enableCustomDictionary(dict);
    }
  }

  /** A candidate mention; {@code entry} is null for names built by the grammar. */
  private static final class Cand {
    final int start;
    final int end;
    final Gazetteer.Entry entry;
    final PlaceLevel level;
    final String name;

    Cand(int start, int end, Gazetteer.Entry entry, PlaceLevel level, String name) {
      this.start = start;
      this.end = end;
      this.entry = entry;
      this.level = level;
      this.name = name;
    }

    int length() {
      return end - start;
    }
  }

  @Override
  public void recognize(String text, int from, int to, List<Entity> out) {
    if (from >= to) {
      return;
    }
    int breaks = 0;
    for (int k = from + 1; k < to - 1; k++) {
      if (text.charAt(k) == '\n' && midWordBreak(text, from, k) && SUFFIX_START[text.charAt(k + 1)]) {
        breaks++;
      }
    }
    if (breaks > 0) {
      recognizeAcrossBreaks(text, from, to, out);
      return;
    }
    recognizeRun(text, from, to, out);
  }

  /** True when {@code text[k]} is a line break between two ideographs. */
  private static boolean midWordBreak(String text, int from, int k) {
    return text.charAt(k) == '\n' && k > from && k + 1 < text.length() && CharClasses.isHan(text.charAt(k - 1))
        && CharClasses.isHan(text.charAt(k + 1));
  }

  /**
   * A line the normalizer kept apart because it looked like a headline may still break a name before its
   * suffix (阿里地区噶尔县狮泉 | 河镇的居民): such breaks (an ideograph, a line break, a suffix character) are
   * read as absent, and the mentions mapped back, their surface without the break.
   */
  private static void recognizeAcrossBreaks(String text, int from, int to, List<Entity> out) {
    StringBuilder joined = new StringBuilder(to - from);
    int[] orig = new int[to - from];
    for (int k = from; k < to; k++) {
      if (k > from && k < to - 1 && midWordBreak(text, from, k) && SUFFIX_START[text.charAt(k + 1)]) {
        continue;
      }
      orig[joined.length()] = k;
      joined.append(text.charAt(k));
    }
    List<Entity> local = new ArrayList<>();
    recognizeRun(joined.toString(), 0, joined.length(), local);
    for (Entity e : local) {
      Place p = (Place) e;
      out.add(new Place(p.text(), orig[p.start()], orig[p.end() - 1] + 1, p.name(), p.level(), p.path()));
    }
  }

  private static void recognizeRun(String text, int from, int to, List<Entity> out) {
    List<Cand> chosen = gazetteerHits(text, from, to);
    List<Cand> grammar = grammarHits(text, from, to, chosen);
    List<Cand> known = new ArrayList<>(chosen);
    known.addAll(abbreviations(text, from, to, chosen));
    List<Cand> all = shortMentions(text, from, to, merge(known, grammar));
    emit(text, all, out);
  }

  // ---------------------------------------------------------------- gazetteer

  private static List<Cand> gazetteerHits(String text, int from, int to) {
    List<Cand> hits = new ArrayList<>();
    Models.AC.parseText(text.substring(from, to).toCharArray(), (b, e, v) ->
        hits.add(new Cand(from + b, from + e, v[0], v[0].level(), v[0].name())));
    // Longest first; among equals, leftmost first.
    hits.sort(Comparator.comparingInt(Cand::length).reversed().thenComparingInt(c -> c.start));
    boolean[] taken = new boolean[to - from];
    List<Cand> chosen = new ArrayList<>();
    for (Cand c : hits) {
      if (overlaps(taken, from, c.start, c.end) || !longEnough(c) && !alignedWithWords(text, from, to, c.start, c.end,
          strong(text, c))) {
        continue;
      }
      if (c.level == PlaceLevel.NATURAL && brand(text, to, c.end)) {
        continue; // 中国太平洋财产保险: a brand, not the ocean
      }
      if (c.entry.path().isEmpty() && (personContext(text, from, to, c.start, c.end)
          || crossedByWord(text, from, to, c.start, c.end))) {
        // A HanLP place word used as a name: 组长白万鹏, 记者洛桑.
        continue;
      }
      for (int i = c.start; i < c.end; i++) {
        taken[i - from] = true;
      }
      chosen.add(c);
    }
    chosen.sort(Comparator.comparingInt(c -> c.start));
    return chosen;
  }

  /** Names this long (墨竹工卡县, 孔雀河) are not cut out of a longer word in practice. */
  private static boolean longEnough(Cand c) {
    return c.length() >= 4 || c.length() == 3 && c.level == PlaceLevel.NATURAL;
  }

  private static final String[] BRAND_WORDS = {"保险", "财产", "人寿", "证券", "集团", "航空", "电器", "啤酒"};

  /** A natural feature's name followed by a business word names a company (太平洋保险, 长江证券). */
  private static boolean brand(String text, int to, int e) {
    for (String w : BRAND_WORDS) {
      if (text.startsWith(w, e) && e + w.length() <= to) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlaps(boolean[] taken, int from, int s, int e) {
    for (int i = s; i < e; i++) {
      if (taken[i - from]) {
        return true;
      }
    }
    return false;
  }

  /**
   * True unless a dictionary word cuts across an edge of {@code [s, e)} and a segmentation of the
   * surroundings confirms the cut (海地 in 沿海地区, 拉萨市 in 拉萨市场).
   */
  private static boolean alignedWithWords(String text, int from, int to, int s, int e, boolean rightOnly) {
    if (!crossedByWord(text, from, to, rightOnly ? e - 1 : s, e)) {
      return true;
    }
    int ws = Math.max(from, s - 4);
    int we = Math.min(to, e + 4);
    List<Term> terms = segment(text, ws, we);
    if (terms == null) {
      return false;
    }
    boolean startOk = false;
    boolean endOk = false;
    int pos = ws;
    for (Term t : terms) {
      if (pos == s) {
        startOk = true;
        endOk |= pos + t.length() > e && CoreDictionary.contains(t.word) && !idiom(t.word); // 亚太经济
      }
      pos += t.length();
      if (pos == e) {
        endOk = true;
      }
    }
    // 拉萨市委, 普兰县政府: the suffix doubles as the first character of the organ's name.
    endOk |= continues(text, e - 1, to);
    return (startOk || rightOnly) && endOk;
  }

  private static boolean crossedByWord(String text, int from, int to, int s, int e) {
    for (int a = Math.max(from, s - 3); a < e; a++) {
      for (int len = 2; len <= 4; len++) {
        int b = a + len;
        if (b > to) {
          break;
        }
        boolean crossesStart = a < s && b > s;
        // A word that merely starts with the name (亚太经济, 亚太地区) does not cut it.
        boolean crossesEnd = a < e && b > e && (a != s || idiom(text.substring(a, b)));
        if ((crossesStart || crossesEnd) && CoreDictionary.contains(text.substring(a, b))
            && !(a == e - 1 && continues(text, a, to))) {
          return true;
        }
      }
    }
    return false;
  }

  /** An idiom or set phrase (长治久安): a place name at its start is no place. */
  private static boolean idiom(String w) {
    CoreDictionary.Attribute a = CoreDictionary.get(w);
    return a != null && (a.hasNatureStartsWith("i") || a.hasNatureStartsWith("l"));
  }

  /**
   * The terms HanLP would return for {@code text[s, e)} when no dictionary word (HanLP's or the
   * gazetteer's) spans two or more of its characters: one term per character. Null when some word
   * does, and the window must really be segmented. Most transliterations take this fast path.
   */
  static List<Term> singleCharacters(String text, int s, int e, boolean[] hit, int from) {
    for (int k = s; k < e; k++) {
      if (hit[k - from]) {
        return null;
      }
    }
    DoubleArrayTrie<CoreDictionary.Attribute> dict = CoreDictionary.trie;
    for (int a = s; a < e - 1; a++) {
      for (int len = 2; len <= 4 && a + len <= e; len++) {
        if (dict.exactMatchSearch(text.substring(a, a + len)) >= 0) {
          return null;
        }
      }
    }
    List<Term> terms = new ArrayList<>(e - s);
    for (int k = s; k < e; k++) {
      String w = String.valueOf(text.charAt(k));
      CoreDictionary.Attribute a = CoreDictionary.get(w);
      terms.add(new Term(w, a == null || a.nature.length == 0 ? Nature.nz : a.nature[0]));
    }
    return terms;
  }

  /** HanLP terms of {@code text[s, e)}, or null if they do not cover it exactly (HanLP defect guard). */
  static List<Term> segment(String text, int s, int e) {
    List<Term> terms = Models.SEG.seg(text.substring(s, e));
    int n = 0;
    for (Term t : terms) {
      n += t.length();
    }
    return n == e - s ? terms : null;
  }

  // ---------------------------------------------------------------- one-character abbreviations

  /** One-character abbreviations of countries and provinces, used in compounds (中美, 港澳) and after verbs (访华). */
  private static final String[][] ABBREVIATIONS = {
    {"中", "中国"}, {"华", "中国"}, {"美", "美国"}, {"日", "日本"}, {"俄", "俄罗斯"}, {"英", "英国"}, {"法", "法国"},
    {"德", "德国"}, {"韩", "韩国"}, {"朝", "朝鲜"}, {"印", "印度"}, {"越", "越南"}, {"泰", "泰国"},
    {"加", "加拿大"}, {"意", "意大利"}, {"葡", "葡萄牙"}, {"荷", "荷兰"}, {"芬", "芬兰"}, {"挪", "挪威"},
    {"丹", "丹麦"}, {"匈", "匈牙利"}, {"希", "希腊"}, {"埃", "埃及"}, {"菲", "菲律宾"}, {"缅", "缅甸"},
    {"柬", "柬埔寨"}, {"墨", "墨西哥"}, {"古", "古巴"}, {"欧", "欧洲"}, {"亚", "亚洲"}, {"非", "非洲"},
    {"台", "台湾省"}, {"港", "香港特别行政区"}, {"澳", "澳门特别行政区"}, {"京", "北京市"}, {"沪", "上海市"},
    {"津", "天津市"}, {"渝", "重庆市"}, {"冀", "河北省"}, {"晋", "山西省"}, {"辽", "辽宁省"}, {"苏", "江苏省"},
    {"浙", "浙江省"}, {"皖", "安徽省"}, {"闽", "福建省"}, {"赣", "江西省"}, {"鲁", "山东省"}, {"豫", "河南省"},
    {"鄂", "湖北省"}, {"湘", "湖南省"}, {"粤", "广东省"}, {"桂", "广西壮族自治区"}, {"琼", "海南省"},
    {"川", "四川省"}, {"黔", "贵州省"}, {"滇", "云南省"}, {"陕", "陕西省"}, {"甘", "甘肃省"}, {"陇", "甘肃省"},
    {"青", "青海省"}, {"藏", "西藏自治区"},
  };
  /** The abbreviation characters, and at the same index the full name each stands for. */
  private static final String ABBR_CHARS;
  private static final String[] ABBR_NAMES = new String[ABBREVIATIONS.length];
  private static final boolean[] IS_ABBR = new boolean[Character.MAX_VALUE + 1];

  static {
    StringBuilder chars = new StringBuilder();
    for (int k = 0; k < ABBREVIATIONS.length; k++) {
      chars.append(ABBREVIATIONS[k][0]);
      ABBR_NAMES[k] = ABBREVIATIONS[k][1];
    }
    ABBR_CHARS = chars.toString();
    for (int k = 0; k < ABBR_CHARS.length(); k++) {
      IS_ABBR[ABBR_CHARS.charAt(k)] = true;
    }
  }

  /** The full name a one-character abbreviation stands for, or null. */
  private static String abbreviated(char c) {
    int k = ABBR_CHARS.indexOf(c);
    return k < 0 ? null : ABBR_NAMES[k];
  }

  /** Abbreviations that form compounds (中美, 港澳台, 京津冀); rarer ones (丹, 甘丹) would cut Tibetan names. */
  private static final String COMPOUND_ABBR = "中美日俄英法德韩朝印越泰加欧亚非墨港澳台京津沪渝冀晋辽苏浙皖闽赣鲁豫鄂湘粤桂琼川黔滇陕";

  private static boolean allIn(String text, int i, int j, String chars) {
    for (int k = i; k < j; k++) {
      if (chars.indexOf(text.charAt(k)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Verbs of movement and relation before a one-character abbreviation: 访华, 来华, 驻港, 抵京. */
  private static final String ABBR_VERBS = "访来在驻赴对离抵进返旅留回";
  /** Abbreviations that take such a verb; 藏 is left out (援藏, 进藏 name a policy more than a place). */
  private static final String VERB_ABBR = "华京港美日俄英法德台澳沪津渝冀晋辽苏浙皖闽赣鲁豫鄂湘粤桂琼川黔滇陕";

  private static List<Cand> abbreviations(String text, int from, int to, List<Cand> gaz) {
    boolean[] taken = new boolean[to - from];
    for (Cand c : gaz) {
      for (int i = c.start; i < c.end; i++) {
        taken[i - from] = true;
      }
    }
    List<Cand> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      if (taken[i - from] || !IS_ABBR[text.charAt(i)]) {
        i++;
        continue;
      }
      int j = i;
      Set<String> referents = new LinkedHashSet<>();
      boolean distinct = true;
      while (j < to && j - i < 4 && !taken[j - from] && IS_ABBR[text.charAt(j)]) {
        distinct &= referents.add(abbreviated(text.charAt(j)));
        j++;
      }
      if (j - i >= 2 && !allIn(text, i, j, COMPOUND_ABBR)) {
        i = j;
        continue;
      }
      if (j - i == 1 && i + 1 < to && attributive(text, i)) {
        out.add(abbreviation(text, i));
      } else if (j - i >= 2 && distinct && compound(text, from, to, i, j)) {
        for (int k = i; k < j; k++) {
          out.add(abbreviation(text, k));
        }
      } else if (j - i == 1 && i > from && ABBR_VERBS.indexOf(text.charAt(i - 1)) >= 0
          && VERB_ABBR.indexOf(text.charAt(i)) >= 0 && !taken[i - 1 - from]
          && !crossedByWord(text, from, to, i - 1, i + 1)) {
        out.add(abbreviation(text, i));
      }
      i = Math.max(j, i + 1);
    }
    // 两岸 is the two sides of the Taiwan Strait in 海峡两岸, 两岸关系, 两岸同胞 …; elsewhere riverbanks.
    for (int k = text.indexOf("两岸", from); k >= 0 && k + 2 <= to; k = text.indexOf("两岸", k + 2)) {
      if (!taken[k - from] && !taken[k + 1 - from] && strait(text, from, to, k)) {
        Gazetteer.Entry e = Models.GAZ.entry("海峡两岸");
        out.add(new Cand(k, k + 2, e, e.level(), e.name()));
      }
    }
    return out;
  }

  /**
   * Pairs of an abbreviation and the word it qualifies: 中方, 美方 (the Chinese, American side), 华人, 华侨,
   * 港人, 台胞, 中资, 美籍, 中外.
   */
  private static final String[] ATTRIBUTIVE = {
    "方", "中美日俄英法德韩朝印越泰加意荷芬挪丹匈希埃菲缅柬墨古港澳台",
    "人", "华港台", "侨", "华", "裔", "华日美英法德韩俄", "资", "中港台澳美日韩", "籍", "美英日德法华韩俄加港台澳",
    "商", "华港台澳日韩美", "胞", "台港澳", "独", "台", "外", "中",
  };

  private static boolean attributive(String text, int i) {
    char next = text.charAt(i + 1);
    char c = text.charAt(i);
    for (int k = 0; k < ATTRIBUTIVE.length; k += 2) {
      if (ATTRIBUTIVE[k].charAt(0) == next && ATTRIBUTIVE[k + 1].indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Words after a compound of abbreviations that confirm it (中美人民, 中英两国). */
  private static final String[] RELATIONS = {
    "两国", "三国", "人民", "双方", "关系", "之间", "合作", "贸易", "边界", "边境", "友好", "建交", "会谈", "首脑", "领导人", "联合"};

  private static final String[] STRAIT_WORDS = {
    "关系", "同胞", "统一", "交流", "经贸", "人民", "三通", "和平", "双方", "民众", "往来", "合作", "直航", "谈判",
    "对话", "中国人", "经济", "文化", "青年", "企业", "领导人", "事务", "政治", "军事", "间"};

  private static boolean strait(String text, int from, int to, int k) {
    if (k - 2 >= from && text.startsWith("海峡", k - 2)) {
      return true;
    }
    for (String w : STRAIT_WORDS) {
      if (text.startsWith(w, k + 2) && k + 2 + w.length() <= to) {
        return true;
      }
    }
    // Otherwise wherever no river, road or valley precedes (拉萨河两岸, 中游两岸, 公路两岸 are banks).
    return k == from || "河江湖溪沟渠路街岸道谷流边游线泊段川".indexOf(text.charAt(k - 1)) < 0;
  }

  /** A run of abbreviations is a compound (中美, 港澳台) unless the dictionary knows it as something else (中华, 新华). */
  private static boolean compound(String text, int from, int to, int i, int j) {
    CoreDictionary.Attribute a = CoreDictionary.get(text.substring(i, j));
    if (a != null && !a.hasNatureStartsWith("ns") && !a.hasNatureStartsWith("j") && a.totalFrequency >= RARE) {
      return false;
    }
    for (String r : RELATIONS) {
      if (text.startsWith(r, j) && j + r.length() <= to && !(i > from && crossedByWord(text, from, to, i, i + 1))) {
        return true;
      }
    }
    return !crossedByWord(text, from, to, i, j);
  }

  private static Cand abbreviation(String text, int k) {
    Gazetteer.Entry e = Models.GAZ.entry(abbreviated(text.charAt(k)));
    return new Cand(k, k + 1, e, e.level(), e.name());
  }

  // ---------------------------------------------------------------- grammar

  private static List<Cand> grammarHits(String text, int from, int to, List<Cand> gaz) {
    // For each position, the gazetteer hit covering it (if any).
    // Strong hits (full administrative names such as 类乌齐县, long names) bound grammar names; weak ones
    // (short forms 拉萨, 江孜; two-character foreign and natural names 古巴, 西湖) may sit inside them
    // (雅安卡村, 古巴村, 江孜镇), so the grammar walks through them like any name-like token.
    Cand[] cover = new Cand[to - from];
    Cand[] ends = new Cand[to - from + 1];
    boolean[] hit = new boolean[to - from];
    for (Cand c : gaz) {
      ends[c.end - from] = c;
      for (int i = c.start; i < c.end; i++) {
        hit[i - from] = true;
      }
      if (!strong(text, c)) {
        continue;
      }
      for (int i = c.start; i < c.end; i++) {
        cover[i - from] = c;
      }
    }
    List<Cand> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      String[] suf = suffixAt(text, i, to);
      if (suf == null || cover[i - from] != null || i == from) {
        i++;
        continue;
      }
      Cand c = nameBefore(text, from, to, i, suf, cover, ends, hit, out);
      if (c != null) {
        out.add(c);
        i = c.end;
      } else {
        i++;
      }
    }
    return out;
  }

  /** First characters of the suffixes: most positions are rejected with one lookup. */
  private static final String SUFFIX_FIRST;
  private static final boolean[] SUFFIX_START = new boolean[Character.MAX_VALUE + 1];

  static {
    StringBuilder first = new StringBuilder();
    for (String[] s : SUFFIXES) {
      if (first.indexOf(s[0].substring(0, 1)) < 0) {
        first.append(s[0].charAt(0));
      }
    }
    SUFFIX_FIRST = first.toString();
    for (int k = 0; k < SUFFIX_FIRST.length(); k++) {
      SUFFIX_START[SUFFIX_FIRST.charAt(k)] = true;
    }
  }

  private static String[] suffixAt(String text, int i, int to) {
    if (!SUFFIX_START[text.charAt(i)]) {
      return null;
    }
    for (String[] s : SUFFIXES) {
      if (text.startsWith(s[0], i) && i + s[0].length() <= to) {
        return s;
      }
    }
    return null;
  }

  private static boolean strong(String text, Cand c) {
    if (c.entry != null && c.entry.path().isEmpty()) {
      return false; // a HanLP place word: may be part of a longer name (罗布林卡社区)
    }
    String surface = text.substring(c.start, c.end);
    int r = rank(c.level);
    // Full administrative names and old names with their suffix (错那县) end a name; short forms do not.
    return r >= 1 && r <= 5 && (c.name.equals(surface) || endsWithSuffixChar(text, c))
        || c.length() >= 4 && !(c.end < text.length() && "乡镇村街社居".indexOf(text.charAt(c.end)) >= 0);
  }

  private static Cand nameBefore(String text, int from, int to, int i, String[] suf, Cand[] cover, Cand[] ends,
      boolean[] hit, List<Cand> grammarSoFar) {
    int sufEnd = i + suf[0].length();
    PlaceLevel level = PlaceLevel.valueOf(suf[1]);
    if (level == PlaceLevel.NATURAL && adminSuffixFollows(text, sufEnd, to)) {
      return null; // 尼玛江热乡, 普玛江塘乡: the river suffix is inside a township's name
    }
    if (suf[0].startsWith("山") && (i - 2 < from || text.charAt(i - 1) != '拉')) {
      // Only Tibetan passes (米拉山, 岗巴拉山, 多雄拉山口: 拉 is "pass"); other …山 are words and
      // people's names (金山银山, 廖忠山).
      return null;
    }
    if (cheaplyRejected(text, from, to, i, sufEnd)) {
      return null;
    }
    // Left limit: the window, the article, the previous place (chain), punctuation.
    int limit = Math.max(from, i - WINDOW);
    for (int k = i - 1; k >= limit; k--) {
      if (cover[k - from] != null) {
        limit = k + 1;
        break;
      }
    }
    for (Cand g : grammarSoFar) {
      if (g.end <= i && g.end > limit) {
        limit = g.end;
      }
    }
    for (int k = i - 1; k >= limit; k--) {
      char ch = text.charAt(k);
      if (!CharClasses.isHan(ch)) {
        limit = k + 1;
        break;
      }
    }
    if (limit >= i) {
      return null;
    }
    // A little right context lets HanLP show whether the suffix ends a word (澎波河|沿线) or starts one (市场).
    int right = sufEnd;
    while (right < Math.min(to, sufEnd + 2) && CharClasses.isHan(text.charAt(right))) {
      right++;
    }
    List<Term> terms = singleCharacters(text, limit, right, hit, from);
    if (terms == null) {
      terms = segment(text, limit, right);
    }
    if (terms == null) {
      return null;
    }
    boolean boundaryAtEnd = right == sufEnd;
    int q = limit;
    for (Term t : terms) {
      if (q == i && q + t.length() > sufEnd) {
        // The suffix starts a longer word: fine when that word is rare (河沿 in 澎波河沿线), not for 市场.
        CoreDictionary.Attribute a = CoreDictionary.get(t.word);
        boundaryAtEnd |= a == null || a.totalFrequency < RARE || t.nature.startsWith("ns");
      }
      if (q < sufEnd && q + t.length() > sufEnd && q > i) {
        // A rare word glued across the suffix's end (道白 in 八廓街道白林社区) is a segmentation accident.
        CoreDictionary.Attribute a = CoreDictionary.get(t.word);
        boundaryAtEnd |= a == null || a.totalFrequency < RARE;
      }
      q += t.length();
      if (q == sufEnd) {
        boundaryAtEnd = true;
      }
    }
    if (!boundaryAtEnd && !continues(text, i, to) && !continues(text, sufEnd, to)) {
      return null;
    }
    // Locate the token holding the suffix's first character.
    int pos = limit;
    int idx = -1;
    for (int t = 0; t < terms.size(); t++) {
      int len = terms.get(t).length();
      if (pos <= i && i < pos + len) {
        idx = t;
        break;
      }
      pos += len;
    }
    if (idx < 0) {
      return null;
    }
    Term holder = terms.get(idx);
    int nameStart;
    if (pos < i) {
      // The suffix is glued to the characters before it (农村, 城乡, 全县): only a known place word passes.
      if (holder.nature.startsWith("ns")) {
        nameStart = pos;
      } else if ((suf[0].length() > 1 || rare(holder.word)) && allNameChars(holder.word.substring(0, i - pos))) {
        // 泽当街道 segmented 泽/当街/道: a two-character suffix is evidence enough to split the word.
        nameStart = i;
        idx = splitHolder(terms, idx, i - pos);
      } else {
        return null;
      }
    } else {
      nameStart = i;
    }
    if (suf[0].equals("区") && nameStart == i && idx > 0) {
      Term last = terms.get(idx - 1);
      String tag = last.nature == null ? "" : last.nature.toString();
      if (last.length() >= 2 && CoreDictionary.contains(last.word) && !tag.startsWith("ns") && !tag.startsWith("nr")
          && !tag.startsWith("nz") && !tag.equals("j")) {
        return null; // 度假区, 保护区, 示范区: a common word before 区 names a kind of area, not a district
      }
    }
    // Walk left over name-like tokens.
    int p = nameStart;
    int strictP = -1; // where the walk would have stopped without crossing a soft stop
    for (int t = idx - 1; t >= 0; t--) {
      Term term = terms.get(t);
      int len = term.length();
      if (i - (p - len) > MAX_NAME) {
        break;
      }
      if (len == 1 && SOFT_STOPS.indexOf(term.word.charAt(0)) >= 0) {
        // 公前村, 知内村, 也堆村: such characters pass only when the name directly follows a place.
        if (strictP < 0) {
          strictP = p;
        }
        p -= len;
        continue;
      }
      if (len > 1 && VERB_FIRST.indexOf(term.word.charAt(0)) >= 0 && !term.nature.startsWith("ns")) {
        break; // 毗邻巴松错, 守护格仁错, 登顶卓木拉日峰: a verb, however rare HanLP thinks it
      }
      if (!nameLike(term)) {
        // 在岗色乡: HanLP glued the function word 在 to the name's first character; keep the rest.
        // Not for collective words (全国一村: 国 belongs to 全国).
        String w = term.word;
        if (COLLECTIVE.indexOf(w.charAt(0)) >= 0) {
          break;
        }
        if (w.length() > 1 && STOP_CHARS.indexOf(w.charAt(0)) >= 0 && allNameChars(w.substring(1))
            && !CoreDictionary.contains(w.substring(1)) || w.length() == 2 && STOP_CHARS.indexOf(w.charAt(0)) >= 0
            && allNameChars(w.substring(1))) {
          p -= len - 1;
        }
        break;
      }
      p -= len;
    }
    if (strictP >= 0 && !endsPlace(ends, from, p, grammarSoFar)
        && !(p - 1 > from && text.charAt(p - 1) == '的' && endsPlace(ends, from, p - 1, grammarSoFar))) {
      p = strictP;
    }
    boolean commonWordName = false;
    boolean townshipSuffix = suf[0].equals("镇") || suf[0].equals("乡");
    if (p == i && nameStart == i && idx > 0 && (VILLAGE_SUFFIXES.contains(suf[0]) || townshipSuffix)) {
      // 乃琼镇幸福社区, 德庆镇团结新村: right after a township or county, a common word is the name.
      Term w = terms.get(idx - 1);
      int ws = i - w.length();
      Cand before = ws > from ? ends[ws - from] : null;
      if (before == null) {
        for (Cand g : grammarSoFar) {
          if (g.end == ws) {
            before = g;
          }
        }
      }
      // 巴宜区八一镇: a township's name may be a common word too, right after its county.
      if (before != null && (before.level == PlaceLevel.COUNTY || before.level == PlaceLevel.TOWNSHIP && !townshipSuffix)
          && w.length() >= 2 && w.length() <= 3 && allNameChars(w.word) && !CATEGORY.contains(w.word)
          && !(w.nature != null && w.nature.startsWith("v")) && !genericLevelChar(w.word)) {
        p = ws;
        commonWordName = true;
      }
    }
    // 因哲古错, 被称X错: a verb or preposition that never begins a transliteration is no part of the name.
    while (i - p >= 3 && NEVER_FIRST.indexOf(text.charAt(p)) >= 0) {
      p++;
    }
    // A province's short form opening the name is a place of its own (上海浦东新区 → 上海 + 浦东新区).
    for (int e = p + 2; e < i - 1; e++) {
      Gazetteer.Entry head = Models.GAZ.entry(text.substring(p, e));
      if (head != null && head.level() == PlaceLevel.PROVINCE) {
        p = e;
        break;
      }
    }
    // The name must not start inside a word (老家桑木村: 家 belongs to 老家).
    for (int a = Math.max(limit, p - 3); a < p; a++) {
      if (STOP_CHARS.indexOf(text.charAt(a)) >= 0 && SOFT_STOPS.indexOf(text.charAt(a)) < 0) {
        continue; // 来到达村: 到达 is no reason to cut 达
      }
      for (int b = p + 1; b <= Math.min(i - 1, a + 4); b++) {
        CoreDictionary.Attribute w = CoreDictionary.get(text.substring(a, b));
        if (w != null && !w.hasNatureStartsWith("ns") && w.totalFrequency >= RARE) {
          p = b;
        }
      }
    }
    int nameLen = i - p;
    if (nameLen <= 0) {
      return null;
    }
    for (int k = p; k < i; k++) {
      if (NUMERALS.indexOf(text.charAt(k)) >= 0 && k + 1 < i && MEASURES.indexOf(text.charAt(k + 1)) >= 0) {
        return null; // 三大圣湖, 两座神山: a counted common noun, not a name
      }
    }
    if (text.charAt(i - 1) == '一' && sufEnd < to && text.charAt(sufEnd) == '一') {
      return null; // 一村一品, 一乡一业: a distributive phrase
    }
    Cand own = ends[sufEnd - from];
    if (own != null && own.entry != null && !own.entry.path().isEmpty() && own.start > p && own.start < i) {
      return null; // 毗邻巴松错: a known name ending in the suffix is not extended over the words before it
    }
    if (level == PlaceLevel.NATURAL && (suf[0].equals("错") || suf[0].equals("措"))
        && HanlpPlaceWords.isBlocked(text.substring(Math.max(p, i - 2), i))) {
      return null; // 次仁措, 德吉措: women's names end like lakes
    }
    boolean chained = endsPlace(ends, from, p, grammarSoFar)
        || p - 1 > from && text.charAt(p - 1) == '的' && endsPlace(ends, from, p - 1, grammarSoFar);
    Gazetteer.Entry known = Models.GAZ.entry(text.substring(p, i));
    if (known != null && rank(known.level()) >= 1 && rank(known.level()) <= 5
        && rank(level) <= rank(known.level()) || known != null && suf[0].equals("地区")) {
      return null; // 西藏地区, 拉萨市区: a known place plus a generic word, not a new place
    }
    if (nameLen == 1) {
      // One-character names (江村, 蔡村) right after a place of a higher level, or after a verb of
      // arriving or a locative (来到雪村, 在江村) when the character is no common modifier (山村, 农村).
      boolean village = suf[0].equals("村") || suf[0].equals("乡") || suf[0].equals("镇")
          || suf[0].equals("新村") && chained; // 樟木镇立新村
      if (!village || verbLike(text.charAt(p))) {
        return null; // 返乡, 进村, 驻村
      }
      boolean free = ONE_CHAR_GENERIC.indexOf(text.charAt(p)) < 0 && !CoreDictionary.contains(text.substring(p, sufEnd));
      // A line break between two ideographs is a word broken by the layout, not a sentence start (狮泉\n河镇).
      boolean sentenceStart = p == from || !CharClasses.isHan(text.charAt(p - 1)) && !midWordBreak(text, from, p - 1);
      if (!chained && !(free && (suf[0].equals("村") && afterArrival(text, from, p) || sentenceStart))) {
        return null;
      }
    }
    if (level == PlaceLevel.NATURAL && (nameLen < 2 || sufEnd < to && "村乡镇县区".indexOf(text.charAt(sufEnd)) >= 0)) {
      return null;
    }
    if (text.charAt(i - 1) == '地' && "县区市".indexOf(text.charAt(i)) >= 0) {
      return null; // 地县级干部, 地市: prefecture and county levels, not a name
    }
    if (nameLen >= 2 && !commonWordName && genericTail(text.substring(p, i))) {
      return null;
    }
    if (quoted(text, from, to, p, sufEnd) || personContext(text, from, to, p, sufEnd)) {
      return null;
    }
    if (!chained && text.startsWith("江村", i - 1) && HanlpPlaceWords.isBlocked(text.substring(p, i - 1))) {
      return null; // 卓玛江村: two Tibetan given names, a person
    }
    if (level == PlaceLevel.PREFECTURE && suf[0].equals("市") && chained) {
      level = PlaceLevel.COUNTY;
    }
    return new Cand(p, sufEnd, null, level, text.substring(p, sufEnd));
  }

  /** True when a place found so far ends at {@code p} (the name continues an address chain). */
  private static boolean endsPlace(Cand[] ends, int from, int p, List<Cand> grammar) {
    return p > from && ends[p - from] != null || endsGrammar(grammar, p);
  }

  /** An administrative suffix within the next three characters, with only name characters between. */
  private static boolean adminSuffixFollows(String text, int k, int to) {
    for (int j = k; j < Math.min(to, k + 3); j++) {
      char c = text.charAt(j);
      if ("乡镇村居社街".indexOf(c) >= 0) {
        return true;
      }
      if (!CharClasses.isHan(c) || STOP_CHARS.indexOf(c) >= 0) {
        return false;
      }
    }
    return false;
  }

  private static boolean endsGrammar(List<Cand> grammar, int p) {
    for (Cand g : grammar) {
      if (g.end == p) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWithSuffixChar(String text, Cand c) {
    char last = text.charAt(c.end - 1);
    return "省市县区乡镇村州旗盟".indexOf(last) >= 0;
  }

  /** True when a known continuation (县政府, 县委, 村民) starts at {@code i}. */
  private static boolean continues(String text, int i, int to) {
    for (String c : CONTINUATIONS) {
      if (text.startsWith(c, i) && i + c.length() <= to) {
        return true;
      }
    }
    for (String c : RIGHT_OK) {
      if (text.startsWith(c, i) && i + c.length() <= to) {
        return true;
      }
    }
    return false;
  }

  /** Splits terms[idx] after {@code k} characters; returns the index of the part ending at the split. */
  private static int splitHolder(List<Term> terms, int idx, int k) {
    Term t = terms.get(idx);
    Term left = new Term(t.word.substring(0, k), Nature.nz);
    Term right = new Term(t.word.substring(k), t.nature);
    terms.set(idx, right);
    terms.add(idx, left);
    return idx + 1;
  }

  /**
   * Rejections that need no segmentation, which keeps the grammar fast on the many suffix characters of
   * ordinary words: a function word right before the suffix (全区, 本市, 该村), or a frequent word glued
   * across the suffix (农村, 城市, 山区, 市场) that HanLP would keep whole anyway.
   */
  private static boolean cheaplyRejected(String text, int from, int to, int i, int sufEnd) {
    char before = text.charAt(i - 1);
    if (!CharClasses.isHan(before) || STOP_CHARS.indexOf(before) >= 0 && SOFT_STOPS.indexOf(before) < 0) {
      return true;
    }
    if (sufEnd - i == 1) {
      CoreDictionary.Attribute left = CoreDictionary.get(text.substring(i - 1, sufEnd));
      if (left != null && left.totalFrequency >= 20 && !left.hasNatureStartsWith("ns")) {
        return true;
      }
    }
    return false;
  }

  /** Characters that make 村 a common word rather than a name (山村, 农村, 渔村, 全村). */
  private static final String ONE_CHAR_GENERIC = "山农渔牧边新老小大乡城邻外本该全各每一二三四五六七八九十两百千万几数贫富穷强美好整行自村中后前上下里";

  private static final String[] ARRIVAL = {"来到", "前往", "走进", "走访", "位于", "地处", "在", "到", "赴", "进驻", "深入"};

  /** True when {@code p} follows a verb of arriving or a locative (来到, 在). */
  private static boolean afterArrival(String text, int from, int p) {
    for (String a : ARRIVAL) {
      if (p - a.length() >= from && text.startsWith(a, p - a.length())) {
        return true;
      }
    }
    return false;
  }

  /** Verbs that combine with 乡, 村, 镇 into common words (返乡, 进村, 驻村), not one-character names. */
  private static boolean verbLike(char c) {
    return "返回下进驻包到入出离联建强兴富住在去来还归留".indexOf(c) >= 0;
  }

  private static boolean allNameChars(String w) {
    for (int k = 0; k < w.length(); k++) {
      if (!CharClasses.isHan(w.charAt(k)) || STOP_CHARS.indexOf(w.charAt(k)) >= 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean nameLike(Term t) {
    String w = t.word;
    for (int k = 0; k < w.length(); k++) {
      if (!CharClasses.isHan(w.charAt(k))) {
        return false;
      }
    }
    if (w.length() == 1) {
      return STOP_CHARS.indexOf(w.charAt(0)) < 0;
    }
    if (GENERIC.contains(w)) {
      return false;
    }
    for (int k = 0; k < w.length(); k++) {
      if ("省市县区乡镇村州旗盟".indexOf(w.charAt(k)) >= 0) {
        return false; // 镇江 in 江孜镇江嘎村, 果乡: a level character belongs to a name of its own
      }
    }
    Nature n = t.nature;
    if (n == null) {
      return true;
    }
    String tag = n.toString();
    if (tag.startsWith("ns")) {
      return true;
    }
    if (STOP_CHARS.indexOf(w.charAt(0)) >= 0) {
      return false; // 在岗, 区内: a function word glued to the next character
    }
    for (int k = 1; k < w.length(); k++) {
      if ("省市县区乡镇村州旗盟".indexOf(w.charAt(k)) >= 0) {
        return false; // 果乡, 乡吉: a level character glued to a neighbour belongs to another name
      }
    }
    if (tag.startsWith("nr") || tag.startsWith("nz") || tag.equals("j") || tag.equals("nx")) {
      return true;
    }
    // Rare in HanLP's dictionary (公堂, 吉日 in 蔡公堂街道, 吉日街道) or known only to the gazetteer.
    CoreDictionary.Attribute a = CoreDictionary.get(w);
    return a == null || a.totalFrequency < RARE;
  }

  private static final int RARE = 5;

  private static boolean rare(String w) {
    CoreDictionary.Attribute a = CoreDictionary.get(w);
    return a == null || a.totalFrequency < RARE;
  }

  /** True when the name ends in a common word, so that name + suffix is a generic phrase (推进村). */
  private static boolean genericTail(String name) {
    for (int k = 0; k + 2 <= name.length(); k++) {
      String tail = name.substring(k);
      if (GENERIC.contains(tail)) {
        return true;
      }
      CoreDictionary.Attribute a = CoreDictionary.get(tail);
      if (a != null && a.totalFrequency >= RARE && !a.hasNatureStartsWith("ns") && !a.hasNatureStartsWith("nr")
          && !a.hasNatureStartsWith("nz")) {
        return true;
      }
    }
    return false;
  }

  private static boolean quoted(String text, int from, int to, int s, int e) {
    return s > from && e < to && "“‘「『\"".indexOf(text.charAt(s - 1)) >= 0 && "”’」』\"".indexOf(text.charAt(e)) >= 0;
  }

  private static boolean personContext(String text, int from, int to, int s, int e) {
    if (s > from && TITLE_END.indexOf(text.charAt(s - 1)) >= 0) {
      return true;
    }
    for (String w : SPEECH) {
      if (text.startsWith(w, e) && e + w.length() <= to) {
        return true;
      }
    }
    return false;
  }


  // ---------------------------------------------------------------- short mentions

  private static final String[] LOCAL_SUFFIXES = {"民族乡", "居委会", "社区", "街道", "村", "乡", "镇"};

  /**
   * A township or village the article names in full may appear in it without its suffix (西德村 …
   * 西德糌粑加工厂, 绕赛社区 … 木如、绕赛等老城区): those mentions take the full name. Stems that are
   * common words or personal names, or that two places of the article share (桑木村, 桑木乡), are left.
   */
  private static List<Cand> shortMentions(String text, int from, int to, List<Cand> all) {
    Map<String, Cand> byStem = new HashMap<>();
    Set<String> ambiguous = new java.util.HashSet<>();
    for (Cand c : all) {
      if (c.entry != null || c.level != PlaceLevel.TOWNSHIP && c.level != PlaceLevel.VILLAGE) {
        continue;
      }
      for (String suf : LOCAL_SUFFIXES) {
        if (c.name.endsWith(suf) && c.name.length() - suf.length() >= 2) {
          String stem = c.name.substring(0, c.name.length() - suf.length());
          Cand old = byStem.putIfAbsent(stem, c);
          if (old != null && !old.name.equals(c.name)) {
            ambiguous.add(stem);
          }
          break;
        }
      }
    }
    if (byStem.isEmpty()) {
      return all;
    }
    boolean[] taken = new boolean[to - from];
    List<Cand> out = new ArrayList<>(all.size());
    for (Cand c : all) {
      if (c.entry != null && c.level == PlaceLevel.NATURAL && byStem.containsKey(c.name)
          && usableStem(c.name, ambiguous) && featureSuffix(c.name) == 0) {
        continue; // 鲁朗 after 鲁朗镇: the stem of the township the article named, not the scenic area
      }
      out.add(c);
      for (int i = c.start; i < c.end; i++) {
        taken[i - from] = true;
      }
    }
    for (Map.Entry<String, Cand> e : byStem.entrySet()) {
      String stem = e.getKey();
      Cand full = e.getValue();
      if (!usableStem(stem, ambiguous)) {
        continue;
      }
      for (int k = text.indexOf(stem, from); k >= 0 && k + stem.length() <= to; k = text.indexOf(stem, k + 1)) {
        int end = k + stem.length();
        if (overlaps(taken, from, k, end) || crossedByWord(text, from, to, k, end)
            || personContext(text, from, to, k, end)) {
          continue;
        }
        for (int i = k; i < end; i++) {
          taken[i - from] = true;
        }
        out.add(new Cand(k, end, null, full.level, full.name));
      }
    }
    out.sort(Comparator.comparingInt((Cand c) -> c.start).thenComparingInt(c -> c.end));
    return out;
  }

  private static boolean usableStem(String stem, Set<String> ambiguous) {
    return !(ambiguous.contains(stem) || HanlpPlaceWords.isBlocked(stem) || GENERIC.contains(stem) || !rare(stem)
        && !CoreDictionary.get(stem).hasNatureStartsWith("ns"));
  }

  /** Length of the natural-feature suffix a name ends in (河, 错, 峰, 冰川 …), or 0. */
  private static int featureSuffix(String name) {
    for (String[] suf : SUFFIXES) {
      if (suf[1].equals("NATURAL") && name.endsWith(suf[0]) && name.length() > suf[0].length()) {
        return suf[0].length();
      }
    }
    return name.endsWith("山") || name.endsWith("湖") ? 1 : 0;
  }

  // ---------------------------------------------------------------- merge and paths

  private static List<Cand> merge(List<Cand> gaz, List<Cand> grammar) {
    List<Cand> all = new ArrayList<>(grammar);
    for (Cand g : gaz) {
      boolean dominated = false;
      for (Cand c : grammar) {
        if (c.start < g.end && g.start < c.end) {
          dominated = true;
          break;
        }
      }
      if (!dominated) {
        all.add(g);
      }
    }
    all.sort(Comparator.comparingInt((Cand c) -> c.start).thenComparingInt(c -> c.end));
    return all;
  }

  private static void emit(String text, List<Cand> all, List<Entity> out) {
    int first = out.size();
    Map<String, List<String>> seen = new HashMap<>();
    Set<String> counties = new LinkedHashSet<>();
    Set<String> townships = new LinkedHashSet<>();
    Map<String, List<String>> pathOf = new HashMap<>();
    Cand prev = null;
    List<String> prevPath = null;
    for (Cand c : all) {
      List<String> path;
      if (c.entry != null && !c.entry.path().isEmpty()) {
        path = c.entry.path();
      } else if (prev != null && linked(text, prev, c) && rank(prev.level) < rank(c.level) && rank(c.level) < 9) {
        path = extend(prevPath.isEmpty() ? List.of(prev.name) : prevPath, c.name);
      } else if (prev != null && c.start == prev.end + 1 && text.charAt(prev.end) == '、' && prev.level == c.level
          && prevPath.size() > 1) {
        // 八廓街道、吉日街道: a list shares its parent.
        path = extend(prevPath.subList(0, prevPath.size() - 1), c.name);
      } else if (seen.containsKey(c.name)) {
        path = seen.get(c.name);
      } else if (c.level == PlaceLevel.VILLAGE && townships.size() == 1) {
        path = extend(pathOf.get(townships.iterator().next()), c.name);
      } else if ((c.level == PlaceLevel.VILLAGE || c.level == PlaceLevel.TOWNSHIP) && counties.size() == 1) {
        path = extend(pathOf.get(counties.iterator().next()), c.name);
      } else {
        path = List.of();
      }
      if (!path.isEmpty()) {
        seen.putIfAbsent(c.name, path);
        pathOf.putIfAbsent(c.name, path);
      }
      if (c.level == PlaceLevel.COUNTY && !path.isEmpty()) {
        counties.add(c.name);
      } else if (c.level == PlaceLevel.TOWNSHIP && !path.isEmpty()) {
        townships.add(c.name);
      }
      out.add(new Place(text.substring(c.start, c.end), c.start, c.end, c.name, c.level, path));
      prev = c;
      prevPath = path;
    }
    // A mention before the one that gave its name a path (西德 … 普兰县普兰镇西德村) takes that path too.
    for (int k = first; k < out.size(); k++) {
      Place p = (Place) out.get(k);
      if (p.path().isEmpty() && pathOf.containsKey(p.name())) {
        out.set(k, new Place(p.text(), p.start(), p.end(), p.name(), p.level(), pathOf.get(p.name())));
      }
    }
  }

  /** Adjacent parts of one chain, or joined by 的 (岗色乡的马曲村). */
  private static boolean linked(String text, Cand a, Cand b) {
    return a.end == b.start || (b.start == a.end + 1 && text.charAt(a.end) == '的');
  }

  private static List<String> extend(List<String> parent, String name) {
    List<String> p = new ArrayList<>(parent);
    p.add(name);
    return p;
  }

  /** Order of administrative levels, top first; places outside the hierarchy rank 9. */
  private static int rank(PlaceLevel l) {
    switch (l) {
      case COUNTRY:
        return 0;
      case PROVINCE:
        return 1;
      case PREFECTURE:
        return 2;
      case COUNTY:
        return 3;
      case ZONE:
        return 3;
      case TOWNSHIP:
        return 4;
      case VILLAGE:
        return 5;
      default:
        return 9;
    }
  }
}
