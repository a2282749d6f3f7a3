package org.newsminer.search;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsminer.index.ArchiveFields;
import org.newsminer.index.ArchiveIndexer;
import org.newsminer.MinedArticle;
import org.newsminer.NewsMiner;

/**
 * A query string of Chinese characters finds exactly the articles that contain it, like grep over the
 * normalized articles, whatever the word segmenter did: recall and precision over thousands of 2–6
 * character strings drawn from the corpus, and over strings that do not occur.
 */
class GrepEquivalenceTest {
  @TempDir
  Path dir;

  @Test
  void queriesMatchLikeGrep() throws IOException {
    java.util.Map<String, String> chunks = new java.util.HashMap<>();
    // Index every page in pieces of a few paragraphs, so there are many small articles to tell apart.
    try (ArchiveIndexer ix = ArchiveIndexer.open(dir); Stream<Path> files = Files.list(Path.of("corpus"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String page = Files.readString(f, StandardCharsets.UTF_8);
        String[] paras = page.split("\n\\s*\n");
        for (int i = 0; i < paras.length; i += 6) {
          StringBuilder sb = new StringBuilder();
          for (int j = i; j < Math.min(paras.length, i + 6); j++) {
            sb.append(paras[j]).append("\n\n");
          }
          if (!sb.toString().isBlank()) {
            ix.indexPage(f + "#" + i, sb.toString(), "t");
            chunks.put(f + "#" + i, sb.toString());
          }
        }
      }
      ix.commit();
    }
    NewsMiner miner = NewsMiner.builder().checks(false).build();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      int n = reader.maxDoc();
      assertTrue(n > 50, "too few articles to compare: " + n);
      List<String> texts = new ArrayList<>();
      // For information: grep over the original article with PDF whitespace deleted.
      List<String> raw = new ArrayList<>();
      for (int d = 0; d < n; d++) {
        // grep runs over each article's normalized text as the pipeline gives it.
        var doc = reader.storedFields().document(d);
        int number = doc.getField(ArchiveFields.ARTICLE).numericValue().intValue();
        MinedArticle article = miner.process(chunks.get(doc.get(ArchiveFields.SOURCE))).articles().stream()
            .filter(x -> x.number() == number).findFirst().orElseThrow();
        texts.add(lower(article.text()));
        raw.add(lower(chunks.get(doc.get(ArchiveFields.SOURCE)).substring(
            doc.getField(ArchiveFields.START).numericValue().intValue(),
            doc.getField(ArchiveFields.END).numericValue().intValue())).replaceAll("\\s+", ""));
      }
      Random rnd = new Random(20240607);
      List<String> queries = new ArrayList<>();
      while (queries.size() < 3000) {
        String t = texts.get(rnd.nextInt(n));
        int len = 2 + rnd.nextInt(5);
        if (t.length() <= len) {
          continue;
        }
        int s = rnd.nextInt(t.length() - len);
        String q = t.substring(s, s + len);
        if (q.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
          queries.add(q);
        }
      }
      // Single characters too (beyond the 2–6 character target).
      for (int i = 0; i < 300; i++) {
        String q = queries.get(i).substring(0, 1);
        queries.add(q);
      }
      // Strings that rarely or never occur: real characters in shuffled order.
      for (int i = 0; i < 500; i++) {
        char[] c = queries.get(i).toCharArray();
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
      long rawTp = 0;
      long rawFp = 0;
      long rawFn = 0;
      for (String q : queries) {
        BitSet grep = new BitSet(n);
        for (int d = 0; d < n; d++) {
          if (texts.get(d).contains(q)) {
            grep.set(d);
          }
        }
        BitSet found = new BitSet(n);
        for (ScoreDoc sd : searcher.search(parser.parse(q).query(), n).scoreDocs) {
          found.set(sd.doc);
        }
        BitSet rawGrep = new BitSet(n);
        for (int d = 0; d < n; d++) {
          if (raw.get(d).contains(q)) {
            rawGrep.set(d);
          }
        }
        BitSet rawBoth = (BitSet) rawGrep.clone();
        rawBoth.and(found);
        rawTp += rawBoth.cardinality();
        rawFp += found.cardinality() - rawBoth.cardinality();
        rawFn += rawGrep.cardinality() - rawBoth.cardinality();
        BitSet both = (BitSet) grep.clone();
        both.and(found);
        tp += both.cardinality();
        fp += found.cardinality() - both.cardinality();
        fn += grep.cardinality() - both.cardinality();
      }
      double recall = tp / (double) (tp + fn);
      double precision = tp / (double) (tp + fp);
      System.out.printf("grep equivalence: %d queries over %d articles: recall %.4f precision %.4f (tp %d fp %d fn %d)%n",
          queries.size(), n, recall, precision, tp, fp, fn);
      System.out.printf("  against grep over the original articles with whitespace deleted: recall %.4f precision %.4f%n",
          rawTp / (double) (rawTp + rawFn), rawTp / (double) (rawTp + rawFp));
      assertTrue(recall >= 0.99, "recall " + recall);
      assertTrue(precision >= 0.99, "precision " + precision);
    }
  }

  private static String lower(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      sb.append(Character.toLowerCase(s.charAt(i)));
    }
    return sb.toString();
  }
}
