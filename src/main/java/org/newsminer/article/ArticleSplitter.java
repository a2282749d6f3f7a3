package org.newsminer.article;

import java.util.List;

/** Splits a normalized page into articles. Stateless and thread-safe. */
public final class ArticleSplitter {

  /** The articles of {@code page}, in page order, covering the page's text. */
  public List<Article> split(String page) {
    // Placeholder until the splitter lands: the whole page is one article.
    String title = page.strip().lines().findFirst().orElse("");
    return List.of(new Article(1, title, 0, page.length()));
  }
}
