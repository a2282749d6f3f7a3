package org.newsminer.cli;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.newsminer.text.CharClasses;

/**
 * The encoding of an input, chosen from its first bytes: UTF-16 with a byte-order mark; binary data
 * (NUL bytes; UTF-16 without a mark is named as such); UTF-8 with or without a byte-order mark; else
 * GB18030/GBK Chinese text, with a note. Decoding is strict: invalid bytes are an error, never
 * replaced. Immutable and thread-safe.
 */
final class TextEncoding {
  private static final Charset GB18030 = Charset.forName("GB18030");

  private final Charset charset;
  private final int bom;

  private TextEncoding(Charset charset, int bom) {
    this.charset = charset;
    this.bom = bom;
  }

  /** An encoding and a note for the user, or no encoding and why the input is not text. */
  record Choice(TextEncoding encoding, String message) {}

  /** The encoding's name, for messages. */
  String name() {
    return charset.name();
  }

  /** The text of all of {@code bytes}, or null when they are not valid in this encoding. */
  String decode(byte[] bytes) {
    return strict(charset, bytes, bom);
  }

  /**
   * A reader of the text of {@code in} (which starts at the first byte the encoding was chosen from);
   * an invalid byte further on is an IOException saying where, in a user's words.
   */
  Reader reader(InputStream in) throws IOException {
    in.skipNBytes(bom);
    CharsetDecoder dec = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    return new Described(new InputStreamReader(in, dec), name());
  }

  /**
   * The encoding of a text whose first {@code n} bytes are {@code head} ({@code whole}: that is all of
   * it).
   */
  static Choice choose(byte[] head, int n, boolean whole) {
    if (n == 0) {
      return new Choice(null, "empty file");
    }
    int b0 = head[0] & 0xff;
    int b1 = n > 1 ? head[1] & 0xff : -1;
    if (b0 == 0xFE && b1 == 0xFF && validPrefix(StandardCharsets.UTF_16BE, head, 2, n, whole)) {
      return new Choice(new TextEncoding(StandardCharsets.UTF_16BE, 2), null);
    }
    if (b0 == 0xFF && b1 == 0xFE && validPrefix(StandardCharsets.UTF_16LE, head, 2, n, whole)) {
      return new Choice(new TextEncoding(StandardCharsets.UTF_16LE, 2), null);
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
        return new Choice(null, "binary file (contains NUL bytes); it looks like " + order.name() + " text "
            + "without a byte-order mark: convert it to UTF-8 (iconv -f " + order.name() + " -t UTF-8)");
      }
      return new Choice(null, "binary file (contains NUL bytes), expected UTF-8 text");
    }
    int utf8Bom = n >= 3 && b0 == 0xEF && b1 == 0xBB && (head[2] & 0xff) == 0xBF ? 3 : 0;
    if (validPrefix(StandardCharsets.UTF_8, head, utf8Bom, n, whole)) {
      return new Choice(new TextEncoding(StandardCharsets.UTF_8, utf8Bom), null);
    }
    if (validPrefix(GB18030, head, 0, n, whole) && hasHan(GB18030, head, n)) {
      return new Choice(new TextEncoding(GB18030, 0), "not UTF-8; decoded as GB18030");
    }
    return new Choice(null, "not UTF-8 text (nor GB18030/GBK Chinese text, nor UTF-16 with a byte-order mark)");
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
