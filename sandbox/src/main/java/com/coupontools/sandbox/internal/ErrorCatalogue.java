package com.coupontools.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bundle's {@code x-error-catalogue} (spec README, "Error catalogue"), read at start-up: the
 * one source of the sandbox's codes, families, HTTP statuses, status lines and default sentences,
 * and of the mapping from a violated request constraint to a code and a sentence. Nothing here
 * knows a code by number; every rule comes from the bundle.
 */
final class ErrorCatalogue {
  /** A code family: inclusive ranges, the HTTP status per call style and the rpc status line. */
  record Family(
      String id, List<long[]> ranges, Map<Style, Integer> httpStatus, String rpcStatusLine) {
    boolean holds(int code) {
      for (long[] r : ranges) {
        if (code >= r[0] && code <= r[1]) {
          return true;
        }
      }
      return false;
    }
  }

  /** How one check becomes a code and a sentence template ({@code dateCode}: for a date property). */
  record Rule(String check, int code, String sentence, Integer dateCode) {}

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

  private final List<Family> families = new ArrayList<>();
  private final Map<Integer, String> sentences = new HashMap<>();
  private final List<String> order = new ArrayList<>();
  private final Map<String, Rule> rules = new LinkedHashMap<>();
  private final List<Integer> fallback = new ArrayList<>();
  private final List<String> refinement = new ArrayList<>();
  private final Map<Style, JsonNode> envelopes = new HashMap<>();

  /** The refinement steps this sandbox knows (an unknown one in a newer bundle fails at start-up). */
  static final List<String> KNOWN_REFINEMENTS =
      List.of("example-of-the-code", "sole-format-code", "template");

  ErrorCatalogue(JsonNode catalogue) {
    if (!catalogue.isObject()) {
      throw new IllegalStateException(
          "The OpenAPI bundle has no x-error-catalogue (spec README, \"Error catalogue\")");
    }
    for (JsonNode f : catalogue.path("families")) {
      List<long[]> ranges = new ArrayList<>();
      f.path("ranges")
          .forEach(
              r -> ranges.add(new long[] {r.path("from").asLong(), r.path("to").asLong()}));
      Map<Style, Integer> status = new HashMap<>();
      for (Style s : Style.values()) {
        status.put(s, f.path("http-status").path(s.key()).asInt(422));
      }
      families.add(new Family(
          f.path("id").asText(),
          List.copyOf(ranges),
          Map.copyOf(status),
          f.path("rpc-status-line").asText()));
    }
    for (JsonNode c : catalogue.path("codes")) {
      sentences.put(c.path("code").asInt(), c.path("sentence").asText());
    }
    JsonNode constraints = catalogue.path("constraints");
    constraints.path("order").forEach(o -> order.add(o.asText()));
    for (JsonNode r : constraints.path("rules")) {
      String check = r.path("check").asText();
      rules.put(
          check,
          new Rule(
              check,
              r.path("code").asInt(),
              r.path("sentence").asText(),
              r.has("date-code") ? r.path("date-code").asInt() : null));
    }
    for (Style s : Style.values()) {
      JsonNode e = catalogue.path("envelopes").path(s.key());
      if (!e.isObject()) {
        throw new IllegalStateException(
            "x-error-catalogue has no envelope for the style " + s.key());
      }
      envelopes.put(s, e);
    }
    constraints.path("fallback").forEach(c -> fallback.add(c.asInt()));
    constraints.path("refinement").forEach(r -> refinement.add(r.path("id").asText()));
    for (String id : refinement) {
      if (!KNOWN_REFINEMENTS.contains(id)) {
        throw new IllegalStateException(
            "x-error-catalogue names a refinement step this sandbox does not know: " + id);
      }
    }
    for (String check : order) {
      if (!rules.containsKey(check)) {
        throw new IllegalStateException(
            "x-error-catalogue orders a check without a rule: " + check);
      }
    }
    if (families.isEmpty() || sentences.isEmpty() || rules.isEmpty()) {
      throw new IllegalStateException(
          "x-error-catalogue lacks families, codes or constraint rules");
    }
  }

  /** The family of a code, or null for a code of no family. */
  Family family(int code) {
    for (Family f : families) {
      if (f.holds(code)) {
        return f;
      }
    }
    return null;
  }

  /** The HTTP status a code is sent with in a call style (422 for a code of no family). */
  int httpStatus(int code, Style style) {
    Family f = family(code);
    return f == null ? 422 : f.httpStatus().get(style);
  }

  /** The {@code error_message} of an rpc error body with this code. */
  String statusLine(int code) {
    Family f = family(code);
    return f == null ? "HTTP/1.0 422 Unprocessable entity." : f.rpcStatusLine();
  }

  /** The default sentence of a code with its placeholders filled in (an uncatalogued code is a bug). */
  String sentence(int code, Map<String, String> values) {
    String template = sentences.get(code);
    if (template == null) {
      throw new IllegalStateException("Code " + code + " is not in the bundle's x-error-catalogue");
    }
    return fill(template, values);
  }

  /** The checks in the order they run within one property. */
  List<String> order() {
    return order;
  }

  Rule rule(String check) {
    Rule r = rules.get(check);
    if (r == null) {
      throw new IllegalStateException("x-error-catalogue has no rule for the check " + check);
    }
    return r;
  }

  List<Integer> fallback() {
    return fallback;
  }

  List<String> refinement() {
    return refinement;
  }

  /** What an error body says: the code, its sentence ("" when absent) and the parameter (or null). */
  record Parsed(int code, String sentence, String parameter) {}

  /**
   * Reads an error body of a style where the catalogue's {@code envelopes} say the code, the
   * sentence and the parameter sit (the first present {@code errors} pointer; a code given as an
   * array is its first element); null when the body holds no error.
   */
  Parsed parse(JsonNode body, Style style) {
    JsonNode e = envelopes.get(style);
    JsonNode errors = null;
    for (JsonNode pointer : e.path("errors")) {
      JsonNode at = body.at(pointer.asText());
      if (at.isObject()) {
        errors = at;
        break;
      }
    }
    if (errors == null) {
      return null;
    }
    JsonNode code = errors.path(e.path("code").asText());
    JsonNode sentence = errors.path(e.path("sentence").asText());
    JsonNode parameter = e.has("parameter") ? errors.path(e.path("parameter").asText()) : null;
    return new Parsed(
        code.isArray() ? code.path(0).asInt() : code.asInt(),
        sentence.isArray() ? sentence.path(0).asText("") : sentence.asText(""),
        parameter != null && parameter.isTextual() ? parameter.asText() : null);
  }

  /** A template with {@code {name}} placeholders replaced (an unknown one is left as written). */
  static String fill(String template, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String v = values.get(m.group(1));
      m.appendReplacement(b, Matcher.quoteReplacement(v == null ? m.group() : v));
    }
    m.appendTail(b);
    return b.toString();
  }
}
