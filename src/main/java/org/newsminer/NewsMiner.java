package org.newsminer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.newsminer.article.Article;
import org.newsminer.article.ArticleSplitter;
import org.newsminer.check.ArithmeticChecker;
import org.newsminer.check.Check;
import org.newsminer.entity.Entity;
import org.newsminer.entity.EntityExtractor;
import org.newsminer.entity.EntityType;
import org.newsminer.text.NormalizedText;
import org.newsminer.text.Normalizer;

/**
 * The newsminer pipeline: normalize a page, split it into articles, extract entities from each article
 * and check the arithmetic it states.
 *
 * <pre>{@code
 * NewsMiner miner = NewsMiner.builder().build();
 * for (MinedArticle article : miner.process(pageText).articles()) {
 *   for (Money m : article.entities(Money.class)) {
 *     System.out.println(m.text() + " = " + m.value() + " " + m.currency());
 *   }
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe: build one and share it. Offsets in the result point into
 * the text passed to {@link #process(String)}.
 */
public final class NewsMiner {
  private final Normalizer normalizer = new Normalizer();
  private final ArticleSplitter splitter = new ArticleSplitter();
  private final EntityExtractor extractor;
  private final ArithmeticChecker checker;

  private NewsMiner(Builder b) {
    this.extractor = EntityExtractor.of(b.types);
    this.checker = b.checks ? new ArithmeticChecker() : null;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Processes one page (or one article) of text. */
  public MinedPage process(String text) {
    Objects.requireNonNull(text, "text");
    NormalizedText norm = normalizer.normalize(text);
    String t = norm.text();
    List<MinedArticle> articles = new ArrayList<>();
    for (Article a : splitter.split(t)) {
      List<Entity> entities = extractor.extract(t, a.start(), a.end());
      List<Check> checks = checker == null ? List.of() : checker.check(t, a.start(), a.end(), entities);
      articles.add(new MinedArticle(a.number(), a.title(), norm.originalStart(a.start()),
          norm.originalEnd(a.end()), t.substring(a.start(), a.end()),
          entities.stream().map(e -> e.withSpan(norm.originalStart(e.start()), norm.originalEnd(e.end()))).toList(),
          checks.stream().map(c -> c.withSpans(norm::originalStart, norm::originalEnd)).toList()));
    }
    return new MinedPage(norm, articles);
  }

  /** Configures a {@link NewsMiner}. Not thread-safe; the built miner is. */
  public static final class Builder {
    private Set<EntityType> types = EnumSet.allOf(EntityType.class);
    private boolean checks = true;

    private Builder() {}

    /** The entity types to extract (default: all). */
    public Builder types(Set<EntityType> types) {
      if (types.isEmpty()) {
        throw new IllegalArgumentException("choose at least one entity type");
      }
      this.types = EnumSet.copyOf(types);
      return this;
    }

    /** Whether to check the arithmetic each article states (default: true). */
    public Builder checks(boolean checks) {
      this.checks = checks;
      return this;
    }

    public NewsMiner build() {
      return new NewsMiner(this);
    }
  }
}
