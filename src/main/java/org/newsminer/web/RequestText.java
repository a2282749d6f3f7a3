package org.newsminer.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.newsminer.JsonCodec;

/**
 * The text a client posts to {@code /api/extract} or {@code /api/check}: the request body as
 * {@code text/plain} (its charset if named; otherwise UTF-8, or GB18030/GBK when it is not UTF-8) or as
 * JSON {@code {"text": "…"}}, at most {@link #MAX_BYTES} bytes. Stateless.
 */
final class RequestText {
  /** The largest body accepted: a newspaper page is 10–30 KB, a long report a few hundred. */
  static final int MAX_BYTES = 1 << 20;
  static final String LIMIT = "1 MB (1048576 bytes)";
  private static final Charset GB18030 = Charset.forName("GB18030");

  private RequestText() {}

  /** Reads at most {@link #MAX_BYTES} + 1 bytes of {@code in}; 413 beyond the limit. */
  static byte[] read(InputStream in, long declaredLength) throws IOException {
    if (declaredLength > MAX_BYTES) {
      throw tooLarge();
    }
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw tooLarge();
    }
    return bytes;
  }

  /** The text of a body with the given Content-Type header (may be null). */
  static String decode(byte[] body, String contentType) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    String text;
    if (type.startsWith("application/json")) {
      text = fromJson(strict(StandardCharsets.UTF_8, body));
    } else {
      String charset = charsetOf(type);
      if (charset != null) {
        Charset cs;
        try {
          cs = Charset.forName(charset);
        } catch (IllegalArgumentException e) {
          throw new ApiException(415, "unknown charset: " + charset + " (send UTF-8 or GBK text)");
        }
        text = strict(cs, body);
      } else {
        text = strict(StandardCharsets.UTF_8, body);
        if (text == null) {
          text = strict(GB18030, body);
        }
      }
      if (text == null) {
        throw new ApiException(400, "the body is not UTF-8 text (nor GB18030/GBK Chinese text)");
      }
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw new ApiException(400, "empty text: send the article as the request body (text/plain; charset=utf-8) "
          + "or as JSON {\"text\": \"…\"}");
    }
    return text;
  }

  private static String fromJson(String json) {
    if (json == null) {
      throw new ApiException(400, "the JSON body is not UTF-8");
    }
    JsonNode node;
    try {
      node = JsonCodec.parse(json);
    } catch (JsonProcessingException e) {
      throw new ApiException(400, "malformed JSON: expected {\"text\": \"…\"}");
    }
    JsonNode text = node == null ? null : node.get("text");
    if (text == null || !text.isTextual()) {
      throw new ApiException(400, "malformed JSON: expected {\"text\": \"…\"} with a string");
    }
    return text.asText();
  }

  /** The charset parameter of a Content-Type, or null. */
  private static String charsetOf(String type) {
    for (String part : type.split(";")) {
      String p = part.strip();
      if (p.startsWith("charset=")) {
        return p.substring(8).replace("\"", "").strip();
      }
    }
    return null;
  }

  private static String strict(Charset cs, byte[] bytes) {
    try {
      return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static ApiException tooLarge() {
    return new ApiException(413, "text too large: at most " + LIMIT + " per request");
  }
}
