package org.newsminer.index;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.newsminer.text.Normalizer;

/** The analysis chain on corpus sentences, through Lucene's own analysis test harness. */
public class ChineseNewsAnalyzerTest extends BaseTokenStreamTestCase {

  static List<String> corpusPages() throws IOException {
    List<String> pages = new ArrayList<>();
    try (var s = Files.list(Path.of("corpus"))) {
      for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        pages.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return pages;
  }

  public void testGramsAreBigramsAtCharacterPositions() throws IOException {
    try (Analyzer a = ChineseNewsAnalyzer.grams()) {
      // One token per character: the bigram it starts, or itself at the end of a run.
      assertAnalyzesTo(a, "铺展乡村振兴",
          new String[] {"铺展", "展乡", "乡村", "村振", "振兴", "兴"},
          new int[] {0, 1, 2, 3, 4, 5},
          new int[] {2, 3, 4, 5, 6, 6},
          new int[] {1, 1, 1, 1, 1, 1});
    }
    // Whitespace between Latin words breaks the chain and leaves a gap; Latin letters are lower-cased.
    NewsGramTokenizer t = new NewsGramTokenizer();
    t.setReader(new StringReader("GDP up"));
    assertTokenStreamContents(t,
        new String[] {"gd", "dp", "p", "up", "p"},
        new int[] {0, 1, 2, 4, 5},
        new int[] {2, 3, 3, 6, 6},
        new int[] {1, 1, 1, 2, 1},
        6);
    // Whitespace next to a Chinese character is layout (Chinese has no word spaces): the bigram spans it.
    t = new NewsGramTokenizer();
    t.setReader(new StringReader("记者 刘明 GDP"));
    assertTokenStreamContents(t,
        new String[] {"记者", "者刘", "刘明", "明g", "gd", "dp", "p"},
        new int[] {0, 1, 3, 4, 6, 7, 8},
        new int[] {2, 4, 5, 7, 8, 9, 9},
        new int[] {1, 1, 1, 1, 1, 1, 1},
        9);
  }

  public void testLexiconWordsStayWhole() throws IOException {
    Lexicon lex = Lexicon.of(List.of("堆龙德庆区", "东嘎街道", "桑木村", "万企兴万村"));
    try (Analyzer a = new ChineseNewsAnalyzer(ChineseNewsAnalyzer.Mode.WORDS, new WordSegmenter(lex))) {
      List<String> terms = terms(a, "拉萨市堆龙德庆区东嘎街道桑木村");
      assertTrue(terms.toString(), terms.containsAll(List.of("堆龙德庆区", "东嘎街道", "桑木村")));
      assertEquals("拉萨市堆龙德庆区东嘎街道桑木村", String.join("", terms));
      List<String> t2 = terms(a, "全区扎实开展“万企兴万村”行动");
      assertTrue(t2.toString(), t2.contains("万企兴万村"));
      assertEquals("全区扎实开展万企兴万村行动", String.join("", t2));
    }
    try (Analyzer a = new ChineseNewsAnalyzer(ChineseNewsAnalyzer.Mode.WORDS,
        new WordSegmenter(lex, WordSegmenter.Speed.FAST))) {
      List<String> terms = terms(a, "2021年拉萨市堆龙德庆区东嘎街道桑木村GDP增长");
      assertTrue(terms.toString(), terms.containsAll(List.of("2021", "堆龙德庆区", "东嘎街道", "桑木村", "gdp")));
      assertEquals("2021年拉萨市堆龙德庆区东嘎街道桑木村gdp增长", String.join("", terms));
    }
  }

  /** Every non-blank character of every corpus page is in exactly one word, punctuation aside. */
  public void testWordsCoverCorpusExactly() throws IOException {
    for (WordSegmenter.Speed speed : WordSegmenter.Speed.values()) {
      assertCoversCorpus(WordSegmenter.models(speed));
    }
  }

  private static void assertCoversCorpus(WordSegmenter seg) throws IOException {
    for (String page : corpusPages()) {
      String t = new Normalizer().normalize(page).text();
      boolean[] covered = new boolean[t.length()];
      int[] last = {0};
      seg.segment(t, 0, t.length(), (s, e) -> {
        assertTrue("overlap or disorder at " + s, s >= last[0] && e > s);
        for (int i = last[0]; i < s; i++) {
          assertTrue("lost text at " + i + ": " + t.charAt(i), Character.isWhitespace(t.charAt(i)));
        }
        for (int i = s; i < e; i++) {
          covered[i] = true;
        }
        last[0] = e;
      });
      for (int i = last[0]; i < t.length(); i++) {
        assertTrue("lost text at end", Character.isWhitespace(t.charAt(i)));
      }
    }
  }

  /** Token offsets point at exactly the original characters the token was made from. */
  public void testOffsetsMapBackIntoOriginal() throws IOException {
    String page = corpusPages().get(0);
    Normalizer norm = new Normalizer();
    for (Analyzer a : List.of(ChineseNewsAnalyzer.grams(), ChineseNewsAnalyzer.words())) {
      try (a; TokenStream ts = a.tokenStream("f", page)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
        ts.reset();
        int n = 0;
        while (ts.incrementToken()) {
          String orig = page.substring(off.startOffset(), off.endOffset());
          assertFalse("token starts on whitespace: " + orig, Character.isWhitespace(orig.charAt(0)));
          assertFalse("token ends on whitespace: " + orig,
              Character.isWhitespace(orig.charAt(orig.length() - 1)));
          assertEquals(term.toString(), norm.normalize(orig).text().replaceAll("\\s+", "").toLowerCase());
          n++;
        }
        ts.end();
        assertEquals(page.length(), off.endOffset());
        assertTrue(n > 1000);
      }
    }
  }

  public void testRandomData() throws IOException {
    try (Analyzer a = ChineseNewsAnalyzer.grams()) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    }
    try (Analyzer a = ChineseNewsAnalyzer.words()) {
      checkRandomData(random(), a, 100 * RANDOM_MULTIPLIER);
    }
    try (Analyzer a = new ChineseNewsAnalyzer(ChineseNewsAnalyzer.Mode.WORDS,
        WordSegmenter.models(WordSegmenter.Speed.FAST))) {
      checkRandomData(random(), a, 100 * RANDOM_MULTIPLIER);
    }
  }

  public void testRandomCorpusLikeText() throws IOException {
    // Random slices of real pages exercise HanLP and the normalizer on the text they will meet.
    List<String> pages = corpusPages();
    try (Analyzer w = ChineseNewsAnalyzer.words(); Analyzer g = ChineseNewsAnalyzer.grams()) {
      for (int i = 0; i < 50; i++) {
        String p = pages.get(random().nextInt(pages.size()));
        int s = random().nextInt(p.length() - 1);
        String slice = p.substring(s, Math.min(p.length(), s + 1 + random().nextInt(300)));
        checkAnalysisConsistency(random(), w, random().nextBoolean(), slice);
        checkAnalysisConsistency(random(), g, random().nextBoolean(), slice);
      }
    }
  }

  public void testFactoriesAreRegisteredThroughSpi() throws IOException {
    assertTrue(TokenizerFactory.availableTokenizers().contains(NewsTokenizerFactory.NAME));
    assertTrue(CharFilterFactory.availableCharFilters().contains(NormalizingCharFilterFactory.NAME));
    Map<String, String> args = new HashMap<>();
    args.put("mode", "grams");
    assertEquals(NewsTokenizerFactory.class, TokenizerFactory.lookupClass("newsminer"));
    try (Analyzer custom = CustomAnalyzer.builder()
            .addCharFilter(NormalizingCharFilterFactory.NAME)
            .withTokenizer(NewsTokenizerFactory.NAME, args)
            .build();
        Analyzer direct = ChineseNewsAnalyzer.grams()) {
      String s = corpusPages().get(1).substring(0, 400);
      assertEquals(terms(direct, s), terms(custom, s));
    }
    expectThrows(IllegalArgumentException.class,
        () -> new NewsTokenizerFactory(new HashMap<>(Map.of("mode", "chars"))));
  }

  static List<String> terms(Analyzer a, String s) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("f", new StringReader(s))) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(t.toString());
      }
      ts.end();
    }
    return out;
  }
}
