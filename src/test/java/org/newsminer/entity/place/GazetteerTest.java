package org.newsminer.entity.place;

import org.newsminer.entity.PlaceLevel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private final Gazetteer g = Gazetteer.get();

  @Test
  void shortFormsAndPaths() {
    assertEquals(Optional.of("拉萨市"), g.fullName("拉萨"));
    assertEquals(Optional.of("西藏自治区"), g.fullName("西藏"));
    assertEquals(Optional.of("阿里地区"), g.fullName("阿里"));
    assertEquals(Optional.of("堆龙德庆区"), g.fullName("堆龙"));
    assertEquals(Optional.of("墨竹工卡县"), g.fullName("墨竹"));
    assertEquals(Optional.empty(), g.fullName("全市"));
    assertEquals(List.of("西藏自治区", "拉萨市", "堆龙德庆区"), g.path("堆龙德庆区"));
    assertEquals(List.of("西藏自治区", "拉萨市", "堆龙德庆区"), g.path("堆龙"));
    assertEquals(Optional.of(PlaceLevel.PREFECTURE), g.level("阿里"));
    assertEquals(List.of(), g.path("桑木村"));
  }

  @Test
  void everyCountyOfTibet() {
    // From the statistical division list: all 74 county-level units under 54, each found by its full name;
    // a name another province shares too (城关区) is one entry holding both units, with no path of its own.
    Divisions d = Divisions.get();
    int counties = 0;
    for (int u = 0; u < d.size(); u++) {
      if (Gazetteer.levelOf(d, u, d.name(u)) == PlaceLevel.COUNTY && d.code(u).startsWith("54")) {
        counties++;
        Gazetteer.Entry e = g.surfaces().get(d.name(u));
        int unit = u;
        assertTrue(e != null && java.util.Arrays.stream(e.units()).anyMatch(v -> v == unit), d.name(u));
        assertEquals(e.ambiguous() ? 0 : 3, e.path().size(), d.name(u));
      }
    }
    assertEquals(74, counties);
    assertEquals(Optional.of("540103"), g.code("堆龙"));
    assertEquals(Optional.empty(), g.code("城关区"));
  }

  @Test
  void formerNamesAreTheCurrentUnits() {
    assertEquals(Optional.of("昌都市"), g.fullName("昌都地区"));
    assertEquals(Optional.of("乃东区"), g.fullName("乃东县"));
    assertEquals(Optional.of("米林市"), g.fullName("米林县"));
    assertEquals(Optional.of("5403"), g.code("昌都地区"));
  }

  @Test
  void provincesAndPrefectures() {
    long provinces = g.surfaces().values().stream().distinct().filter(e -> e.level() == PlaceLevel.PROVINCE).count();
    long prefectures = g.surfaces().values().stream().distinct().filter(e -> e.level() == PlaceLevel.PREFECTURE).count();
    assertEquals(34, provinces);
    assertTrue(prefectures >= 330, "prefectures " + prefectures);
  }

  @Test
  void rejectsBadRows() {
    assertThrows(IllegalArgumentException.class, () -> Gazetteer.parse(new BufferedReader(new StringReader("甲县\tCOUNTY\t乙市\n"))));
    assertThrows(IllegalArgumentException.class, () -> Gazetteer.parse(new BufferedReader(new StringReader("甲县\tTOWN\t\n"))));
    assertThrows(IllegalArgumentException.class,
        () -> Gazetteer.parse(new BufferedReader(new StringReader("甲县\tCOUNTY\t\t甲\n乙县\tCOUNTY\t\t甲\n"))));
  }
}
