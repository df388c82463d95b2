package com.coupontools.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.conformance.harness.ConformanceCase;
import com.coupontools.testsupport.Bundle;
import com.coupontools.testsupport.Scenarios;
import java.lang.reflect.Method;
import java.nio.file.Path;
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
 * error code it documents (`x-error-codes`) — derived from the bundle ({@code DerivedConformanceTest})
 * or hand-written ({@link ConformanceCase}) — and no hand-written case names an operation or a code
 * the bundle does not have. A new operation in the spec therefore fails the build until it has a
 * happy path and a case for each code the derivation cannot provoke.
 */
class CoverageGateTest {

  @Test
  void everyOperationAndDocumentedErrorCodeHasACase() {
    Bundle bundle = Bundle.load(Path.of(System.getProperty("conformance.bundle")));
    Map<String, Set<Integer>> documented = documentedCases(bundle);
    Map<String, Set<Integer>> covered = new TreeMap<>();
    for (Scenarios.Scenario s : Scenarios.all(bundle)) {
      covered
          .computeIfAbsent(s.op().id(), k -> new TreeSet<>())
          .add(s.expected().code());
    }
    List<String> unknown = new ArrayList<>();
    for (Class<?> type : ReflectionSupport.findAllClassesInPackage(
        "com.coupontools.conformance", c -> true, n -> true)) {
      for (Method m : type.getDeclaredMethods()) {
        ConformanceCase c = m.getAnnotation(ConformanceCase.class);
        if (c == null) continue;
        Set<Integer> codes = documented.get(c.operation());
        if (codes == null || !codes.contains(c.code())) {
          unknown.add(type.getSimpleName() + "." + m.getName() + " → " + c.operation()
              + (c.code() == 0 ? "" : " code " + c.code()));
        }
        covered.computeIfAbsent(c.operation(), k -> new TreeSet<>()).add(c.code());
      }
    }
    List<String> missing = new ArrayList<>();
    documented.forEach((op, codes) -> {
      for (int code : codes) {
        if (!covered.getOrDefault(op, Set.of()).contains(code))
          missing.add(op + (code == 0 ? " (happy path)" : " code " + code));
      }
    });
    assertTrue(
        documented.size() >= 30, "the bundle lists only " + documented.size() + " operations");
    assertEquals(
        List.of(), unknown, "cases that name an operation or code the bundle does not document");
    assertEquals(
        List.of(),
        missing,
        "operations / documented error codes without a conformance case"
            + " (derived or hand-written: see conformance-tests/README.md)");
  }

  /** operationId → {0 (happy path)} ∪ x-error-codes. */
  static Map<String, Set<Integer>> documentedCases(Bundle bundle) {
    Map<String, Set<Integer>> ops = new TreeMap<>();
    for (Bundle.Op op : bundle.ops()) {
      Set<Integer> codes = new TreeSet<>(Set.of(0));
      codes.addAll(op.codes());
      ops.put(op.id(), codes);
    }
    return ops;
  }
}
