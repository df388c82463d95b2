package com.coupontools.sandbox.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A path of the bundle, literal ({@code /v3/coupon/info}) or templated
 * ({@code /v4/directory/{directoryId}/users/{userId}}), matched segment by segment against a
 * request's raw path. A segment's value is percent-decoded on its own, so an encoded {@code /}
 * stays inside the parameter it was sent in. Where two templates match, the one with a literal
 * segment first wins ({@code …/stats/bulk} over {@code …/stats/{userId}}), as OpenAPI says.
 */
final class PathTemplate {
  private final String path;
  private final String[] segments;
  /** Parameter name per segment, null for a literal one. */
  private final String[] params;

  PathTemplate(String path) {
    this.path = path;
    this.segments = path.substring(1).split("/", -1);
    this.params = new String[segments.length];
    for (int i = 0; i < segments.length; i++) {
      String s = segments[i];
      if (s.startsWith("{") && s.endsWith("}")) {
        params[i] = s.substring(1, s.length() - 1);
      }
    }
  }

  String path() {
    return path;
  }

  boolean templated() {
    for (String p : params) {
      if (p != null) {
        return true;
      }
    }
    return false;
  }

  /** The raw (still percent-encoded) segments of a raw path: {@code /a/b%2Fc} → {@code a}, {@code b%2Fc}. */
  static List<String> segments(String rawPath) {
    return List.of(rawPath.substring(rawPath.startsWith("/") ? 1 : 0).split("/", -1));
  }

  /** The raw (still percent-encoded) values of the parameters when the path matches, else null. */
  Map<String, String> match(List<String> rawSegments) {
    if (rawSegments.size() != segments.length) {
      return null;
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < segments.length; i++) {
      String s = rawSegments.get(i);
      if (params[i] == null) {
        if (!segments[i].equals(s)) {
          return null;
        }
      } else {
        if (s.isEmpty()) {
          return null;
        }
        values.put(params[i], s);
      }
    }
    return values;
  }

  /** Literal segments before parameters: a larger key is the more specific template. */
  String specificity() {
    StringBuilder b = new StringBuilder();
    for (String p : params) {
      b.append(p == null ? '1' : '0');
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return path;
  }
}
