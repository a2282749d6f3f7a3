package org.newsminer.entity.number;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsminer.entity.Qualifier;
import org.newsminer.text.CharClasses;
import org.newsminer.text.ModelFile;

/**
 * The vocabulary of MONEY and PERCENT, read from {@code models/rules/number/}: currency words, codes and
 * symbols, the context words that make a figure money, and the character sets that tell a unit from the
 * start of another word. Also the character folding and loose matching every number mechanism uses.
 *
 * <p>Every file is named where it is loaded, below; all are loaded once, when this class is first used,
 * and kept read-only. Stateless and thread-safe.
 */
final class NumberLexicon {
  private NumberLexicon() {}

  private static final String DIR = "rules/number/";

  /** A currency word: its ISO code, the value of one unit, and whether it is also an ordinary word. */
  record Currency(String word, String iso, BigDecimal scale, boolean weak) {}

  static final BigDecimal TENTH = new BigDecimal("0.1");
  static final BigDecimal HUNDREDTH = new BigDecimal("0.01");

  /** Traditional characters of the lexicon's words and their simplified forms. */
  private static final Map<Character, Character> FOLDS = folds(DIR + "traditional-folds.tsv");

  private static final List<Currency> ALL_CURRENCIES = currencies(DIR + "currencies.tsv");

  /** Currency names (not weak), longest first, so that 美元 wins over 元. */
  static final List<Currency> CURRENCIES = ALL_CURRENCIES.stream().filter(c -> !c.weak())
      .sorted((a, b) -> b.word().length() - a.word().length()).toList();

  /** One-character units that are also ordinary words (一块地, 三角形, 90分): money only with support. */
  static final List<Currency> WEAK = ALL_CURRENCIES.stream().filter(Currency::weak).toList();

  /** True when {@code c} is a weak unit worth a tenth (角, 毛, 毫): a subunit after 元 or 块. */
  static boolean isTenth(char c) {
    return weakScale(c).compareTo(TENTH) == 0;
  }

  /** True when {@code c} is a weak unit worth a hundredth (分, 仙). */
  static boolean isHundredth(char c) {
    return weakScale(c).compareTo(HUNDREDTH) == 0;
  }

  private static BigDecimal weakScale(char c) {
    for (Currency w : WEAK) {
      if (w.word().charAt(0) == c) {
        return w.scale();
      }
    }
    return BigDecimal.ZERO;
  }

  /** Currency codes as printed (RMB) and the ISO code each stands for (CNY). */
  static final Map<String, String> ISO_CODES = pairs(DIR + "currency-codes.tsv");

  /** Currency symbols ($, ￥, HK$) and their ISO codes. */
  static final Map<String, String> SYMBOLS = pairs(DIR + "currency-symbols.tsv");

  /** Words making a bare 万/亿 amount money ({@code 投资85亿}, {@code 每年70亿的销售额}). */
  static final List<String> MONEY_WORDS = ModelFile.wordList(DIR + "money-words.txt", false);

  /** Words naming a comparison with another period (同比, 比上年): a difference of the money just before. */
  static final List<String> COMPARISON_WORDS = ModelFile.wordList(DIR + "comparison-words.txt", false);

  /** Words that make 块, 角, 分 money. */
  static final List<String> PRICE_WORDS = ModelFile.wordList(DIR + "price-words.txt", false);

  /** Latin-letter indicators that may stand right before their figure (GDP2132亿元). */
  static final List<String> INDICATORS = ModelFile.wordList(DIR + "indicators.txt", false);

  /** Words that bound a 万/亿 written without a numeral (过亿元), beside the qualifier table's. */
  static final Map<String, Qualifier> MAGNITUDE_BOUNDS = bounds(DIR + "magnitude-bounds.tsv");

  /** Words holding numeral characters that are not numbers (一切, 四川). */
  static final List<String> NOT_NUMBERS = ModelFile.wordList(DIR + "not-numbers.txt", false);

  /** Characters after 元 that make it not yuan (二元结构, 一元化, 元旦). */
  static final String NOT_YUAN_AFTER = ModelFile.chars(DIR + "not-yuan-after.txt");

  /** Characters after a one-character Chinese numeral and 元 that leave it the yuan (一元钱). */
  static final String YUAN_WORD_AFTER = ModelFile.chars(DIR + "yuan-word-after.txt");

  /** Characters after 成 that make it a word, not tenths (成为, 成立, 一成不变). */
  static final String NOT_TENTHS_CHENG = ModelFile.chars(DIR + "not-tenths-cheng.txt");

  /** Characters after 折 that make it a word, not a discount (折合, 折旧, 折半). */
  static final String NOT_TENTHS_ZHE = ModelFile.chars(DIR + "not-tenths-zhe.txt");

  /** Characters before a numeral that make its 成/折 an idiom (一波三折). */
  static final String NOT_TENTHS_AFTER = ModelFile.chars(DIR + "not-tenths-after.txt");

  /** Characters before 半成/半折 that make 半 part of a word (大半, 过半). */
  static final String NOT_HALF_TENTHS_AFTER = ModelFile.chars(DIR + "not-half-tenths-after.txt");

  /** The only Han characters that may follow a bare 万/亿 amount ({@code 投资85亿建设}). */
  static final String BARE_MONEY_NEXT = ModelFile.chars(DIR + "bare-money-next.txt");

  /** Characters that start a measure word after a figure (5万吨, 1.2亿千瓦时, 14万人). */
  static final String NOT_MONEY_AFTER = ModelFile.chars(DIR + "not-money-after.txt");

  /** Characters before 十/百/千 that make a vague magnitude (数十万, 几百万, 上千万). */
  static final String VAGUE_MAGNITUDE_BEFORE = ModelFile.chars(DIR + "vague-magnitude-before.txt");

  /** Linking verbs between a qualifier word and its figure (约为1.74%). */
  static final String QUALIFIER_LINKS = ModelFile.chars(DIR + "qualifier-links.txt");

  /** Verbs before a weak-unit amount that leave it standing apart (是7块). */
  static final String WEAK_AMOUNT_AFTER = ModelFile.chars(DIR + "weak-amount-after.txt");

  /** First characters of every currency prefix (symbols, names, ISO codes): a fast pre-check. */
  static final String PREFIX_STARTERS = prefixStarters();

  /** Currency names by their folded first character, longest first: the few worth trying at a position. */
  private static final Map<Character, List<Currency>> CURRENCIES_BY_FIRST = CURRENCIES.stream()
      .collect(Collectors.groupingBy(c -> c.word().charAt(0), Collectors.toList()));

  private static String prefixStarters() {
    StringBuilder b = new StringBuilder();
    SYMBOLS.keySet().forEach(k -> b.append(fold(k.charAt(0))));
    CURRENCIES.forEach(c -> b.append(c.word().charAt(0)));
    ISO_CODES.keySet().forEach(c -> b.append(c.charAt(0)));
    return b.toString();
  }

  /** The currency names that may start at {@code i} (all of them sharing its folded first character). */
  static List<Currency> currenciesAt(CharSequence s, int i, int limit) {
    return i < limit ? CURRENCIES_BY_FIRST.getOrDefault(fold(s.charAt(i)), List.of()) : List.of();
  }

  /**
   * Folds traditional and full-width variants so that one lexicon serves all inputs: the lexicon's own
   * traditional characters (traditional-folds.tsv), the numeral units the lexicon writes in words (萬,
   * 億, 兩, 佰, 仟) and the percent and minus signs.
   */
  static char fold(char c) {
    switch (c) {
      case '萬': return '万';
      case '億': return '亿';
      case '兩': return '两';
      case '佰': return '百';
      case '仟': return '千';
      case '％': return '%';
      case '﹪': return '%';
      case '－': return '-';
      default:
        Character f = FOLDS.get(c);
        return f != null ? f : CharClasses.foldWidth(c);
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

  /** {@code s[start, end)} with every character {@link #fold folded}: context words match either script. */
  static String folded(CharSequence s, int start, int end) {
    StringBuilder b = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      b.append(fold(s.charAt(i)));
    }
    return b.toString();
  }

  /**
   * End of {@code word} matched at {@code i} with whitespace allowed between its characters
   * (PDF text: {@code 个 百 分 点}), or -1.
   */
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

  // ---- loading -----------------------------------------------------------------------------

  private static Map<Character, Character> folds(String name) {
    Map<Character, Character> m = new HashMap<>();
    for (ModelFile.Row row : ModelFile.rows(name, 2, 2)) {
      if (row.field(0).length() != 1 || row.field(1).length() != 1) {
        throw row.error("expected one character in each column, found " + row.field(0) + " " + row.field(1));
      }
      if (m.put(row.field(0).charAt(0), row.field(1).charAt(0)) != null) {
        throw row.error("duplicate fold of " + row.field(0));
      }
    }
    return Map.copyOf(m);
  }

  private static List<Currency> currencies(String name) {
    List<Currency> list = new ArrayList<>();
    for (ModelFile.Row row : ModelFile.rows(name, 4, 4)) {
      String word = row.field(0);
      String iso = row.field(1);
      if (!iso.matches("[A-Z]{3}")) {
        throw row.error("expected a three-letter code, found " + iso);
      }
      BigDecimal scale;
      try {
        scale = new BigDecimal(row.field(2));
      } catch (NumberFormatException e) {
        throw row.error("expected the value of one unit (1, 0.1, 0.01), found " + row.field(2));
      }
      if (scale.signum() <= 0) {
        throw row.error("the value of one unit must be positive, found " + row.field(2));
      }
      boolean weak = switch (row.field(3)) {
        case "name" -> false;
        case "weak" -> true;
        default -> throw row.error("expected kind name or weak, found " + row.field(3));
      };
      if (weak && word.length() != 1) {
        throw row.error("a weak currency word is one character, found " + word);
      }
      if (list.stream().anyMatch(c -> c.word().equals(word))) {
        throw row.error("duplicate currency word " + word);
      }
      list.add(new Currency(word, iso, scale, weak));
    }
    return List.copyOf(list);
  }

  private static Map<String, Qualifier> bounds(String name) {
    Map<String, Qualifier> m = new LinkedHashMap<>();
    for (ModelFile.Row row : ModelFile.rows(name, 2, 2)) {
      Qualifier q;
      try {
        q = Qualifier.valueOf(row.field(1));
      } catch (IllegalArgumentException e) {
        throw row.error("expected OVER, UNDER or APPROX, found " + row.field(1));
      }
      if (q == Qualifier.EXACT) {
        throw row.error("EXACT is no bound");
      }
      if (m.put(row.field(0), q) != null) {
        throw row.error("duplicate " + row.field(0));
      }
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  /** A two-column table of unique keys, in file order. */
  private static Map<String, String> pairs(String name) {
    Map<String, String> m = new LinkedHashMap<>();
    for (ModelFile.Row row : ModelFile.rows(name, 2, 2)) {
      if (!row.field(1).matches("[A-Z]{3}")) {
        throw row.error("expected a three-letter code, found " + row.field(1));
      }
      if (m.put(row.field(0), row.field(1)) != null) {
        throw row.error("duplicate " + row.field(0));
      }
    }
    return java.util.Collections.unmodifiableMap(m);
  }
}
