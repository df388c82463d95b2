package com.coupontools.client;

import com.coupontools.internal.Bridge;
import com.coupontools.internal.Wire;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A field's value exactly as it is (or goes) on the wire, for the rare case a typed accessor
 * does not serve: every model has one {@code _field()} per field returning it, and every request
 * builder one {@code _field(WireValue)} taking it.
 *
 * <pre>{@code
 * String wire = code._voided().asString();          // "0"
 * boolean absent = code._expiresAt().isMissing();   // the server left it out
 * CampaignInfoRequest.builder()._campaign(WireValue.of("not-an-id")).build();  // send what you like
 * }</pre>
 *
 * <p>{@link #missing()} leaves a field out on purpose; a builder accepts it for a required field
 * (to see how a server answers its absence). Equal values have equal JSON.
 */
public final class WireValue {
  private static final WireValue MISSING = new WireValue(Wire.MISSING);
  private static final WireValue NULL = new WireValue(Wire.NULL);

  static {
    Bridge.registerWireValue(v -> v.value, WireValue::view);
  }

  /** A stored value: String, Boolean, Number, List, Map, a model, or Wire.MISSING / Wire.NULL. */
  private final Object value;

  private WireValue(Object value) {
    this.value = value;
  }

  private static WireValue view(Object stored) {
    return stored == null || stored == Wire.MISSING
        ? MISSING
        : stored == Wire.NULL ? NULL : new WireValue(stored);
  }

  /** The field is not there (not sent, or not received). */
  public static WireValue missing() {
    return MISSING;
  }

  /** JSON {@code null}. */
  public static WireValue ofNull() {
    return NULL;
  }

  public static WireValue of(String value) {
    return new WireValue(Objects.requireNonNull(value, "value"));
  }

  public static WireValue of(long value) {
    return new WireValue(value);
  }

  public static WireValue of(BigDecimal value) {
    return new WireValue(Objects.requireNonNull(value, "value"));
  }

  public static WireValue of(boolean value) {
    return new WireValue(value);
  }

  /** A JSON array. */
  public static WireValue ofList(List<WireValue> items) {
    List<Object> out = new ArrayList<>(items.size());
    items.forEach(i -> out.add(Objects.requireNonNull(i, "item").value));
    return new WireValue(Collections.unmodifiableList(out));
  }

  /** A JSON object (in the map's iteration order). */
  public static WireValue ofObject(Map<String, WireValue> fields) {
    Map<String, Object> out = new LinkedHashMap<>();
    fields.forEach((k, v) ->
        out.put(Objects.requireNonNull(k, "name"), Objects.requireNonNull(v, "value").value));
    return new WireValue(Collections.unmodifiableMap(out));
  }

  public boolean isMissing() {
    return value == Wire.MISSING;
  }

  public boolean isNull() {
    return value == Wire.NULL;
  }

  public boolean isString() {
    return value instanceof String;
  }

  public boolean isNumber() {
    return value instanceof Number;
  }

  public boolean isBoolean() {
    return value instanceof Boolean;
  }

  public boolean isList() {
    return value instanceof List;
  }

  public boolean isObject() {
    return value instanceof Map || value instanceof WireObject;
  }

  /**
   * The text of a string, number or boolean ({@code "0"}, {@code "42"}, {@code "true"}); null when
   * missing or null; the JSON text of an array or object.
   */
  public String asString() {
    if (value == Wire.MISSING || value == Wire.NULL) {
      return null;
    }
    if (value instanceof String) {
      return (String) value;
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value instanceof BigDecimal ? ((BigDecimal) value).toPlainString() : value.toString();
    }
    return toJson();
  }

  /** The items of an array (empty for anything else). */
  public List<WireValue> asList() {
    Object v = value instanceof WireObject ? null : value;
    if (!(v instanceof List)) {
      return List.of();
    }
    List<WireValue> out = new ArrayList<>();
    ((List<?>) v).forEach(i -> out.add(view(i)));
    return Collections.unmodifiableList(out);
  }

  /** The fields of an object, in wire order (empty for anything else). */
  public Map<String, WireValue> asObject() {
    Map<String, WireValue> out = new LinkedHashMap<>();
    if (value instanceof Map) {
      ((Map<?, ?>) value).forEach((k, v) -> out.put(String.valueOf(k), view(v)));
    } else if (value instanceof WireObject) {
      ((WireObject) value).wireFields().forEach((k, v) -> out.put(k, view(v)));
    }
    return Collections.unmodifiableMap(out);
  }

  /** The value as JSON text (a string in quotes, {@code 42}, {@code null}); the empty string when missing. */
  public String toJson() {
    return value == Wire.MISSING ? "" : WireObject.json(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WireValue && toJson().equals(((WireValue) o).toJson());
  }

  @Override
  public int hashCode() {
    return toJson().hashCode();
  }

  /** The JSON text; secrets are not masked here (this is the raw value you asked for). */
  @Override
  public String toString() {
    return isMissing() ? "(missing)" : toJson();
  }
}
