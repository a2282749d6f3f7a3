package org.newsminer;

import java.util.List;
import org.newsminer.text.NormalizedText;

/** A processed page: its normalized text (with the map to the original) and its articles. */
public record MinedPage(NormalizedText text, List<MinedArticle> articles) {
  public MinedPage {
    articles = List.copyOf(articles);
  }
}
