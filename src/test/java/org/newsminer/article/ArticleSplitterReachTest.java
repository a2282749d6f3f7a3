package org.newsminer.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A stray headline titles only an article that starts within {@link ArticleSplitter#STRAY_REACH}
 * articles after it: the bound that keeps splitting linear on very long inputs (before it, every stray
 * was scored against every article start of the whole file, once per title given, and a 16 MB file
 * took minutes). Invented pages of the shape of the sample pages.
 */
class ArticleSplitterReachTest {
  private static final String STRAY = "文艺汇演进社区";

  /** A lead with a stray headline under it, then {@code before} unrelated dateline reports, then the one it titles. */
  private static String page(int before) {
    StringBuilder p = new StringBuilder();
    p.append("铺展增收新路子\n——某县多点发力促农牧民增收\n").append(STRAY).append('\n');
    p.append("今年以来，某县把增收作为头等大事，全县农牧民人均收入稳步提高。\n");
    for (int i = 0; i < before; i++) {
      p.append("本报拉萨讯（记者 李明）第").append(i + 1).append("期农牧民技能培训班日前在某县结业，学员们收获满满。\n");
    }
    p.append("本报拉萨讯（记者 王芳）近日，某街道组织文艺汇演进社区活动，居民们载歌载舞。\n");
    return p.toString();
  }

  private static String lastTitle(String page) {
    List<Article> articles = new ArticleSplitter().split(page);
    return articles.get(articles.size() - 1).title();
  }

  @Test
  void strayTitlesAnArticleWithinReach() {
    assertEquals(STRAY, lastTitle(page(ArticleSplitter.STRAY_REACH - 2)));
  }

  @Test
  void strayDoesNotReachBeyondTheWindow() {
    assertNotEquals(STRAY, lastTitle(page(ArticleSplitter.STRAY_REACH + 5)));
  }
}
