package com.coupontools.sandbox.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Request bodies: {@code application/json} objects and {@code application/x-www-form-urlencoded}
 * forms become one map of raw values (form values as JSON text nodes, repeated keys as arrays),
 * so one set of rules validates both. Anything unreadable is error 300.
 */
final class Body {
  static final int MAX_BYTES = 1 << 20;

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      // Numbers as written (1e400 stays 1e400, not infinity; 1e-400 not 0), checked by ParamRule.
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private Body() { }

  static ApiError tooLarge() {
    return new ApiError(300, "Invalid request body: larger than " + (MAX_BYTES >> 10) + " KiB.");
  }

  static Map<String, JsonNode> parse(String contentType, byte[] bytes) {
    String media = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    Charset charset = charset(contentType);
    if (isBlank(bytes)) {
      return Map.of();
    }
    if (media.isEmpty()) {
      media = firstNonSpace(bytes) == '{' ? "application/json" : "application/x-www-form-urlencoded";
    }
    if (media.equals("application/json") || (media.startsWith("application/") && media.endsWith("+json"))) {
      return json(bytes);
    }
    if (media.equals("application/x-www-form-urlencoded")) {
      return form(decode(bytes, charset), charset);
    }
    throw new ApiError(300, "Invalid request body: unsupported content type " + printable(media)
        + ". Send application/json or application/x-www-form-urlencoded.");
  }

  private static Map<String, JsonNode> json(byte[] bytes) {
    JsonNode root;
    try {
      root = JSON.readTree(bytes);
    } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
      throw new ApiError(300, "Invalid request body: a number, string or nesting beyond the JSON limits.");
    } catch (IOException | RuntimeException e) {
      throw new ApiError(300, "Invalid request body: malformed JSON.");
    }
    if (root == null || !root.isObject()) {
      throw new ApiError(300, "Invalid request body: expected a JSON object.");
    }
    Map<String, JsonNode> out = new LinkedHashMap<>();
    root.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue()));
    return Collections.unmodifiableMap(out);
  }

  private static Map<String, JsonNode> form(String text, Charset charset) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (String pair : text.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key;
      String value;
      try {
        key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), charset);
        value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), charset);
      } catch (IllegalArgumentException e) {
        throw new ApiError(300, "Invalid request body: malformed form encoding.");
      }
      JsonNode prev = out.get(key);
      if (prev == null) {
        out.put(key, TextNode.valueOf(value));
      } else if (prev.isArray()) {
        ((ArrayNode) prev).add(value);
      } else {
        ArrayNode arr = JsonNodeFactory.instance.arrayNode();
        arr.add(prev).add(value);
        out.put(key, arr);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  private static String decode(byte[] bytes, Charset charset) {
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new ApiError(300, "Invalid request body: not valid " + charset.name() + " text.");
    }
  }

  private static Charset charset(String contentType) {
    if (contentType != null) {
      for (String part : contentType.split(";")) {
        String p = part.trim().toLowerCase(Locale.ROOT);
        if (p.startsWith("charset=")) {
          String name = p.substring(8).replace("\"", "");
          if (name.equals("iso-8859-1") || name.equals("latin1")) {
            return StandardCharsets.ISO_8859_1;
          }
        }
      }
    }
    return StandardCharsets.UTF_8;
  }

  private static boolean isBlank(byte[] bytes) {
    return firstNonSpace(bytes) < 0;
  }

  private static int firstNonSpace(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return b & 0xff;
      }
    }
    return -1;
  }

  /** The media type as the client sent it, cut and stripped to printable ASCII (it is echoed). */
  private static String printable(String s) {
    StringBuilder b = new StringBuilder();
    for (char ch : s.toCharArray()) {
      if (ch >= 0x20 && ch < 0x7f && ch != '<' && ch != '>' && b.length() < 80) {
        b.append(ch);
      }
    }
    return b.toString();
  }
}
