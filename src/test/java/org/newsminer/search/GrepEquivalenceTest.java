package org.newsminer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsminer.index.ArchiveFields;
import org.newsminer.index.ArchiveIndexer;
import org.newsminer.index.NewsGramTokenizer;

/**
 * A query string of Chinese characters finds exactly the articles that grep finds in the RAW page files,
 * once whitespace next to a Chinese character is removed (Chinese has no word spaces: such a space or
 * line break is layout, as in {@code 记者 刘琳琳}). Each page is indexed whole; an article is its span
 * {@code [start, end)} of the raw file. Queries: thousands of 2–6 character strings drawn from the
 * articles (and every string that crosses removed whitespace is drawn too), single characters, and
 * shuffled strings that rarely occur. Recall and precision must both be 1.000, on the sample pages
 * and on the dev set ({@code ../shared/dev-news}, read in place; skipped, with a note, when absent).
 */
class GrepEquivalenceTest {
  private static final long SEED = 20240607L;

  @TempDir
  Path dir;

  @Test
  void aSpaceBetweenChineseCharactersIsLayout() throws IOException {
    Path index = dir.resolve("byline");
    try (ArchiveIndexer ix = ArchiveIndexer.open(index)) {
      ix.indexPage("p", "本报拉萨讯（记者 王小明 通讯员 次 仁）近日，某县举办农牧民技能培训班。\n", "t");
    }
    try (ArchiveSearcher s = ArchiveSearcher.open(index)) {
      for (String q : List.of("\"记者王小明\"", "记者王小明", "\"次仁\"", "\"记者 王小明\"")) {
        assertEquals(1, s.search(SearchRequest.builder().query(q).build()).total(), q);
      }
      assertEquals(0, s.search(SearchRequest.builder().query("\"王小明次仁\"").build()).total());
    }
  }

  @Test
  void samplePages() throws IOException {
    check(pages(Path.of("corpus")), "sample pages");
  }

  @Test
  void devSet() throws IOException {
    Path dev = Path.of("../shared/dev-news");
    if (!Files.isDirectory(dev)) {
      System.out.println("grep equivalence on the dev set: SKIPPED, " + dev.toAbsolutePath() + " is absent");
    }
    Assumptions.assumeTrue(Files.isDirectory(dev), "dev set absent: " + dev.toAbsolutePath());
    check(pages(dev), "dev set");
  }

  private static List<Path> pages(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  /** The text grep runs over: lower-cased, whitespace next to a Chinese character removed. */
  static String grepForm(String raw) {
    StringBuilder sb = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        sb.append(Character.toLowerCase(c));
        continue;
      }
      int j = i;
      while (j < raw.length() && (Character.isWhitespace(raw.charAt(j)) || Character.isSpaceChar(raw.charAt(j)))) {
        j++;
      }
      boolean layout = (sb.length() > 0 && NewsGramTokenizer.joinsAcrossSpace(sb.charAt(sb.length() - 1)))
          || (j < raw.length() && NewsGramTokenizer.joinsAcrossSpace(raw.charAt(j)));
      if (!layout) {
        sb.append(' ');
      }
      i = j - 1;
    }
    return sb.toString();
  }

  private static boolean han(String s) {
    return !s.isEmpty() && s.chars().allMatch(NewsGramTokenizer::joinsAcrossSpace);
  }

  private void check(List<Path> files, String what) throws IOException {
    Path index = dir.resolve(what.replace(' ', '_'));
    try (ArchiveIndexer ix = ArchiveIndexer.open(index)) {
      for (Path f : files) {
        String raw = Files.readString(f, StandardCharsets.UTF_8);
        ix.indexPage(f.toString(), raw, "t");
      }
      ix.commit();
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      int n = reader.maxDoc();
      assertTrue(n >= files.size(), "too few articles to compare: " + n);
      List<String> texts = new ArrayList<>();
      List<String> crossing = new ArrayList<>();
      for (int d = 0; d < n; d++) {
        var doc = reader.storedFields().document(d);
        String raw = Files.readString(Path.of(doc.get(ArchiveFields.SOURCE)), StandardCharsets.UTF_8)
            .substring(doc.getField(ArchiveFields.START).numericValue().intValue(),
                doc.getField(ArchiveFields.END).numericValue().intValue());
        texts.add(grepForm(raw));
        // Every Han string that crosses layout whitespace in the raw text (记者 刘琳琳 → 者刘).
        for (int i = 1; i + 1 < raw.length(); i++) {
          if (Character.isWhitespace(raw.charAt(i)) && NewsGramTokenizer.joinsAcrossSpace(raw.charAt(i - 1))) {
            int j = i;
            while (j < raw.length() && Character.isWhitespace(raw.charAt(j))) {
              j++;
            }
            if (j < raw.length() && NewsGramTokenizer.joinsAcrossSpace(raw.charAt(j))) {
              String q = grepForm(raw.substring(Math.max(0, i - 2), Math.min(raw.length(), j + 2)));
              if (han(q)) {
                crossing.add(q);
              }
            }
          }
        }
      }
      Random rnd = new Random(SEED);
      List<String> queries = new ArrayList<>(crossing);
      int drawn = 0;
      while (drawn < 3000) {
        String t = texts.get(rnd.nextInt(n));
        int len = 2 + rnd.nextInt(5);
        if (t.length() <= len) {
          continue;
        }
        int s = rnd.nextInt(t.length() - len);
        String q = t.substring(s, s + len);
        if (han(q)) {
          queries.add(q);
          drawn++;
        }
      }
      for (int i = 0; i < 300; i++) {
        queries.add(queries.get(crossing.size() + i).substring(0, 1));
      }
      for (int i = 0; i < 500; i++) {
        char[] c = queries.get(crossing.size() + i).toCharArray();
        for (int k = c.length - 1; k > 0; k--) {
          int r = rnd.nextInt(k + 1);
          char tmp = c[k];
          c[k] = c[r];
          c[r] = tmp;
        }
        queries.add(new String(c));
      }
      IndexSearcher searcher = new IndexSearcher(reader);
      ArchiveQueryParser parser = new ArchiveQueryParser();
      long tp = 0;
      long fp = 0;
      long fn = 0;
      List<String> misses = new ArrayList<>();
      for (String q : queries) {
        BitSet grep = new BitSet(n);
        for (int d = 0; d < n; d++) {
          if (texts.get(d).contains(q)) {
            grep.set(d);
          }
        }
        BitSet found = new BitSet(n);
        // Quoted, as a researcher types an exact string.
        for (ScoreDoc sd : searcher.search(parser.parse("\"" + q + "\"").query(), n).scoreDocs) {
          found.set(sd.doc);
        }
        BitSet both = (BitSet) grep.clone();
        both.and(found);
        tp += both.cardinality();
        fp += found.cardinality() - both.cardinality();
        fn += grep.cardinality() - both.cardinality();
        if (!grep.equals(found) && misses.size() < 10) {
          misses.add(q + " grep " + grep + " search " + found);
        }
      }
      double recall = tp / (double) (tp + fn);
      double precision = tp / (double) (tp + fp);
      System.out.printf("grep equivalence on the %s (seed %d): %d queries (%d crossing layout whitespace) "
          + "over %d articles of %d raw files: recall %.4f precision %.4f (tp %d fp %d fn %d)%n", what, SEED,
          queries.size(), crossing.size(), n, files.size(), recall, precision, tp, fp, fn);
      assertEquals(List.of(), misses, "queries where search and grep disagree");
      assertEquals(1.0, recall);
      assertEquals(1.0, precision);
    }
  }
}
