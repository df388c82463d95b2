package com.coupontools.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in anything the SDK writes out (logs, exception messages): values of the secret
 * header and of secret keys in JSON and form bodies, and the client's own secret wherever it
 * appears verbatim.
 */
final class Redactor {
  static final String MASK = "***";
  private static final Set<String> SECRET_HEADERS = Set.of("x-client-secret", "authorization", "cookie", "set-cookie");
  private static final String KEYS = "client_secret|api_secret|api_key|password|token|x-client-secret";
  private static final Pattern JSON_VALUE = Pattern.compile(
      "(\"(?i:" + KEYS + ")\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}\\]\\s]+)");
  private static final Pattern FORM_VALUE = Pattern.compile("((?<![A-Za-z0-9_])(?i:" + KEYS + ")=)[^&\\s]*");

  private final List<String> secrets;

  /** @param secrets literal values to mask wherever they appear (values shorter than 4 are ignored) */
  Redactor(String... secrets) {
    this.secrets = java.util.Arrays.stream(secrets)
        .filter(s -> s != null && s.length() >= 4).collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  static boolean isSecretHeader(String name) {
    return SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT));
  }

  /** Masks secret values in free text (a body, a message). */
  String text(String s) {
    if (s == null || s.isEmpty()) {
      return s;
    }
    for (String secret : secrets) {
      s = s.replace(secret, MASK);
    }
    s = JSON_VALUE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "\"" + MASK + "\""));
    return FORM_VALUE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
  }

  /** A header line with its value masked when the header is secret. */
  String header(String name, String value) {
    return name + ": " + (isSecretHeader(name) ? MASK : text(value));
  }
}
