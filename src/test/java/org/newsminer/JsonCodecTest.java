package org.newsminer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsminer.check.Check;
import org.newsminer.check.CheckKind;
import org.newsminer.check.Verdict;
import org.newsminer.entity.Entity;
import org.newsminer.entity.Money;
import org.newsminer.entity.Percent;
import org.newsminer.entity.PercentUnit;
import org.newsminer.entity.Place;
import org.newsminer.entity.PlaceLevel;
import org.newsminer.entity.Program;
import org.newsminer.entity.ProgramKind;
import org.newsminer.entity.Qualifier;

class JsonCodecTest {

  @Test
  void moneyIsWrittenAsInTheSpecWithPlainNumbers() throws Exception {
    Money m = Money.cny("187208.13万元", 1702, 1716, new BigDecimal("1872081300.00"), Qualifier.EXACT);
    assertEquals("{\"type\":\"MONEY\",\"text\":\"187208.13万元\",\"start\":1702,\"end\":1716,"
        + "\"value\":1872081300,\"currency\":\"CNY\",\"qualifier\":\"EXACT\"}",
        JsonCodec.line(JsonCodec.entity(m)));
  }

  @Test
  void everyEntityKindSurvivesTheRoundTrip() throws Exception {
    List<Entity> entities = List.of(
        new Money("3000万至5000万元", 0, 11, new BigDecimal("30000000"), new BigDecimal("30000000"),
            new BigDecimal("50000000"), "CNY", Qualifier.EXACT),
        new Percent("72.33%", 20, 26, new BigDecimal("72.33"), null, null, PercentUnit.PERCENT, Qualifier.EXACT),
        new Percent("3个百分点", 30, 35, new BigDecimal("3"), null, null, PercentUnit.POINTS, Qualifier.EXACT),
        new Place("拉萨", 40, 42, "拉萨市", PlaceLevel.PREFECTURE, List.of("西藏自治区", "拉萨市")),
        new Program("“万企兴万村”行动", 90, 99, "万企兴万村", ProgramKind.INITIATIVE));
    for (Entity e : entities) {
      String json = JsonCodec.line(JsonCodec.entity(e));
      Entity back = JsonCodec.entity(JsonCodec.parse(json));
      assertEquals(json, JsonCodec.line(JsonCodec.entity(back)));
    }
  }

  @Test
  void checkSurvivesTheRoundTrip() throws Exception {
    Check c = new Check(CheckKind.SUM, Verdict.CONSISTENT, new BigDecimal("14143"), new BigDecimal("14143"),
        List.of("14143人", "40人", "5207人", "8896人"),
        List.of(new Check.Span(10, 16), new Check.Span(20, 23), new Check.Span(30, 35), new Check.Span(40, 45)));
    JsonNode json = JsonCodec.check(c);
    assertEquals("[[10,16],[20,23],[30,35],[40,45]]", json.get("spans").toString());
    assertEquals(c, JsonCodec.check(json));
  }

  @Test
  void missingFieldIsAClearError() throws Exception {
    JsonNode o = JsonCodec.parse("{\"type\":\"PLACE\",\"text\":\"拉萨\",\"start\":0,\"end\":2}");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonCodec.entity(o));
    assertEquals(true, e.getMessage().contains("\"name\""), e.getMessage());
  }
}
