package org.newsminer.entity.number;

import org.newsminer.text.CharClasses;
import org.newsminer.entity.Money;
import org.newsminer.entity.Entity;
import org.newsminer.entity.EntityExtractor;
import org.newsminer.entity.EntityType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.newsminer.entity.number.Numerals.Numeral;

/**
 * Every number written in a text, as a reader would point them out: numerals ({@link Numerals}),
 * fractions ({@code 五分之一}, {@code 3/5}, {@code 三百五又三分之一}), dozens ({@code 十打}); not the
 * numeral characters inside words ({@code 一切}, {@code 四川}, {@code 队伍}, {@code 收拾}), nor amounts
 * of money or discounts, which are MONEY and PERCENT entities. Stateless and thread-safe.
 */
final class NumeralFinder {
  private NumeralFinder() {}

  /** A number in a text: span {@code [start, end)} and value. */
  record Found(int start, int end, BigDecimal value) {}

  private static final EntityExtractor AMOUNTS =
      EntityExtractor.of(java.util.EnumSet.of(EntityType.MONEY, EntityType.PERCENT));


  static List<Found> find(String s) {
    List<Entity> entities = AMOUNTS.extract(s);
    List<Found> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      int w = word(s, i);
      if (w > 0) {
        i += w;
        continue;
      }
      char c = s.charAt(i);
      if ((s.startsWith("一半", i) || s.startsWith("半个", i) || s.startsWith("半個", i))
          && (i == 0 || !Numerals.isNumeralChar(s.charAt(i - 1)))) {
        out.add(new Found(i, i + 2, new BigDecimal("0.5")));
        i += 2;
        continue;
      }
      if (s.startsWith("半百", i)) {
        out.add(new Found(i, i + 2, BigDecimal.valueOf(50)));
        i += 2;
        continue;
      }
      int start = i;
      boolean negative = false;
      int k = i;
      if ((c == '-' || c == '－' || c == '负' || c == '負') && (i == 0 || Numerals.arabicDigit(s.charAt(i - 1)) < 0
          && "-－".indexOf(s.charAt(i - 1)) < 0)) {
        k = Numerals.skipSpaces(s, i + 1, n);
        if (k < n && Numerals.canStart(s, k, n)) {
          negative = true;
        } else {
          i++;
          continue;
        }
      }
      // 百分之五十: the prefix is not a number of its own.
      if (!negative && (Numerals.smallUnit(c) > 0 || Numerals.bigUnit(c) > 0)
          && (i == 0 || !Numerals.isNumeralChar(s.charAt(i - 1)))) {
        int e = i;
        while (e < n && (Numerals.smallUnit(s.charAt(e)) > 0 || Numerals.bigUnit(s.charAt(e)) > 0)) {
          e++;
        }
        int f = NumberLexicon.matchLoose(s, Numerals.skipSpaces(s, e, n), n, "分之");
        if (f > 0) {
          i = f;
          continue;
        }
      }
      if (!Numerals.canStart(s, k, n) || k == i && k > 0 && Numerals.smallUnit(c) > 0
          && Numerals.isNumeralChar(s.charAt(k - 1))) {
        i++;
        continue;
      }
      Numeral num = Numerals.parse(s, k, n);
      if (num == null) {
        i++;
        continue;
      }
      if (!lone(s, num)) {
        i = num.end();
        continue;
      }
      BigDecimal v = num.value();
      int end = num.end();
      // Fractions: 五分之一, 3/5, 1 3/5, 三百五又三分之一.
      BigDecimal[] frac = fraction(s, num, n);
      if (frac != null) {
        v = frac[0];
        end = frac[1].intValue();
      } else if (num.juxtaposed()) {
        BigDecimal[] mixed = mixedArabic(s, num, n);
        if (mixed != null) {
          v = mixed[0];
          end = mixed[1].intValue();
        } else if (num.chinese()) {
          i = skipRun(s, num.end());
          continue;
        }
      } else {
        int y = Numerals.skipSpaces(s, end, n);
        if (y < n && s.charAt(y) == '又') {
          Numeral g = Numerals.parse(s, Numerals.skipSpaces(s, y + 1, n), n);
          BigDecimal[] f2 = g == null ? null : fraction(s, g, n);
          if (f2 != null) {
            v = v.add(f2[0]);
            end = f2[1].intValue();
          }
        } else if (y < n && s.charAt(y) == '打' && y == end) {
          v = v.multiply(BigDecimal.valueOf(12));
          end = y + 1;
        }
      }
      if (negative) {
        v = v.negate();
      }
      if (!covered(entities, start, end)) {
        out.add(new Found(start, end, Numerals.canonical(v)));
      }
      i = end;
    }
    return out;
  }

  private static int word(String s, int i) {
    for (String w : NumberLexicon.NOT_NUMBERS) {
      if (s.startsWith(w, i)) {
        return w.length();
      }
    }
    return 0;
  }

  /** Lone financial characters are words (队伍, 收拾, 大陆) unless set apart. */
  private static boolean lone(String s, Numeral num) {
    if (num.end() - num.start() != 1 || !Numerals.isFinancial(s.charAt(num.start()))) {
      return true;
    }
    char p = num.start() > 0 ? s.charAt(num.start() - 1) : '\0';
    char x = num.end() < s.length() ? s.charAt(num.end()) : '\0';
    return (p == '\0' || !CharClasses.isHan(p) || "是为负負".indexOf(p) >= 0)
        && (x == '\0' || !CharClasses.isHan(x) || "又打分个個".indexOf(x) >= 0);
  }

  private static int skipRun(String s, int i) {
    int k = i;
    while (k < s.length() && (Numerals.isNumeralChar(s.charAt(k)) || CharClasses.isSpace(s.charAt(k)))) {
      k++;
    }
    return k;
  }

  /** Inside a MONEY amount or a discount (一折): not a free number. */
  private static boolean covered(List<Entity> entities, int start, int end) {
    for (Entity e : entities) {
      if (e.start() < end && start < e.end() && (e instanceof Money || e.text().endsWith("折"))) {
        return true;
      }
    }
    return false;
  }

  /** {@code num 分之 M} or {@code num / M}: [value, end], or null. */
  private static BigDecimal[] fraction(String s, Numeral den, int n) {
    int k = Numerals.skipSpaces(s, den.end(), n);
    int f = NumberLexicon.matchLoose(s, k, n, "分之");
    boolean slash = false;
    if (f < 0 && k == den.end() && k < n && (s.charAt(k) == '/' || s.charAt(k) == '／') && !den.chinese()) {
      f = k + 1;
      slash = true;
    }
    if (f < 0) {
      return null;
    }
    int m = Numerals.skipSpaces(s, f, n);
    boolean neg = false;
    if (!slash && m < n && (s.charAt(m) == '负' || s.charAt(m) == '負')) {
      neg = true;
      m = Numerals.skipSpaces(s, m + 1, n);
    }
    Numeral num = m < n ? Numerals.parse(s, m, n) : null;
    if (num == null || num.value().signum() == 0 && den.value().signum() == 0) {
      return null;
    }
    BigDecimal a = slash ? den.value() : num.value();
    BigDecimal b = slash ? num.value() : den.value();
    if (b.signum() == 0) {
      return null;
    }
    BigDecimal v = a.divide(b, Numerals.MC);
    if (neg) {
      v = v.negate();
    }
    return new BigDecimal[] {v, BigDecimal.valueOf(num.end())};
  }

  /** {@code 1 3/5}: an integer, a space, a fraction. */
  private static BigDecimal[] mixedArabic(String s, Numeral whole, int n) {
    if (whole.chinese() || whole.value().scale() > 0) {
      return null;
    }
    int k = Numerals.skipSpaces(s, whole.end(), n);
    Numeral a = Numerals.parse(s, k, n);
    BigDecimal[] f = a == null || a.chinese() ? null : fraction(s, a, n);
    if (f == null) {
      return null;
    }
    return new BigDecimal[] {whole.value().add(f[0]), f[1]};
  }
}
