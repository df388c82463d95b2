package com.coupontools.internal;

import com.coupontools.errors.ApiError;
import com.coupontools.errors.ApiException;
import com.coupontools.internal.ErrorCatalogue.Check;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Client-side validation: checks a request against the spec's constraints (which the templates
 * generate into each request model's {@code checkConstraints} method) and throws the error the
 * server would answer: same exception type, code and wording, plus a hint with the range or
 * length that was broken. The checks run in the error catalogue's order and say only which
 * check failed; the catalogue ({@link ErrorCatalogue}, generated from the bundle's
 * {@code x-error-catalogue}) gives its code, fallback, refinement by the operation's documented
 * examples and sentence, as on the server. Values are the models' stored wire values (an enum is
 * its wire string).
 */
public final class Validator {
  private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();
  private static final Pattern EMAIL = Pattern.compile(
      "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
          + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
  private static final Pattern DATE_PREFIX = Pattern.compile(
      "([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[ :]([0-9]{2})[:-]([0-9]{2})(?::([0-9]{2}))?)?");

  private final Operation op;
  private final List<String[]> examples;
  private final UnaryOperator<String> naming; // a property's name as the server says it

  Validator(Operation op) {
    this(op, UnaryOperator.identity());
  }

  private Validator(Operation op, UnaryOperator<String> naming) {
    this.op = op;
    this.examples = op.documentedErrors; // key, code, text
    this.naming = naming;
  }

  /** The checks of an object property's fields, each named {@code <name>[<field>]} ({@code pagination[page]}). */
  public Validator fieldsOf(String name) {
    String whole = naming.apply(name);
    return new Validator(op, field -> whole + "[" + field + "]");
  }

  /** The checks of a list item's fields, each named {@code <name>[<index>].<field>} ({@code users[1].email}, from 0). */
  public Validator itemOf(String name, int index) {
    String item = naming.apply(name) + "[" + index + "]";
    return new Validator(op, field -> item + "." + field);
  }

  /** What a request builder throws when a required value was never set: the server's 200. */
  public static ApiException missing(String model, String wireName) {
    return ErrorCatalogue.exception(ApiError.builder()
        .codes(List.of(Check.REQUIRED.code))
        .descriptions(
            List.of(ErrorCatalogue.fill(Check.REQUIRED.sentence, Map.of("parameter", wireName))))
        .parameter(wireName)
        .operation(null, model + ".build()")
        .build());
  }

  /**
   * Whether a property has the value an {@code x-required-when} rule names, in its wire form
   * ({@code "update_campaign"}; {@code "true"} for a flag, whichever of its forms was set).
   */
  public boolean is(Object value, String wire) {
    if (Wire.isAbsent(value)) {
      return false;
    }
    if (wire.equals("true") || wire.equals("false")) {
      try {
        return Boolean.valueOf(wire).equals(Wire.flag(value));
      } catch (RuntimeException notAFlag) {
        return false; // the property's own check names a malformed flag
      }
    }
    return wire.equals(String.valueOf(value));
  }

  /**
   * {@code x-required-any-of}: at least one of the values is set, else the server's 200 with the
   * sentence of the group's documented example ({@code e200_missing_search_criteria}: "Missing
   * parameter: custom_validation_code, email or phone"), naming the group's first property.
   */
  public void anyOf(String exampleKey, String[] names, Object... values) {
    for (Object value : values) {
      if (!blank(value)) {
        return;
      }
    }
    String parameter = naming.apply(names[0]);
    String text = null;
    for (String[] e : examples) {
      if (e[0].equals(exampleKey) && Integer.parseInt(e[1]) == Check.REQUIRED.code) {
        text = e[2];
      }
    }
    if (text == null || text.isEmpty()) {
      text = ErrorCatalogue.fill(Check.REQUIRED.sentence, Map.of("parameter", parameter));
    }
    throw ErrorCatalogue.exception(ApiError.builder()
        .codes(List.of(Check.REQUIRED.code))
        .descriptions(List.of(text))
        .parameter(parameter)
        .operation(op.id, op.name)
        .hint("set one of: " + String.join(", ", names))
        .build());
  }

  private static boolean blank(Object value) {
    return Wire.isAbsent(value)
        || "".equals(value)
        || (value instanceof Collection && ((Collection<?>) value).isEmpty());
  }

  /** Starts the checks of one request property. */
  public Param param(String name, Object value) {
    return new Param(naming.apply(name), value);
  }

  /** The constraints of one property; {@link #check()} throws the first violation. */
  public final class Param {
    private final String name;
    private final Object value;
    private boolean required;
    private List<String> allowed;
    private String pattern;
    private String itemPattern;
    private Integer minLength;
    private Integer maxLength;
    private Integer maxItems;
    private BigDecimal minimum;
    private BigDecimal maximum;
    private String format;
    private String wireType;
    private boolean integer;
    private boolean bool;

    Param(String name, Object value) {
      this.name = name;
      this.value = value;
    }

    public Param required() {
      required = true;
      return this;
    }

    public Param allowed(String... values) {
      allowed = Arrays.asList(values);
      return this;
    }

    public Param pattern(String regex) {
      pattern = regex;
      return this;
    }

    public Param itemPattern(String regex) {
      itemPattern = regex;
      return this;
    }

    public Param minLength(int n) {
      minLength = n;
      return this;
    }

    public Param maxLength(int n) {
      maxLength = n;
      return this;
    }

    public Param minItems(int n) {
      return this;
    } // an empty list is "missing" (200), as on the server

    public Param maxItems(int n) {
      maxItems = n;
      return this;
    }

    public Param minimum(String n) {
      minimum = new BigDecimal(n);
      return this;
    }

    public Param maximum(String n) {
      maximum = new BigDecimal(n);
      return this;
    }

    public Param format(String f) {
      format = f;
      return this;
    }

    public Param wireType(String t) {
      wireType = t;
      return this;
    }
    /** The value is a JSON integer (a string there is malformed: 301). */
    public Param integer() {
      integer = true;
      return this;
    }
    /** The value is a JSON boolean. */
    public Param bool() {
      bool = true;
      return this;
    }

    public void check() {
      if (blank(value)) {
        if (required) {
          throw invalid(this, Check.REQUIRED);
        }
        return; // an absent or empty optional value is not checked (free text may be empty)
      }
      if ((integer && !(value instanceof Number)) || (bool && !(value instanceof Boolean))) {
        throw invalid(this, Check.TYPE);
      }
      if (value instanceof String) {
        checkString((String) value);
      } else if (value instanceof Number) {
        BigDecimal d = new BigDecimal(value.toString());
        if ((minimum != null && d.compareTo(minimum) < 0)
            || (maximum != null && d.compareTo(maximum) > 0)) {
          throw invalid(this, Check.RANGE);
        }
      } else if (value instanceof Collection) {
        Collection<?> items = (Collection<?>) value;
        if (maxItems != null && items.size() > maxItems) {
          throw invalid(this, Check.MAX_ITEMS);
        }
        for (Object item : items) { // an item breaking the item schema is the list's pattern answer
          if (item == null
              || "".equals(item)
              || (itemPattern != null && !matches(itemPattern, item.toString()))) {
            throw invalid(this, Check.PATTERN);
          }
        }
      }
    }

    /** The catalogue's order: enum, pattern, date, maxLength, minLength, email. */
    private void checkString(String v) {
      if (allowed != null && !allowed.contains(v)) {
        throw invalid(this, Check.ENUM);
      }
      if ((pattern != null && !matches(pattern, v)) || v.indexOf('\0') >= 0) {
        throw invalid(this, Check.PATTERN);
      }
      if (isDate() && !isCalendarDate(v)) {
        throw invalid(this, Check.DATE);
      }
      int length = v.codePointCount(0, v.length());
      if (maxLength != null && length > maxLength) {
        throw invalid(this, Check.MAX_LENGTH);
      }
      if (minLength != null && length < minLength) {
        throw invalid(this, Check.MIN_LENGTH);
      }
      if ("email".equals(format) && !EMAIL.matcher(v).matches()) {
        throw invalid(this, Check.EMAIL);
      }
    }

    /** The catalogue's date property: wire type date or datetime, or a pattern starting with a date. */
    boolean isDate() {
      return "date".equals(wireType)
          || "datetime".equals(wireType)
          || (pattern != null && pattern.startsWith("^[0-9]{4}-[0-9]{2}-[0-9]{2}"));
    }

    /** The values of the catalogue's sentence placeholders. */
    Map<String, String> placeholders() {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("parameter", name);
      m.put("allowed", allowed == null ? "" : String.join(", ", allowed));
      m.put(
          "format",
          "date".equals(wireType) || "date".equals(format) ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss");
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
  }

  /** ECMA-262 {@code $} matches only at the very end; Java's also before a final newline. */
  private static boolean matches(String regex, String v) {
    Pattern p = PATTERNS.computeIfAbsent(
        regex,
        r -> Pattern.compile(
            r.endsWith("$") && !r.endsWith("\\$") ? r.substring(0, r.length() - 1) + "\\z" : r));
    return p.matcher(v).find();
  }

  private static boolean isCalendarDate(String v) {
    var m = DATE_PREFIX.matcher(v);
    if (!m.lookingAt()) {
      return false;
    }
    int month = Integer.parseInt(m.group(2));
    int day = Integer.parseInt(m.group(3));
    if (month < 1
        || month > 12
        || day < 1
        || day > java.time.YearMonth.of(Integer.parseInt(m.group(1)), month).lengthOfMonth()) {
      return false;
    }
    return m.group(4) == null
        || (Integer.parseInt(m.group(4)) < 24
            && Integer.parseInt(m.group(5)) < 60
            && (m.group(6) == null || Integer.parseInt(m.group(6)) < 60));
  }

  private ApiException invalid(Param p, Check check) {
    ApiException e = answer(p, check);
    String hint = hint(p, check);
    if (hint == null) {
      return e;
    }
    return ErrorCatalogue.exception(ApiError.builder()
        .codes(e.codes())
        .descriptions(e.error().descriptions())
        .parameter(p.name)
        .operation(op.id, op.name)
        .hint(hint)
        .build());
  }

  /** The constraint that was broken, in words: what the server's wording leaves out. */
  private static String hint(Param p, Check check) {
    switch (check) {
      case RANGE:
        if (p.minimum != null && p.maximum != null) {
          return "allowed: " + p.minimum.toPlainString() + " to " + p.maximum.toPlainString();
        }
        return p.minimum != null
            ? "allowed: at least " + p.minimum.toPlainString()
            : "allowed: at most " + p.maximum.toPlainString();
      case MAX_LENGTH:
        return "at most " + p.maxLength + " characters";
      case MIN_LENGTH:
        return "at least " + p.minLength + " characters";
      case MAX_ITEMS:
        return "at most " + p.maxItems + " items";
      case PATTERN:
        if (p.minLength != null || p.maxLength != null) {
          return "length " + (p.minLength == null ? 0 : p.minLength) + " to "
              + (p.maxLength == null ? "any" : p.maxLength)
              + (p.pattern == null ? "" : ", pattern " + p.pattern);
        }
        return p.pattern == null ? null : "pattern " + p.pattern;
      default:
        return null;
    }
  }

  /** The code and sentence of a violation: the catalogue's refinement steps, in its order. */
  private ApiException answer(Param p, Check check) {
    int code = check.dateCode != 0 && p.isDate() ? check.dateCode : check.code;
    for (String step : ErrorCatalogue.REFINEMENT) {
      switch (step) {
        case "example-of-the-code":
          for (String[] e : examples) {
            if (Integer.parseInt(e[1]) == code && !e[2].isEmpty() && names(e, p.name)) {
              return error(code, e[2], p.name);
            }
          }
          break;
        case "sole-format-code":
          if (check == Check.TYPE || check == Check.PATTERN) {
            List<String[]> same = new ArrayList<>();
            String family = ErrorCatalogue.family(check.code);
            for (String[] e : examples) {
              if (family != null
                  && family.equals(ErrorCatalogue.family(Integer.parseInt(e[1])))
                  && names(e, p.name)) {
                same.add(e);
              }
            }
            int only = same.size() == 1 ? Integer.parseInt(same.get(0)[1]) : 0;
            if (only != 0 && (only == Check.ENUM.code || only == Check.PATTERN.dateCode)) {
              return error(only, same.get(0)[2], p.name);
            }
          }
          break;
        case "template":
          int sent = code;
          if (!op.declares(sent)) {
            sent = Arrays.stream(ErrorCatalogue.FALLBACK)
                .filter(op::declares)
                .findFirst()
                .orElse(code);
          }
          String sentence = sent == check.code
              ? ErrorCatalogue.fill(check.sentence, p.placeholders())
              : ErrorCatalogue.sentence(sent, p.placeholders());
          return error(sent, sentence, p.name);
        default:
          throw new IllegalStateException("unknown refinement step of x-error-catalogue: " + step);
      }
    }
    throw new IllegalStateException("x-error-catalogue's refinement has no template step");
  }

  /**
   * Whether an example names the parameter: its sentence says "parameter: <name>" (not followed
   * by a letter, digit or underscore), or, when its sentence names no parameter, its key is
   * {@code e<code>_missing_<name>} or {@code e<code>_invalid_<name>}, optionally followed by
   * {@code _<anything>} (the catalogue's {@code names-the-parameter}).
   */
  private static boolean names(String[] e, String param) {
    if (e[2].toLowerCase(Locale.ROOT).contains("parameter:")) {
      return Pattern.compile("parameter: " + Pattern.quote(param) + "(?![A-Za-z0-9_])")
          .matcher(e[2])
          .find();
    }
    return e[0].matches("e" + e[1] + "_(missing|invalid)_" + Pattern.quote(param) + "(_.*)?");
  }

  private ApiException error(int code, String text, String parameter) {
    return ErrorCatalogue.exception(ApiError.builder()
        .codes(List.of(code))
        .descriptions(List.of(text))
        .parameter(parameter)
        .operation(op.id, op.name)
        .build());
  }
}
