package org.newsminer.entity.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmountsTest {

  private static void yuan(String expected, String input) {
    assertEquals(0, new BigDecimal(expected).compareTo(Amounts.parseYuan(input)), input);
  }

  @Test
  void searchFilterForms() {
    yuan("100000000", "1亿");
    yuan("50000000", "5000万");
    yuan("25000", "2.5万元");
    yuan("1200", "1,200元");
    yuan("3000", "3000");
    yuan("12000000", "一千二百万元");
    yuan("1200000000000", "1.2万亿");
    yuan("8000", " 8千元 ");
    yuan("1000000", "百万元");
    yuan("1872081300", "187208.13 万 元");
    yuan("123", "１２３");
  }

  @Test
  void badInputSaysWhatIsExpected() {
    for (String bad : new String[] {"", "  ", "abc", "1亿美元", "约1亿", "3000余万", "-5", "元", "5万吨", "1e"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Amounts.parseYuan(bad), bad);
      assertTrue(e.getMessage().contains("e.g."), e.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> Amounts.parseYuan(null));
  }

  @Test
  void percentagesAsUsersTypeThem() {
    assertEquals(0, new BigDecimal("12.5").compareTo(Amounts.parsePercent("12.5%")));
    assertEquals(0, new BigDecimal("12.5").compareTo(Amounts.parsePercent(" 12.5％ ")));
    assertEquals(0, new BigDecimal("50").compareTo(Amounts.parsePercent("百分之五十")));
    assertEquals(0, new BigDecimal("3").compareTo(Amounts.parsePercent("3个百分点")));
    assertEquals(0, new BigDecimal("5").compareTo(Amounts.parsePercent("5")));
    for (String bad : new String[] {"", "%", "abc", "约5%", "5万吨"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Amounts.parsePercent(bad), bad);
      assertTrue(e.getMessage().contains("e.g."), e.getMessage());
    }
  }
}
