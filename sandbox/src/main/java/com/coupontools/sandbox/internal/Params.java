package com.coupontools.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The validated, typed parameters of one request (defaults from the spec applied). Values are
 * String, Long, BigDecimal, Boolean or List; absent optional parameters without a default are
 * absent here too.
 */
final class Params {
  private final Map<String, Object> values;
  private final ErrorTexts errors;

  private Params(Map<String, Object> values, ErrorTexts errors) {
    this.values = values;
    this.errors = errors;
  }

  /** Validates {@code body} against the operation's request rules, in the schema's property order. */
  static Params validate(Operation op, Map<String, JsonNode> body) {
    Map<String, Object> out = new LinkedHashMap<>();
    ErrorTexts errors = op.errorTexts();
    for (ParamRule rule : op.params()) {
      JsonNode raw = body.get(rule.name());
      if (raw == null && rule.type() == ParamRule.Type.ARRAY) {
        raw = body.get(rule.name() + "[]"); // PHP-style form arrays
      }
      boolean blank = ParamRule.isBlank(raw);
      if (blank && (rule.required() || raw == null || raw.isNull() || rule.emptyMeansAbsent())) {
        if (rule.required()) {
          throw errors.missing(rule.name());
        }
        if (rule.defaultValue() != null) {
          out.put(rule.name(), rule.accept(rule.defaultValue(), errors));
        }
        continue;
      }
      out.put(rule.name(), rule.accept(raw, errors));
    }
    return new Params(Collections.unmodifiableMap(out), errors);
  }

  boolean has(String name) {
    return values.containsKey(name);
  }

  String str(String name) {
    Object v = values.get(name);
    return v == null ? null : v.toString();
  }

  String str(String name, String fallback) {
    String v = str(name);
    return v == null ? fallback : v;
  }

  Long lng(String name) {
    Object v = values.get(name);
    return v == null ? null : ((Number) v).longValue();
  }

  long lng(String name, long fallback) {
    Long v = lng(name);
    return v == null ? fallback : v;
  }

  boolean flag(String name) {
    return Boolean.TRUE.equals(values.get(name));
  }

  @SuppressWarnings("unchecked")
  List<String> list(String name) {
    Object v = values.get(name);
    return v == null ? List.of() : (List<String>) v;
  }

  /** Numeric part of a prefixed ID parameter ({@code cam_123456} and {@code 123456} give 123456). */
  Long id(String name) {
    String v = str(name);
    return v == null ? null : Ids.numeric(v);
  }

  ErrorTexts errors() {
    return errors;
  }

  @Override
  public String toString() {
    return values.keySet().toString(); // names only: values may hold secrets
  }
}
