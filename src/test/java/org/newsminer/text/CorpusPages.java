package org.newsminer.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The sample pages in {@code corpus/}, read as they are. */
public final class CorpusPages {
  private CorpusPages() {}

  /** {@code corpus/} of the checkout (surefire runs in the project directory). */
  public static Path dir() {
    return Path.of("corpus");
  }

  /** The page files, sorted by name. */
  public static List<Path> all() {
    try (Stream<Path> s = Files.list(dir())) {
      return s.filter(p -> p.getFileName().toString().endsWith(".txt"))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page whose file name starts with {@code prefix} (e.g. "000"). */
  public static String read(String prefix) {
    for (Path p : all()) {
      if (p.getFileName().toString().startsWith(prefix)) {
        return read(p);
      }
    }
    throw new IllegalArgumentException("no corpus page " + prefix);
  }

  public static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
