/**
 * Searching an archive index: query strings that match like grep, filters by place (with the places
 * under it), program, money and percent ranges, facets and snippets.
 *
 * <pre>{@code
 * try (ArchiveSearcher searcher = ArchiveSearcher.open(Path.of("idx"))) {
 *   for (Hit h : searcher.search(SearchRequest.builder().query("乡村振兴").place("拉萨").build()).hits()) {
 *     System.out.println(h.source() + " #" + h.article() + " " + h.snippet().marked("[", "]"));
 *   }
 * }
 * }</pre>
 */
package org.newsminer.search;
