package org.newsminer.cli;

import org.newsminer.text.CharClasses;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Expands the PATH arguments of a command into input texts: files, directories of {@code .txt} files
 * (sorted, recursively) and {@code -} for standard input. Each bad input is reported on one line and
 * skipped; the caller learns whether any failed.
 */
final class Inputs {
  private static final Charset GB18030 = Charset.forName("GB18030");

  /** One input text and the name it is reported under (the path as given). */
  record Input(String source, String text) {}

  private final PrintWriter err;
  private final InputStream stdin;
  private int failures;

  Inputs(PrintWriter err, InputStream stdin) {
    this.err = err;
    this.stdin = stdin;
  }

  /** True when at least one input was reported as bad. */
  boolean failed() {
    return failures > 0;
  }

  /** How many inputs were reported as bad. */
  int failures() {
    return failures;
  }

  /** Reports a bad input and remembers that one failed. */
  void fail(String source, String why) {
    err.println("newsminer: " + source + ": " + why);
    err.flush();
    failures++;
  }

  /**
   * The inputs named by {@code args}, in order, read one at a time as the caller iterates (iterate
   * once): memory holds one page, never the archive. Bad inputs are reported and left out.
   */
  Iterable<Input> read(List<String> args) {
    List<String> roots = roots(args, true);
    return () -> roots.stream()
        .flatMap(arg -> arg.equals("-") ? Stream.of(readStdin()) : files(arg).map(this::readFile))
        .filter(Objects::nonNull)
        .iterator();
  }

  /**
   * The files named by {@code args}, lazily and as often as the caller iterates: files as given,
   * directories walked depth-first with each directory's {@code .txt} entries in name order, so memory
   * holds one listing per level. Missing paths and directories without pages are reported now, once.
   */
  Iterable<Path> files(List<String> args) {
    List<String> roots = roots(args, false);
    return () -> roots.stream().flatMap(this::files).iterator();
  }

  /** The arguments worth expanding; the others reported. {@code -} is standard input where allowed. */
  private List<String> roots(List<String> args, boolean stdin) {
    List<String> roots = new ArrayList<>();
    for (String arg : args) {
      Path p = Path.of(arg);
      if (arg.equals("-") && stdin) {
        roots.add(arg);
      } else if (!Files.exists(p)) {
        fail(arg, "no such file");
      } else if (Files.isDirectory(p) && !walk(p).hasNext()) {
        fail(arg, "directory holds no .txt files");
      } else {
        roots.add(arg);
      }
    }
    return roots;
  }

  private Stream<Path> files(String arg) {
    Path p = Path.of(arg);
    return Files.isDirectory(p)
        ? StreamSupport.stream(Spliterators.spliteratorUnknownSize(walk(p), Spliterator.ORDERED), false)
        : Stream.of(p);
  }

  /** The .txt files under {@code dir}, depth-first, entries of each directory in name order. */
  private static Iterator<Path> walk(Path dir) {
    return new Iterator<>() {
      private final Deque<Iterator<Path>> stack = new ArrayDeque<>(List.of(list(dir)));
      private Path next = advance();

      private Path advance() {
        while (!stack.isEmpty()) {
          Iterator<Path> top = stack.peek();
          if (!top.hasNext()) {
            stack.pop();
            continue;
          }
          Path p = top.next();
          if (Files.isDirectory(p)) {
            stack.push(list(p));
          } else if (Files.isRegularFile(p) && p.getFileName().toString().endsWith(".txt")) {
            return p;
          }
        }
        return null;
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public Path next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        Path p = next;
        next = advance();
        return p;
      }
    };
  }

  private static Iterator<Path> list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList().iterator();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list directory " + dir + ": " + e.getMessage(), e);
    }
  }

  private Input readStdin() {
    try {
      return input("-", stdin.readAllBytes());
    } catch (IOException e) {
      fail("-", "cannot read standard input: " + e.getMessage());
      return null;
    }
  }

  private Input readFile(Path p) {
    String source = p.toString();
    try {
      return input(source, Files.readAllBytes(p));
    } catch (NoSuchFileException e) {
      fail(source, "no such file");
    } catch (IOException e) {
      fail(source, "cannot read: " + e.getMessage());
    }
    return null;
  }

  private Input input(String source, byte[] bytes) {
    String text = decode(source, bytes);
    return text == null ? null : new Input(source, text);
  }

  /** The text of {@code bytes}, or null after reporting why there is none. */
  String decode(String source, byte[] bytes) {
    if (bytes.length == 0) {
      fail(source, "empty file");
      return null;
    }
    for (byte b : bytes) {
      if (b == 0) {
        fail(source, "binary file (contains NUL bytes), expected UTF-8 text");
        return null;
      }
    }
    int skip = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    String text = strict(StandardCharsets.UTF_8, bytes, skip);
    if (text == null) {
      text = strict(GB18030, bytes, 0);
      if (text == null || !hasHan(text)) {
        fail(source, "not UTF-8 text (nor GB18030/GBK Chinese text)");
        return null;
      }
      err.println("newsminer: " + source + ": not UTF-8; decoded as GB18030");
      err.flush();
    }
    if (text.isBlank()) {
      fail(source, "empty file (only whitespace)");
      return null;
    }
    return text;
  }

  private static String strict(Charset cs, byte[] bytes, int skip) {
    try {
      return cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static boolean hasHan(String s) {
    return s.codePoints().anyMatch(CharClasses::isHan);
  }
}
