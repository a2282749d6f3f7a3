package org.newsminer.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.facet.FacetsConfig;

/**
 * The schema of an archive index: one Lucene document per article. Shared by the indexer and the
 * searcher; the constants are the field names.
 */
public final class ArchiveFields {
  private ArchiveFields() {}

  /** Identifies a page file: replace-by-source deletes and re-adds all of a file's articles. */
  public static final String SOURCE = "source";
  /** Content signature of the file, to skip unchanged files when a run is repeated. */
  public static final String SIGNATURE = "signature";
  public static final String ARTICLE = "article";
  public static final String TITLE = "title";
  /** Article span {@code [start, end)} in the original page file. */
  public static final String START = "start";
  public static final String END = "end";
  /**
   * The article: its normalized text indexed as character bigrams (exact substrings), and stored in
   * its {@linkplain #display display form} for snippets.
   */
  public static final String TEXT = "text";
  /** The article's words (segmented), for relevance. Not stored. */
  public static final String WORDS = "words";
  /** Every level of every place (its name and each name on its path): filter terms. */
  public static final String PLACE = "place";
  /** Every prefix of every place path, joined with {@link #PATH_SEPARATOR}: exact hierarchical filter. */
  public static final String PLACE_PATH = "place_path";
  /** Facet dimension of places (hierarchical, by path) and stored field of the place names. */
  public static final String PLACE_FACET = "places";
  public static final String PROGRAM = "program";
  public static final String PROGRAM_KIND = "program_kind";
  /** Facet dimension of programs: kind, then name. Also the stored program names. */
  public static final String PROGRAM_FACET = "programs";
  /** Money values in yuan (CNY only): double points, range ends both indexed. Also stored. */
  public static final String MONEY = "money";
  /** Percent values (unit PERCENT): double points. Also stored. */
  public static final String PERCENT = "percent";
  public static final String PATH_SEPARATOR = "/";

  /**
   * The analyzer of the index: grams for {@link #TEXT}, words for {@link #WORDS}, without the normalizer
   * char filter: the indexer feeds the article text the pipeline has already normalized. (Query
   * strings go through the normalizer, so both sides meet in normalized form.)
   */
  public static Analyzer analyzer() {
    return new PerFieldAnalyzerWrapper(new ChineseNewsAnalyzer(ChineseNewsAnalyzer.Mode.GRAMS, null, false),
        Map.of(WORDS, new ChineseNewsAnalyzer(ChineseNewsAnalyzer.Mode.WORDS, WordSegmenter.models(SEGMENTER), false)));
  }

  /**
   * The segmenter of {@link #WORDS}, at index and query time alike. Words only rank (bigrams match), so
   * the index takes HanLP's dictionary segmenter: Viterbi alone cost as much CPU as all of extraction.
   */
  public static final WordSegmenter.Speed SEGMENTER = WordSegmenter.Speed.FAST;

  /** The facets configuration: both dimensions hierarchical and multi-valued. */
  public static FacetsConfig facetsConfig() {
    FacetsConfig c = new FacetsConfig();
    c.setHierarchical(PLACE_FACET, true);
    c.setMultiValued(PLACE_FACET, true);
    c.setHierarchical(PROGRAM_FACET, true);
    c.setMultiValued(PROGRAM_FACET, true);
    return c;
  }

  /**
   * The display form of a normalized text: one line, breaks between Chinese characters removed, other
   * whitespace runs turned into one space.
   */
  public static String display(String t) {
    StringBuilder sb = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        sb.append(c);
        continue;
      }
      int j = i;
      while (j < t.length() && (Character.isWhitespace(t.charAt(j)) || Character.isSpaceChar(t.charAt(j)))) {
        j++;
      }
      if (sb.length() > 0 && j < t.length() && !wide(sb.charAt(sb.length() - 1)) && !wide(t.charAt(j))) {
        sb.append(' ');
      }
      i = j - 1;
    }
    return sb.toString();
  }

  private static boolean wide(char c) {
    return c >= 0x2E80;
  }
}
