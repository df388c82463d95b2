package com.coupontools.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SDK's error families from the bundle's {@code x-error-catalogue} (spec README, "Error
 * catalogue"): each family's code ranges and its SDK exception family, and the REST statuses that
 * belong to exactly one family. {@code ErrorFamilies.java} is generated from them, so the SDK
 * keeps no copy of the "which code is which exception" rule.
 */
final class ErrorCatalogue {
  /** The exception families the SDK has a class for ({@code errors/*Exception}). */
  private static final Set<String> EXCEPTIONS = Set.of("authentication", "missing-parameter", "invalid-parameter",
      "not-found", "limit");

  private ErrorCatalogue() {}

  @SuppressWarnings("unchecked")
  static void collect(OpenAPI openAPI, Map<String, Object> into) {
    Object catalogue = openAPI.getExtensions() == null ? null : openAPI.getExtensions().get("x-error-catalogue");
    if (!(catalogue instanceof Map)) {
      return; // the test fixture has none and generates no supporting files
    }
    List<Map<String, Object>> families = new ArrayList<>();
    Map<Integer, List<String>> byRestStatus = new LinkedHashMap<>();
    for (Object f : (List<Object>) ((Map<String, Object>) catalogue).get("families")) {
      Map<String, Object> family = (Map<String, Object>) f;
      String exception = String.valueOf(family.get("exception"));
      if (!EXCEPTIONS.contains(exception)) {
        throw new IllegalArgumentException("x-error-catalogue family " + family.get("id") + ": exception '" + exception
            + "' has no SDK exception class (known: " + EXCEPTIONS + ")");
      }
      List<Map<String, Object>> ranges = new ArrayList<>();
      for (Object r : (List<Object>) family.get("ranges")) {
        Map<String, Object> range = (Map<String, Object>) r;
        ranges.add(Map.of("from", range.get("from"), "to", range.get("to")));
      }
      String constant = exception.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
      families.add(Map.of("constant", constant, "ranges", ranges, "id", String.valueOf(family.get("id"))));
      Object status = family.get("http-status") instanceof Map ? ((Map<String, Object>) family.get("http-status")).get("rest") : null;
      if (status instanceof Number) {
        byRestStatus.computeIfAbsent(((Number) status).intValue(), k -> new ArrayList<>()).add(constant);
      }
    }
    List<Map<String, Object>> statuses = new ArrayList<>();
    byRestStatus.forEach((status, constants) -> {
      if (constants.size() == 1) { // 422 is shared by several families: it says nothing on its own
        statuses.add(Map.of("status", status, "constant", constants.get(0)));
      }
    });
    into.put("x-ct-error-families", families);
    into.put("x-ct-error-statuses", statuses);
  }
}
