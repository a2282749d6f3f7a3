package org.newsminer.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one data file of {@code models/} (packaged in the jar under {@code org/newsminer/models/}): the
 * word lists and rule tables every stage loads instead of keeping vocabulary in Java.
 *
 * <p>Format: UTF-8; a line starting with {@code #} is a comment (each file opens with one saying what
 * the list means and where it is used); blank lines are ignored; fields are separated by tabs. Every
 * problem (missing file, bad encoding, wrong field count, duplicate key) is an
 * {@link IllegalArgumentException} naming the file and line: {@code models/rules/x.txt:12: …}.
 *
 * <p>Callers load a file once (in a holder class or at factory creation) and keep the result read-only.
 * Stateless and thread-safe.
 */
public final class ModelFile {
  private static final String ROOT = "/org/newsminer/models/";

  private ModelFile() {}

  /** One data line: where it is, for error messages, and its tab-separated fields. */
  public record Row(String file, int line, List<String> fields) {

    public String field(int i) {
      return fields.get(i);
    }

    public int size() {
      return fields.size();
    }

    /** An error about this line, with its file and line number. */
    public IllegalArgumentException error(String message) {
      return new IllegalArgumentException("models/" + file + ":" + line + ": " + message);
    }
  }

  /**
   * The rows of {@code name} (relative to {@code models/}, e.g. {@code rules/place/generic-words.txt}),
   * each with between {@code minFields} and {@code maxFields} non-empty-first fields.
   */
  public static List<Row> rows(String name, int minFields, int maxFields) {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = ModelFile.class.getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw new IllegalArgumentException("models/" + name + ": missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
      String line;
      int no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        if (no == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        Row row = new Row(name, no, List.of(line.split("\t", -1)));
        if (row.size() < minFields || row.size() > maxFields) {
          throw row.error("expected " + (minFields == maxFields ? minFields : minFields + " to " + maxFields)
              + " tab-separated fields, found " + row.size());
        }
        if (row.field(0).isEmpty() || !row.field(0).strip().equals(row.field(0))) {
          throw row.error("the first field is empty or has surrounding spaces");
        }
        rows.add(row);
      }
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("models/" + name + ": not UTF-8", e);
    } catch (IOException e) {
      throw new UncheckedIOException("models/" + name + ": cannot read: " + e.getMessage(), e);
    }
    return List.copyOf(rows);
  }

  /** A word list: one word per line; a repeated word is an error (lists must not drift). */
  public static Set<String> words(String name) {
    return Set.copyOf(wordList(name, false));
  }

  /**
   * A word list in file order, or longest first when {@code longestFirst} (for leftmost-longest
   * matching); a repeated word is an error.
   */
  public static List<String> wordList(String name, boolean longestFirst) {
    Map<String, Row> seen = new HashMap<>();
    List<String> words = new ArrayList<>();
    for (Row row : rows(name, 1, 1)) {
      Row first = seen.putIfAbsent(row.field(0), row);
      if (first != null) {
        throw row.error("duplicate word " + row.field(0) + " (first on line " + first.line() + ")");
      }
      words.add(row.field(0));
    }
    if (longestFirst) {
      words.sort((a, b) -> b.length() - a.length());
    }
    return List.copyOf(words);
  }

  /**
   * A character set file (any number of characters per line) as one string, for {@code indexOf}
   * lookups; a repeated character is an error.
   */
  public static String chars(String name) {
    StringBuilder b = new StringBuilder();
    for (Row row : rows(name, 1, 1)) {
      for (char c : row.field(0).toCharArray()) {
        if (b.indexOf(String.valueOf(c)) >= 0) {
          throw row.error("duplicate character " + c);
        }
        b.append(c);
      }
    }
    return b.toString();
  }
}
