package com.coupontools.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules of one request value, compiled from its schema: type, pattern, enum (with
 * {@code x-accepted-aliases}), range, lengths, item count, formats, default, the fields of an
 * object and the items of an array. {@link #accept} turns a raw JSON, form, query or path value
 * into a typed Java value, or throws the {@link Violation} of the first check it fails, in the
 * catalogue's check order. It says only <em>what</em> was violated; {@link Errors} says the code
 * and the sentence.
 */
final class ParamRule {
  enum Type {
    STRING,
    INTEGER,
    NUMBER,
    BOOLEAN,
    ARRAY,
    OBJECT
  }

  private static final Pattern INTEGER_TEXT = Pattern.compile("[+-]?[0-9]{1,18}");
  private static final Pattern EMAIL = Pattern.compile(
      "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
          + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
  private static final Pattern DATE_PREFIX = Pattern.compile(
      "([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[ :]([0-9]{2})[:-]([0-9]{2})(?::([0-9]{2}))?)?");
  /** The catalogue's "date property" by pattern: one that starts with a calendar date. */
  private static final String DATE_PATTERN_START = "^[0-9]{4}-[0-9]{2}-[0-9]{2}";

  private final String name;
  private final Type type;
  private final boolean required;
  private final Pattern pattern;
  private final List<String> enumValues;
  private final Map<String, String> aliases;
  private final JsonNode booleanAlias;
  private final BigDecimal minimum;
  private final BigDecimal maximum;
  private final Integer minLength;
  private final Integer maxLength;
  private final Integer maxItems;
  private final String format;
  private final String xType;
  private final JsonNode defaultValue;
  private final ParamRule items;
  /** The fields of an object value (a deepObject query parameter, an item of a bare-array body). */
  private final List<ParamRule> fields;

  ParamRule(ApiSpec spec, String name, JsonNode schema, boolean required) {
    JsonNode s = spec.deref(schema);
    this.name = name;
    this.required = required;
    this.type = typeOf(s);
    this.pattern = s.has("pattern") ? compileEcma(s.get("pattern").asText()) : null;
    List<String> en = new ArrayList<>();
    s.path("enum").forEach(v -> en.add(v.asText()));
    this.enumValues = List.copyOf(en);
    Map<String, String> al = new LinkedHashMap<>();
    s.path("x-accepted-aliases")
        .fields()
        .forEachRemaining(e -> al.put(e.getKey(), e.getValue().asText()));
    this.aliases = Map.copyOf(al);
    this.booleanAlias = s.get("x-boolean-alias");
    this.minimum = s.has("minimum") ? s.get("minimum").decimalValue() : null;
    this.maximum = s.has("maximum") ? s.get("maximum").decimalValue() : null;
    this.minLength = s.has("minLength") ? s.get("minLength").asInt() : null;
    this.maxLength = s.has("maxLength") ? s.get("maxLength").asInt() : null;
    this.maxItems = s.has("maxItems") ? s.get("maxItems").asInt() : null;
    this.format = s.path("format").asText(null);
    this.xType = s.path("x-coupontools-type").asText(null);
    this.defaultValue = s.get("default");
    this.items = type == Type.ARRAY ? new ParamRule(spec, name, s.path("items"), false) : null;
    this.fields = type == Type.OBJECT ? compileObject(spec, s) : List.of();
  }

  /** ECMA-262 {@code $} (no multiline flag) matches only at the very end; Java's also before a final newline. */
  private static Pattern compileEcma(String regex) {
    if (regex.endsWith("$") && !regex.endsWith("\\$")) {
      regex = regex.substring(0, regex.length() - 1) + "\\z";
    }
    return Pattern.compile(regex);
  }

  /** The properties of an object schema, in schema order (the order they are checked in). */
  static List<ParamRule> compileObject(ApiSpec spec, JsonNode schema) {
    JsonNode s = spec.deref(schema);
    List<String> req = new ArrayList<>();
    s.path("required").forEach(r -> req.add(r.asText()));
    List<ParamRule> out = new ArrayList<>();
    s.path("properties")
        .fields()
        .forEachRemaining(
            e -> out.add(new ParamRule(spec, e.getKey(), e.getValue(), req.contains(e.getKey()))));
    return List.copyOf(out);
  }

  private static Type typeOf(JsonNode s) {
    return switch (s.path("type").asText(s.has("properties") ? "object" : "string")) {
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

  JsonNode defaultValue() {
    return defaultValue;
  }

  /** {@code x-boolean-alias} of the property, or null. */
  JsonNode booleanAlias() {
    return booleanAlias;
  }

  /** The catalogue's date property: {@code x-coupontools-type} date/datetime, or a pattern that starts with a date. */
  boolean isDate() {
    return "date".equals(xType)
        || "datetime".equals(xType)
        || (pattern != null && pattern.pattern().startsWith(DATE_PATTERN_START));
  }

  /** The values of the catalogue's sentence placeholders for this rule ({@code parameter} aside). */
  Map<String, String> placeholders() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("allowed", String.join(", ", enumValues));
    m.put(
        "format",
        "date".equals(xType) || "date".equals(format) ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss");
    if (minLength != null) {
      m.put("minLength", String.valueOf(minLength));
    }
    if (maxLength != null) {
      m.put("maxLength", String.valueOf(maxLength));
    }
    if (maxItems != null) {
      m.put("maxItems", String.valueOf(maxItems));
    }
    return m;
  }

  /** Whether an absent optional value and an empty string mean the same for this parameter. */
  boolean emptyMeansAbsent() {
    if (type != Type.STRING) {
      return true;
    }
    return !enumValues.isEmpty()
        || (pattern != null && !pattern.matcher("").matches())
        || format != null
        || (minLength != null && minLength > 0);
  }

  static boolean isBlank(JsonNode raw) {
    return raw == null
        || raw.isNull()
        || raw.isMissingNode()
        || (raw.isTextual() && raw.asText().isEmpty())
        || (raw.isArray() && raw.isEmpty());
  }

  /** A violation of this rule under the parameter name {@code as}. */
  private Violation violation(String as, String check) {
    return new Violation(as, check, this);
  }

  /**
   * Turns a raw value into String / Long / BigDecimal / Boolean / List / Map, checked under the
   * parameter name {@code as} (the place's name: {@code pagination[page]}, {@code users[1].email}).
   */
  Object accept(JsonNode raw, String as) {
    return switch (type) {
      case STRING -> acceptString(raw, as);
      case INTEGER -> acceptInteger(raw, as);
      case NUMBER -> acceptNumber(raw, as);
      case BOOLEAN -> acceptBoolean(raw, as);
      case ARRAY -> acceptArray(raw, as);
      case OBJECT -> acceptObject(raw, as);
    };
  }

  private String acceptString(JsonNode raw, String as) {
    String v;
    if (raw.isTextual()) {
      v = raw.asText();
    } else if (raw.isIntegralNumber()) {
      v = raw.asText(); // IDs are "numeric" in the docs' tables: 123456 means "123456"
    } else {
      throw violation(as, "type");
    }
    if (!enumValues.isEmpty()) {
      String mapped = aliases.getOrDefault(v, v);
      if (!enumValues.contains(mapped)) {
        throw violation(as, "enum");
      }
      return mapped;
    }
    if ((pattern != null && !pattern.matcher(v).find()) || v.indexOf('\0') >= 0) {
      throw violation(as, "pattern");
    }
    // An impossible day such as 2026-02-30 (or 25:00) is a bad date however well it is written.
    if (isDate() && !v.isEmpty() && !isCalendarValid(v)) {
      throw violation(as, "date");
    }
    int length = v.codePointCount(0, v.length());
    if (maxLength != null && length > maxLength) {
      throw violation(as, "maxLength");
    }
    if (minLength != null && length < minLength) {
      throw violation(as, "minLength");
    }
    if ("email".equals(format) && !EMAIL.matcher(v).matches()) {
      throw violation(as, "email");
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

  private Long acceptInteger(JsonNode raw, String as) {
    BigDecimal d;
    if (raw.isNumber()) {
      d = exact(raw);
    } else if (raw.isTextual() && INTEGER_TEXT.matcher(raw.asText().trim()).matches()) {
      d = new BigDecimal(raw.asText().trim());
    } else {
      throw violation(as, "type");
    }
    // 5.0 is 5; 2.5 and 1e-400 are no integers; 1e400 is one, but far out of range.
    if (d == null || (d.signum() != 0 && d.stripTrailingZeros().scale() > 0)) {
      throw violation(as, "type");
    }
    if (d.compareTo(LONG_MIN) < 0 || d.compareTo(LONG_MAX) > 0) {
      throw violation(as, "range");
    }
    long v = d.longValue();
    if ((minimum != null && d.compareTo(minimum) < 0)
        || (maximum != null && d.compareTo(maximum) > 0)) {
      throw violation(as, "range");
    }
    if ("int32".equals(format) && (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE)) {
      throw violation(as, "range");
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

  private BigDecimal acceptNumber(JsonNode raw, String as) {
    BigDecimal v;
    try {
      v = raw.isNumber()
          ? exact(raw)
          : raw.isTextual() ? new BigDecimal(raw.asText().trim()) : null;
    } catch (NumberFormatException e) {
      v = null;
    }
    if (v == null) {
      throw violation(as, "type");
    }
    if ((minimum != null && v.compareTo(minimum) < 0)
        || (maximum != null && v.compareTo(maximum) > 0)) {
      throw violation(as, "range");
    }
    return v;
  }

  private Boolean acceptBoolean(JsonNode raw, String as) {
    Boolean b = booleanOf(raw);
    if (b == null) {
      throw violation(as, "type");
    }
    return b;
  }

  /** A boolean as the catalogue reads one: JSON true/false, 1/0, and the texts "true"/"false"/"1"/"0". */
  static Boolean booleanOf(JsonNode raw) {
    if (raw.isBoolean()) {
      return raw.booleanValue();
    }
    if (raw.isIntegralNumber()
        && raw.canConvertToLong()
        && (raw.asLong() == 0 || raw.asLong() == 1)) {
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
        default -> {}
      }
    }
    return null;
  }

  private List<Object> acceptArray(JsonNode raw, String as) {
    List<JsonNode> elements = new ArrayList<>();
    if (raw.isArray()) {
      raw.forEach(elements::add);
    } else if (raw.isValueNode() && items.type != Type.OBJECT) {
      elements.add(raw); // one value sent without [] (form field given once)
    } else {
      throw violation(as, "type");
    }
    if (maxItems != null && elements.size() > maxItems) {
      throw violation(as, "maxItems");
    }
    List<Object> out = new ArrayList<>(elements.size());
    for (int i = 0; i < elements.size(); i++) {
      JsonNode e = elements.get(i);
      if (items.type == Type.OBJECT) {
        // An item of objects is checked field by field, each named <array>[<index>].<field>.
        out.add(items.accept(e, as + "[" + i + "]"));
        continue;
      }
      // An item that breaks the item schema is the type / pattern answer for the whole list.
      if (isBlank(e)) {
        throw violation(as, "pattern");
      }
      try {
        out.add(items.accept(e, as));
      } catch (Violation v) {
        throw violation(as, v.check().equals("type") ? "type" : "pattern");
      }
    }
    return out;
  }

  /** The name of an array item ({@code users[1]}); a deepObject query parameter is named plainly ({@code pagination}). */
  private static final Pattern ARRAY_ITEM = Pattern.compile(".*\\[[0-9]+]");

  /** An object's fields, checked in schema order; each named {@code <as>.<field>} (array items) or {@code <as>[<field>]}. */
  private Map<String, Object> acceptObject(JsonNode raw, String as) {
    if (!raw.isObject()) {
      throw violation(as, "type");
    }
    boolean arrayItem = ARRAY_ITEM.matcher(as).matches();
    Map<String, Object> out = new LinkedHashMap<>();
    for (ParamRule f : fields) {
      String fieldName = arrayItem ? as + "." + f.name : as + "[" + f.name + "]";
      JsonNode v = raw.get(f.name);
      if (isBlank(v) && (f.required || v == null || v.isNull() || f.emptyMeansAbsent())) {
        if (f.required) {
          throw new Violation(fieldName, "required", f);
        }
        if (f.defaultValue != null) {
          out.put(f.name, f.accept(f.defaultValue, fieldName));
        }
        continue;
      }
      out.put(f.name, f.accept(v, fieldName));
    }
    return out;
  }

  @Override
  public String toString() {
    return name + ":" + type + (required ? " (required)" : "");
  }
}
