package org.newsminer.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsminer.TestRandom;
import org.newsminer.text.CorpusPages;
import org.newsminer.text.Normalizer;

/** Articles tile any page: contiguous, ordered, non-empty, titled, from 0 to the end. */
class ArticleSplitterPropertiesTest {
  private static final String[] EXTRA = {
    "本报记者 达珍", "——阿里地区脱贫攻坚工作综述", "图为活动现场。", "本报记者 央金 摄", "多吉：", "柳梧新区",
    "本报拉萨讯（记者 刘斯宇）近日，", "。", "，", "近日，拉萨市举行大会。", "", "   ", "图片由拉萨市乡村振兴局提供"
  };

  @Test
  void randomPagesFromCorpusLines() {
    Normalizer normalizer = new Normalizer();
    List<String> pool = new ArrayList<>(List.of(EXTRA));
    for (Path p : CorpusPages.all()) {
      pool.addAll(List.of(normalizer.normalize(CorpusPages.read(p)).text().split("\n")));
    }
    ArticleSplitter splitter = new ArticleSplitter();
    Random r = TestRandom.create("ArticleSplitterPropertiesTest");
    for (int iter = 0; iter < 2000; iter++) {
      StringBuilder sb = new StringBuilder();
      int lines = r.nextInt(40);
      for (int i = 0; i < lines; i++) {
        if (i > 0) {
          sb.append(r.nextInt(8) == 0 ? "\n\n" : "\n");
        }
        sb.append(pool.get(r.nextInt(pool.size())));
      }
      String page = sb.toString();
      List<Article> a = splitter.split(page);
      if (page.isBlank()) {
        assertTrue(a.isEmpty());
        continue;
      }
      assertFalse(a.isEmpty(), page);
      assertEquals(0, a.get(0).start(), page);
      assertEquals(page.length(), a.get(a.size() - 1).end(), page);
      for (int i = 0; i < a.size(); i++) {
        Article x = a.get(i);
        assertEquals(i + 1, x.number());
        assertTrue(x.end() > x.start(), "empty span " + x + " in " + page);
        assertFalse(x.title().isBlank(), "blank title " + x + " in " + page);
        assertFalse(page.substring(x.start(), x.end()).isBlank(), "blank article " + x + " in " + page);
        if (i > 0) {
          assertEquals(a.get(i - 1).end(), x.start(), page);
        }
      }
    }
  }
}
