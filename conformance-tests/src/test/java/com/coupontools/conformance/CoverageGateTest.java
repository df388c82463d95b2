package com.coupontools.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.conformance.harness.ConformanceCase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * The coverage gate: every operation of the bundle has a happy-path case and a case for each
 * error code it documents (`x-error-codes`), and no case names an operation or a code the bundle
 * does not have. A new operation in the spec therefore fails the build until it is tested.
 */
class CoverageGateTest {

  @Test
  void everyOperationAndDocumentedErrorCodeHasACase() throws Exception {
    Map<String, Set<Integer>> documented = documentedCases();
    Map<String, Set<Integer>> covered = new TreeMap<>();
    List<String> unknown = new ArrayList<>();
    for (Class<?> type : ReflectionSupport.findAllClassesInPackage(
        "com.coupontools.conformance", c -> true, n -> true)) {
      for (Method m : type.getDeclaredMethods()) {
        ConformanceCase c = m.getAnnotation(ConformanceCase.class);
        if (c == null) continue;
        Set<Integer> codes = documented.get(c.operation());
        if (codes == null || !codes.contains(c.code())) {
          unknown.add(type.getSimpleName() + "." + m.getName() + " → " + c.operation() + (c.code() == 0 ? "" : " code " + c.code()));
        }
        covered.computeIfAbsent(c.operation(), k -> new TreeSet<>()).add(c.code());
      }
    }
    List<String> missing = new ArrayList<>();
    documented.forEach((op, codes) -> {
      for (int code : codes) {
        if (!covered.getOrDefault(op, Set.of()).contains(code)) missing.add(op + (code == 0 ? " (happy path)" : " code " + code));
      }
    });
    assertTrue(documented.size() >= 30, "the bundle lists only " + documented.size() + " operations");
    assertEquals(List.of(), unknown, "cases that name an operation or code the bundle does not document");
    assertEquals(List.of(), missing, "operations / documented error codes without a conformance case");
  }

  /** operationId → {0 (happy path)} ∪ x-error-codes, from the bundle. */
  static Map<String, Set<Integer>> documentedCases() throws Exception {
    JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(new File(System.getProperty("conformance.bundle")));
    Map<String, Set<Integer>> ops = new TreeMap<>();
    root.path("paths").forEach(pathItem -> pathItem.forEach(op -> {
      Set<Integer> codes = new TreeSet<>(Set.of(0));
      op.path("x-error-codes").forEach(c -> codes.add(c.asInt()));
      ops.put(op.path("operationId").asText(), codes);
    }));
    return ops;
  }
}
