package com.coupontools.internal;

import com.coupontools.errors.InvalidResponseException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * How generated models hold field values, and their conversion to Java types on access.
 *
 * <p>A field holds what came off (or goes on) the wire, unconverted: {@code null} (absent),
 * {@link #MISSING} (explicitly left out), {@link #NULL} (JSON null), a {@code String}, a
 * {@code Boolean}, a {@code Number}, an unmodifiable {@code List} or {@code Map} of such values,
 * or a generated model. Typed accessors convert on each call; a required value that is absent or
 * malformed throws {@link InvalidResponseException} naming the field, an optional one that is
 * absent reads as empty. {@code x-coupontools-type} values: flags {@code "0"}/{@code "1"},
 * numeric strings, {@code yyyy-MM-dd} dates and {@code yyyy-MM-dd HH:mm:ss} date-times; an empty
 * string or the all-zero date where the contract allows it means "no value".
 */
public final class Wire {
  /** A field left out on purpose (a raw {@code WireValue.missing()}): never sent, and satisfies build(). */
  public static final Object MISSING = new Marker("missing");
  /** JSON {@code null}. */
  public static final Object NULL = new Marker("null");

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

  private Wire() {}

  private static final class Marker {
    private final String name;

    Marker(String name) {
      this.name = name;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** A converter from a stored scalar to a Java value; throws {@link Malformed} when it cannot. */
  @FunctionalInterface
  public interface Conversion<T> {
    T convert(Object raw);
  }

  /** The value is present but cannot be read as the declared type. */
  static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Malformed(String expected) {
      super(expected, null, false, false);
    }
  }

  public static boolean isAbsent(Object raw) {
    return raw == null || raw == MISSING || raw == NULL;
  }

  /** A required value: present and convertible, else {@link InvalidResponseException} naming the field. */
  public static <T> T required(Object raw, String model, String field, Conversion<T> conversion) {
    if (isAbsent(raw)) {
      throw new InvalidResponseException(model + "." + field + " is "
          + (raw == NULL ? "null" : "missing") + " but the contract requires it");
    }
    T value = convert(raw, model, field, conversion);
    if (value == null) {
      throw new InvalidResponseException(
          model + "." + field + " is empty but the contract requires a value");
    }
    return value;
  }

  /** An optional value: empty when absent, null or an allowed "no value" (empty string, zero date). */
  public static <T> Optional<T> optional(
      Object raw, String model, String field, Conversion<T> conversion) {
    return isAbsent(raw)
        ? Optional.empty()
        : Optional.ofNullable(convert(raw, model, field, conversion));
  }

  private static <T> T convert(Object raw, String model, String field, Conversion<T> conversion) {
    try {
      return conversion.convert(raw);
    } catch (Malformed | ClassCastException e) {
      String text =
          raw instanceof String ? "\"" + Redactor.mask((String) raw) + "\"" : describe(raw);
      throw new InvalidResponseException(model + "." + field + " is " + text + ", not "
          + (e instanceof Malformed ? e.getMessage() : "of the declared type"));
    }
  }

  private static String describe(Object raw) {
    if (raw instanceof List) {
      return "a JSON array";
    }
    if (raw instanceof WireReader.Mixed) {
      return "a JSON array holding other things than objects";
    }
    return raw instanceof java.util.Map || raw instanceof com.coupontools.client.WireObject
        ? "a JSON object"
        : String.valueOf(raw);
  }

  // ---------------------------------------------------------------- conversions (raw → Java)

  public static String string(Object raw) {
    if (raw instanceof String) {
      return (String) raw;
    }
    if (raw instanceof Number || raw instanceof Boolean) {
      return raw.toString(); // lenient: a number or flag where the contract says string
    }
    throw new Malformed("a string");
  }

  /** {@code "0"}/{@code "1"} (also JSON booleans and "true"/"false"); empty string: no value. */
  public static Boolean flag(Object raw) {
    if (raw instanceof Boolean) {
      return (Boolean) raw;
    }
    String s = raw instanceof Number ? raw.toString() : string(raw).trim();
    switch (s) {
      case "1":
      case "true":
        return Boolean.TRUE;
      case "0":
      case "false":
        return Boolean.FALSE;
      case "":
        return null;
      default:
        throw new Malformed("a \"0\"/\"1\" flag");
    }
  }

  /** A JSON boolean (also a "0"/"1" or "true"/"false" string). */
  public static Boolean bool(Object raw) {
    return flag(raw);
  }

  /** A numeric string ({@code x-coupontools-type: integer}) or a JSON integer. */
  public static Long int64(Object raw) {
    if (raw instanceof Integer || raw instanceof Long) {
      return ((Number) raw).longValue();
    }
    String s = string(raw).trim();
    if (s.isEmpty()) {
      return null;
    }
    try {
      return Long.valueOf(s);
    } catch (NumberFormatException e) {
      throw new Malformed("an integer");
    }
  }

  public static Integer int32(Object raw) {
    Long v = int64(raw);
    if (v != null && (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE)) {
      throw new Malformed("a 32-bit integer");
    }
    return v == null ? null : v.intValue();
  }

  public static BigDecimal decimal(Object raw) {
    if (raw instanceof BigDecimal) {
      return (BigDecimal) raw;
    }
    if (raw instanceof BigInteger) {
      return new BigDecimal((BigInteger) raw);
    }
    String s = string(raw).trim();
    try {
      return s.isEmpty() ? null : new BigDecimal(s);
    } catch (NumberFormatException e) {
      throw new Malformed("a number");
    }
  }

  /** {@code yyyy-MM-dd}; empty or {@code 0000-00-00}: no value. */
  public static LocalDate date(Object raw) {
    String s = string(raw).trim();
    if (s.isEmpty() || s.startsWith("0000-00-00")) {
      return null;
    }
    try {
      return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    } catch (DateTimeParseException e) {
      throw new Malformed("a yyyy-MM-dd date");
    }
  }

  /** {@code yyyy-MM-dd HH:mm:ss} (also {@code :} or {@code T} between date and time); empty or all zeros: no value. */
  public static LocalDateTime dateTime(Object raw) {
    String s = string(raw).trim();
    if (s.isEmpty() || s.startsWith("0000-00-00")) {
      return null;
    }
    char sep = s.length() == 19 ? s.charAt(10) : 0;
    if (sep != ' ' && sep != ':' && sep != 'T') {
      throw new Malformed("a yyyy-MM-dd HH:mm:ss date-time");
    }
    try {
      return LocalDateTime.parse(s.substring(0, 10) + ' ' + s.substring(11), DATE_TIME);
    } catch (DateTimeParseException e) {
      throw new Malformed("a yyyy-MM-dd HH:mm:ss date-time");
    }
  }

  /** An RFC 3339 date-time with offset ({@code format: date-time}); empty: no value. */
  public static java.time.OffsetDateTime offsetDateTime(Object raw) {
    String s = string(raw).trim();
    if (s.isEmpty()) {
      return null;
    }
    try {
      return java.time.OffsetDateTime.parse(s);
    } catch (DateTimeParseException e) {
      throw new Malformed("an RFC 3339 date-time");
    }
  }

  public static URI uri(Object raw) {
    String s = string(raw);
    if (s.isEmpty()) {
      return null;
    }
    try {
      return new URI(s);
    } catch (URISyntaxException e) {
      throw new Malformed("a URI");
    }
  }

  /** A list whose items convert one by one (a list of models is returned as stored). */
  public static <T> Conversion<List<T>> list(Conversion<T> item) {
    return raw -> {
      if (!(raw instanceof List)) {
        throw new Malformed("a JSON array");
      }
      List<?> items = (List<?>) raw;
      List<T> out = new ArrayList<>(items.size());
      for (Object o : items) {
        out.add(item.convert(o));
      }
      return Collections.unmodifiableList(out);
    };
  }

  /** A list of generated models, as parsed (every item checked once by the reader). */
  @SuppressWarnings("unchecked")
  public static <T> Conversion<List<T>> models(Class<T> type) {
    return raw -> {
      if (!(raw instanceof List)) {
        throw new Malformed("a JSON array of objects");
      }
      return (List<T>) raw;
    };
  }

  public static <T> Conversion<T> model(Class<T> type) {
    return raw -> {
      if (!type.isInstance(raw)) {
        throw new Malformed("a JSON object");
      }
      return type.cast(raw);
    };
  }

  /** An enum, from its wire string through the enum's own {@code of}. */
  public static <T> Conversion<T> enumeration(Function<String, T> of) {
    return raw -> {
      String s = string(raw);
      try {
        return of.apply(s);
      } catch (IllegalArgumentException e) {
        throw new Malformed("one of the documented values");
      }
    };
  }

  // ---------------------------------------------------------------- Java → wire (builders)

  public static String flag(boolean value) {
    return value ? "1" : "0";
  }

  public static String numeric(long value) {
    return Long.toString(value);
  }

  public static String date(LocalDate value) {
    return value == null ? null : value.toString();
  }

  public static String dateTime(LocalDateTime value) {
    return value == null ? null : DATE_TIME.format(value.withNano(0));
  }

  public static String offsetDateTime(java.time.OffsetDateTime value) {
    return value == null ? null : value.toString();
  }

  public static String uri(URI value) {
    return value == null ? null : value.toString();
  }

  /** A list as stored: unmodifiable, each item converted to its wire form. */
  public static <T> List<Object> list(List<T> values, Function<T, Object> item) {
    if (values == null) {
      return null;
    }
    List<Object> out = new ArrayList<>(values.size());
    for (T v : values) {
      out.add(item.apply(java.util.Objects.requireNonNull(v, "list item")));
    }
    return Collections.unmodifiableList(out);
  }

  /** The stored form of a raw value set through a builder's {@code _field(WireValue)}. */
  public static Object raw(com.coupontools.client.WireValue value) {
    return Bridge.storage(java.util.Objects.requireNonNull(value, "value"));
  }

  /** The raw view of a stored value, for a model's {@code _field()}. */
  public static com.coupontools.client.WireValue view(Object stored) {
    return Bridge.view(stored);
  }
}
