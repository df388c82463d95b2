package com.coupontools.conformance.harness;

import com.coupontools.client.CoupontoolsClient;
import com.coupontools.client.WireValue;
import com.coupontools.testsupport.Bundle;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Calls any operation of the bundle through the SDK's public API, with a request given as the
 * bundle's flat parameters (a derived scenario's): {@code client.<tag>().<x-sdk-method>(request)},
 * the request made by its public builder — each parameter through its raw setter
 * {@code _<javaName>(WireValue)}, so that a value the schema refuses still goes out as given, and
 * a required parameter the scenario dropped set to {@link WireValue#missing()} (what a server sees
 * when a caller leaves it out). The Java name is the bundle's {@code x-java-name}, else the
 * builder method whose name is the wire name without separators.
 */
public final class SdkRequests {
  private SdkRequests() {}

  /** Whether the SDK sends the operation (not marked {@code x-sdk-skip}: servers answer it, the SDK does not send it). */
  public static boolean inSdk(Bundle bundle, Bundle.Op op) {
    return !bundle.operation(op.path(), op.method()).path("x-sdk-skip").asBoolean(false);
  }

  /** Sends the request; returns the SDK's answer or throws what the SDK threw. */
  public static Object call(CoupontoolsClient client, Bundle bundle, Bundle.Op op, JsonNode flat)
      throws Throwable {
    JsonNode node = bundle.operation(op.path(), op.method());
    String tag = node.path("tags").path(0).asText("");
    Object service = invoke(find(CoupontoolsClient.class, normalized(tag), 0), client);
    String name = node.path("x-sdk-method").asText();
    Method method = null;
    for (Method m : service.getClass().getMethods()) {
      if (m.getName().equals(name)
          && (method == null || m.getParameterCount() > method.getParameterCount())) {
        method = m;
      }
    }
    if (method == null) {
      throw new AssertionError("the SDK has no " + tag + "." + name + "() for " + op.id());
    }
    if (method.getParameterCount() == 0) {
      return invoke(method, service);
    }
    return invoke(method, service, request(method.getParameterTypes()[0], bundle, op, node, flat));
  }

  private static Object request(
      Class<?> type, Bundle bundle, Bundle.Op op, JsonNode node, JsonNode flat) throws Throwable {
    Object builder = invoke(type.getMethod("builder"), null);
    Map<String, Method> raw = new LinkedHashMap<>();
    for (Method m : builder.getClass().getMethods()) {
      if (m.getName().startsWith("_")
          && m.getParameterCount() == 1
          && m.getParameterTypes()[0] == WireValue.class) {
        raw.put(m.getName().substring(1), m);
      }
    }
    List<String> names = new ArrayList<>();
    flat.fieldNames().forEachRemaining(names::add);
    for (String wire : names) {
      invoke(setter(raw, bundle, node, wire, op), builder, wire(flat.get(wire)));
    }
    for (String required : op.required()) {
      if (!flat.has(required)) {
        invoke(setter(raw, bundle, node, required, op), builder, WireValue.missing());
      }
    }
    return invoke(builder.getClass().getMethod("build"), builder);
  }

  private static Method setter(
      Map<String, Method> raw, Bundle bundle, JsonNode node, String wire, Bundle.Op op) {
    String javaName = javaName(bundle, node, wire);
    if (javaName != null && raw.containsKey(javaName)) {
      return raw.get(javaName);
    }
    for (Map.Entry<String, Method> m : raw.entrySet()) {
      if (normalized(m.getKey()).equals(normalized(wire))) {
        return m.getValue();
      }
    }
    throw new AssertionError(op.id() + ": the request builder has no raw setter for " + wire
        + " (has " + raw.keySet() + ")");
  }

  /**
   * The Java name the spec sets for a body property or a parameter: the property's own
   * {@code x-java-name} (not that of a schema it references), else its model's
   * {@code x-java-names} entry; null when the naming rule applies.
   */
  private static String javaName(Bundle bundle, JsonNode node, String wire) {
    JsonNode schema = bundle.deref(
        node.path("requestBody").path("content").path("application/json").path("schema"));
    JsonNode property = schema.path("properties").path(wire);
    if (property.has("x-java-name")) {
      return property.get("x-java-name").asText();
    }
    if (schema.path("x-java-names").has(wire)) {
      return schema.path("x-java-names").get(wire).asText();
    }
    for (JsonNode p : node.path("parameters")) {
      JsonNode param = bundle.deref(p);
      if (param.path("name").asText().equals(wire) && param.has("x-java-name")) {
        return param.get("x-java-name").asText();
      }
    }
    return null;
  }

  /** A JSON value as the SDK's raw wire value. */
  static WireValue wire(JsonNode v) {
    if (v == null || v.isMissingNode()) return WireValue.missing();
    if (v.isNull()) return WireValue.ofNull();
    if (v.isBoolean()) return WireValue.of(v.booleanValue());
    if (v.isIntegralNumber() && v.canConvertToLong()) return WireValue.of(v.longValue());
    if (v.isNumber()) return WireValue.of(new BigDecimal(v.asText()));
    if (v.isArray()) {
      List<WireValue> items = new ArrayList<>();
      v.forEach(i -> items.add(wire(i)));
      return WireValue.ofList(items);
    }
    if (v.isObject()) {
      Map<String, WireValue> fields = new LinkedHashMap<>();
      v.fields().forEachRemaining(e -> fields.put(e.getKey(), wire(e.getValue())));
      return WireValue.ofObject(fields);
    }
    return WireValue.of(v.asText());
  }

  private static Method find(Class<?> type, String normalizedName, int parameters) {
    for (Method m : type.getMethods()) {
      if (m.getParameterCount() == parameters && normalized(m.getName()).equals(normalizedName)) {
        return m;
      }
    }
    throw new AssertionError(type.getSimpleName() + " has no accessor for " + normalizedName);
  }

  private static String normalized(String name) {
    return name.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
  }

  private static Object invoke(Method m, Object target, Object... args) throws Throwable {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
