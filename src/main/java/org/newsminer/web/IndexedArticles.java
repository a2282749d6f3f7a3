package org.newsminer.web;

import java.util.List;
import org.newsminer.MinedArticle;
import org.newsminer.check.ArithmeticChecker;
import org.newsminer.check.Check;
import org.newsminer.entity.Entity;
import org.newsminer.entity.EntityExtractor;
import org.newsminer.search.StoredArticle;

/**
 * Mines an indexed article again from the display text the index stores, so its page shows every
 * entity and check with offsets into exactly the text it shows. The server reads nothing but the index:
 * the page file may have moved or changed since it was indexed. Thread-safe.
 */
final class IndexedArticles {
  private final EntityExtractor extractor = EntityExtractor.all();
  private final ArithmeticChecker checker = new ArithmeticChecker();

  /** The article with its entities and checks; offsets point into {@code a.text()}. */
  MinedArticle mine(StoredArticle a) {
    String t = a.text() == null ? "" : a.text();
    List<Entity> entities = t.isEmpty() ? List.of() : extractor.extract(t);
    List<Check> checks = t.isEmpty() ? List.of() : checker.check(t, 0, t.length(), entities);
    return new MinedArticle(a.article(), a.title() == null ? "" : a.title(), 0, t.length(), t, entities, checks);
  }
}
