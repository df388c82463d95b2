package com.coupontools.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.coupontools.testsupport.Bundle.Op;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The sandbox never returns a code an operation does not list: every code the spec README's
 * constraint mapping can produce from an operation's request schema is in its x-error-codes.
 * (When this fails, the bundle contradicts its own mapping; fix the spec, not the sandbox.)
 */
class SpecMappingTest {
  @Test
  void everyCodeTheConstraintMappingCanProduceIsListed() {
    Map<String, Set<String>> gaps = new TreeMap<>();
    for (Op op : SpecBundle.INSTANCE.ops()) {
      if (op.body()) {
        need(op, 300, "(an unreadable body)", gaps);
      }
      for (Map.Entry<String, JsonNode> e : op.params().entrySet()) {
        String name = e.getKey();
        // A path parameter is never missing (another path); a bare-array body may be empty.
        boolean required = op.required().contains(name)
            && !"path".equals(op.in().get(name))
            && !(op.arrayBody() && name.equals(op.bodyName()));
        if (required) {
          need(op, 200, name, gaps);
        }
        check(op, name, e.getValue(), gaps);
        JsonNode s = SpecBundle.INSTANCE.deref(e.getValue());
        // The fields of a deepObject query parameter and of a bare-array body's items.
        JsonNode fields = s.path("type").asText().equals("array")
            ? SpecBundle.INSTANCE.deref(s.path("items"))
            : s;
        fields
            .path("properties")
            .fields()
            .forEachRemaining(f ->
                check(op, name + "." + f.getKey(), SpecBundle.INSTANCE.deref(f.getValue()), gaps));
      }
    }
    assertEquals(Map.of(), gaps, "codes the mapping produces but x-error-codes does not list");
  }

  /** The codes one value's schema can produce by the mapping. */
  private static void check(Op op, String name, JsonNode s, Map<String, Set<String>> gaps) {
    String type = s.path("type").asText("string");
    String xType = s.path("x-coupontools-type").asText("");
    // The catalogue's date property: a pattern violation there is its date-code (303), not 301.
    boolean date = xType.equals("date")
        || xType.equals("datetime")
        || s.path("pattern").asText().startsWith("^[0-9]{4}-[0-9]{2}-[0-9]{2}");
    if (!type.equals("string")
        || (s.has("pattern") && !date)
        || s.has("minimum")
        || s.has("maximum")) {
      need(op, 301, name, gaps);
    }
    if (s.has("enum")) {
      need(op, 302, name, gaps);
    }
    if (date) {
      need(op, 303, name, gaps);
    }
    // minLength 1 only turns "" into "missing"; a real length limit is maxLength.
    if (s.has("maxLength") && !s.has("pattern") && !s.has("enum")) {
      need(op, 300, name, gaps);
    }
    if (s.path("minLength").asInt(0) > 1 || s.has("maxItems")) {
      need(op, 300, name, gaps);
    }
    if ("email".equals(s.path("format").asText())) {
      need(op, 305, name, gaps);
    }
  }

  private static void need(Op op, int code, String param, Map<String, Set<String>> gaps) {
    if (!op.codes().contains(code)) {
      gaps.computeIfAbsent(op.id() + " lacks " + code, k -> new TreeSet<>()).add(param);
    }
  }
}
