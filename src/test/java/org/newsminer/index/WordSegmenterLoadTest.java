package org.newsminer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordSegmenterLoadTest {

  @Test
  void loadingLeavesTheCallersContextClassLoaderInPlace() throws Exception {
    Thread t = Thread.currentThread();
    ClassLoader before = t.getContextClassLoader();
    try (URLClassLoader callers = new URLClassLoader(new URL[0], null)) {
      t.setContextClassLoader(callers);
      for (WordSegmenter.Speed speed : WordSegmenter.Speed.values()) {
        WordSegmenter s = WordSegmenter.models(speed);
        assertSame(s, s.load());
        assertSame(s, s.load());
        assertSame(callers, t.getContextClassLoader());
      }
    } finally {
      t.setContextClassLoader(before);
    }
  }

  @Test
  void aLoadedSegmenterSegmentsAnInventedSentence() {
    String text = "拉萨市加快推进乡村振兴";
    List<String> words = new ArrayList<>();
    WordSegmenter.models().load().segment(text, 0, text.length(), (s, e) -> words.add(text.substring(s, e)));
    assertEquals(text, String.join("", words));
    assertEquals("拉萨市", words.get(0));
  }
}
