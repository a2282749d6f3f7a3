package org.newsminer.entity.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumeralsTest {

  private static void value(String expected, String numeral) {
    BigDecimal v = Numerals.parseWhole(numeral);
    assertEquals(expected, v == null ? null : v.toPlainString(), numeral);
  }

  @Test
  void arabic() {
    value("1234567", "1,234,567");
    value("10000.233", "10,000.233");
    value("187208.13", "187208.13");
    value("123.5", "１２３．５");
    value("0.77", ".77");
    value("200000", "2e5");
    value("40000", "40k");
  }

  @Test
  void chinese() {
    value("0", "零");
    value("15", "十五");
    value("2450", "两千四百五");
    value("13000", "一万三");
    value("1005", "一千零五");
    value("10250", "一万零二百五十");
    value("456420015", "四亿五千六百四十二万零一十五");
    value("400000000", "四万万");
    value("5006200045200", "五兆六十二亿四万五千二");
    value("49959200000000", "四十九兆九千五百九十二億");
    value("350", "叁佰伍拾");
    value("10.233", "十点二三三");
    value("20000000.5544", "两千万点五五四四");
    value("2300.1", "两千三点一");
  }

  @Test
  void mixed() {
    value("1200000000000", "1.2万亿");
    value("50000000", "5千万");
    value("54600", "5万4千6百");
    value("34000", "3万4000");
    value("20300000", "2千零30万");
    value("75400", "7 万5 千4 百");
  }

  @Test
  void approximateDigitsMarkOver() {
    Numerals.Numeral n = Numerals.parse("3800余万元", 0, 7);
    assertEquals("38000000", n.value().toPlainString());
    assertTrue(n.over());
    assertEquals(6, n.end(), "余 and 万 are inside, 元 is not");
    assertTrue(Numerals.parse("二十几万", 0, 4).over());
    assertFalse(Numerals.parse("3800万", 0, 5).over());
    Numerals.Numeral wanDuoYi = Numerals.parse("1万多亿元", 0, 5);
    assertEquals("1000000000000", wanDuoYi.value().toPlainString());
    assertTrue(wanDuoYi.over());
    // 余 not followed by a unit is outside the numeral
    assertEquals(2, Numerals.parse("2万余元", 0, 4).end());
  }

  @Test
  void trailingScaleSharesUnitsInRanges() {
    assertEquals(0, Numerals.parse("5000万", 0, 5).trailingScale().compareTo(new BigDecimal("10000")));
    assertEquals(0, Numerals.parse("5千万", 0, 3).trailingScale().compareTo(new BigDecimal("10000000")));
    assertEquals(0, Numerals.parse("3000", 0, 4).trailingScale().compareTo(BigDecimal.ONE));
  }

  @Test
  void notNumerals() {
    assertNull(Numerals.parseWhole("万"));
    assertNull(Numerals.parseWhole("万万"));
    assertNull(Numerals.parseWhole("二三十"), "juxtaposed digits are a vague range");
    assertNull(Numerals.parseWhole("1亿元"));
    assertNull(Numerals.parse("元", 0, 1));
    assertTrue(Numerals.parse("二三十", 0, 3).juxtaposed());
  }
}
