package org.newsminer.search;

/**
 * An article as the index stores it: its page file {@code source}, its number on that page, title,
 * span {@code [start, end)} in the page file, and its display text (normalized, on one line).
 */
public record StoredArticle(String source, int article, String title, int start, int end, String text) {}
