package com.coupontools.sandbox.internal;

import com.coupontools.sandbox.internal.ErrorTexts.Kind;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules of one request parameter, compiled from its schema: type, pattern, enum (with
 * {@code x-accepted-aliases}), range, lengths, formats and default. {@link #accept} turns a raw
 * JSON or form value into a typed Java value or throws the documented error.
 */
final class ParamRule {
  enum Type { STRING, INTEGER, NUMBER, BOOLEAN, ARRAY, OBJECT }

  private static final Pattern INTEGER_TEXT = Pattern.compile("[+-]?[0-9]{1,18}");
  private static final Pattern EMAIL = Pattern.compile(
      "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
          + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
  private static final Pattern DATE_PREFIX = Pattern.compile(
      "([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[ :]([0-9]{2})[:-]([0-9]{2})(?::([0-9]{2}))?)?");

  private final String name;
  private final Type type;
  private final boolean required;
  private final Pattern pattern;
  private final List<String> enumValues;
  private final Map<String, String> aliases;
  private final BigDecimal minimum;
  private final BigDecimal maximum;
  private final Integer minLength;
  private final Integer maxLength;
  private final Integer minItems;
  private final Integer maxItems;
  private final String format;
  private final String xType;
  private final JsonNode defaultValue;
  private final ParamRule items;

  private ParamRule(ApiSpec spec, String name, JsonNode schema, boolean required) {
    JsonNode s = spec.deref(schema);
    this.name = name;
    this.required = required;
    this.type = typeOf(s);
    this.pattern = s.has("pattern") ? compileEcma(s.get("pattern").asText()) : null;
    List<String> en = new ArrayList<>();
    s.path("enum").forEach(v -> en.add(v.asText()));
    this.enumValues = List.copyOf(en);
    Map<String, String> al = new LinkedHashMap<>();
    s.path("x-accepted-aliases").fields().forEachRemaining(e -> al.put(e.getKey(), e.getValue().asText()));
    this.aliases = Map.copyOf(al);
    this.minimum = s.has("minimum") ? s.get("minimum").decimalValue() : null;
    this.maximum = s.has("maximum") ? s.get("maximum").decimalValue() : null;
    this.minLength = s.has("minLength") ? s.get("minLength").asInt() : null;
    this.maxLength = s.has("maxLength") ? s.get("maxLength").asInt() : null;
    this.minItems = s.has("minItems") ? s.get("minItems").asInt() : null;
    this.maxItems = s.has("maxItems") ? s.get("maxItems").asInt() : null;
    this.format = s.path("format").asText(null);
    this.xType = s.path("x-coupontools-type").asText(null);
    this.defaultValue = s.get("default");
    this.items = type == Type.ARRAY ? new ParamRule(spec, name, s.path("items"), false) : null;
  }

  /** ECMA-262 {@code $} (no multiline flag) matches only at the very end; Java's also before a final newline. */
  private static Pattern compileEcma(String regex) {
    if (regex.endsWith("$") && !regex.endsWith("\\$")) {
      regex = regex.substring(0, regex.length() - 1) + "\\z";
    }
    return Pattern.compile(regex);
  }

  static List<ParamRule> compileObject(ApiSpec spec, JsonNode schema) {
    JsonNode s = spec.deref(schema);
    List<String> req = new ArrayList<>();
    s.path("required").forEach(r -> req.add(r.asText()));
    List<ParamRule> out = new ArrayList<>();
    s.path("properties").fields().forEachRemaining(e ->
        out.add(new ParamRule(spec, e.getKey(), e.getValue(), req.contains(e.getKey()))));
    return List.copyOf(out);
  }

  /** The query parameters of a GET form ({@code in: query}), each with its schema. */
  static List<ParamRule> compileQuery(ApiSpec spec, JsonNode parameters) {
    List<ParamRule> out = new ArrayList<>();
    for (JsonNode p : parameters) {
      JsonNode param = spec.deref(p);
      if ("query".equals(param.path("in").asText())) {
        out.add(new ParamRule(spec, param.path("name").asText(), param.path("schema"),
            param.path("required").asBoolean(false)));
      }
    }
    return List.copyOf(out);
  }

  private static Type typeOf(JsonNode s) {
    return switch (s.path("type").asText("string")) {
      case "integer" -> Type.INTEGER;
      case "number" -> Type.NUMBER;
      case "boolean" -> Type.BOOLEAN;
      case "array" -> Type.ARRAY;
      case "object" -> Type.OBJECT;
      default -> Type.STRING;
    };
  }

  String name() {
    return name;
  }

  boolean required() {
    return required;
  }

  Type type() {
    return type;
  }

  List<String> enumValues() {
    return enumValues;
  }

  Integer maxLength() {
    return maxLength;
  }

  Integer maxItems() {
    return maxItems;
  }

  JsonNode defaultValue() {
    return defaultValue;
  }

  String formatHint() {
    if ("date".equals(xType) || "date".equals(format)) {
      return "yyyy-MM-dd";
    }
    return "yyyy-MM-dd HH:mm:ss";
  }

  /** Whether an absent optional value and an empty string mean the same for this parameter. */
  boolean emptyMeansAbsent() {
    if (type != Type.STRING) {
      return true;
    }
    return !enumValues.isEmpty() || (pattern != null && !pattern.matcher("").matches())
        || format != null || (minLength != null && minLength > 0);
  }

  static boolean isBlank(JsonNode raw) {
    return raw == null || raw.isNull() || raw.isMissingNode()
        || (raw.isTextual() && raw.asText().isEmpty())
        || (raw.isArray() && raw.isEmpty());
  }

  /** Turns a raw value (JSON, or form text) into String / Long / BigDecimal / Boolean / List. */
  Object accept(JsonNode raw, ErrorTexts errors) {
    return switch (type) {
      case STRING -> acceptString(raw, errors);
      case INTEGER -> acceptInteger(raw, errors);
      case NUMBER -> acceptNumber(raw, errors);
      case BOOLEAN -> acceptBoolean(raw, errors);
      case ARRAY -> acceptArray(raw, errors);
      case OBJECT -> {
        if (!raw.isObject()) {
          throw errors.invalid(this, Kind.TYPE);
        }
        yield raw;
      }
    };
  }

  private String acceptString(JsonNode raw, ErrorTexts errors) {
    String v;
    if (raw.isTextual()) {
      v = raw.asText();
    } else if (raw.isIntegralNumber()) {
      v = raw.asText(); // IDs are "numeric" in the docs' tables: 123456 means "123456"
    } else {
      throw errors.invalid(this, Kind.TYPE);
    }
    if (!enumValues.isEmpty()) {
      String mapped = aliases.getOrDefault(v, v);
      if (!enumValues.contains(mapped)) {
        throw errors.invalid(this, Kind.ENUM);
      }
      return mapped;
    }
    // A date by its marker, or by a pattern that starts with one (the usage-data filters):
    // a value the pattern refuses keeps the parameter's documented code (303 there), and an
    // impossible day such as 2026-02-30 is a bad format too.
    boolean dateLike = "date".equals(xType) || "datetime".equals(xType)
        || (pattern != null && pattern.pattern().startsWith("^[0-9]{4}-[0-9]{2}-[0-9]{2}"));
    if (pattern != null && !pattern.matcher(v).find()) {
      throw errors.invalid(this, "date".equals(xType) || "datetime".equals(xType) ? Kind.DATE : Kind.PATTERN);
    }
    if (dateLike && !v.isEmpty() && !isCalendarValid(v)) {
      throw errors.invalid(this, Kind.DATE);
    }
    int length = v.codePointCount(0, v.length());
    if ((maxLength != null && length > maxLength) || (minLength != null && length < minLength)) {
      throw errors.invalid(this, Kind.LENGTH);
    }
    if ("email".equals(format) && !EMAIL.matcher(v).matches()) {
      throw errors.invalid(this, Kind.EMAIL);
    }
    if (v.indexOf('\0') >= 0) {
      throw errors.invalid(this, Kind.PATTERN);
    }
    return v;
  }

  private static boolean isCalendarValid(String v) {
    var m = DATE_PREFIX.matcher(v);
    if (!m.lookingAt()) {
      return false;
    }
    int month = Integer.parseInt(m.group(2));
    int day = Integer.parseInt(m.group(3));
    if (month < 1 || month > 12 || day < 1) {
      return false;
    }
    int year = Integer.parseInt(m.group(1));
    if (day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
      return false;
    }
    if (m.group(4) != null) {
      int hh = Integer.parseInt(m.group(4));
      int mm = Integer.parseInt(m.group(5));
      int ss = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
      return hh < 24 && mm < 60 && ss < 60;
    }
    return true;
  }

  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private Long acceptInteger(JsonNode raw, ErrorTexts errors) {
    BigDecimal d;
    if (raw.isNumber()) {
      d = exact(raw);
    } else if (raw.isTextual() && INTEGER_TEXT.matcher(raw.asText().trim()).matches()) {
      d = new BigDecimal(raw.asText().trim());
    } else {
      throw errors.invalid(this, Kind.TYPE);
    }
    // 5.0 is 5; 2.5 and 1e-400 are no integers; 1e400 is one, but far out of range.
    if (d == null || (d.signum() != 0 && d.stripTrailingZeros().scale() > 0)) {
      throw errors.invalid(this, Kind.TYPE);
    }
    if (d.compareTo(LONG_MIN) < 0 || d.compareTo(LONG_MAX) > 0) {
      throw errors.invalid(this, Kind.RANGE);
    }
    long v = d.longValue();
    if ((minimum != null && d.compareTo(minimum) < 0) || (maximum != null && d.compareTo(maximum) > 0)) {
      throw errors.invalid(this, Kind.RANGE);
    }
    if ("int32".equals(format) && (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE)) {
      throw errors.invalid(this, Kind.RANGE);
    }
    return v;
  }

  /**
   * The exact value of a JSON number, or null for one no decimal can hold (a double that
   * overflowed to infinity, when the body was not read with big decimals). Bodies are read with
   * {@code USE_BIG_DECIMAL_FOR_FLOATS}, so {@code 1e400} arrives as the decimal it is.
   */
  private static BigDecimal exact(JsonNode raw) {
    if (raw.isDouble() || raw.isFloat()) {
      double x = raw.doubleValue();
      return Double.isFinite(x) ? BigDecimal.valueOf(x) : null;
    }
    return raw.decimalValue();
  }

  private BigDecimal acceptNumber(JsonNode raw, ErrorTexts errors) {
    BigDecimal v;
    try {
      v = raw.isNumber() ? exact(raw) : raw.isTextual() ? new BigDecimal(raw.asText().trim()) : null;
    } catch (NumberFormatException e) {
      v = null;
    }
    if (v == null) {
      throw errors.invalid(this, Kind.TYPE);
    }
    if ((minimum != null && v.compareTo(minimum) < 0) || (maximum != null && v.compareTo(maximum) > 0)) {
      throw errors.invalid(this, Kind.RANGE);
    }
    return v;
  }

  private Boolean acceptBoolean(JsonNode raw, ErrorTexts errors) {
    if (raw.isBoolean()) {
      return raw.booleanValue();
    }
    if (raw.isIntegralNumber() && raw.canConvertToLong() && (raw.asLong() == 0 || raw.asLong() == 1)) {
      return raw.asLong() == 1;
    }
    if (raw.isTextual()) {
      switch (raw.asText().trim().toLowerCase(Locale.ROOT)) {
        case "true", "1" -> {
          return true;
        }
        case "false", "0" -> {
          return false;
        }
        default -> { }
      }
    }
    throw errors.invalid(this, Kind.TYPE);
  }

  private List<Object> acceptArray(JsonNode raw, ErrorTexts errors) {
    List<JsonNode> elements = new ArrayList<>();
    if (raw.isArray()) {
      raw.forEach(elements::add);
    } else if (raw.isValueNode()) {
      elements.add(raw); // one value sent without [] (form field given once)
    } else {
      throw errors.invalid(this, Kind.TYPE);
    }
    if (maxItems != null && elements.size() > maxItems) {
      throw errors.invalid(this, Kind.MAX_ITEMS);
    }
    List<Object> out = new ArrayList<>(elements.size());
    for (JsonNode e : elements) {
      if (isBlank(e)) {
        throw errors.invalid(this, Kind.PATTERN);
      }
      try {
        out.add(items.accept(e, errors));
      } catch (ApiError err) {
        throw errors.invalid(this, Kind.PATTERN);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return name + ":" + type + (required ? " (required)" : "");
  }
}
