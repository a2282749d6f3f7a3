package org.newsminer.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The id of an indexed article in URLs: its page file's source key in URL-safe Base64, a dot, and its
 * number on the page ({@code L3RtcC9hLnR4dA.3}). Stateless: ids stay valid across restarts and commits,
 * as long as the page stays indexed.
 */
final class ArticleIds {
  private ArticleIds() {}

  /** A page file's source key and an article number. */
  record Key(String source, int article) {}

  static String of(String source, int article) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(source.getBytes(StandardCharsets.UTF_8))
        + "." + article;
  }

  /** The key an id names; an ApiException (404) when it is not an id. */
  static Key parse(String id) {
    int dot = id.lastIndexOf('.');
    if (dot <= 0 || dot == id.length() - 1 || id.length() > 4096) {
      throw notFound(id);
    }
    try {
      String source = new String(Base64.getUrlDecoder().decode(id.substring(0, dot)), StandardCharsets.UTF_8);
      int article = Integer.parseInt(id.substring(dot + 1));
      if (article < 1) {
        throw notFound(id);
      }
      return new Key(source, article);
    } catch (IllegalArgumentException e) {
      throw notFound(id);
    }
  }

  private static ApiException notFound(String id) {
    return new ApiException(404, "no such article id: " + (id.length() > 80 ? id.substring(0, 80) + "…" : id));
  }
}
