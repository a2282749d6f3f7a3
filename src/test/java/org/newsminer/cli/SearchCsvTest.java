package org.newsminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsminer search --format csv}: one row per figure, for a spreadsheet. */
class SearchCsvTest {
  @TempDir
  Path tmp;

  @Test
  void oneRowPerFigureWithItsNearestPlaceAndProgram() throws Exception {
    // An invented page.
    Path page = Files.writeString(tmp.resolve("page.txt"), "措勤县光伏项目并网发电\n\n"
        + "本报措勤讯 措勤县投资1.2亿元建设光伏电站,纳入乡村振兴重点项目,项目建成后年发电量占全县用电量的35%。\n",
        StandardCharsets.UTF_8);
    Path index = tmp.resolve("idx");
    assertEquals(0, SearchCommandTest.run("index", "--index", index.toString(), page.toString()).status());
    SearchCommandTest.Run r = SearchCommandTest.run("search", "--index", index.toString(), "--format", "csv", "光伏");
    assertEquals(0, r.status(), r.err());
    List<String> rows = r.out().lines().toList();
    assertEquals("\uFEFFsource,article,title,type,figure,value,unit,qualifier,place,place_path,place_code,program,program_kind",
        rows.get(0));
    assertEquals(3, rows.size(), r.out());
    String src = page.toAbsolutePath().normalize().toString();
    assertTrue(rows.get(1).startsWith(src + ",1,"), rows.get(1));
    assertTrue(rows.get(1).contains(",MONEY,1.2亿元,120000000,CNY,EXACT,措勤县,西藏自治区/阿里地区/措勤县,"), rows.get(1));
    assertTrue(rows.get(2).contains(",PERCENT,35%,35,PERCENT,EXACT,措勤县,"), rows.get(2));
    assertTrue(rows.get(2).endsWith(",乡村振兴,INITIATIVE"), rows.get(2));
  }
}
