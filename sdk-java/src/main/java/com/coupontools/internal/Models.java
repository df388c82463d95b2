package com.coupontools.internal;

import com.coupontools.client.WireValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small helpers the generated models share. */
public final class Models {
  private Models() {}

  /** The raw views of a model's undeclared fields. */
  public static Map<String, WireValue> views(Map<String, Object> additional) {
    if (additional == null) {
      return Map.of();
    }
    Map<String, WireValue> out = new LinkedHashMap<>();
    additional.forEach((k, v) -> out.put(k, Wire.view(v)));
    return Collections.unmodifiableMap(out);
  }

  /** Writes a model's undeclared fields after its declared ones. */
  public static void extras(WireWriter out, Map<String, Object> additional) {
    if (additional != null) {
      additional.forEach((k, v) -> out.field(k, k, v));
    }
  }
}
