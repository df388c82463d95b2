package com.coupontools.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one redaction rule of the SDK, for everything it writes out (logs, exception messages,
 * models' {@code toString()}): values of secret headers; values of secret keys in JSON, in form
 * bodies and in URLs' query strings ({@code …/sso?token=***}); and the client's own secret in
 * every encoding a server may echo it in (verbatim, JSON-escaped as {@code \/} or
 * {@code \}{@code u002f}, percent-encoded in either case, base64 of {@code id:secret}).
 */
public final class Redactor {
  static final String MASK = "***";
  /** The spec's secret headers, and the HTTP ones no API contract describes. */
  private static final Set<String> SECRET_HEADERS = secretHeaders();
  /** The spec's secret fields ({@code x-secret}, generated into {@link SecretNames}) and headers, as keys. */
  private static final String KEYS = keys();

  private static final Pattern JSON_VALUE =
      Pattern.compile("(\"(?i:" + KEYS + ")\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}\\]\\s]+)");
  private static final Pattern SECRET_KEY = Pattern.compile("(?i:" + KEYS + ")");
  private static final Pattern FORM_VALUE =
      Pattern.compile("((?<![A-Za-z0-9_])(?i:" + KEYS + ")=)[^&#\\s\"]*");
  /** Values shorter than this are not masked as literals: they would mask ordinary text. */
  private static final int MIN_SECRET = 4;

  private static final Redactor KEYS_ONLY = new Redactor(List.of());

  private final List<Pattern> secrets;

  private static Set<String> secretHeaders() {
    Set<String> h = new java.util.HashSet<>(SecretNames.HEADERS);
    h.addAll(List.of("authorization", "cookie", "set-cookie"));
    return Set.copyOf(h);
  }

  private static String keys() {
    List<String> k = new ArrayList<>();
    for (String name : SecretNames.FIELDS) {
      k.add(Pattern.quote(name));
    }
    for (String name : SecretNames.HEADERS) {
      k.add(Pattern.quote(name));
    }
    return String.join("|", k);
  }

  private Redactor(List<Pattern> secrets) {
    this.secrets = secrets;
  }

  /** Masks the secret keys' values and every encoding of the client's secret. */
  static Redactor forCredentials(String clientId, String secret) {
    List<Pattern> p = new ArrayList<>();
    if (secret != null && secret.length() >= MIN_SECRET) {
      p.add(Pattern.compile(anyEncoding(secret)));
      List<String> base64 = new ArrayList<>();
      for (String plain : new String[] {clientId + ":" + secret, secret}) {
        byte[] bytes = plain.getBytes(StandardCharsets.UTF_8);
        base64.add(Base64.getEncoder().withoutPadding().encodeToString(bytes));
        base64.add(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
      }
      base64.forEach(b -> p.add(Pattern.compile(Pattern.quote(b) + "=*")));
    }
    return new Redactor(List.copyOf(p));
  }

  /** The key-based part of the rule alone: for values printed without a client at hand ({@code toString()}). */
  public static String mask(String s) {
    return KEYS_ONLY.text(s);
  }

  /**
   * A stored field value as {@code toString()} shows it: the value of a secret key masked, text
   * through {@link #mask}, lists and objects element by element.
   */
  public static String display(String wireName, Object value) {
    if (SECRET_KEY.matcher(wireName).matches()) {
      return MASK;
    }
    if (value instanceof String) {
      return mask((String) value);
    }
    if (value instanceof java.util.List) {
      StringBuilder b = new StringBuilder("[");
      for (Object item : (java.util.List<?>) value) {
        b.append(b.length() == 1 ? "" : ", ").append(display("", item));
      }
      return b.append(']').toString();
    }
    if (value instanceof java.util.Map) {
      StringBuilder b = new StringBuilder("{");
      ((java.util.Map<?, ?>) value)
          .forEach((k, v) -> b.append(b.length() == 1 ? "" : ", ")
              .append(k)
              .append('=')
              .append(display(String.valueOf(k), v)));
      return b.append('}').toString();
    }
    if (value instanceof WireReader.Mixed) {
      return display(wireName, ((WireReader.Mixed) value).items);
    }
    return String.valueOf(value); // numbers, booleans, null, nested models (their own toString)
  }

  /** Whether a field of this wire name holds a secret ({@code x-secret} in the spec). */
  public static boolean isSecretField(String wireName) {
    return SECRET_KEY.matcher(wireName).matches();
  }

  /** Masks each of these values (long enough not to mask ordinary text) wherever it appears in {@code s}. */
  public static String maskValues(String s, List<String> values) {
    for (String v : values) {
      if (v != null && v.length() >= MIN_SECRET) {
        s = s.replace(v, MASK);
      }
    }
    return s;
  }

  static boolean isSecretHeader(String name) {
    return SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT));
  }

  /** Masks secret values in free text (a body, a message, a URL). */
  String text(String s) {
    if (s == null || s.isEmpty()) {
      return s;
    }
    for (Pattern secret : secrets) {
      s = secret.matcher(s).replaceAll(MASK);
    }
    s = JSON_VALUE
        .matcher(s)
        .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "\"" + MASK + "\""));
    return FORM_VALUE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
  }

  /** A header line with its value masked when the header is secret. */
  String header(String name, String value) {
    return name + ": " + (isSecretHeader(name) ? MASK : text(value));
  }

  /**
   * A regex matching the value with each character in any of the forms it takes on the wire:
   * itself, backslash-escaped ({@code \/}, also doubly), a JSON {@code \}{@code uXXXX} escape,
   * or percent-encoded (also doubly, {@code %252F}); hex digits in either case.
   */
  private static String anyEncoding(String value) {
    StringBuilder re = new StringBuilder();
    for (char c : value.toCharArray()) {
      String hex = String.format("%04x", (int) c);
      String literal = Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\x{" + hex + "}";
      re.append("(?:")
          .append(literal)
          .append("|\\\\+")
          .append(literal)
          .append("|\\\\+u(?i:")
          .append(hex)
          .append(')');
      if (c < 0x80) {
        re.append("|%(?:25)*(?i:").append(hex, 2, 4).append(')');
      }
      if (c == ' ') {
        re.append("|\\+");
      }
      re.append(')');
    }
    return re.toString();
  }
}
