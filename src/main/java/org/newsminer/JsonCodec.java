package org.newsminer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

/**
 * The JSON shape of EXTRACTION.md §6, both ways: articles and entities to JSON, and entities and checks
 * back from JSON (the gold annotations use the same shape). Thread-safe.
 */
public final class JsonCodec {
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  /** Writes decimals plainly ({@code 1872081300}, not {@code 1.8720813E+9}). Never handed out: it is mutable. */
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .nodeFactory(NODES)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .disable(SerializationFeature.INDENT_OUTPUT)
      .build();

  private JsonCodec() {}

  /** {@code node} as one line of JSON, decimals written plainly. */
  public static String line(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree that cannot be written: " + e.getMessage(), e);
    }
  }

  /** {@code node} as indented JSON. */
  public static String pretty(JsonNode node) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree that cannot be written: " + e.getMessage(), e);
    }
  }

  /** Parses JSON text, keeping decimals exact. */
  public static JsonNode parse(String json) throws JsonProcessingException {
    return MAPPER.readTree(json);
  }

  /** Parses a JSON file, keeping decimals exact. */
  public static JsonNode parse(Path file) throws IOException {
    return MAPPER.readTree(file.toFile());
  }

  /** A new empty object node of the codec's (exact-decimal) factory. */
  public static ObjectNode object() {
    return NODES.objectNode();
  }

  /** A new empty array node of the codec's factory. */
  public static ArrayNode array() {
    return NODES.arrayNode();
  }

  /** One line of {@code newsminer extract --format jsonl}. */
  public static ObjectNode article(String source, MinedArticle a) {
    ObjectNode o = NODES.objectNode();
    o.put("source", source);
    o.put("article", a.number());
    o.put("title", a.title());
    o.put("start", a.start());
    o.put("end", a.end());
    ArrayNode entities = o.putArray("entities");
    a.entities().forEach(e -> entities.add(entity(e)));
    ArrayNode checks = o.putArray("checks");
    a.checks().forEach(c -> checks.add(check(c)));
    return o;
  }

  public static ObjectNode entity(Entity e) {
    ObjectNode o = NODES.objectNode();
    o.put("type", e.type().name());
    o.put("text", e.text());
    o.put("start", e.start());
    o.put("end", e.end());
    if (e instanceof Money m) {
      o.put("value", plain(m.value()));
      if (m.isRange()) {
        o.put("min", plain(m.min()));
        o.put("max", plain(m.max()));
      }
      o.put("currency", m.currency());
      o.put("qualifier", m.qualifier().name());
    } else if (e instanceof Percent p) {
      o.put("value", plain(p.value()));
      if (p.isRange()) {
        o.put("min", plain(p.min()));
        o.put("max", plain(p.max()));
      }
      o.put("unit", p.unit().name());
      o.put("qualifier", p.qualifier().name());
    } else if (e instanceof Place p) {
      o.put("name", p.name());
      o.put("level", p.level().name());
      ArrayNode path = o.putArray("path");
      p.path().forEach(path::add);
      if (p.code() != null) {
        o.put("code", p.code());
      }
    } else if (e instanceof Program p) {
      o.put("name", p.name());
      o.put("kind", p.kind().name());
    }
    return o;
  }

  public static ObjectNode check(Check c) {
    ObjectNode o = NODES.objectNode();
    o.put("kind", c.kind().name());
    o.put("verdict", c.verdict().name());
    o.put("stated", plain(c.stated()));
    o.put("computed", plain(c.computed()));
    ArrayNode numbers = o.putArray("numbers");
    c.numbers().forEach(numbers::add);
    ArrayNode spans = o.putArray("spans");
    c.spans().forEach(s -> spans.addArray().add(s.start()).add(s.end()));
    if (!c.explanation().isEmpty()) {
      o.put("explanation", c.explanation());
    }
    return o;
  }

  /**
   * An entity read back from its JSON form.
   *
   * @throws IllegalArgumentException when a field is missing or has a value outside its enum
   */
  public static Entity entity(JsonNode o) {
    String type = required(o, "type").asText();
    String text = required(o, "text").asText();
    int start = required(o, "start").asInt();
    int end = required(o, "end").asInt();
    return switch (type) {
      case "MONEY" -> new Money(text, start, end, decimal(o, "value"), optDecimal(o, "min"),
          optDecimal(o, "max"), o.path("currency").asText("CNY"),
          Qualifier.valueOf(o.path("qualifier").asText("EXACT")));
      case "PERCENT" -> new Percent(text, start, end, decimal(o, "value"), optDecimal(o, "min"),
          optDecimal(o, "max"), PercentUnit.valueOf(o.path("unit").asText("PERCENT")),
          Qualifier.valueOf(o.path("qualifier").asText("EXACT")));
      case "PLACE" -> new Place(text, start, end, required(o, "name").asText(),
          PlaceLevel.valueOf(required(o, "level").asText()), strings(o.path("path")),
          o.hasNonNull("code") ? o.get("code").asText() : null);
      case "PROGRAM" -> new Program(text, start, end, required(o, "name").asText(),
          ProgramKind.valueOf(required(o, "kind").asText()));
      default -> throw new IllegalArgumentException("unknown entity type " + type);
    };
  }

  /** A check read back from its JSON form. */
  public static Check check(JsonNode o) {
    List<Check.Span> spans = new ArrayList<>();
    for (JsonNode s : required(o, "spans")) {
      spans.add(new Check.Span(s.get(0).asInt(), s.get(1).asInt()));
    }
    return new Check(CheckKind.valueOf(required(o, "kind").asText()),
        Verdict.valueOf(required(o, "verdict").asText()), decimal(o, "stated"), decimal(o, "computed"),
        strings(required(o, "numbers")), spans, o.has("explanation") ? o.get("explanation").asText() : "");
  }

  /** {@code d} without trailing zeros, so that {@code 1.50} prints as {@code 1.5}. */
  private static BigDecimal plain(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  private static JsonNode required(JsonNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("missing field \"" + field + "\" in " + o);
    }
    return v;
  }

  private static BigDecimal decimal(JsonNode o, String field) {
    return new BigDecimal(required(o, field).asText());
  }

  private static BigDecimal optDecimal(JsonNode o, String field) {
    JsonNode v = o.get(field);
    return v == null || v.isNull() ? null : new BigDecimal(v.asText());
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
