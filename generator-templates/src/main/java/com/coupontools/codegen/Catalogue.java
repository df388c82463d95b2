package com.coupontools.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundle's error catalogue ({@code x-error-catalogue}, from spec/shared/error-catalogue.yml)
 * as the data of the SDK's generated {@code com.coupontools.internal.ErrorCatalogue}: the family
 * switch (code → exception type, and for an answer without a code the HTTP status only one family
 * uses), each code's default sentence, the constraint rules (check → code, sentence) with their
 * order, fallback and refinement steps, and the envelope field names. The SDK keeps no copy of
 * these facts by hand.
 */
final class Catalogue {
  private Catalogue() {}

  /**
   * The template's data, or null when the spec has no catalogue (a test fixture that generates
   * models only: the SDK itself does not compile without its {@code ErrorCatalogue}).
   */
  static Map<String, Object> data(OpenAPI openAPI) {
    Map<String, Object> c = of(openAPI);
    if (c == null) {
      return null;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("version", c.get("version"));

    List<Map<String, Object>> families = new ArrayList<>();
    Map<Integer, List<String>> byStatus = new LinkedHashMap<>();
    for (Map<String, Object> f : list(c.get("families"))) {
      List<String> ranges = new ArrayList<>();
      for (Map<String, Object> r : list(f.get("ranges"))) {
        int from = number(r.get("from"));
        int to = number(r.get("to"));
        ranges.add(from == to ? "c == " + from : "(c >= " + from + " && c <= " + to + ")");
      }
      Map<String, Object> family = new LinkedHashMap<>();
      family.put("id", f.get("id"));
      family.put("condition", String.join(" || ", ranges));
      family.put("exception", exceptionClass((String) f.get("exception")));
      families.add(family);
      for (Object status : ((Map<String, Object>) f.get("http-status")).values()) {
        List<String> ids = byStatus.computeIfAbsent(number(status), k -> new ArrayList<>());
        if (!ids.contains((String) f.get("exception"))) {
          ids.add((String) f.get("exception"));
        }
      }
    }
    out.put("families", families);
    List<Map<String, Object>> statuses = new ArrayList<>();
    byStatus.forEach((status, exceptions) -> {
      if (exceptions.size() == 1) { // a status several families share (422) says nothing alone
        statuses.add(Map.of("status", status, "exception", exceptionClass(exceptions.get(0))));
      }
    });
    out.put("statuses", statuses);

    List<Map<String, Object>> codes = new ArrayList<>();
    for (Map<String, Object> code : list(c.get("codes"))) {
      codes.add(Map.of(
          "code",
          number(code.get("code")),
          "sentence",
          Docs.literal(code.get("sentence").toString())));
    }
    out.put("codes", codes);

    Map<String, Object> constraints = (Map<String, Object>) c.get("constraints");
    List<Map<String, Object>> checks = new ArrayList<>();
    List<String> order = (List<String>) constraints.get("order");
    for (Map<String, Object> rule : list(constraints.get("rules"))) {
      String id = (String) rule.get("check");
      if (!order.contains(id)) {
        throw new IllegalArgumentException(
            "x-error-catalogue: check " + id + " is not in constraints.order");
      }
      Map<String, Object> check = new LinkedHashMap<>();
      check.put("constant", Names.upperSnake(id));
      check.put("id", Docs.literal(id));
      check.put("code", number(rule.get("code")));
      check.put("dateCode", rule.get("date-code") == null ? 0 : number(rule.get("date-code")));
      check.put("sentence", Docs.literal(rule.get("sentence").toString()));
      check.put("rank", order.indexOf(id));
      checks.add(check);
    }
    checks.sort((a, b) -> Integer.compare((int) a.get("rank"), (int) b.get("rank")));
    out.put("checks", checks);
    List<String> fallback = new ArrayList<>();
    list(constraints.get("fallback"), Object.class).forEach(f -> fallback.add(f.toString()));
    out.put("fallback", String.join(", ", fallback));
    List<String> refinement = new ArrayList<>();
    for (Map<String, Object> step : list(constraints.get("refinement"))) {
      refinement.add(Docs.literal(step.get("id").toString()));
    }
    out.put("refinement", String.join(", ", refinement));

    Map<String, Object> envelopes = (Map<String, Object>) c.get("envelopes");
    Map<String, Object> rpc = (Map<String, Object>) envelopes.get("rpc");
    Map<String, Object> rest = (Map<String, Object>) envelopes.get("rest");
    out.put("rpcErrors", pointers(rpc.get("errors")));
    out.put("rpcCode", Docs.literal(rpc.get("code").toString()));
    out.put("rpcSentence", Docs.literal(rpc.get("sentence").toString()));
    out.put("rpcStatusLine", Docs.literal(rpc.get("status-line").toString()));
    out.put("restErrors", pointers(rest.get("errors")));
    out.put("restCode", Docs.literal(rest.get("code").toString()));
    out.put("restSentence", Docs.literal(rest.get("sentence").toString()));
    out.put("restParameter", Docs.literal(rest.get("parameter").toString()));
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> of(OpenAPI openAPI) {
    Object raw =
        openAPI.getExtensions() == null ? null : openAPI.getExtensions().get("x-error-catalogue");
    return raw instanceof Map ? (Map<String, Object>) raw : null;
  }

  /** {@code missing-parameter} → {@code com.coupontools.errors.MissingParameterException}. */
  private static String exceptionClass(String exception) {
    return "com.coupontools.errors." + Names.capitalize(Names.camel(exception)) + "Exception";
  }

  /** JSON pointers as Java string-array literals of their segments: {@code {"status", "errors"}, {"errors"}}. */
  private static String pointers(Object pointers) {
    List<String> out = new ArrayList<>();
    for (Object p : list(pointers, Object.class)) {
      List<String> segments = new ArrayList<>();
      for (String s : p.toString().substring(1).split("/")) {
        segments.add(Docs.literal(s));
      }
      out.add("{" + String.join(", ", segments) + "}");
    }
    return String.join(", ", out);
  }

  private static int number(Object o) {
    return o instanceof Number
        ? ((Number) o).intValue()
        : Integer.parseInt(o.toString().trim());
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object o) {
    return o instanceof List ? (List<Map<String, Object>>) o : List.of();
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> list(Object o, Class<T> type) {
    return o instanceof List ? (List<T>) o : List.of();
  }

  /**
   * Whether a code belongs to a family some constraint rule answers with (missing and invalid
   * parameter): the examples a client-side check may take its sentence from.
   */
  @SuppressWarnings("unchecked")
  static boolean refinesChecks(OpenAPI openAPI, int code) {
    Map<String, Object> c = of(openAPI);
    if (c == null) {
      return false;
    }
    List<Object> ruleFamilies = new ArrayList<>();
    for (Map<String, Object> rule :
        list(((Map<String, Object>) c.get("constraints")).get("rules"))) {
      ruleFamilies.add(familyOf(c, number(rule.get("code"))));
      if (rule.get("date-code") != null) {
        ruleFamilies.add(familyOf(c, number(rule.get("date-code"))));
      }
    }
    Object family = familyOf(c, code);
    return family != null && ruleFamilies.contains(family);
  }

  /** The simple name of the exception a code raises ({@code NotFoundException}; {@code ApiException} for no family). */
  static String exceptionOf(OpenAPI openAPI, int code) {
    Map<String, Object> c = of(openAPI);
    Map<String, Object> family = c == null ? null : family(c, code);
    return family == null
        ? "ApiException"
        : Names.capitalize(Names.camel((String) family.get("exception"))) + "Exception";
  }

  private static Object familyOf(Map<String, Object> c, int code) {
    Map<String, Object> f = family(c, code);
    return f == null ? null : f.get("id");
  }

  private static Map<String, Object> family(Map<String, Object> c, int code) {
    for (Map<String, Object> f : list(c.get("families"))) {
      for (Map<String, Object> r : list(f.get("ranges"))) {
        if (code >= number(r.get("from")) && code <= number(r.get("to"))) {
          return f;
        }
      }
    }
    return null;
  }
}
