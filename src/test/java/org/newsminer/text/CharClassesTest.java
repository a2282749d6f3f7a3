package org.newsminer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CharClassesTest {

  @Test
  void spaceAgreesWithTheJdkOnEveryChar() {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      boolean jdk = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
      assertEquals(jdk, CharClasses.isSpace(c), () -> "U+" + Integer.toHexString(c));
    }
  }

  @Test
  void hanIsTheUnicodeScriptAndIdeographsAreNarrower() {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      // The whole basic block is Han, also the code points this JDK's Unicode version does not assign yet.
      boolean han = c >= '\u4E00' && c <= '\u9FFF' || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
      assertEquals(han, CharClasses.isHan(c),
          () -> "U+" + Integer.toHexString(c));
    }
    assertTrue(CharClasses.isHan('〇'));
    assertFalse(CharClasses.isIdeographOrSurrogate('〇'));
    assertTrue(CharClasses.isIdeographOrSurrogate("𠀀".charAt(0)));
  }

  @Test
  void widthFoldingKeepsChinesePunctuationOnlyInTheNormalizedForm() {
    assertEquals('5', CharClasses.foldWidth('５'));
    assertEquals(',', CharClasses.foldWidth('，'));
    assertEquals('，', CharClasses.foldToNormalized('，'));
    assertEquals('%', CharClasses.foldToNormalized('％'));
    assertEquals('万', CharClasses.foldToNormalized('万'));
  }
}
