package com.coupontools.sandbox.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Request bodies, query strings and path segments as JSON values: {@code application/json}
 * objects and arrays as sent, {@code application/x-www-form-urlencoded} forms as one object of
 * text values (repeated keys as arrays), so one set of rules validates every form of a value.
 * A body that cannot be read is error 300.
 */
final class Body {
  static final int MAX_BYTES = 1 << 20;

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      // Numbers as written (1e400 stays 1e400, not infinity; 1e-400 not 0), checked by ParamRule.
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private Body() {}

  static ApiError tooLarge() {
    return unreadable("larger than " + (MAX_BYTES >> 10) + " KiB.");
  }

  /**
   * The body as JSON: an object or an array as sent, a form as an object of text values
   * (repeated keys as arrays); null when blank. {@code formAllowed}: rpc operations read forms
   * too, REST ones JSON only. Anything unreadable is error 300.
   */
  static JsonNode parse(String contentType, byte[] bytes, boolean formAllowed) {
    String media =
        contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    Charset charset = charset(contentType);
    if (isBlank(bytes)) {
      return null;
    }
    if (media.isEmpty()) {
      int first = firstNonSpace(bytes);
      media = first == '{' || first == '[' || !formAllowed
          ? "application/json"
          : "application/x-www-form-urlencoded";
    }
    if (media.equals("application/json")
        || (media.startsWith("application/") && media.endsWith("+json"))) {
      return json(bytes);
    }
    if (formAllowed && media.equals("application/x-www-form-urlencoded")) {
      ObjectNode o = JsonNodeFactory.instance.objectNode();
      form(decode(bytes, charset), charset).forEach(o::set);
      return o;
    }
    throw unreadable("unsupported content type " + printable(media) + ". Send application/json"
        + (formAllowed ? " or application/x-www-form-urlencoded." : "."));
  }

  /** Error 300 for a body that cannot be read, the sentence naming the reason. */
  static ApiError unreadable(String reason) {
    return new ApiError(ApiError.UNREADABLE_BODY, "Invalid request body: " + reason, null);
  }

  private static JsonNode json(byte[] bytes) {
    // JSON is UTF-8 (RFC 8259). Jackson decodes an overlong sequence such as C0 AF as '/', so the
    // bytes are checked strictly first, and escaped lone surrogates (\ud800) after parsing.
    if (!isUtf8(bytes)) {
      throw unreadable("not valid UTF-8 text.");
    }
    JsonNode root;
    try {
      root = JSON.readTree(bytes);
    } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
      throw unreadable("a number, string or nesting beyond the JSON limits.");
    } catch (IOException | RuntimeException e) {
      throw unreadable("malformed JSON.");
    }
    if (root == null) {
      throw unreadable("malformed JSON.");
    }
    if (hasLoneSurrogate(root)) {
      throw unreadable("a string holds an unpaired surrogate escape (\\ud800-\\udfff).");
    }
    return root;
  }

  /**
   * A path segment's value, percent-decoded: text when it is UTF-8, else its bytes (which every
   * rule refuses as an invalid character, 301 naming the path parameter).
   */
  static JsonNode pathValue(String raw) {
    try {
      byte[] bytes = percentDecodePath(raw);
      String v = text(bytes, StandardCharsets.UTF_8);
      return v != null ? TextNode.valueOf(v) : BinaryNode.valueOf(bytes);
    } catch (IllegalArgumentException e) {
      return BinaryNode.valueOf(raw.getBytes(StandardCharsets.ISO_8859_1));
    }
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
        key = decode(percentDecode(eq < 0 ? pair : pair.substring(0, eq)), charset);
        value = eq < 0 ? "" : decode(percentDecode(pair.substring(eq + 1)), charset);
      } catch (IllegalArgumentException e) {
        throw unreadable("malformed form encoding.");
      }
      add(out, key, TextNode.valueOf(value));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The parameters of a query string (the GET form of a read). A key that is not UTF-8 text
   * names no parameter and is dropped; a value that is not is kept as its bytes, which every
   * parameter rule refuses as an invalid character (301 naming the parameter), since a query
   * has no body that could be "unreadable".
   */
  static Map<String, JsonNode> query(String rawQuery) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    if (rawQuery == null) {
      return out;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key;
      try {
        key = decode(percentDecode(eq < 0 ? pair : pair.substring(0, eq)), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException | ApiError e) {
        continue;
      }
      JsonNode value;
      try {
        byte[] raw = percentDecode(eq < 0 ? "" : pair.substring(eq + 1));
        String v = text(raw, StandardCharsets.UTF_8);
        value = v != null ? TextNode.valueOf(v) : BinaryNode.valueOf(raw);
      } catch (IllegalArgumentException e) {
        value = BinaryNode.valueOf(pair.getBytes(StandardCharsets.ISO_8859_1));
      }
      add(out, key, value);
    }
    return out;
  }

  /** Repeated keys become arrays, the way PHP-style clients send lists. */
  private static void add(Map<String, JsonNode> out, String key, JsonNode value) {
    JsonNode prev = out.get(key);
    if (prev == null) {
      out.put(key, value);
    } else if (prev.isArray()) {
      ((ArrayNode) prev).add(value);
    } else {
      ArrayNode arr = JsonNodeFactory.instance.arrayNode();
      arr.add(prev).add(value);
      out.put(key, arr);
    }
  }

  /** A path segment's percent-decoding: like a form's, but {@code +} is a plus sign. */
  static byte[] percentDecodePath(String s) {
    return percentDecode(s.replace("+", "%2B"));
  }

  /**
   * {@code application/x-www-form-urlencoded} decoding to bytes: {@code +} is a space, {@code %XX}
   * a byte; any other {@code %} is malformed (IllegalArgumentException). The bytes are decoded
   * as text strictly afterwards, so an invalid UTF-8 sequence is never turned into U+FFFD.
   */
  static byte[] percentDecode(String s) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '+') {
        out.write(' ');
      } else if (c == '%') {
        if (i + 2 >= s.length()) {
          throw new IllegalArgumentException("truncated escape");
        }
        int hi = Character.digit(s.charAt(i + 1), 16);
        int lo = Character.digit(s.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          throw new IllegalArgumentException("malformed escape");
        }
        out.write((hi << 4) | lo);
        i += 2;
      } else if (c < 0x80) {
        out.write(c);
      } else {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8); // already-decoded text
        out.write(b, 0, b.length);
      }
    }
    return out.toByteArray();
  }

  /** The bytes as text of {@code charset}, or null when they are not valid text in it. */
  private static String text(byte[] bytes, Charset charset) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static String decode(byte[] bytes, Charset charset) {
    String t = text(bytes, charset);
    if (t == null) {
      throw unreadable("not valid " + charset.name() + " text.");
    }
    return t;
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

  /** Strict UTF-8: no overlong forms, no encoded surrogates, nothing above U+10FFFF. */
  static boolean isUtf8(byte[] b) {
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xff;
      if (c < 0x80) {
        i++;
        continue;
      }
      int n;
      int min;
      if (c >= 0xC2 && c <= 0xDF) {
        n = 1;
        min = 0x80;
      } else if (c >= 0xE0 && c <= 0xEF) {
        n = 2;
        min = 0x800;
      } else if (c >= 0xF0 && c <= 0xF4) {
        n = 3;
        min = 0x10000;
      } else {
        return false; // a continuation byte, C0/C1 (always overlong) or F5..FF
      }
      if (i + n >= b.length) {
        return false; // truncated
      }
      int cp = c & (0x3F >> n);
      for (int k = 1; k <= n; k++) {
        int cc = b[i + k] & 0xff;
        if ((cc & 0xC0) != 0x80) {
          return false;
        }
        cp = (cp << 6) | (cc & 0x3F);
      }
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return false;
      }
      i += n + 1;
    }
    return true;
  }

  private static boolean hasLoneSurrogate(JsonNode n) {
    if (n.isTextual()) {
      return loneSurrogate(n.textValue());
    }
    if (n.isContainerNode()) {
      var fields = n.fields();
      while (fields.hasNext()) {
        var e = fields.next();
        if (loneSurrogate(e.getKey()) || hasLoneSurrogate(e.getValue())) {
          return true;
        }
      }
      for (JsonNode child : n.isArray() ? n : List.<JsonNode>of()) {
        if (hasLoneSurrogate(child)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean loneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (Character.isHighSurrogate(ch)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(ch)) {
        return true;
      }
    }
    return false;
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
