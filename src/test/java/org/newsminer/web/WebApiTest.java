package org.newsminer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsminer.JsonCodec;
import org.newsminer.search.ArchiveSearcher;

/** The JSON API over real HTTP, on an index of invented pages; the index is never written to. */
class WebApiTest {
  static WebServer server;
  static Map<String, String> before;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  /** Every body received, to show no response carries a stack trace. */
  static final List<String> BODIES = new ArrayList<>();

  @BeforeAll
  static void start() throws IOException {
    Path index = WebFixture.index();
    before = WebFixture.snapshot(index);
    server = WebServer.start("127.0.0.1", 0, index, System.err);
  }

  @AfterAll
  static void stopAndCheckTheIndexIsUntouched() throws IOException {
    server.close();
    assertEquals(before, WebFixture.snapshot(WebFixture.index()), "serving must not write to the index");
    for (String b : BODIES) {
      assertFalse(b.contains("\tat ") || b.contains("at org.") || b.contains("Exception"), "stack trace in: " + b);
    }
  }

  static HttpResponse<String> get(String pathAndQuery) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(server.uri().resolve(pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    BODIES.add(r.body());
    return r;
  }

  static HttpResponse<String> post(String path, String contentType, byte[] body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(server.uri().resolve(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    BODIES.add(r.body());
    return r;
  }

  static JsonNode json(HttpResponse<String> r) throws IOException {
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.toString());
    return JsonCodec.parse(r.body());
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static void assertError(HttpResponse<String> r, int status, String messagePart) throws IOException {
    assertEquals(status, r.statusCode(), r.body());
    JsonNode j = json(r);
    assertEquals(status, j.get("status").asInt());
    assertTrue(j.get("error").asText().contains(messagePart), j.get("error").asText());
    assertFalse(j.get("error").asText().contains("\n"));
  }

  @Test
  void extractReturnsTheSection6ShapeWithOffsetsIntoThePostedText() throws Exception {
    String text = WebFixture.LHASA;
    JsonNode r = json(post("/api/extract", "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8)));
    JsonNode a = r.get("articles").get(0);
    assertEquals("-", a.get("source").asText());
    assertEquals(text, r.get("text").asText());
    boolean money = false;
    boolean place = false;
    for (JsonNode e : a.get("entities")) {
      assertEquals(e.get("text").asText(), text.substring(e.get("start").asInt(), e.get("end").asInt()));
      if (e.get("type").asText().equals("MONEY")) {
        assertEquals("36800000", e.get("value").asText());
        money = true;
      }
      if (e.get("type").asText().equals("PLACE") && e.get("name").asText().equals("堆龙德庆区")) {
        assertEquals("[\"西藏自治区\",\"拉萨市\",\"堆龙德庆区\"]", e.get("path").toString());
        place = true;
      }
    }
    assertTrue(money && place, a.toString());
  }

  @Test
  void checkTakesJsonOrGbkAndListsInconsistentFirstWithTheArithmetic() throws Exception {
    String text = WebFixture.ALI;
    JsonNode viaJson = json(post("/api/check", "application/json",
        JsonCodec.line(JsonCodec.object().put("text", text)).getBytes(StandardCharsets.UTF_8)));
    byte[] gbk = text.getBytes(Charset.forName("GBK"));
    JsonNode viaGbk = json(post("/api/check", "text/plain", gbk));
    assertEquals(text, viaGbk.get("text").asText(), "an undeclared non-UTF-8 body is read as GBK");
    assertEquals(viaJson.get("articles"), viaGbk.get("articles"));
    JsonNode checks = viaJson.get("articles").get(0).get("checks");
    JsonNode first = checks.get(0);
    assertEquals("INCONSISTENT", first.get("verdict").asText(), checks.toString());
    assertEquals("SUM", first.get("kind").asText());
    assertEquals("56305000", first.get("stated").asText());
    assertEquals("57305000", first.get("computed").asText());
    assertTrue(first.get("sentence").asText().contains("【3120.5万元】"), first.toString());
    assertTrue(first.get("arithmetic").asText().startsWith("5630.5万元 = 3120.5万元 + 1510万元 + 1100万元"));
    assertTrue(viaJson.get("inconsistent").asInt() >= 1);
  }

  @Test
  void badBodiesGetOneLineAndAStatus() throws Exception {
    assertError(post("/api/check", "text/plain; charset=utf-8", "  \n ".getBytes(StandardCharsets.UTF_8)), 400, "empty text");
    assertError(post("/api/extract", "application/json", "{\"txt\": 1}".getBytes(StandardCharsets.UTF_8)), 400, "malformed JSON");
    assertError(post("/api/extract", "application/json", "{".getBytes(StandardCharsets.UTF_8)), 400, "malformed JSON");
    assertError(post("/api/extract", "text/plain; charset=x-nonsense", "拉萨".getBytes(StandardCharsets.UTF_8)), 415, "charset");
    byte[] big = "拉".repeat(RequestText.MAX_BYTES / 3 + 1).getBytes(StandardCharsets.UTF_8);
    assertError(post("/api/check", "text/plain; charset=utf-8", big), 413, "at most 1 MB");
    assertError(get("/api/check"), 405, "POST");
    assertError(get("/api/nothing"), 404, "no such API endpoint");
    assertError(get("/no/such/page"), 404, "no such page");
  }

  @Test
  void searchFiltersPagesAndCountsFacets() throws Exception {
    JsonNode all = json(get("/api/search"));
    assertEquals(3, all.get("total").asInt());
    JsonNode lhasa = json(get("/api/search?place=" + enc("拉萨")));
    assertEquals(2, lhasa.get("total").asInt(), lhasa.toString());
    assertEquals("[\"西藏自治区\",\"拉萨市\"]", lhasa.get("placePath").toString());
    // The place tree drills down along the filter: 西藏自治区 > 拉萨市 > its counties.
    JsonNode tibet = lhasa.get("facets").get("places").get(0);
    assertEquals("西藏自治区", tibet.get("label").asText());
    JsonNode city = tibet.get("children").get(0);
    assertEquals("拉萨市", city.get("label").asText());
    List<String> counties = new ArrayList<>();
    city.get("children").forEach(c -> counties.add(c.get("label").asText()));
    assertTrue(counties.contains("堆龙德庆区") && counties.contains("城关区"), counties.toString());

    JsonNode rich = json(get("/api/search?moneyMin=" + enc("1亿")));
    assertEquals(1, rich.get("total").asInt());
    assertTrue(rich.get("hits").get(0).get("source").asText().endsWith("ali.txt"));
    JsonNode bands = rich.get("facets").get("money");
    assertEquals(6, bands.size());
    assertEquals(1, bands.get(4).get("count").asInt(), bands.toString()); // 1亿–10亿元: 2.3亿元

    JsonNode text = json(get("/api/search?q=" + enc("衔接资金")));
    assertEquals(2, text.get("total").asInt());
    JsonNode h = text.get("hits").get(0);
    JsonNode m = h.get("matches").get(0);
    assertEquals("衔接资金", h.get("snippet").asText().substring(m.get(0).asInt(), m.get(1).asInt()));

    JsonNode page2 = json(get("/api/search?limit=2&offset=2&facets=0"));
    assertEquals(3, page2.get("total").asInt());
    assertEquals(1, page2.get("hits").size());
    assertFalse(page2.has("facets"), "facets=0: hits alone");
    JsonNode program = json(get("/api/search?program=FORMULA"));
    assertEquals(1, program.get("total").asInt());
  }

  @Test
  void malformedSearchesGetOneLine() throws Exception {
    assertError(get("/api/search?q=" + enc("(乡村振兴")), 400, "");
    assertError(get("/api/search?moneyMin=abc"), 400, "not an amount");
    assertError(get("/api/search?moneyMin=" + enc("2亿") + "&moneyMax=" + enc("1亿")), 400, "empty");
    assertError(get("/api/search?limit=5000"), 400, "limit must be between 0 and 100");
    assertError(get("/api/search?offset=x"), 400, "offset must be a whole number");
  }

  @Test
  void anArticleComesWithItsEntitiesAndChecksWithOffsetsIntoItsText() throws Exception {
    JsonNode hit = json(get("/api/search?q=" + enc("开工率"))).get("hits").get(0);
    JsonNode a = json(get("/api/articles/" + hit.get("id").asText()));
    assertEquals(hit.get("title").asText(), a.get("title").asText());
    String text = a.get("text").asText();
    for (JsonNode e : a.get("entities")) {
      assertEquals(e.get("text").asText(), text.substring(e.get("start").asInt(), e.get("end").asInt()).replaceAll("\\s", ""));
    }
    assertTrue(a.get("entities").toString().contains("\"name\":\"东嘎街道\""), a.get("entities").toString());
    assertEquals("RATIO", a.get("checks").get(0).get("kind").asText());
    assertError(get("/api/articles/nonsense"), 404, "no such article id");
    assertError(get("/api/articles/" + ArticleIds.of("/invented/none.txt", 1)), 404, "no such article in the index");
  }

  @Test
  void csvHasABomAndOneRowPerFigure() throws Exception {
    HttpResponse<String> r = get("/api/search.csv?place=" + enc("普兰县"));
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    String body = r.body();
    assertTrue(body.startsWith("\uFEFF" + FigureCsv.HEADER + "\r\n"), body);
    List<String> rows = List.of(body.substring(1).split("\r\n"));
    assertEquals(1 + 5, rows.size(), body); // 5630.5万元, 3120.5万元, 1510万元, 1100万元, 2.3亿元
    assertTrue(rows.contains("/invented/ali.txt,1,阿里地区普兰县边境小康村建设提速,MONEY,2.3亿元,230000000,CNY,EXACT,普兰县,"
        + "西藏自治区/阿里地区/普兰县,,两不愁三保障,FORMULA")
        || body.contains("MONEY,2.3亿元,230000000,CNY,EXACT,普兰县,西藏自治区/阿里地区/普兰县,"), body);
  }

  @Test
  void htmlInArticlesStaysDataInJsonAndPagesForbidInlineScripts() throws Exception {
    JsonNode r = json(get("/api/search?q=" + enc("民生资金")));
    assertTrue(r.get("hits").get(0).get("title").asText().startsWith(WebFixture.XSS_TITLE), r.toString());
    HttpResponse<String> page = get("/");
    assertEquals(200, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
    assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertTrue(page.body().contains("<meta charset=\"utf-8\">"));
  }

  @Test
  void theChartLibraryIsServedLocally() throws Exception {
    HttpResponse<String> r = get("/assets/echarts.min.js");
    assertEquals(200, r.statusCode());
    assertTrue(r.body().length() > 500_000);
    // Jetty refuses an encoded slash itself (400), in JSON like every other error.
    HttpResponse<String> sneaky = get("/assets/..%2Fapp.js");
    assertEquals(400, sneaky.statusCode());
    assertEquals(400, json(sneaky).get("status").asInt());
    assertEquals(404, get("/assets/META-INF").statusCode());
  }

  @Test
  void withoutAnIndexOnlyCheckAndExtractAreServed(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
    try (WebServer bare = WebServer.start("127.0.0.1", 0, null, System.err)) {
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(bare.uri().resolve("/api/search?q=x")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(404, r.statusCode());
      assertTrue(r.body().contains("no index"), r.body());
      HttpResponse<String> root = HTTP.send(HttpRequest.newBuilder(bare.uri()).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(302, root.statusCode());
      assertEquals("/check", root.headers().firstValue("Location").orElse(""));
    }
    // A missing index is reported, not created.
    Path missing = tmp.resolve("no-index-here");
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> ArchiveSearcher.open(missing));
    assertTrue(e.getMessage().startsWith("no index in"));
    assertFalse(Files.exists(missing));
  }
}
