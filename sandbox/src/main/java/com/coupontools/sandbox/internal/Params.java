package com.coupontools.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The validated, typed parameters of one request (defaults from the spec applied): path
 * parameters, query parameters (a deepObject's fields also as {@code name[field]}) and the body's
 * properties (a bare-array body under its body name). Values are String, Long, BigDecimal,
 * Boolean, List or Map; absent optional parameters without a default are absent here too.
 */
final class Params {
  private final Map<String, Object> values;
  private final Errors errors;

  private Params(Map<String, Object> values, Errors errors) {
    this.values = values;
    this.errors = errors;
  }

  /**
   * Checks every parameter of the operation in order (path, query, body; properties in schema
   * order), then the schema's conditional requirements; the first violation is the answer.
   * {@code path}: decoded path values; {@code query}: the query string's parameters;
   * {@code body}: the parsed body (an object or an array) or null.
   */
  static Params validate(
      Operation op, Map<String, JsonNode> path, Map<String, JsonNode> query, JsonNode body) {
    Map<String, Object> out = new LinkedHashMap<>();
    Set<String> sent = new HashSet<>();
    try {
      for (ParamRule rule : op.pathParams()) {
        out.put(rule.name(), rule.accept(path.get(rule.name()), rule.name()));
      }
      for (ParamRule rule : op.queryParams()) {
        JsonNode raw =
            op.deepObject(rule.name()) ? deepObject(query, rule.name()) : query.get(rule.name());
        Object v = one(rule, raw, out, sent);
        if (v instanceof Map<?, ?> fields && op.deepObject(rule.name())) {
          fields.forEach((k, fv) -> out.put(rule.name() + "[" + k + "]", fv));
        }
      }
      switch (op.bodyKind()) {
        case OBJECT -> {
          Map<String, JsonNode> props = new LinkedHashMap<>();
          if (body != null) {
            body.fields().forEachRemaining(e -> props.put(e.getKey(), e.getValue()));
          }
          for (ParamRule rule : op.bodyParams()) {
            JsonNode raw = props.get(rule.name());
            if (raw == null && rule.type() == ParamRule.Type.ARRAY) {
              raw = props.get(rule.name() + "[]"); // PHP-style form arrays
            }
            if (raw != null && rule.booleanAlias() != null) {
              raw = booleanAlias(rule, raw, props);
            }
            one(rule, raw, out, sent);
          }
        }
        case ARRAY -> {
          // The handler checked it is an array; an empty one is a batch of nothing, not a missing
          // body.
          ParamRule rule = op.bodyParams().get(0);
          out.put(rule.name(), rule.accept(body, rule.name()));
          sent.add(rule.name());
        }
        case NONE -> {}
      }
      for (Operation.RequiredWhen w : op.requiredWhen()) {
        Object v = out.get(w.property());
        if (v != null && String.valueOf(v).equals(w.value())) {
          for (String name : w.names()) {
            if (!sent.contains(name)) {
              throw new Violation(name, "required", null);
            }
          }
        }
      }
    } catch (Violation v) {
      throw op.errors().of(v);
    }
    Operation.RequiredAnyOf any = op.requiredAnyOf();
    if (any != null && any.names().stream().noneMatch(sent::contains)) {
      throw op.errors().missingAnyOf(any.exampleKey(), any.names());
    }
    return new Params(Collections.unmodifiableMap(out), op.errors());
  }

  /**
   * One parameter: absent (or empty where that means absent) takes its default or is left out;
   * given, it is checked and recorded in {@code sent}.
   */
  private static Object one(
      ParamRule rule, JsonNode raw, Map<String, Object> out, Set<String> sent) {
    boolean blank = ParamRule.isBlank(raw);
    if (blank && (rule.required() || raw == null || raw.isNull() || rule.emptyMeansAbsent())) {
      if (rule.required()) {
        throw new Violation(rule.name(), "required", rule);
      }
      Object v = null;
      if (rule.defaultValue() != null) {
        v = rule.accept(rule.defaultValue(), rule.name());
      } else if (rule.type() == ParamRule.Type.OBJECT) {
        v = rule.accept(JsonNodeFactory.instance.objectNode(), rule.name()); // the fields' defaults
      }
      if (v != null) {
        out.put(rule.name(), v);
      }
      return v;
    }
    Object v = rule.accept(raw, rule.name());
    out.put(rule.name(), v);
    sent.add(rule.name());
    return v;
  }

  /**
   * A deepObject query parameter ({@code pagination[page]=2&pagination[per_page]=50}) as one
   * object; the plain key ({@code pagination=2}) is taken as sent, which the object rule refuses.
   */
  private static JsonNode deepObject(Map<String, JsonNode> query, String name) {
    if (query.containsKey(name)) {
      return query.get(name);
    }
    ObjectNode o = null;
    String prefix = name + "[";
    for (Map.Entry<String, JsonNode> e : query.entrySet()) {
      String k = e.getKey();
      if (k.startsWith(prefix) && k.endsWith("]") && k.length() > prefix.length() + 1) {
        if (o == null) {
          o = JsonNodeFactory.instance.objectNode();
        }
        o.set(k.substring(prefix.length(), k.length() - 1), e.getValue());
      }
    }
    return o;
  }

  /**
   * {@code x-boolean-alias}: a boolean sent for an enum property means the first of the listed
   * values whose property the request carries ({@code if-true: first-present-of}), or no value
   * ({@code if-false: absent}, also when none is present). Anything else is left to the rule.
   */
  private static JsonNode booleanAlias(ParamRule rule, JsonNode raw, Map<String, JsonNode> props) {
    Boolean b = raw.isValueNode() ? ParamRule.booleanOf(raw) : null;
    if (b == null) {
      return raw;
    }
    JsonNode alias = rule.booleanAlias();
    if (b) {
      for (JsonNode candidate : alias.path("if-true").path("first-present-of")) {
        JsonNode v = props.get(candidate.asText());
        if (v != null && v.isValueNode() && !ParamRule.isBlank(v)) {
          return TextNode.valueOf(candidate.asText());
        }
      }
      return null;
    }
    return "absent".equals(alias.path("if-false").asText()) ? null : raw;
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

  /** A list of objects (the items of a bare-array body), each field by name. */
  @SuppressWarnings("unchecked")
  List<Map<String, Object>> objects(String name) {
    Object v = values.get(name);
    return v == null ? List.of() : (List<Map<String, Object>>) v;
  }

  /** Numeric part of a prefixed ID parameter ({@code cam_123456} and {@code 123456} give 123456). */
  Long id(String name) {
    Object v = values.get(name);
    if (v instanceof Number n) {
      return n.longValue(); // a v4 integer ID
    }
    return v == null ? null : Ids.numeric(v.toString());
  }

  Errors errors() {
    return errors;
  }

  @Override
  public String toString() {
    return values.keySet().toString(); // names only: values may hold secrets
  }
}
