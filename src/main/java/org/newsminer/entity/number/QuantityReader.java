package org.newsminer.entity.number;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.newsminer.entity.Qualifier;
import org.newsminer.text.ModelFile;

/**
 * Reads the quantities of a text with the shared numeral reader ({@link Numerals}): number, scale
 * (万/亿 with or without a unit after), unit from the open lexicon {@code models/rules/number/units.tsv},
 * the qualifier words of {@link QualifierWords} as an interval, and the precision written. Arabic
 * numerals always; Chinese numerals only as whole counts with a unit ({@code 三大类}, {@code 两个}), never
 * after 第 (an ordinal). A bare number (no unit, no scale) is read only where a list separator follows
 * ({@code 18.5:36.7:44.8}, {@code 2.74、1.96和5.1个百分点}): elsewhere digits are dates and codes.
 *
 * <p>Immutable and thread-safe; {@link #get()} loads the unit table once.
 */
public final class QuantityReader {
  private static final String UNITS = "rules/number/units.tsv";
  /** Characters after a bare number that make it an item of a list of figures. */
  private static final String LIST_AFTER = "，,、；;：:）)和与及比|｜";
  /** Characters before a bare number that make it an item of a ratio or list (34.35:16.86:48.79). */
  private static final String LIST_BEFORE = "：:、比";
  /** Characters after a bare number that end a sentence or clause: a list item only after a list separator. */
  private static final String END_AFTER = "。；;，,";
  /** Between a Chinese count and its unit: 三大类, 五大领域. */
  private static final char BIG = '大';

  private record Unit(String word, Quantity.Kind kind, String canonical) {}

  /** Units, longest first. */
  private final List<Unit> units;
  private final QualifierWords qualifiers = QualifierWords.get();

  private QuantityReader(List<Unit> units) {
    this.units = units;
  }

  private static final class Holder {
    static final QuantityReader INSTANCE = load();
  }

  /** The reader with the unit table shipped in the jar. */
  public static QuantityReader get() {
    return Holder.INSTANCE;
  }

  /** The quantities of {@code s}, in text order, never overlapping. */
  public List<Quantity> read(CharSequence s) {
    List<Quantity> out = new ArrayList<>();
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      boolean arabic = Numerals.arabicDigit(c) >= 0;
      if (!arabic && Numerals.chineseDigit(c) < 0 && Numerals.smallUnit(c) == 0) {
        continue;
      }
      if (i > 0 && (Numerals.isNumeralChar(s.charAt(i - 1)) || Numerals.isDot(s.charAt(i - 1))
          || Character.isLetter(s.charAt(i - 1)) && s.charAt(i - 1) < 0x3000)) {
        continue; // inside a longer numeral, a code or a word
      }
      Quantity q = arabic ? readArabic(s, i) : readChinese(s, i);
      if (q != null) {
        out.add(q);
        i = q.end() - 1;
      }
    }
    return out;
  }

  /**
   * The canonical count unit a noun names ({@code 总人口} → 人, {@code 贫困户} → 户): the last one-character
   * count unit among the last three characters of {@code noun}, or null. For a figure written without its
   * unit ({@code 总人口6.9万}).
   */
  public String countUnitOfNoun(CharSequence noun) {
    for (int i = noun.length() - 1; i >= Math.max(0, noun.length() - 3); i--) {
      for (Unit u : units) {
        if (u.kind() == Quantity.Kind.COUNT && u.word().length() == 1 && u.word().charAt(0) == noun.charAt(i)) {
          return u.canonical();
        }
      }
    }
    return null;
  }

  private Quantity readArabic(CharSequence s, int i) {
    int n = s.length();
    Numerals.Numeral num = Numerals.parse(s, i, n);
    if (num == null || num.juxtaposed()) {
      return null;
    }
    int at = num.end();
    boolean more = num.over();
    if (!more && at < n && (s.charAt(at) == '余' || s.charAt(at) == '多')) {
      more = true;
      at++;
    }
    Unit unit = unitAt(s, at);
    BigDecimal scale = num.trailingScale();
    BigDecimal value = num.value();
    if (unit == null && !more && at > i && Numerals.smallUnit(s.charAt(at - 1)) > 0 && unitAt(s, at - 1) != null) {
      // 1200千瓦时, 45千米: the 千 read as a scale starts the unit.
      unit = unitAt(s, at - 1);
      BigDecimal small = BigDecimal.valueOf(Numerals.smallUnit(s.charAt(at - 1)));
      value = value.divide(small, Numerals.MC);
      scale = scale.divide(small, Numerals.MC);
      at--;
    }
    int end = unit == null ? at : at + unit.word().length();
    if (unit == null) {
      boolean scaled = scale.compareTo(BigDecimal.ONE) > 0 && num.bigUnit();
      boolean listed = i > 0 && LIST_BEFORE.indexOf(s.charAt(i - 1)) >= 0
          || at < n && LIST_AFTER.indexOf(s.charAt(at)) >= 0 && END_AFTER.indexOf(s.charAt(at)) < 0;
      if (!scaled && !listed || more && !scaled) {
        return null; // 2022年, 5月, 拨打12339。, codes: not a quantity
      }
      if (!scaled && at < n && s.charAt(at) == '.') {
        return null;
      }
    } else if (unit.kind() == Quantity.Kind.PERCENT || unit.kind() == Quantity.Kind.POINTS) {
      if (scale.compareTo(BigDecimal.ONE) != 0) {
        return null;
      }
    }
    // A unit word that is the start of a longer word (个月, 个工作日) is no unit of a count.
    if (unit != null && unit.canonical().equals("个") && end < n && "月工小百".indexOf(s.charAt(end)) >= 0) {
      return null;
    }
    int decimals = decimals(s, num.start(), num.end());
    BigDecimal half = BigDecimal.ZERO;
    Quantity.Kind kind = unit == null ? Quantity.Kind.NONE : unit.kind();
    if (decimals > 0 || scale.compareTo(BigDecimal.ONE) > 0 || kind == Quantity.Kind.PERCENT
        || kind == Quantity.Kind.POINTS || kind == Quantity.Kind.NONE) {
      half = BigDecimal.ONE.movePointLeft(decimals).multiply(scale).divide(BigDecimal.valueOf(2));
    }
    return qualified(s, i, end, value, scale, unit, kind, half, more ? step(s, num, decimals) : null);
  }

  private Quantity readChinese(CharSequence s, int i) {
    if (i > 0 && s.charAt(i - 1) == '第') {
      return null;
    }
    Numerals.Numeral num = Numerals.parse(s, i, s.length());
    if (num == null || !num.chinese() || num.over() || num.juxtaposed() || num.value().scale() > 0
        && num.value().stripTrailingZeros().scale() > 0) {
      return null;
    }
    int at = num.end();
    if (at < s.length() && s.charAt(at) == BIG) {
      at++;
    }
    Unit unit = unitAt(s, at);
    // 一 alone is mostly an article (一个方面, 一批): a Chinese count states two or more.
    if (unit == null || unit.kind() != Quantity.Kind.COUNT || num.value().compareTo(BigDecimal.valueOf(2)) < 0) {
      return null;
    }
    int end = at + unit.word().length();
    return qualified(s, i, end, num.value(), BigDecimal.ONE, unit, Quantity.Kind.COUNT, BigDecimal.ZERO, null);
  }

  /** The quantity with the qualifier words around it and its interval. */
  private Quantity qualified(CharSequence s, int numberStart, int end, BigDecimal value, BigDecimal scale, Unit unit,
      Quantity.Kind kind, BigDecimal half, BigDecimal moreStep) {
    int start = numberStart;
    Qualifier q = Qualifier.EXACT;
    for (QualifierWords.Word w : qualifiers.before()) {
      int from = numberStart - w.word().length();
      if (from >= 0 && startsWith(s, w.word(), from)
          && w.standsAlone(from > 0 ? s.charAt(from - 1) : '\0', s.charAt(numberStart))) {
        q = w.qualifier();
        start = from;
        break;
      }
    }
    for (QualifierWords.Word w : qualifiers.after()) {
      if (startsWith(s, w.word(), end)
          && w.standsAlone(s.charAt(end - 1), end + w.word().length() < s.length() ? s.charAt(end + w.word().length()) : '\0')) {
        q = q == Qualifier.EXACT ? w.qualifier() : q;
        end += w.word().length();
        break;
      }
    }
    BigDecimal v = value.stripTrailingZeros();
    BigDecimal low = v.subtract(half);
    BigDecimal high = v.add(half);
    if (moreStep != null) {
      q = q == Qualifier.EXACT ? Qualifier.OVER : q;
      low = v;
      high = v.add(moreStep);
    } else if (q == Qualifier.OVER) {
      high = null;
    } else if (q == Qualifier.UNDER) {
      low = null;
    }
    String canonical = unit == null ? "" : unit.canonical();
    return new Quantity(start, end, s.subSequence(start, end).toString(), v, scale, canonical, kind, q,
        half, low, high);
  }

  /** What 多/余 may add: one unit of the last non-zero digit written (100多 → 100, 2.5亿余 → 0.1亿). */
  private static BigDecimal step(CharSequence s, Numerals.Numeral num, int decimals) {
    int lastNonZero = 0; // negative: the decimal place of the last non-zero decimal digit
    int digitsAfterDot = -1;
    int position = 0;
    int intDigits = 0;
    StringBuilder digits = new StringBuilder();
    for (int k = num.start(); k < num.end(); k++) {
      char c = s.charAt(k);
      if (Numerals.isDot(c)) {
        digitsAfterDot = 0;
        digits.append('.');
      } else if (Numerals.arabicDigit(c) >= 0) {
        digits.append((char) ('0' + Numerals.arabicDigit(c)));
        if (digitsAfterDot >= 0) {
          digitsAfterDot++;
          if (Numerals.arabicDigit(c) != 0) {
            lastNonZero = -digitsAfterDot;
          }
        } else {
          intDigits++;
          if (Numerals.arabicDigit(c) != 0) {
            position = intDigits;
          }
        }
      }
    }
    int exp = lastNonZero < 0 ? lastNonZero : intDigits - position;
    // The scale is what the value is of the digits written (3800多万: 10^4), wherever 多 stands.
    BigDecimal written = new BigDecimal(digits.toString());
    BigDecimal scale = written.signum() == 0 ? BigDecimal.ONE : num.value().divide(written, Numerals.MC);
    return BigDecimal.ONE.scaleByPowerOfTen(exp).multiply(scale).stripTrailingZeros();
  }

  /** The digits after the decimal point of the Arabic number in {@code s[from, to)}. */
  private static int decimals(CharSequence s, int from, int to) {
    int d = -1;
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      if (Numerals.isDot(c)) {
        d = 0;
      } else if (d >= 0 && Numerals.arabicDigit(c) >= 0) {
        d++;
      } else if (d >= 0) {
        break;
      }
    }
    return Math.max(0, d);
  }

  private Unit unitAt(CharSequence s, int at) {
    for (Unit u : units) {
      if (startsWith(s, u.word(), at)) {
        return u;
      }
    }
    return null;
  }

  private static boolean startsWith(CharSequence s, String word, int at) {
    if (at < 0 || at + word.length() > s.length()) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (s.charAt(at + k) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static QuantityReader load() {
    List<Unit> units = new ArrayList<>();
    for (ModelFile.Row row : ModelFile.rows(UNITS, 3, 3)) {
      Quantity.Kind kind;
      try {
        kind = Quantity.Kind.valueOf(row.field(1));
      } catch (IllegalArgumentException e) {
        throw row.error("expected MONEY|PERCENT|POINTS|COUNT, found " + row.field(1));
      }
      if (kind == Quantity.Kind.NONE) {
        throw row.error("NONE is no unit kind");
      }
      if (units.stream().anyMatch(u -> u.word().equals(row.field(0)))) {
        throw row.error("duplicate unit " + row.field(0));
      }
      units.add(new Unit(row.field(0), kind, row.field(2)));
    }
    units.sort((a, b) -> b.word().length() - a.word().length());
    return new QuantityReader(List.copyOf(units));
  }
}
