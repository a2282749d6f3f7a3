package org.newsminer.entity.number;

import org.newsminer.text.CharClasses;
import org.newsminer.entity.Percent;
import org.newsminer.entity.PercentUnit;
import org.newsminer.entity.Qualifier;
import org.newsminer.entity.Entity;
import org.newsminer.entity.Money;
import org.newsminer.entity.Recognizer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsminer.entity.number.Numerals.Numeral;

/**
 * MONEY and PERCENT (EXTRACTION.md §1, §2) over normalized text, robust to stray whitespace inside a
 * mention ({@code 187208.13 万 元}). A mention is found from its numeral ({@link Numerals}) and what
 * stands around it: a unit ({@code 元}, {@code 美元}, {@code %}, {@code 个百分点}, {@code 成}), a
 * prefix ({@code 百分之}, {@code 人民币}, {@code ￥}), qualifiers ({@code 约}, {@code 以上}), a
 * range or list partner sharing the unit, or, for 万/亿 amounts without 元, a money word in the
 * clause ({@code 投资85亿}). Stateless and thread-safe.
 */
public final class NumberRecognizer implements Recognizer {
  private final boolean money;
  private final boolean percent;

  public NumberRecognizer(boolean money, boolean percent) {
    this.money = money;
    this.percent = percent;
  }

  @Override
  public void recognize(String text, int from, int to, List<Entity> out) {
    Scan scan = new Scan(text, from, to);
    for (Entity e : scan.run()) {
      if (e instanceof Money ? money : percent) {
        out.add(e);
      }
    }
  }

  // ---- lexicon -----------------------------------------------------------------------------

  /** A currency word after (or before) a numeral: its ISO code and the value of one unit. */
  private record Cur(String word, String iso, BigDecimal scale) {}

  private static final BigDecimal TENTH = new BigDecimal("0.1");
  private static final BigDecimal HUNDREDTH = new BigDecimal("0.01");

  /** Longest first, so that 美元 wins over 元. Traditional forms are folded before matching. */
  private static final List<Cur> CURRENCIES = sortLongestFirst(List.of(
      new Cur("新台币", "TWD", BigDecimal.ONE), new Cur("台币", "TWD", BigDecimal.ONE),
      new Cur("人民币", "CNY", BigDecimal.ONE), new Cur("元", "CNY", BigDecimal.ONE),
      new Cur("圆", "CNY", BigDecimal.ONE), new Cur("美元", "USD", BigDecimal.ONE),
      new Cur("美金", "USD", BigDecimal.ONE), new Cur("美圆", "USD", BigDecimal.ONE),
      new Cur("美刀", "USD", BigDecimal.ONE), new Cur("美分", "USD", HUNDREDTH),
      new Cur("欧元", "EUR", BigDecimal.ONE), new Cur("欧分", "EUR", HUNDREDTH),
      new Cur("港元", "HKD", BigDecimal.ONE), new Cur("港币", "HKD", BigDecimal.ONE),
      new Cur("日元", "JPY", BigDecimal.ONE), new Cur("日圆", "JPY", BigDecimal.ONE),
      new Cur("英镑", "GBP", BigDecimal.ONE), new Cur("便士", "GBP", HUNDREDTH),
      new Cur("澳元", "AUD", BigDecimal.ONE), new Cur("加元", "CAD", BigDecimal.ONE),
      new Cur("韩元", "KRW", BigDecimal.ONE), new Cur("瑞士法郎", "CHF", BigDecimal.ONE),
      new Cur("卢布", "RUB", BigDecimal.ONE), new Cur("卢比", "INR", BigDecimal.ONE),
      new Cur("新加坡元", "SGD", BigDecimal.ONE), new Cur("新元", "SGD", BigDecimal.ONE),
      new Cur("泰铢", "THB", BigDecimal.ONE), new Cur("奈拉", "NGN", BigDecimal.ONE),
      new Cur("澳门元", "MOP", BigDecimal.ONE), new Cur("澳门币", "MOP", BigDecimal.ONE),
      new Cur("越南盾", "VND", BigDecimal.ONE),
      new Cur("日本銭", "JPY", HUNDREDTH), new Cur("日本钱", "JPY", HUNDREDTH), new Cur("比特币", "XBT", BigDecimal.ONE)));

  /** Units that are also ordinary words (一块地, 三角形, 90分): accepted only with support. */
  private static final List<Cur> WEAK = List.of(
      new Cur("块", "CNY", BigDecimal.ONE), new Cur("蚊", "CNY", BigDecimal.ONE),
      new Cur("角", "CNY", TENTH), new Cur("毛", "CNY", TENTH), new Cur("毫", "CNY", TENTH),
      new Cur("分", "CNY", HUNDREDTH), new Cur("仙", "CNY", HUNDREDTH));

  private static final List<String> ISO_CODES = List.of("CNY", "RMB", "USD", "EUR", "HKD", "JPY", "GBP",
      "TWD", "CHF", "AUD", "CAD", "KRW", "SGD", "RUB", "INR", "NGN", "THB", "MOP", "NZD");

  private static final Map<String, String> SYMBOLS = Map.of(
      "US$", "USD", "HK$", "HKD", "$", "USD", "￥", "CNY", "¥", "CNY", "€", "EUR", "£", "GBP", "＄", "USD");

  /** Words making a bare 万/亿 amount money ({@code 投资85亿}, {@code 每年70亿的销售额}). */
  private static final List<String> MONEY_WORDS = List.of("投资", "资金", "销售额", "收入", "产值", "斥资",
      "金额", "补助", "奖励", "营业额", "营收", "利润", "税收", "贷款", "资产", "收益", "经费", "预算", "拨付",
      "筹集", "融资", "募集", "出资", "耗资", "造价", "价值", "成交额", "交易额", "总额", "财政", "补贴",
      "捐款", "捐赠", "分红", "工资", "租金", "增收", "创收", "生产总值", "GDP", "存款", "余额", "赔偿",
      "资本", "市值", "票房", "营业收入", "投放", "信贷", "贷款", "奖金", "保费", "罚款", "费用", "支出",
      "拨款", "款项", "现金", "消费额", "零售额", "进出口", "出口额", "进口额", "总投资", "身价", "估值");

  /** Words that make 块, 角, 分 money. */
  private static final List<String> PRICE_WORDS = List.of("花", "费", "价", "卖", "买", "赚", "付", "钱", "工资",
      "收费", "值", "售", "元", "补", "奖");

  private static final QualifierWords QUALIFIERS = QualifierWords.get();

  /** Characters after 元 that make it not yuan (二元结构, 一元化, 元旦). */
  private static final String NOT_YUAN_AFTER = "化结论素旦月宵首气件老帅朝代素";

  /** Characters after 成 that make it a word, not tenths (成为, 成立, 一成不变). */
  private static final String NOT_TENTHS_CHENG = "为立功果本熟绩都长效型交就年人家群语倍批片品员了风色形败事活林规网像份数不";

  /** Characters after 折 that make it a word, not a discount (折合, 折旧, 折半). */
  private static final String NOT_TENTHS_ZHE = "合算旧扣射叠腾服磨线返中价款损半成";

  /** The only characters that may follow a bare 万/亿 amount ({@code 投资85亿建设}, {@code 70亿的销售额}). */
  private static final String BARE_MONEY_NEXT = "的用于建以左在实完打修新开资购投元";

  /** Characters that start a measure word after a bare 万/亿 (5万吨, 1.2亿千瓦时, 14万人). */
  private static final String NOT_MONEY_AFTER = "人次户个名位家所座项条亩吨米千瓦度斤公克头只匹辆台套间栋份件册本张场批株棵"
      + "平立方倍年月日天周时分秒岁级期种类处块册部篇首颗枚袋箱车架艘口支例对双步道门";

  /** First characters of every currency prefix (symbols, names, ISO codes): a fast pre-check. */
  private static final String PREFIX_STARTERS = prefixStarters();

  /**
   * Characters at which {@link Scan#at} can find anything: every other position it would skip after
   * trying each rule, so the scan skips it at once (most of a page is plain text).
   */
  private static final boolean[] MAY_START = mayStart();

  private static boolean[] mayStart() {
    boolean[] may = new boolean[Character.MAX_VALUE + 1];
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      char f = fold(c);
      may[i] = c == 'h' || c == 'w' // URLs, skipped whole
          || f == '百' || f == '千' || Numerals.bigUnit(f) != 0 // 百分之, 千分之, 万分之
          || c == '半' || c == '对' || c == '對' // 半成, 打对折
          || PREFIX_STARTERS.indexOf(f) >= 0 // currency before the number
          || c == '-' || c == '－' || c == '负' || c == '負' // signs
          || Numerals.arabicDigit(c) >= 0 || Numerals.isDot(c) || Numerals.chineseDigit(c) >= 0
          || Numerals.smallUnit(c) > 0 || Numerals.tens(c) > 0;
    }
    return may;
  }

  private static String prefixStarters() {
    StringBuilder b = new StringBuilder();
    SYMBOLS.keySet().forEach(k -> b.append(fold(k.charAt(0))));
    CURRENCIES.forEach(c -> b.append(c.word().charAt(0)));
    ISO_CODES.forEach(c -> b.append(c.charAt(0)));
    return b.toString();
  }

  private static List<Cur> sortLongestFirst(List<Cur> l) {
    List<Cur> r = new ArrayList<>(l);
    r.sort((a, b) -> b.word().length() - a.word().length());
    return List.copyOf(r);
  }

  /** Folds traditional and full-width variants so that one lexicon serves all inputs. */
  static char fold(char c) {
    switch (c) {
      case '個': return '个';
      case '點': return '点';
      case '萬': return '万';
      case '億': return '亿';
      case '兩': return '两';
      case '幣': return '币';
      case '歐': return '欧';
      case '鎊': return '镑';
      case '盧': return '卢';
      case '圓': return '圆';
      case '韓': return '韩';
      case '門': return '门';
      case '銖': return '铢';
      case '佰': return '百';
      case '仟': return '千';
      case '％': return '%';
      case '﹪': return '%';
      case '－': return '-';
      default:
        return CharClasses.foldWidth(c);
    }
  }

  /** The normalized surface: whitespace removed, full-width ASCII folded (１．５％ → 1.5%). */
  static String surface(CharSequence s, int start, int end) {
    StringBuilder b = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (CharClasses.isSpace(c)) {
        continue;
      }
      b.append(CharClasses.foldWidth(c));
    }
    return b.toString();
  }

  /**
   * End of {@code word} matched at {@code i} with whitespace allowed between its characters
   * (PDF text: {@code 个 百 分 点}), or -1.
   */
  /** Currency words by their first character, longest first: the few worth trying at a position. */
  private static final Map<Character, List<Cur>> CURRENCIES_BY_FIRST = CURRENCIES.stream()
      .collect(Collectors.groupingBy(c -> c.word().charAt(0), Collectors.toList()));

  /** The currency words that may start at {@code i} (all of them sharing its folded first character). */
  static List<Cur> currenciesAt(CharSequence s, int i, int limit) {
    return i < limit ? CURRENCIES_BY_FIRST.getOrDefault(fold(s.charAt(i)), List.of()) : List.of();
  }

  static int matchLoose(CharSequence s, int i, int limit, String word) {
    int k = i;
    for (int w = 0; w < word.length(); w++) {
      if (w > 0) {
        k = Numerals.skipSpaces(s, k, limit);
      }
      if (k >= limit || fold(s.charAt(k)) != word.charAt(w)) {
        return -1;
      }
      k++;
    }
    return k;
  }

  // ---- one scan over one article -----------------------------------------------------------

  /** A numeral with the unit found after it. */
  private record Amount(int start, int end, BigDecimal value, String currency, boolean pct,
      boolean points, Qualifier qualifier, BigDecimal unitScale) {}

  private static final class Scan {
    final String s;
    final int from;
    final int to;
    final List<Entity> out = new ArrayList<>();
    int lastEnd;

    Scan(String s, int from, int to) {
      this.s = s;
      this.from = from;
      this.to = to;
      this.lastEnd = from;
    }

    List<Entity> run() {
      int i = from;
      while (i < to) {
        if (!MAY_START[s.charAt(i)]) {
          i++;
          continue;
        }
        int next = at(i);
        i = Math.max(next, i + 1);
      }
      return out;
    }

    char ch(int i) {
      return i >= from && i < to ? s.charAt(i) : '\0';
    }

    /** The ISO codes worth trying at {@code i}: none unless an uppercase Latin letter starts there. */
    List<String> isoCodesAt(int i) {
      char c = ch(i);
      return c >= 'A' && c <= 'Z' ? ISO_CODES : List.of();
    }

    /** {@code w} at {@code i}, inside the article. */
    boolean starts(String w, int i) {
      return i >= from && i + w.length() <= to && s.startsWith(w, i);
    }

    /** Tries a mention at {@code i}; returns where to continue. */
    int at(int i) {
      char c = s.charAt(i);
      // Inside a URL, 30%25 is an escape, not a percentage.
      if (starts("http://", i) || starts("https://", i) || starts("www.", i)) {
        int k = i;
        while (k < to && !CharClasses.isSpace(s.charAt(k)) && !CharClasses.isHan(s.charAt(k))) {
          k++;
        }
        return k;
      }
      // 百分之…, 千分之…: the numeral follows the prefix.
      int[] frac = fractionPrefix(i);
      if (frac != null) {
        return percentOfPrefix(i, frac[0], frac[1]);
      }
      int r = specialTenths(i);
      if (r > 0) {
        return r;
      }
      if (PREFIX_STARTERS.indexOf(fold(c)) < 0) {
        return signOrNumeral(i, c);
      }
      // Currency before the number: 人民币50元, ￥300, US$20, 港币3.14.
      for (Map.Entry<String, String> sym : SYMBOLS.entrySet()) {
        int e = matchLoose(s, i, to, sym.getKey());
        if (e > 0) {
          int k = Numerals.skipSpaces(s, e, to);
          if (k < to && Numerals.arabicStarts(s, k, to)) {
            return numeralAt(k, i, sym.getValue());
          }
        }
      }
      for (Cur cur : currenciesAt(s, i, to)) {
        if (cur.scale().compareTo(BigDecimal.ONE) == 0 && cur.word().length() >= 2) {
          int e = matchLoose(s, i, to, cur.word());
          if (e > 0) {
            int k = Numerals.skipSpaces(s, e, to);
            if (k < to && Numerals.canStart(s, k, to) && !isNumeralBefore(i)) {
              return numeralAt(k, i, cur.iso());
            }
            return e;
          }
        }
      }
      for (String iso : isoCodesAt(i)) {
        if (starts(iso, i) && (i == from || !Character.isLetter(s.charAt(i - 1)))) {
          int k = Numerals.skipSpaces(s, i + 3, to);
          if (k < to && Numerals.arabicStarts(s, k, to)) {
            return numeralAt(k, i, "RMB".equals(iso) ? "CNY" : iso);
          }
        }
      }
      return signOrNumeral(i, c);
    }

    /** A signed (-22.2%, 负3.9%) or plain numeral at {@code i}. */
    int signOrNumeral(int i, char c) {
      if ((c == '-' || c == '－' || c == '负' || c == '負') && !isNumeralBefore(i)) {
        int k = Numerals.skipSpaces(s, i + 1, to);
        if (k < to && Numerals.canStart(s, k, to)) {
          return numeralAt(k, i, null);
        }
      }
      if (Numerals.canStart(s, i, to)) {
        return numeralAt(i, -1, null);
      }
      return i + 1;
    }

    /** True when the character before {@code i} belongs to a number (ids, 五百分之, 万一). */
    boolean isNumeralBefore(int i) {
      if (i <= from) {
        return false;
      }
      char p = s.charAt(i - 1);
      if (p < 128 && Character.isLetter(p)) {
        // an id (A2021…), unless an economic indicator names the figure (GDP2132亿元)
        return !(i - 3 >= from && (starts("GDP", i - 3) || starts("CPI", i - 3) || starts("PPI", i - 3)));
      }
      return Numerals.isNumeralChar(p) || p == '.' || p == '．' || (p < 128 && Character.isDigit(p))
          || p == '点' || p == '點';
    }

    /** [end of prefix, power of ten of the denominator] for 百分之, 千分之, 万分之, 百万分之…, or null. */
    int[] fractionPrefix(int i) {
      int k = i;
      int exp = 0;
      int n = 0;
      while (k < to && n < 4) {
        char c = fold(s.charAt(k));
        int e = c == '百' ? 2 : c == '千' ? 3 : Numerals.bigUnit(c);
        if (e == 0) {
          break;
        }
        exp += e;
        n++;
        k = Numerals.skipSpaces(s, k + 1, to);
      }
      if (n == 0) {
        return null;
      }
      int e = matchLoose(s, k, to, "分之");
      if (e < 0 || isNumeralBefore(i)) {
        return null;
      }
      return new int[] {e, exp};
    }

    int percentOfPrefix(int start, int prefixEnd, int exp) {
      int k = Numerals.skipSpaces(s, prefixEnd, to);
      boolean neg = false;
      if (k < to && (s.charAt(k) == '负' || s.charAt(k) == '-')) {
        neg = true;
        k = Numerals.skipSpaces(s, k + 1, to);
      }
      Numeral n = Numerals.parse(s, k, to);
      if (n == null || n.juxtaposed()) {
        return n == null ? prefixEnd : skipRun(n.end());
      }
      BigDecimal v = n.value().scaleByPowerOfTen(2 - exp);
      if (neg) {
        v = v.negate();
      }
      // 百分之十至百分之二十 is one range
      int conn = connector(n.end());
      if (conn > 0) {
        int k2 = Numerals.skipSpaces(s, conn, to);
        int[] f2 = k2 < to ? fractionPrefix(k2) : null;
        Numeral n2 = f2 == null ? null : Numerals.parse(s, Numerals.skipSpaces(s, f2[0], to), to);
        if (n2 != null && !n2.juxtaposed()) {
          BigDecimal v2 = Numerals.canonical(n2.value().scaleByPowerOfTen(2 - f2[1]));
          BigDecimal lo = Numerals.canonical(v);
          if (lo.compareTo(v2) <= 0) {
            Qualifier q = prefixQualifier(start);
            int st = q != null ? qualifierStart : start;
            add(new Percent(surface(s, st, n2.end()), st, n2.end(), lo, lo, v2, PercentUnit.PERCENT,
                q != null ? q : Qualifier.EXACT));
            return lastEnd;
          }
        }
      }
      emitPercentQ(start, n.end(), Numerals.canonical(v), PercentUnit.PERCENT, n.over() ? Qualifier.OVER : Qualifier.EXACT);
      return lastEnd;
    }

    /** 半成 (5%), 半折 (50%), 打对折 (50%). */
    int specialTenths(int i) {
      char c = s.charAt(i);
      if (c == '半') {
        int k = Numerals.skipSpaces(s, i + 1, to);
        char n = ch(k);
        int p = i - 1;
        char pc = p >= from ? s.charAt(p) : '\0';
        if ((n == '成' || n == '折') && "一大多小过".indexOf(pc) < 0 && !followsWord(k + 1, n)) {
          emitPercentQ(i, k + 1, n == '成' ? BigDecimal.valueOf(5) : BigDecimal.valueOf(50), PercentUnit.PERCENT, Qualifier.EXACT);
          return lastEnd;
        }
      }
      if ((c == '对' || c == '對') && i > from && s.charAt(i - 1) == '打' && ch(i + 1) == '折') {
        emitPercent(i, i + 2, BigDecimal.valueOf(50), PercentUnit.PERCENT, Qualifier.EXACT);
        return lastEnd;
      }
      return -1;
    }

    /** True when 成/折 at {@code k - 1} starts a word (成为, 折合) rather than ending a tenths figure. */
    boolean followsWord(int k, char unit) {
      char n = ch(k);
      return (unit == '成' ? NOT_TENTHS_CHENG : NOT_TENTHS_ZHE).indexOf(n) >= 0
          || unit == '折' && Numerals.isNumeralChar(n);
    }

    int skipRun(int i) {
      int k = i;
      while (k < to && (Numerals.isNumeralChar(s.charAt(k)) || CharClasses.isSpace(s.charAt(k)))) {
        k++;
      }
      return k;
    }

    /**
     * A mention whose numeral starts at {@code k}; {@code prefixStart} is where a sign or currency
     * prefix starts (or -1), {@code prefixCurrency} the currency it names.
     */
    int numeralAt(int k, int prefixStart, String prefixCurrency) {
      if (prefixStart < 0 && isNumeralBefore(k)) {
        return k + 1;
      }
      // 数十万元, 几百万元, 上千万元, 成千上万: a vague magnitude, not an amount.
      if (k > from && Numerals.smallUnit(s.charAt(k)) > 0 && "数几上成好".indexOf(s.charAt(k - 1)) >= 0) {
        return skipRun(k);
      }
      Numeral n = Numerals.parse(s, k, to);
      if (n == null) {
        return k + 1;
      }
      boolean negative = prefixStart >= 0 && prefixCurrency == null;
      if (n.juxtaposed()) {
        int t = juxtaposedDiscount(n, prefixStart);
        return t > 0 ? t : skipRun(n.end());
      }
      if (!acceptLoneNumeral(n)) {
        return n.end();
      }
      Amount a = unitAfter(n, prefixStart >= 0 ? prefixStart : n.start(), prefixCurrency, negative);
      if (a == null) {
        int t = tenths(n, prefixStart);
        if (t > 0) {
          return t;
        }
        // A range or list whose unit is written once, after the last number.
        int chain = sharedUnit(n, prefixStart >= 0 ? prefixStart : n.start(), negative);
        return chain > 0 ? chain : n.end();
      }
      // A range with the unit on both sides: 3000万元至5000万元, 5%-20%.
      int conn = connector(a.end());
      if (conn > 0) {
        int k2 = Numerals.skipSpaces(s, conn, to);
        Numeral n2 = k2 < to ? Numerals.parse(s, k2, to) : null;
        if (n2 != null && !n2.juxtaposed()) {
          Amount b = unitAfter(n2, n2.start(), prefixCurrency, false);
          if (b != null && b.pct() == a.pct() && b.points() == a.points() && same(a.currency(), b.currency())
              && a.value().compareTo(b.value()) <= 0) {
            emitRange(a, b);
            return lastEnd;
          }
        }
      }
      emit(a);
      return lastEnd;
    }

    static boolean same(String a, String b) {
      return a == null ? b == null : a.equals(b);
    }

    /** Lone financial characters are words (队伍, 收拾, 大陆, 放肆) unless clearly a number. */
    boolean acceptLoneNumeral(Numeral n) {
      if (n.end() - n.start() != 1 || !Numerals.isFinancial(s.charAt(n.start()))) {
        return true;
      }
      char next = ch(n.end());
      return next == '\0' || !CharClasses.isHan(next) || fold(next) == '个' || fold(next) == '万' || fold(next) == '亿'
          || next == '元' || next == '成' || next == '折';
    }

    /** 三八折, 五五折, 九 九 折, 7 2 折: two digits read as a two-digit discount. */
    int juxtaposedDiscount(Numeral n, int prefixStart) {
      if (n.anyUnit() || n.value().scale() > 0 || n.value().compareTo(BigDecimal.TEN) >= 0) {
        return -1;
      }
      int k = Numerals.skipSpaces(s, n.end(), to);
      if (k >= to) {
        return -1;
      }
      int d = Numerals.arabicDigit(s.charAt(k));
      if (d < 0) {
        d = Numerals.chineseDigit(s.charAt(k));
      }
      if (d < 0) {
        return -1;
      }
      int z = Numerals.skipSpaces(s, k + 1, to);
      if (z < to && s.charAt(z) == '折' && !followsWord(z + 1, '折')) {
        BigDecimal v = n.value().multiply(BigDecimal.TEN).add(BigDecimal.valueOf(d));
        emitPercent(prefixStart >= 0 ? prefixStart : n.start(), z + 1, v, PercentUnit.PERCENT, Qualifier.EXACT);
        return lastEnd;
      }
      return -1;
    }

    /** 八成, 三成半, 七成六, 9.5成, 八折, 75折, 三点一折. */
    int tenths(Numeral n, int prefixStart) {
      if (n.bigUnit() || n.over()) {
        return -1;
      }
      int k = Numerals.skipSpaces(s, n.end(), to);
      char u = ch(k);
      if ((u != '成' && u != '折') || followsWord(k + 1, u)) {
        return -1;
      }
      BigDecimal v = n.value();
      int start = prefixStart >= 0 ? prefixStart : n.start();
      if (start > from && (Numerals.isNumeralChar(s.charAt(start - 1)) || s.substring(Math.max(from, start - 1), start).equals("波"))) {
        return -1;
      }
      BigDecimal pct;
      if (u == '成') {
        if (v.signum() <= 0 || v.compareTo(BigDecimal.TEN) > 0) {
          return -1;
        }
        pct = v.multiply(BigDecimal.TEN);
      } else if (v.compareTo(BigDecimal.TEN) < 0 && v.signum() > 0) {
        pct = v.multiply(BigDecimal.TEN);
      } else if (!n.chinese() && !n.anyUnit() && v.scale() == 0 && v.compareTo(BigDecimal.valueOf(100)) < 0
          && v.compareTo(BigDecimal.TEN) > 0) {
        pct = v;
      } else {
        return -1;
      }
      int end = k + 1;
      if (u == '成' && v.scale() == 0) {
        int z = Numerals.skipSpaces(s, end, to);
        char nc = ch(z);
        int d = Numerals.chineseDigit(nc);
        if (nc == '半') {
          pct = pct.add(BigDecimal.valueOf(5));
          end = z + 1;
        } else if (d > 0 && !Numerals.isNumeralChar(ch(z + 1)) && fold(ch(z + 1)) != '点') {
          pct = pct.add(BigDecimal.valueOf(d));
          end = z + 1;
        }
      }
      Qualifier q = prefixQualifier(start);
      int qs = qualifierStart;
      int[] suf = suffixQualifier(end);
      Qualifier sq = suf == null ? null : Qualifier.values()[suf[1]];
      emitPercent(q != null ? qs : start, suf != null ? suf[0] : end, Numerals.canonical(pct), PercentUnit.PERCENT,
          q != null ? q : sq != null ? sq : Qualifier.EXACT);
      return lastEnd;
    }

    /** End of a range connector (至, 到, -, ~, —) after {@code i}, or -1. */
    int connector(int i) {
      int k = Numerals.skipSpaces(s, i, to);
      if (k >= to) {
        return -1;
      }
      char c = s.charAt(k);
      if ("至到-－~～—–".indexOf(c) >= 0) {
        if (c == '—' && ch(k + 1) == '—') {
          return k + 2;
        }
        return k + 1;
      }
      return -1;
    }

    /** End of a list connector (、, 和, 及, 与, 或) after {@code i}, or -1. */
    int listConnector(int i) {
      int k = Numerals.skipSpaces(s, i, to);
      return k < to && "、和及与或".indexOf(s.charAt(k)) >= 0 ? k + 1 : -1;
    }

    /**
     * {@code 3000-5000万元}, {@code 3万、5万元}: numerals without a unit followed by one with a unit.
     * Returns where to continue, or -1 when no shared unit follows.
     */
    int sharedUnit(Numeral first, int firstStart, boolean negative) {
      int conn = connector(first.end());
      if (conn > 0) {
        int k = Numerals.skipSpaces(s, conn, to);
        Numeral n2 = k < to ? Numerals.parse(s, k, to) : null;
        if (n2 != null && !n2.juxtaposed()) {
          Amount b = unitAfter(n2, n2.start(), null, false);
          if (b != null) {
            BigDecimal lo = scaled(first, n2, b);
            if (negative) {
              lo = lo.negate();
            }
            if (lo.compareTo(b.value()) <= 0) {
              Qualifier pq = prefixQualifier(firstStart);
              int st = pq != null ? qualifierStart : firstStart;
              Amount a = new Amount(st, first.end(), lo, b.currency(), b.pct(), b.points(),
                  pq != null ? pq : first.over() ? Qualifier.OVER : Qualifier.EXACT, b.unitScale());
              emitRange(a, b);
              return lastEnd;
            }
          }
        }
        return -1;
      }
      List<Numeral> chain = new ArrayList<>();
      chain.add(first);
      Numeral cur = first;
      for (int guard = 0; guard < 20; guard++) {
        int lc = listConnector(cur.end());
        if (lc < 0) {
          return -1;
        }
        int k = Numerals.skipSpaces(s, lc, to);
        Numeral n2 = k < to && Numerals.canStart(s, k, to) ? Numerals.parse(s, k, to) : null;
        if (n2 == null || n2.juxtaposed()) {
          return -1;
        }
        Amount b = unitAfter(n2, n2.start(), null, false);
        if (b != null) {
          for (Numeral m : chain) {
            BigDecimal v = scaled(m, n2, b);
            Qualifier q = prefixQualifier(m.start());
            int st = q != null ? qualifierStart : m.start();
            emitRaw(b, st, m.end(), v, q != null ? q : m.over() ? Qualifier.OVER : Qualifier.EXACT, null, null);
          }
          emit(b);
          return lastEnd;
        }
        chain.add(n2);
        cur = n2;
      }
      return -1;
    }

    /** The value of a unit-less numeral {@code m} sharing the unit of {@code last} (3000 in 3000-5000万元). */
    BigDecimal scaled(Numeral m, Numeral last, Amount unit) {
      BigDecimal v = m.value();
      if (!m.anyUnit() && last.trailingScale().compareTo(BigDecimal.ONE) > 0) {
        v = v.multiply(last.trailingScale());
      }
      return Numerals.canonical(v.multiply(unit.unitScale()));
    }

    /**
     * The unit after numeral {@code n}: %, 个百分点, a currency, or a money context for a bare 万/亿
     * amount. Qualifiers before {@code start} and after the unit are folded in. Null when none.
     */
    Amount unitAfter(Numeral n, int start, String prefixCurrency, boolean negative) {
      int k = Numerals.skipSpaces(s, n.end(), to);
      BigDecimal v = negative ? n.value().negate() : n.value();
      boolean over = n.over();
      // Percent.
      if (prefixCurrency == null && k < to && fold(s.charAt(k)) == '%') {
        return withQualifiers(n, start, k + 1, v, null, true, false, over);
      }
      if (prefixCurrency == null && k < to && s.charAt(k) == '‰') {
        return withQualifiers(n, start, k + 1, Numerals.canonical(v.movePointLeft(1)), null, true, false, over);
      }
      int e = matchLoose(s, k, to, "个百分点");
      if (prefixCurrency == null && e > 0) {
        return withQualifiers(n, start, e, v, null, true, true, over);
      }
      // 余/多 between the numeral and 元: 2万余元, 100多元.
      int u = k;
      if (k < to && (s.charAt(k) == '余' || s.charAt(k) == '多') && !n.over()) {
        u = Numerals.skipSpaces(s, k + 1, to);
        over = true;
      }
      if (u < to && fold(s.charAt(u)) == '个') { // 20个比特币
        int b = matchLoose(s, Numerals.skipSpaces(s, u + 1, to), to, "比特币");
        if (b > 0) {
          return withQualifiers(n, start, b, v, "XBT", false, false, over);
        }
      }
      for (Cur c : currenciesAt(s, u, to)) {
        int ce = matchLoose(s, u, to, c.word());
        if (ce > 0) {
          if (c.word().equals("元") || c.word().equals("圆")) {
            char after = ch(ce);
            if (NOT_YUAN_AFTER.indexOf(after) >= 0 && (n.chinese() || after != '月')) {
              return null;
            }
            // 一元复始, 三元催化: a one-character Chinese numeral before 元 inside a word
            if (n.chinese() && n.end() - n.start() == 1 && CharClasses.isHan(after) && "钱的人至到和或及左以".indexOf(after) < 0
                && !Numerals.isNumeralChar(after)) {
              return null;
            }
          }
          BigDecimal val = v.multiply(c.scale());
          int end = ce;
          if (c.word().equals("元")) {
            int[] cents = cents(ce, false);
            if (cents != null) {
              val = val.add(BigDecimal.valueOf(cents[1]).movePointLeft(2));
              end = cents[0];
            }
            if (ch(end) == '钱') { // 一元钱
              end++;
            }
            int rmb = matchLoose(s, Numerals.skipSpaces(s, end, to), to, "人民币");
            if (rmb > 0) {
              end = rmb;
            }
          }
          if (c.scale().compareTo(BigDecimal.ONE) == 0 && !c.word().equals("元")) {
            // 两美元又三美分, 10日元5日本銭: the subunit joins the amount.
            int k2 = Numerals.skipSpaces(s, end, to);
            if (k2 < to && (s.charAt(k2) == '又' || s.charAt(k2) == '零')) {
              k2 = Numerals.skipSpaces(s, k2 + 1, to);
            }
            Numeral sub = k2 < to ? Numerals.parse(s, k2, to) : null;
            if (sub != null && !sub.juxtaposed()) {
              int k3 = Numerals.skipSpaces(s, sub.end(), to);
              for (Cur sc : currenciesAt(s, k3, to)) {
                int se = matchLoose(s, k3, to, sc.word());
                if (se > 0 && sc.iso().equals(c.iso()) && sc.scale().compareTo(BigDecimal.ONE) < 0) {
                  val = val.add(sub.value().multiply(sc.scale()));
                  end = se;
                  break;
                }
              }
            }
          }
          String iso = prefixCurrency != null && c.word().equals("元") ? prefixCurrency : c.iso();
          return withQualifiers(n, start, end, Numerals.canonical(val), iso, false, false, over, c.scale());
        }
      }
      for (String iso : isoCodesAt(u)) {
        if (starts(iso, u) && (u + 3 >= to || !Character.isLetter(s.charAt(u + 3)))) {
          return withQualifiers(n, start, u + 3, v, "RMB".equals(iso) ? "CNY" : iso, false, false, over);
        }
      }
      for (Cur c : WEAK) {
        if (u < to && s.charAt(u) == c.word().charAt(0) && !n.bigUnit()) {
          if (ch(Numerals.skipSpaces(s, u + 1, to)) == '之') { // 三分之一 is a fraction
            return null;
          }
          boolean yuan = c.scale().compareTo(BigDecimal.ONE) == 0;
          int[] cents = yuan ? cents(u + 1, true) : c.scale().compareTo(TENTH) == 0 ? fen(u + 1) : null;
          boolean qian = ch(u + 1) == '钱';
          int end = qian ? u + 2 : u + 1;
          BigDecimal val = v.multiply(c.scale());
          if (cents != null && !qian && c.scale().compareTo(HUNDREDTH) > 0) {
            val = val.add(BigDecimal.valueOf(cents[1]).movePointLeft(2));
            end = cents[0];
          }
          if (qian || cents != null && end > u + 1 || isolated(start, end) || priceContext(start)) {
            if (!qian && ch(end) != '\0' && CharClasses.isHan(ch(end)) && !isQualifierAt(end) && cents == null) {
              return null;
            }
            return withQualifiers(n, start, end, Numerals.canonical(val), prefixCurrency != null ? prefixCurrency : "CNY",
                false, false, over, c.scale());
          }
          return null;
        }
      }
      if (prefixCurrency != null) {
        // 港币3.14, US$20: the prefix is the unit.
        char next = ch(u);
        if (next == '\0' || !CharClasses.isHan(next) || isQualifierAt(u) || NOT_MONEY_AFTER.indexOf(next) < 0) {
          return withQualifiers(n, start, n.end(), v, prefixCurrency, false, false, n.over());
        }
        return null;
      }
      // A bare 万/亿 amount in a money context: 投资85亿, 完成投资263亿多, 斥资100万以上.
      if (n.bigUnit() && !negative) {
        int after = k;
        boolean o = n.over();
        if (k < to && (s.charAt(k) == '多' || s.charAt(k) == '余') && !o && endsClause(k + 1)) {
          after = k + 1;
          o = true;
        }
        char next = ch(Numerals.skipSpaces(s, after, to));
        if (next != '\0' && (NOT_MONEY_AFTER.indexOf(next) >= 0 || Numerals.isNumeralChar(next)
            || (next < 128 && Character.isLetterOrDigit(next))
            || CharClasses.isHan(next) && BARE_MONEY_NEXT.indexOf(next) < 0)) {
          return null;
        }
        if (moneyContext(start, after)) {
          return withQualifiers(n, start, after, v, "CNY", false, false, o);
        }
      }
      return null;
    }

    /** True when nothing but punctuation, 的 or the end follows {@code i} (263亿多。 but not 多用于). */
    boolean endsClause(int i) {
      char n = ch(Numerals.skipSpaces(s, i, to));
      return n == '\0' || n == '的' || !CharClasses.isHan(n) && !Character.isLetterOrDigit(n);
    }

    boolean isQualifierAt(int i) {
      return starts("多", i) || QUALIFIERS.after().stream().anyMatch(q -> starts(q.word(), i));
    }

    /** Nothing but punctuation or the text's edges around {@code [start, end)}: {@code 7块}. */
    boolean isolated(int start, int end) {
      char p = start > from ? s.charAt(start - 1) : '\0';
      int e = end;
      int[] suf = suffixQualifier(end);
      if (suf != null) {
        e = suf[0];
      }
      char n = ch(e);
      return (p == '\0' || !CharClasses.isHan(p) || "是有为".indexOf(p) >= 0) && (n == '\0' || !CharClasses.isHan(n));
    }

    boolean priceContext(int start) {
      int b = clauseStart(start, 10);
      String w = s.substring(b, start);
      for (String p : PRICE_WORDS) {
        if (w.contains(p)) {
          return true;
        }
      }
      return false;
    }

    /** Where the clause containing {@code i} starts, looking back at most {@code max} chars. */
    int clauseStart(int i, int max) {
      int b = i;
      while (b > from && i - b < max && "。！？；，,;!?\n：:".indexOf(s.charAt(b - 1)) < 0) {
        b--;
      }
      return Math.max(b, lastEnd);
    }

    boolean moneyContext(int start, int end) {
      String before = s.substring(clauseStart(start, 12), start);
      int e = end;
      while (e < to && e - end < 8 && "。！？；，,;!?\n".indexOf(s.charAt(e)) < 0) {
        e++;
      }
      String after = s.substring(end, e);
      for (String w : MONEY_WORDS) {
        if (before.contains(w) || after.contains(w)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Jiao and fen after a yuan amount at {@code i}: 6角三分, 三毛, 零四 (after 块), 二 (after 块: 一块二
     * is 1.2). Returns [end, cents] or null.
     */
    int[] cents(int i, boolean colloquial) {
      int k = Numerals.skipSpaces(s, i, to);
      int cents = 0;
      int end = -1;
      boolean zero = false;
      if (ch(k) == '零') {
        zero = true;
        k++;
      }
      int d = digitAt(k);
      if (d < 0) {
        return null;
      }
      char u = ch(k + 1);
      if (!zero && (u == '角' || u == '毛' || u == '毫')) {
        cents = d * 10;
        end = k + 2;
        int d2 = digitAt(end);
        if (d2 >= 0) {
          char u2 = ch(end + 1);
          if (u2 == '分' || u2 == '仙') {
            cents += d2;
            end += 2;
          } else if (!Numerals.isNumeralChar(u2)) {
            cents += d2;
            end += 1;
          }
        }
        return new int[] {end, cents};
      }
      if (u == '分' || u == '仙') {
        return new int[] {k + 2, d};
      }
      if (colloquial && !Numerals.isNumeralChar(u) && u != '点' && u != '.') {
        if (zero) {
          return new int[] {k + 1, d};
        }
        // 一块二 is 1.2, 五块七毛八 is 5.78
        return new int[] {k + 1, d * 10};
      }
      return null;
    }

    /** 两毛五: the digit after 角/毛 counts 分. Returns [end, cents] or null. */
    int[] fen(int i) {
      int k = Numerals.skipSpaces(s, i, to);
      int d = digitAt(k);
      if (d < 0 || Numerals.isNumeralChar(ch(k + 1))) {
        return null;
      }
      return ch(k + 1) == '分' || ch(k + 1) == '仙' ? new int[] {k + 2, d} : new int[] {k + 1, d};
    }

    int digitAt(int k) {
      char c = ch(k);
      int d = Numerals.arabicDigit(c);
      if (d < 0) {
        d = Numerals.chineseDigit(c);
      }
      if (d >= 0 && Numerals.arabicDigit(ch(k + 1)) >= 0) {
        return -1;
      }
      return d;
    }

    /** Adds prefix (约, 近…) and suffix (以上, 左右…) qualifiers. */
    Amount withQualifiers(Numeral n, int start, int end, BigDecimal v, String currency, boolean pct, boolean points,
        boolean over) {
      return withQualifiers(n, start, end, v, currency, pct, points, over, BigDecimal.ONE);
    }

    Amount withQualifiers(Numeral n, int start, int end, BigDecimal v, String currency, boolean pct, boolean points,
        boolean over, BigDecimal unitScale) {
      Qualifier q = prefixQualifier(start);
      int st = q != null ? qualifierStart : start;
      int[] suf = suffixQualifier(end);
      int en = end;
      Qualifier sq = null;
      if (suf != null) {
        sq = Qualifier.values()[suf[1]];
        en = suf[0];
      } else if (!over && !pct && ch(end) == '多' && currency != null && endsClause(end + 1)) {
        // 263亿元多
        sq = Qualifier.OVER;
        en = end + 1;
      }
      Qualifier fq = q != null ? q : sq != null ? sq : over ? Qualifier.OVER : Qualifier.EXACT;
      return new Amount(st, en, v, currency, pct, points, fq, unitScale);
    }

    int qualifierStart;

    /** The qualifier just before {@code start} (its start in {@link #qualifierStart}), or null. */
    Qualifier prefixQualifier(int start) {
      int k = start;
      while (k > Math.max(from, lastEnd) && CharClasses.isSpace(s.charAt(k - 1))) {
        k--;
      }
      for (QualifierWords.Word q : QUALIFIERS.before()) {
        int b = matchBack(k, q.word());
        if (b >= 0 && q.standsAlone(b > from ? s.charAt(b - 1) : '\0', '\0')) {
          qualifierStart = b;
          return q.qualifier();
        }
      }
      return null;
    }

    /**
     * Start of {@code w} ending just before {@code k}, with PDF whitespace allowed between its
     * characters (突\n\n破), not reaching before the article or the previous entity; else -1.
     */
    int matchBack(int k, String w) {
      int lo = Math.max(from, lastEnd);
      int j = k;
      for (int c = w.length() - 1; c >= 0; c--) {
        if (c < w.length() - 1) {
          while (j > lo && CharClasses.isSpace(s.charAt(j - 1))) {
            j--;
          }
        }
        if (j <= lo || s.charAt(j - 1) != w.charAt(c)) {
          return -1;
        }
        j--;
      }
      return j;
    }

    /** [end, qualifier ordinal] for a qualifier word after the figure ending at {@code end} (以上), or null. */
    int[] suffixQualifier(int end) {
      int k = Numerals.skipSpaces(s, end, to);
      for (QualifierWords.Word q : QUALIFIERS.after()) {
        int e = matchLoose(s, k, to, q.word());
        if (e > 0 && q.standsAlone('\0', ch(e))) {
          return new int[] {e, q.qualifier().ordinal()};
        }
      }
      return null;
    }

    // ---- output ------------------------------------------------------------------------------

    void emit(Amount a) {
      if (a.pct()) {
        emitPercent(a.start(), a.end(), a.value(), a.points() ? PercentUnit.POINTS : PercentUnit.PERCENT, a.qualifier());
      } else {
        emitRaw(a, a.start(), a.end(), a.value(), a.qualifier(), null, null);
      }
    }

    void emitRange(Amount a, Amount b) {
      Qualifier q = a.qualifier() != Qualifier.EXACT ? a.qualifier() : b.qualifier();
      if (a.pct()) {
        add(new Percent(surface(s, a.start(), b.end()), a.start(), b.end(), a.value(), a.value(), b.value(),
            b.points() ? PercentUnit.POINTS : PercentUnit.PERCENT, q));
      } else {
        add(new Money(surface(s, a.start(), b.end()), a.start(), b.end(), a.value(), a.value(), b.value(),
            b.currency(), q));
      }
    }

    void emitRaw(Amount unit, int start, int end, BigDecimal v, Qualifier q, BigDecimal min, BigDecimal max) {
      if (unit.pct()) {
        emitPercent(start, end, v, unit.points() ? PercentUnit.POINTS : PercentUnit.PERCENT, q);
      } else {
        add(new Money(surface(s, start, end), start, end, v, min, max, unit.currency(), q));
      }
    }

    void emitPercent(int start, int end, BigDecimal v, PercentUnit unit, Qualifier q) {
      add(new Percent(surface(s, start, end), start, end, v, null, null, unit, q));
    }

    /** A percentage whose qualifiers are still to be read around {@code [start, end)}. */
    void emitPercentQ(int start, int end, BigDecimal v, PercentUnit unit, Qualifier q) {
      int st = start;
      Qualifier fq = q;
      if (q == Qualifier.EXACT || q == Qualifier.OVER) {
        Qualifier p = prefixQualifier(start);
        if (p != null) {
          st = qualifierStart;
          fq = p;
        }
      }
      int en = end;
      if (fq == Qualifier.EXACT) {
        int[] suf = suffixQualifier(end);
        if (suf != null) {
          en = suf[0];
          fq = Qualifier.values()[suf[1]];
        }
      }
      add(new Percent(surface(s, st, en), st, en, v, null, null, unit, fq));
    }

    void add(Entity e) {
      if (e.start() < lastEnd) {
        return;
      }
      out.add(e);
      lastEnd = e.end();
    }
  }
}
