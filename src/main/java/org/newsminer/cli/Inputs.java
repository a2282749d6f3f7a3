package org.newsminer.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

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
  private boolean failed;

  Inputs(PrintWriter err, InputStream stdin) {
    this.err = err;
    this.stdin = stdin;
  }

  /** True when at least one input was reported as bad. */
  boolean failed() {
    return failed;
  }

  /** Reports a bad input and remembers that one failed. */
  void fail(String source, String why) {
    err.println("newsminer: " + source + ": " + why);
    err.flush();
    failed = true;
  }

  /** The inputs named by {@code args}, in order; bad ones reported and left out. */
  List<Input> read(List<String> args) {
    List<Input> out = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("-")) {
        try {
          decode("-", stdin.readAllBytes(), out);
        } catch (IOException e) {
          fail("-", "cannot read standard input: " + e.getMessage());
        }
        continue;
      }
      Path p = Path.of(arg);
      if (Files.isDirectory(p)) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(p)) {
          files = walk.filter(f -> Files.isRegularFile(f) && f.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
          fail(arg, "cannot list directory: " + e.getMessage());
          continue;
        }
        if (files.isEmpty()) {
          fail(arg, "directory holds no .txt files");
        }
        for (Path f : files) {
          readFile(f.toString(), f, out);
        }
      } else {
        readFile(arg, p, out);
      }
    }
    return out;
  }

  private void readFile(String source, Path p, List<Input> out) {
    try {
      decode(source, Files.readAllBytes(p), out);
    } catch (NoSuchFileException e) {
      fail(source, "no such file");
    } catch (IOException e) {
      fail(source, "cannot read: " + e.getMessage());
    }
  }

  private void decode(String source, byte[] bytes, List<Input> out) {
    String text = decode(source, bytes);
    if (text != null) {
      out.add(new Input(source, text));
    }
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
    return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }
}
