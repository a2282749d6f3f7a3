package org.newsminer.cli;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
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
 * <p>Decoding: see {@link TextEncoding}. Each bad input is reported on one line and skipped; the caller
 * learns whether any failed.
 */
final class Inputs {
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
      TextEncoding enc = encoding(s.name(), head, head.length, whole);
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
      InputStream rest = new SequenceInputStream(new ByteArrayInputStream(head), counted);
      return new Opened(s.name(), enc.name(), enc.reader(rest), size, () -> read[0]);
    } catch (NoSuchFileException e) {
      fail(s.name(), "no such file");
    } catch (IOException e) {
      fail(s.name(), "cannot read: " + e.getMessage());
    }
    close(in, s);
    return null;
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
    TextEncoding enc = encoding(source, bytes, Math.min(bytes.length, HEAD), bytes.length <= HEAD);
    if (enc == null) {
      return null;
    }
    String text = enc.decode(bytes);
    if (text == null) {
      fail(source, "not valid " + enc.name() + " text further on");
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

  /** The encoding of a text from its first {@code n} bytes, or null after reporting why it is not text. */
  private TextEncoding encoding(String source, byte[] head, int n, boolean whole) {
    TextEncoding.Choice c = TextEncoding.choose(head, n, whole);
    if (c.encoding() == null) {
      fail(source, c.message());
    } else if (c.message() != null) {
      note(source, c.message());
    }
    return c.encoding();
  }
}
