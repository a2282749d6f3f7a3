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
    int counties = 0;
    for (Gazetteer.Entry e : new java.util.HashSet<>(g.surfaces().values())) {
      if (e.level() == PlaceLevel.COUNTY && e.path().get(0).equals("西藏自治区") && e.name().equals(surfaceOf(e))) {
        counties++;
        assertEquals(3, e.path().size(), e.name());
      }
    }
    assertEquals(74, counties);
  }

  private static String surfaceOf(Gazetteer.Entry e) {
    return e.name();
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
