package org.newsminer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {
  /** Counties the hand-kept list does not repeat come from the division list, so search keeps them whole. */
  @Test
  void packagedVocabularyHoldsCountiesOfTheDivisionList() {
    Lexicon lex = Lexicon.models();
    for (String county : new String[] {"朗县", "新和县", "额济纳旗", "拉萨市"}) {
      String t = "记者来到" + county + "采访";
      assertEquals(county.length(), lex.longestMatch(t, 4, t.length()), county);
    }
  }

  @Test
  void longestLeftmostMatchOverManyWords() {
    List<String> words = new ArrayList<>(List.of("拉萨", "拉萨市", "拉萨市堆龙德庆区", "堆龙德庆区", "万企兴万村"));
    // Enough words to grow the table several times.
    for (int i = 0; i < 5000; i++) {
      words.add("测试" + (char) ('一' + i) + "村");
    }
    Lexicon lex = Lexicon.of(words);
    assertEquals(5005, lex.size());
    String t = "在拉萨市堆龙德庆区开展万企兴万村行动";
    assertEquals(0, lex.longestMatch(t, 0, t.length()));
    assertEquals("拉萨市堆龙德庆区".length(), lex.longestMatch(t, 1, t.length()));
    assertEquals("拉萨市".length(), lex.longestMatch(t, 1, 5)); // bounded by `to`
    assertEquals("万企兴万村".length(), lex.longestMatch(t, 11, t.length()));
    assertEquals(0, lex.longestMatch("测试一", 0, 3)); // a prefix is not a word
    assertEquals(4, lex.longestMatch("测试" + (char) ('一' + 4999) + "村", 0, 4));
  }
}
