package org.newsminer.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.newsminer.index.ArchiveIndexer;

/**
 * An archive index of INVENTED pages for the web tests (built once per test JVM under target/), among
 * them a page whose title and text carry HTML and script, to show they come out as text.
 */
final class WebFixture {
  static final String XSS_TITLE = "<script>window.pwned=1</script>公告";
  static final String XSS_TEXT = "<img src=x onerror=\"window.pwned=2\">";

  static final String LHASA = "拉萨市堆龙德庆区产业帮扶见实效\n\n"
      + "本报拉萨讯 今年以来，拉萨市堆龙德庆区统筹衔接资金3680万元用于乡村振兴项目，"
      + "全区计划实施项目40个，已开工建设项目32个，项目开工率80%。东嘎街道新建温室大棚带动脱贫群众增收。\n";
  static final String ALI = "阿里地区普兰县边境小康村建设提速\n\n"
      + "据统计,2023年普兰县到位衔接资金5630.5万元(其中:中央资金3120.5万元、自治区资金1510万元、县级资金1100万元)。"
      + "普兰县全面落实“两不愁三保障”，投入2.3亿元建设边境小康村。\n";
  static final String XSS = XSS_TITLE + "\n\n" + "拉萨市城关区发布通知 " + XSS_TEXT
      + " 城关区今年安排民生资金120万元，用于社区服务。\n";

  private static Path index;

  private WebFixture() {}

  /** The index (built on first use). */
  static synchronized Path index() {
    if (index == null) {
      try {
        Path dir = Path.of("target", "web-test-index");
        deleteRecursively(dir);
        try (ArchiveIndexer ix = ArchiveIndexer.open(dir)) {
          ix.indexPage("/invented/lhasa.txt", LHASA, "s1");
          ix.indexPage("/invented/ali.txt", ALI, "s1");
          ix.indexPage("/invented/xss.txt", XSS, "s1");
        }
        index = dir;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return index;
  }

  /** Every file of {@code dir} with its size and modification time: equal before and after = untouched. */
  static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.toList()) {
        out.put(dir.relativize(p).toString(), Files.isDirectory(p) ? "dir"
            : Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis());
      }
    }
    return out;
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.delete(p);
      }
    }
  }
}
