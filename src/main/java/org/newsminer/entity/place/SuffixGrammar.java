package org.newsminer.entity.place;

import static org.newsminer.entity.place.PlaceRules.STOP_CHARS;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import org.newsminer.entity.PlaceLevel;
import org.newsminer.text.CharClasses;

/**
 * Mechanism 3, the suffix grammar for names no dictionary knows: a transliterated name followed by an
 * administrative suffix (类乌齐县, 岗色乡, 马曲村, 东嘎街道) or a natural-feature suffix (澎波河). The name's
 * left edge comes from a HanLP segmentation of a few characters before the suffix: the name is the run of
 * name-like tokens (proper nouns, unknown words, single characters that are not function words) ending at
 * the suffix; common words (城乡, 农村, 贫困村) and deictic words (全县, 各村) stop it, and so do verbs however
 * rare HanLP thinks them (毗邻, 守护, 登顶), characters that never begin a transliteration (因, 称, 被),
 * counted nouns (三大圣湖) and collective words (全国一村); a known name that already ends in the suffix
 * (巴松错) is never extended. Right after a township or county a common word is a village's name
 * (乃琼镇幸福社区).
 *
 * <p>One instance per text run, confined to the calling thread.
 */
final class SuffixGrammar {
  /** Longest names the grammar builds before a suffix (Tibetan transliterations rarely exceed five). */
  private static final int MAX_NAME = 6;
  private static final int WINDOW = 8;
  private static final String NUMERALS = "一二三四五六七八九十两几数0123456789";
  /** Digits and numeral characters a figure is written with (closed alphabet): what a unit follows. */
  private static final String FIGURE = "0123456789０１２３４５６７８９.一二三四五六七八九十百千万亿两零〇";

  private final String text;
  private final int from;
  private final int to;
  /** For each position, the strong gazetteer hit covering it: such hits bound grammar names. */
  private final Cand[] cover;
  /** For each end position, the gazetteer hit ending there. */
  private final Cand[] ends;
  /** Positions any gazetteer hit covers. */
  private final boolean[] hit;
  /** For each position, the gazetteer hit (strong or weak) covering it. */
  private final Cand[] anyCover;
  private final List<Cand> found = new ArrayList<>();

  private SuffixGrammar(String text, int from, int to, List<Cand> gaz) {
    this.text = text;
    this.from = from;
    this.to = to;
    cover = new Cand[to - from];
    ends = new Cand[to - from + 1];
    hit = new boolean[to - from];
    anyCover = new Cand[to - from];
    // Strong hits (full administrative names such as 类乌齐县, long names) bound grammar names; weak ones
    // (short forms 拉萨, 江孜; two-character foreign and natural names 古巴, 西湖) may sit inside them
    // (雅安卡村, 古巴村, 江孜镇), so the grammar walks through them like any name-like token.
    for (Cand c : gaz) {
      ends[c.end - from] = c;
      c.mark(hit, from);
      for (int i = c.start; i < c.end; i++) {
        anyCover[i - from] = c;
      }
      if (strong(text, c)) {
        for (int i = c.start; i < c.end; i++) {
          cover[i - from] = c;
        }
      }
    }
  }

  /** The names the grammar builds in {@code text[from, to)}, given the gazetteer's hits there. */
  static List<Cand> hits(String text, int from, int to, List<Cand> gaz) {
    return new SuffixGrammar(text, from, to, gaz).run();
  }

  private List<Cand> run() {
    int i = from;
    while (i < to) {
      Suffixes.Suffix suf = Suffixes.at(text, i, to);
      if (suf == null || cover[i - from] != null || i == from) {
        i++;
        continue;
      }
      Cand c = nameBefore(i, suf);
      if (c != null) {
        found.add(c);
        i = c.end;
      } else {
        i++;
      }
    }
    return found;
  }

  /** A full administrative name or a long name: it ends any name the grammar builds before it. */
  static boolean strong(String text, Cand c) {
    if (c.entry != null && !c.entry.listed()) {
      return false; // a HanLP place word: may be part of a longer name (罗布林卡社区)
    }
    String surface = text.substring(c.start, c.end);
    int r = Cand.rank(c.level);
    // Full administrative names and old names with their suffix (错那县) end a name; short forms do not.
    return r >= 1 && r <= 5 && (c.name.equals(surface) || PlaceRules.LEVEL_CHARS.indexOf(text.charAt(c.end - 1)) >= 0)
        || c.length() >= 4 && !(c.end < text.length() && "乡镇村街社居".indexOf(text.charAt(c.end)) >= 0);
  }

  /** The name the grammar builds before suffix {@code suf} at {@code i}, or null. */
  private Cand nameBefore(int i, Suffixes.Suffix suf) {
    int sufEnd = i + suf.text().length();
    if (rejectedUnsegmented(i, suf, sufEnd)) {
      return null;
    }
    int limit = leftLimit(i);
    if (limit >= i) {
      return null;
    }
    // A little right context lets HanLP show whether the suffix ends a word (澎波河|沿线) or starts one (市场).
    int right = sufEnd;
    while (right < Math.min(to, sufEnd + 2) && CharClasses.isHan(text.charAt(right))) {
      right++;
    }
    List<Term> terms = WordBoundaries.singleCharacters(text, limit, right, hit, from);
    if (terms == null) {
      terms = WordBoundaries.segment(text, limit, right);
    }
    if (terms == null || !suffixEndsWord(terms, limit, i, sufEnd, right)) {
      return null;
    }
    int[] holder = nameStart(terms, limit, i, suf);
    if (holder == null) {
      return null;
    }
    int nameStart = holder[0];
    int idx = holder[1];
    if (suf.is("区") && nameStart == i && idx > 0 && kindOfArea(terms.get(idx - 1))) {
      return null; // 度假区, 保护区, 示范区: a common word before 区 names a kind of area, not a district
    }
    int p = walkLeft(terms, idx, nameStart, i);
    boolean commonWordName = false;
    if (p == i && nameStart == i && idx > 0) {
      int common = commonWordName(terms.get(idx - 1), i, suf);
      if (common >= 0) {
        p = common;
        commonWordName = true;
      }
    }
    p = trimStart(p, i, limit);
    if (i - p <= 0) {
      return null;
    }
    return accept(p, i, suf, commonWordName);
  }

  /** Rejections before any segmentation (river suffix inside a township's name, …山 words, 全县). */
  private boolean rejectedUnsegmented(int i, Suffixes.Suffix suf, int sufEnd) {
    if (suf.level() == PlaceLevel.NATURAL && NameGuards.adminSuffixFollows(text, sufEnd, to)) {
      return true; // 尼玛江热乡, 普玛江塘乡: the river suffix is inside a township's name
    }
    if (suf.text().startsWith("山") && (i - 2 < from || text.charAt(i - 1) != '拉')) {
      // Only Tibetan passes (米拉山, 岗巴拉山, 多雄拉山口: 拉 is "pass"); other …山 are words and
      // people's names (金山银山, 廖忠山).
      return true;
    }
    return NameGuards.cheaplyRejected(text, i, sufEnd);
  }

  /** Left limit of the name: the window, the previous place (a chain), punctuation. */
  private int leftLimit(int i) {
    int limit = Math.max(from, i - WINDOW);
    for (int k = i - 1; k >= limit; k--) {
      if (cover[k - from] != null) {
        limit = k + 1;
        break;
      }
    }
    for (Cand g : found) {
      if (g.end <= i && g.end > limit) {
        limit = g.end;
      }
    }
    for (int k = i - 1; k >= limit; k--) {
      if (!CharClasses.isHan(text.charAt(k))) {
        limit = k + 1;
        break;
      }
    }
    return limit;
  }

  /** True when the segmentation lets the suffix end a word (or a continuation such as 县委 follows). */
  private boolean suffixEndsWord(List<Term> terms, int limit, int i, int sufEnd, int right) {
    boolean boundaryAtEnd = right == sufEnd;
    int q = limit;
    for (Term t : terms) {
      if (q == i && q + t.length() > sufEnd) {
        // The suffix starts a longer word: fine when that word is rare (河沿 in 澎波河沿线), not for 市场.
        CoreDictionary.Attribute a = CoreDictionary.get(t.word);
        boundaryAtEnd |= a == null || a.totalFrequency < WordBoundaries.RARE || t.nature.startsWith("ns");
      }
      if (q < sufEnd && q + t.length() > sufEnd && q > i) {
        // A rare word glued across the suffix's end (道白 in 八廓街道白林社区) is a segmentation accident.
        CoreDictionary.Attribute a = CoreDictionary.get(t.word);
        boundaryAtEnd |= a == null || a.totalFrequency < WordBoundaries.RARE;
      }
      q += t.length();
      if (q == sufEnd) {
        boundaryAtEnd = true;
      }
    }
    return boundaryAtEnd || WordBoundaries.continues(text, i, to) || WordBoundaries.continues(text, sufEnd, to);
  }

  /**
   * Where the name may end on the left of the suffix, and the index of the token before it, splitting the
   * token that holds the suffix's first character when needed; null when the suffix is glued to a word.
   */
  private int[] nameStart(List<Term> terms, int limit, int i, Suffixes.Suffix suf) {
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
    if (pos == i) {
      return new int[] {i, idx};
    }
    // The suffix is glued to the characters before it (农村, 城乡, 全县): only a known place word passes.
    if (holder.nature.startsWith("ns")) {
      return new int[] {pos, idx};
    }
    if ((suf.text().length() > 1 || WordBoundaries.rare(holder.word))
        && NameGuards.allNameChars(holder.word.substring(0, i - pos))) {
      // 泽当街道 segmented 泽/当街/道: a two-character suffix is evidence enough to split the word.
      Term left = new Term(holder.word.substring(0, i - pos), Nature.nz);
      Term rest = new Term(holder.word.substring(i - pos), holder.nature);
      terms.set(idx, rest);
      terms.add(idx, left);
      return new int[] {i, idx + 1};
    }
    return null;
  }

  /** A common word (度假, 保护, 示范) before 区: the phrase names a kind of area. */
  private static boolean kindOfArea(Term last) {
    String tag = last.nature == null ? "" : last.nature.toString();
    return last.length() >= 2 && CoreDictionary.contains(last.word) && !tag.startsWith("ns") && !tag.startsWith("nr")
        && !tag.startsWith("nz") && !tag.equals("j");
  }

  /** Walks left over name-like tokens from token {@code idx - 1}; returns the name's start. */
  private int walkLeft(List<Term> terms, int idx, int nameStart, int i) {
    int p = nameStart;
    int strictP = -1; // where the walk would have stopped without crossing a soft stop
    for (int t = idx - 1; t >= 0; t--) {
      Term term = terms.get(t);
      int len = term.length();
      if (i - (p - len) > MAX_NAME) {
        break;
      }
      if (len == 1 && PlaceRules.SOFT_STOPS.indexOf(term.word.charAt(0)) >= 0) {
        // 公前村, 知内村, 也堆村: such characters pass only when the name directly follows a place.
        if (strictP < 0) {
          strictP = p;
        }
        p -= len;
        continue;
      }
      if (len > 1 && PlaceRules.VERB_FIRST.indexOf(term.word.charAt(0)) >= 0 && !term.nature.startsWith("ns")) {
        break; // 毗邻巴松错, 守护格仁错, 登顶卓木拉日峰: a verb, however rare HanLP thinks it
      }
      if (!NameGuards.nameLike(term)) {
        // 在岗色乡: HanLP glued the function word 在 to the name's first character; keep the rest.
        // Not for collective words (全国一村: 国 belongs to 全国).
        String w = term.word;
        if (PlaceRules.COLLECTIVE.indexOf(w.charAt(0)) >= 0) {
          break;
        }
        if (w.length() > 1 && STOP_CHARS.indexOf(w.charAt(0)) >= 0 && NameGuards.allNameChars(w.substring(1))
            && !CoreDictionary.contains(w.substring(1)) || w.length() == 2 && STOP_CHARS.indexOf(w.charAt(0)) >= 0
            && NameGuards.allNameChars(w.substring(1))) {
          p -= len - 1;
        }
        break;
      }
      p -= len;
    }
    if (strictP >= 0 && !endsPlace(p) && !(p - 1 > from && text.charAt(p - 1) == '的' && endsPlace(p - 1))) {
      p = strictP;
    }
    return p;
  }

  /**
   * 乃琼镇幸福社区, 德庆镇团结新村, 巴宜区八一镇: right after a county (or, for a village, a township) a common
   * word {@code w} just before the suffix is the name. Returns its start, or -1.
   */
  private int commonWordName(Term w, int i, Suffixes.Suffix suf) {
    boolean townshipSuffix = suf.is("镇") || suf.is("乡");
    if (!Suffixes.village(suf) && !townshipSuffix) {
      return -1;
    }
    int ws = i - w.length();
    Cand before = ws > from ? ends[ws - from] : null;
    if (before == null) {
      for (Cand g : found) {
        if (g.end == ws) {
          before = g;
        }
      }
    }
    if (before != null && (before.level == PlaceLevel.COUNTY || before.level == PlaceLevel.TOWNSHIP && !townshipSuffix)
        && w.length() >= 2 && w.length() <= 3 && NameGuards.allNameChars(w.word) && !PlaceRules.CATEGORY.contains(w.word)
        && !(w.nature != null && w.nature.startsWith("v")) && !NameGuards.genericLevelChar(w.word)) {
      return ws;
    }
    return -1;
  }

  /** Moves the name's start right past a leading verb, a province's short form, or the tail of a word. */
  private int trimStart(int p, int i, int limit) {
    // 2023年麻米乡, 5万元县, 3月份州: a name never starts inside a figure; the unit after it (年, 万元, 月份)
    // is the figure's, so the name starts after the unit's word.
    if (p > from && FIGURE.indexOf(text.charAt(p - 1)) >= 0 && CharClasses.isHan(text.charAt(p))) {
      int unit = 1;
      for (int len = Math.min(3, i - p); len >= 2; len--) {
        if (CoreDictionary.contains(text.substring(p, p + len))) {
          unit = len;
          break;
        }
      }
      p += unit;
      while (p < i && FIGURE.indexOf(text.charAt(p - 1)) >= 0 && FIGURE.indexOf(text.charAt(p)) >= 0) {
        p++;
      }
    }
    // 因哲古错, 被称X错: a verb or preposition that never begins a transliteration is no part of the name.
    while (i - p >= 3 && PlaceRules.NEVER_FIRST.indexOf(text.charAt(p)) >= 0) {
      p++;
    }
    // A province's short form opening the name is a place of its own (上海浦东新区 → 上海 + 浦东新区).
    for (int e = p + 2; e < i - 1; e++) {
      Gazetteer.Entry head = PlaceIndex.GAZ.entry(text.substring(p, e));
      if (head != null && head.level() == PlaceLevel.PROVINCE) {
        p = e;
        break;
      }
    }
    // Nor inside a place the gazetteer found (四川农村: 川 belongs to 四川).
    if (p > from && p < i && anyCover[p - from] != null && anyCover[p - from] == anyCover[p - 1 - from]) {
      p = Math.min(i, anyCover[p - from].end);
    }
    // The name must not start inside a word (老家桑木村: 家 belongs to 老家).
    for (int a = Math.max(limit, p - 3); a < p; a++) {
      if (STOP_CHARS.indexOf(text.charAt(a)) >= 0 && PlaceRules.SOFT_STOPS.indexOf(text.charAt(a)) < 0) {
        continue; // 来到达村: 到达 is no reason to cut 达
      }
      for (int b = p + 1; b <= Math.min(i - 1, a + 4); b++) {
        CoreDictionary.Attribute w = CoreDictionary.get(text.substring(a, b));
        if (w != null && !w.hasNatureStartsWith("ns") && w.totalFrequency >= WordBoundaries.RARE) {
          p = b;
        }
      }
    }
    return p;
  }

  /** The last guards on the name {@code text[p, i)} before suffix {@code suf}; the candidate or null. */
  private Cand accept(int p, int i, Suffixes.Suffix suf, boolean commonWordName) {
    int sufEnd = i + suf.text().length();
    PlaceLevel level = suf.level();
    if (level == PlaceLevel.ZONE) {
      // 国家级日喀则经济开发区: a zone is named after its place; words before the place are not the name.
      for (int k = p + 1; k < i; k++) {
        Cand c = anyCover[k - from];
        if (c != null && c.start == k && c.entry != null && c.entry.listed() && Cand.rank(c.level) <= 3) {
          p = k;
          break;
        }
      }
    }
    int nameLen = i - p;
    for (int k = p; k < i; k++) {
      if (NUMERALS.indexOf(text.charAt(k)) >= 0 && k + 1 < i && PlaceRules.MEASURES.indexOf(text.charAt(k + 1)) >= 0) {
        return null; // 三大圣湖, 两座神山: a counted common noun, not a name
      }
    }
    if (text.charAt(i - 1) == '一' && sufEnd < to && text.charAt(sufEnd) == '一') {
      return null; // 一村一品, 一乡一业: a distributive phrase
    }
    if (PlaceIndex.GAZ.entry(text.substring(p, sufEnd)) != null && level.ordinal() >= PlaceLevel.ZONE.ordinal()) {
      return null; // 观山湖: the gazetteer knows the whole (a district's short form), the grammar does not rebuild it
    }
    if (ordinal(text, p, i)) {
      return null; // 民主改革第一村: an ordinal, a title, not a name
    }
    Gazetteer.Entry before = PlaceIndex.GAZ.entry(text.substring(p, i));
    if (level == PlaceLevel.NATURAL && before != null && before.level() == PlaceLevel.NATURAL
        && Suffixes.featureSuffix(before.name()) > 0) {
      return null; // 纳木错湖畔: 错 already says lake; the known name stands, the suffix is a word after it
    }
    if (knownThenOne(p, i)) {
      return null; // 达孜藏乡, 贡觉通县: a known place, one more character, a suffix: a phrase after the place
    }
    if (sufEnd < to && text.charAt(sufEnd) == '·' || p > from && text.charAt(p - 1) == '·') {
      return null; // 阿力木江·吐尔逊: a transliterated person's name goes on after the dot
    }
    if (Cand.rank(level) <= Cand.rank(PlaceLevel.COUNTY) && level != PlaceLevel.ZONE) {
      // Every county- and prefecture-level name is in the division list: a name it lacks before 县, 市, 州
      // is a phrase (日土四县, 半农半牧县, 产粮大县, 贡觉通县, 月份州), not an unseen place.
      if (PlaceIndex.GAZ.entry(text.substring(p, sufEnd)) == null) {
        return null;
      }
    }
    Cand own = ends[sufEnd - from];
    if (own != null && own.entry != null && own.entry.listed() && own.start > p && own.start < i) {
      return null; // 毗邻巴松错: a known name ending in the suffix is not extended over the words before it
    }
    if (level == PlaceLevel.NATURAL && (suf.is("错") || suf.is("措"))
        && HanlpPlaceWords.isBlocked(text.substring(Math.max(p, i - 2), i))) {
      return null; // 次仁措, 德吉措: women's names end like lakes
    }
    boolean chained = endsPlace(p) || p - 1 > from && text.charAt(p - 1) == '的' && endsPlace(p - 1);
    Gazetteer.Entry known = PlaceIndex.GAZ.entry(text.substring(p, i));
    if (known != null && Cand.rank(known.level()) >= 1 && Cand.rank(known.level()) <= 5
        && Cand.rank(level) <= Cand.rank(known.level()) || known != null && suf.is("地区")) {
      return null; // 西藏地区, 拉萨市区: a known place plus a generic word, not a new place
    }
    if (nameLen == 1 && !oneCharacterName(p, suf, sufEnd, chained)) {
      return null;
    }
    if (level == PlaceLevel.NATURAL && (nameLen < 2 || sufEnd < to && "村乡镇县区".indexOf(text.charAt(sufEnd)) >= 0)) {
      return null;
    }
    if (text.charAt(i - 1) == '地' && "县区市".indexOf(text.charAt(i)) >= 0) {
      return null; // 地县级干部, 地市: prefecture and county levels, not a name
    }
    if (nameLen >= 2 && !commonWordName && NameGuards.genericTail(text.substring(p, i))) {
      return null;
    }
    if (NameGuards.quoted(text, from, to, p, sufEnd) || NameGuards.personContext(text, from, to, p, sufEnd)) {
      return null;
    }
    if (!chained && text.startsWith("江村", i - 1) && HanlpPlaceWords.isBlocked(text.substring(p, i - 1))) {
      return null; // 卓玛江村: two Tibetan given names, a person
    }
    if (level == PlaceLevel.PREFECTURE && suf.is("市") && chained) {
      level = PlaceLevel.COUNTY;
    }
    return new Cand(p, sufEnd, null, level, text.substring(p, sufEnd));
  }

  /**
   * One-character names (江村, 蔡村) right after a place of a higher level, or after a verb of arriving or a
   * locative (来到雪村, 在江村) when the character is no common modifier (山村, 农村).
   */
  private boolean oneCharacterName(int p, Suffixes.Suffix suf, int sufEnd, boolean chained) {
    boolean village = suf.is("村") || suf.is("乡") || suf.is("镇") || suf.is("新村") && chained; // 樟木镇立新村
    if (!village || NameGuards.verbLike(text.charAt(p))) {
      return false; // 返乡, 进村, 驻村
    }
    boolean free = PlaceRules.ONE_CHAR_GENERIC.indexOf(text.charAt(p)) < 0
        && !CoreDictionary.contains(text.substring(p, sufEnd));
    // A line break between two ideographs is a word broken by the layout, not a sentence start (狮泉\n河镇).
    boolean sentenceStart = p == from || !CharClasses.isHan(text.charAt(p - 1)) && !NameGuards.midWordBreak(text, from, p - 1);
    return chained || free && (suf.is("村") && NameGuards.afterArrival(text, from, p) || sentenceStart);
  }

  /** True when {@code text[p, i)} opens with an ordinal (第一, 第2). */
  static boolean ordinal(String text, int p, int i) {
    return text.charAt(p) == '第' && p + 1 < i && FIGURE.indexOf(text.charAt(p + 1)) >= 0;
  }

  /** True when {@code text[p, i)} is a known county-or-higher place followed by exactly one character. */
  private boolean knownThenOne(int p, int i) {
    if (i - p < 3) {
      return false;
    }
    Gazetteer.Entry known = PlaceIndex.GAZ.entry(text.substring(p, i - 1));
    return known != null && known.listed() && Cand.rank(known.level()) >= 1
        && Cand.rank(known.level()) <= Cand.rank(PlaceLevel.COUNTY)
        && PlaceRules.LEVEL_CHARS.indexOf(text.charAt(i - 1)) < 0;
  }

  /** True when a place found so far ends at {@code p} (the name continues an address chain). */
  private boolean endsPlace(int p) {
    if (p > from && ends[p - from] != null) {
      return true;
    }
    for (Cand g : found) {
      if (g.end == p) {
        return true;
      }
    }
    return false;
  }
}
