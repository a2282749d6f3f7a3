package org.newsminer.entity.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsminer.entity.PlaceLevel;

class DivisionsTest {

  @Test
  void loadsEveryLevelWithCodesParentsAndPaths() {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long before = rt.totalMemory() - rt.freeMemory();
    long t0 = System.nanoTime();
    Divisions d = Divisions.get();
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.gc();
    long heap = (rt.totalMemory() - rt.freeMemory() - before) >> 20;
    System.out.println("divisions: " + d.size() + " units, loaded in " + ms + " ms, ~" + heap + " MB heap");
    assertEquals(31 + 342 + 2978 + 41352 + 620573, d.size());
    int duilong = d.byCode("540103");
    assertEquals("堆龙德庆区", d.name(duilong));
    assertEquals(PlaceLevel.COUNTY, d.level(duilong));
    assertEquals(List.of("西藏自治区", "拉萨市", "堆龙德庆区"), d.path(duilong));
    int dongga = d.byCode("540103001");
    assertEquals("东嘎街道", d.name(dongga));
    assertEquals(duilong, d.parent(dongga));
    assertTrue(d.named("东嘎街道").contains(dongga));
    // Committee suffixes are gone, and a stem finds the village whatever suffix the list gives it.
    assertTrue(d.stemmed("桑木").stream().anyMatch(u -> d.code(u).equals("540103001003")));
    // A municipality's districts: the grouping row 市辖区 is no step of the path.
    assertEquals(List.of("北京市", "东城区"), d.path(d.byCode("110101")));
    assertTrue(d.named("市辖区").isEmpty());
    assertTrue(d.named("鼓楼区").size() > 1, "a county name several prefectures share");
    assertEquals(-1, d.byCode("5401039"));
  }
}
