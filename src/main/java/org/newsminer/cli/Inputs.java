package org.newsminer.cli;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.newsminer.text.CharClasses;

/**
 * Expands the PATH arguments of a command into input files and reads them. Not thread-safe: one per
 * command run.
 *
 * <p>The walk rule: a file named on the command line is read whatever its name; {@code -} is standard
 * input. A directory is walked recursively, each directory's entries in name order, for {@code *.txt}
 * page files. Skipped while walking: hidden entries ({@code .name}), directories named {@code gold}
 * (annotations, as {@code eval --gold} reads them, with their tools and word lists), and symbolic links,
 * which are not followed (like {@code grep -r}; name a linked file or directory on the command line to
 * read it), so a walk never loops nor leaves the directory. Files are listed lazily: memory holds one
 * directory listing per level, never the archive.
 *
 * <p>Decoding: UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark, else
 * GB18030/GBK Chinese text with a note. Each bad input is reported on one line and skipped; the caller
 * learns whether any failed.
 */
final class Inputs {
  private static final Charset GB18030 = Charset.forName("GB18030");

  /** Bytes looked at to choose the encoding. */
  private static final int HEAD = 1 << 16;

  /** Directories a walk does not enter: annotations beside the pages. */
  private static final String ANNOTATIONS = "gold";

  /**
   * One input text and the name it is reported under (the path as given, or as found by the walk);
   * {@code named} when it was named on the command line rather than found in a directory.
   */
  record Input(String source, String text, boolean named) {}

  /** An input file (or {@code -}) and whether it was named on the command line. */
  record Source(String name, boolean named) {
    boolean stdin() {
      return name.equals("-");
    }
  }

  /**
   * An open input: its text as characters, decoded as it is read; its size in bytes (-1: unknown) and
   * how many bytes were read so far.
   */
  record Opened(String source, String encoding, Reader reader, long size, LongSupplier bytesRead) {}

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
    note(source, why);
    failures++;
  }

  /** Tells the user something about an input that is not a failure. */
  void note(String source, String why) {
    err.println("newsminer: " + source + ": " + why);
    err.flush();
  }

  /**
   * The inputs named by {@code args} as whole texts, read one at a time as the caller iterates (iterate
   * once): memory holds one page, never the archive. Bad inputs are reported and left out. For pages of
   * ordinary size (evaluation); {@link PageStream} mines inputs of any size window by window.
   */
  Iterable<Input> read(List<String> args) {
    Iterable<Source> sources = sources(args, true);
    return () -> new Iterator<>() {
      private final Iterator<Source> it = sources.iterator();
      private Input next;

      private Input advance() {
        while (it.hasNext()) {
          Source s = it.next();
          byte[] bytes = bytes(s);
          String text = bytes == null ? null : decode(s.name(), bytes);
          if (text != null) {
            return new Input(s.name(), text, s.named());
          }
        }
        return null;
      }

      @Override
      public boolean hasNext() {
        if (next == null) {
          next = advance(); // read only when asked: one page in memory
        }
        return next != null;
      }

      @Override
      public Input next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Input in = next;
        next = null;
        return in;
      }
    };
  }

  /**
   * The files named by {@code args} (see the walk rule above), lazily and as often as the caller
   * iterates. Missing paths and directories without pages are reported now, once.
   */
  Iterable<Path> files(List<String> args) {
    Iterable<Source> sources = sources(args, false);
    return () -> new Iterator<>() {
      private final Iterator<Source> it = sources.iterator();

      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public Path next() {
        return Path.of(it.next().name());
      }
    };
  }

  /**
   * The inputs named by {@code args}, {@code -} (standard input) where {@code stdin}, lazily. Missing
   * paths and directories without pages are reported now, once.
   */
  Iterable<Source> sources(List<String> args, boolean stdin) {
    List<String> roots = new ArrayList<>();
    for (String arg : args) {
      Path p = Path.of(arg);
      if (arg.equals("-") && stdin) {
        roots.add(arg);
      } else if (!Files.exists(p)) {
        fail(arg, Files.exists(p, LinkOption.NOFOLLOW_LINKS) ? "broken symbolic link" : "no such file");
      } else if (Files.isDirectory(p) && !walk(p, false).hasNext()) {
        fail(arg, "directory holds no .txt page files (hidden entries, gold/ folders and links are skipped)");
      } else {
        roots.add(arg);
      }
    }
    return () -> new Iterator<>() {
      private final Iterator<String> rootIt = roots.iterator();
      private Iterator<Path> walking = null;

      private Source next = advance();

      private Source advance() {
        while (true) {
          if (walking != null && walking.hasNext()) {
            return new Source(walking.next().toString(), false);
          }
          if (!rootIt.hasNext()) {
            return null;
          }
          String root = rootIt.next();
          if (!root.equals("-") && Files.isDirectory(Path.of(root))) {
            walking = walk(Path.of(root), true);
          } else {
            return new Source(root, true);
          }
        }
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public Source next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        Source s = next;
        next = advance();
        return s;
      }
    };
  }

  /** The page files under {@code dir} by the walk rule; links met are noted when {@code tell}. */
  private Iterator<Path> walk(Path dir, boolean tell) {
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
          String name = p.getFileName().toString();
          if (name.startsWith(".")) {
            continue;
          }
          if (Files.isSymbolicLink(p)) {
            if (tell) {
              note(p.toString(), "symbolic link, not followed (name it on the command line to read it)");
            }
          } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            if (!name.equals(ANNOTATIONS)) {
              stack.push(list(p));
            }
          } else if (name.endsWith(".txt") && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
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

  /** The whole content of {@code s}, or null after reporting why there is none. */
  private byte[] bytes(Source s) {
    try {
      return s.stdin() ? stdin.readAllBytes() : Files.readAllBytes(Path.of(s.name()));
    } catch (NoSuchFileException e) {
      fail(s.name(), "no such file");
    } catch (IOException e) {
      fail(s.name(), "cannot read: " + e.getMessage());
    }
    return null;
  }

  /**
   * Opens {@code s} for reading as text, choosing the encoding from its first bytes; null after
   * reporting why it cannot be read. A decoding error further on surfaces as an {@link IOException}
   * from the reader. The caller closes the reader.
   */
  Opened open(Source s) {
    InputStream in = null;
    try {
      long size = s.stdin() ? -1 : Files.size(Path.of(s.name()));
      in = s.stdin() ? stdin : Files.newInputStream(Path.of(s.name()));
      byte[] head = in.readNBytes(HEAD);
      boolean whole = head.length < HEAD;
      Encoding enc = encoding(s.name(), head, head.length, whole);
      if (enc == null) {
        close(in, s);
        return null;
      }
      long[] read = {head.length};
      InputStream counted = new FilterInputStream(in) {
        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          int r = super.read(b, off, len);
          read[0] += Math.max(r, 0);
          return r;
        }
      };
      InputStream rest = new SequenceInputStream(
          new ByteArrayInputStream(head, enc.bom(), head.length - enc.bom()), counted);
      CharsetDecoder dec = enc.charset().newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      return new Opened(s.name(), enc.charset().name(), new Described(new InputStreamReader(rest, dec),
          enc.charset().name()), size, () -> read[0]);
    } catch (NoSuchFileException e) {
      fail(s.name(), "no such file");
    } catch (IOException e) {
      fail(s.name(), "cannot read: " + e.getMessage());
    }
    close(in, s);
    return null;
  }

  /** A decoding reader whose errors say what is wrong and where, in a user's words. */
  private static final class Described extends FilterReader {
    private final String encoding;
    private long read;

    Described(Reader in, String encoding) {
      super(in);
      this.encoding = encoding;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      try {
        int r = super.read(buf, off, len);
        read += Math.max(0, r);
        return r;
      } catch (CharacterCodingException e) {
        throw new IOException("not valid " + encoding + " text after character " + read, e);
      }
    }
  }

  private void close(InputStream in, Source s) {
    if (in != null && !s.stdin()) {
      try {
        in.close();
      } catch (IOException ignored) {
        // Nothing was read that could be lost.
      }
    }
  }

  /** The text of {@code bytes}, or null after reporting why there is none. */
  String decode(String source, byte[] bytes) {
    Encoding enc = encoding(source, bytes, Math.min(bytes.length, HEAD), bytes.length <= HEAD);
    if (enc == null) {
      return null;
    }
    String text = strict(enc.charset(), bytes, enc.bom());
    if (text == null) {
      fail(source, "not valid " + enc.charset().name() + " text further on");
      return null;
    }
    if (text.indexOf('\0') >= 0) {
      fail(source, "binary file (contains NUL characters), expected text");
      return null;
    }
    if (text.isBlank()) {
      fail(source, "empty file (only whitespace)");
      return null;
    }
    return text;
  }

  /** A chosen encoding and the length of its byte-order mark. */
  private record Encoding(Charset charset, int bom) {}

  /**
   * The encoding of a text whose first {@code n} bytes are {@code head} ({@code whole}: that is all of
   * it), or null after reporting why it is not text.
   */
  private Encoding encoding(String source, byte[] head, int n, boolean whole) {
    if (n == 0) {
      fail(source, "empty file");
      return null;
    }
    int b0 = n > 0 ? head[0] & 0xff : -1;
    int b1 = n > 1 ? head[1] & 0xff : -1;
    if (b0 == 0xFE && b1 == 0xFF && validPrefix(StandardCharsets.UTF_16BE, head, 2, n, whole)) {
      return new Encoding(StandardCharsets.UTF_16BE, 2);
    }
    if (b0 == 0xFF && b1 == 0xFE && validPrefix(StandardCharsets.UTF_16LE, head, 2, n, whole)) {
      return new Encoding(StandardCharsets.UTF_16LE, 2);
    }
    int evenNul = 0;
    int oddNul = 0;
    for (int i = 0; i < n; i++) {
      if (head[i] == 0) {
        if (i % 2 == 0) {
          evenNul++;
        } else {
          oddNul++;
        }
      }
    }
    if (evenNul + oddNul > 0) {
      Charset order = evenNul == 0 ? StandardCharsets.UTF_16LE : oddNul == 0 ? StandardCharsets.UTF_16BE : null;
      if (order != null && readable(new String(head, 0, n - n % 2, order))) {
        fail(source, "binary file (contains NUL bytes); it looks like " + order.name() + " text without a "
            + "byte-order mark: convert it to UTF-8 (iconv -f " + order.name() + " -t UTF-8)");
      } else {
        fail(source, "binary file (contains NUL bytes), expected UTF-8 text");
      }
      return null;
    }
    int bom = n >= 3 && b0 == 0xEF && b1 == 0xBB && (head[2] & 0xff) == 0xBF ? 3 : 0;
    if (validPrefix(StandardCharsets.UTF_8, head, bom, n, whole)) {
      return new Encoding(StandardCharsets.UTF_8, bom);
    }
    if (validPrefix(GB18030, head, 0, n, whole) && hasHan(GB18030, head, n)) {
      note(source, "not UTF-8; decoded as GB18030");
      return new Encoding(GB18030, 0);
    }
    fail(source, "not UTF-8 text (nor GB18030/GBK Chinese text, nor UTF-16 with a byte-order mark)");
    return null;
  }

  /** Whether {@code bytes[from, n)} decodes without error (a character cut at {@code n} is allowed unless {@code whole}). */
  private static boolean validPrefix(Charset cs, byte[] bytes, int from, int n, boolean whole) {
    CharsetDecoder dec = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, n - from);
    CharBuffer out = CharBuffer.allocate(n - from + 1);
    if (dec.decode(in, out, whole).isError()) {
      return false;
    }
    return !whole || (!dec.flush(out).isError() && !in.hasRemaining());
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

  /** Mostly letters, digits, punctuation and line breaks: text, not binary data. */
  private static boolean readable(String s) {
    long control = s.chars().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'
        || Character.getType(c) == Character.UNASSIGNED || Character.getType(c) == Character.PRIVATE_USE).count();
    return control * 20 < s.length();
  }

  private static boolean hasHan(Charset cs, byte[] bytes, int n) {
    String s = new String(bytes, 0, n, cs);
    return s.codePoints().anyMatch(CharClasses::isHan);
  }
}
