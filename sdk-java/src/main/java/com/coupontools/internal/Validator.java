package com.coupontools.internal;

import com.coupontools.errors.ApiError;
import com.coupontools.errors.ApiException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Client-side validation: checks a request against the spec's constraints (which the templates
 * generate into each request model's {@code checkConstraints} method) and throws the error the
 * server would answer: same exception type, code and wording, plus a hint with the range or
 * length that was broken. The rules are the spec README's mapping, refined by the operation's
 * documented examples, exactly as the sandbox applies them. Values are the models' stored wire
 * values (an enum is its wire string).
 */
public final class Validator {
  enum Kind { PATTERN, RANGE, ENUM, DATE, EMAIL, MAX_LENGTH, MAX_ITEMS }

  private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();
  private static final Pattern EMAIL = Pattern.compile(
      "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
          + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
  private static final Pattern DATE_PREFIX = Pattern.compile(
      "([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[ :]([0-9]{2})[:-]([0-9]{2})(?::([0-9]{2}))?)?");

  private final Operation op;
  private final List<String[]> examples;

  Validator(Operation op) {
    this.op = op;
    this.examples = op.documentedErrors; // key, code, text
  }

  /** What a request builder throws when a required value was never set: the server's 200. */
  public static ApiException missing(String model, String wireName) {
    return ErrorMapper.exception(ApiError.builder().codes(List.of(200))
        .descriptions(List.of("Missing parameter: " + wireName)).parameter(wireName)
        .operation(null, model + ".build()").build());
  }

  /** Starts the checks of one request property. */
  public Param param(String name, Object value) {
    return new Param(name, value);
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

    public Param required() { required = true; return this; }
    public Param allowed(String... values) { allowed = Arrays.asList(values); return this; }
    public Param pattern(String regex) { pattern = regex; return this; }
    public Param itemPattern(String regex) { itemPattern = regex; return this; }
    public Param minLength(int n) { minLength = n; return this; }
    public Param maxLength(int n) { maxLength = n; return this; }
    public Param minItems(int n) { return this; } // an empty list is "missing" (200), as on the server
    public Param maxItems(int n) { maxItems = n; return this; }
    public Param minimum(String n) { minimum = new BigDecimal(n); return this; }
    public Param maximum(String n) { maximum = new BigDecimal(n); return this; }
    public Param format(String f) { format = f; return this; }
    public Param wireType(String t) { wireType = t; return this; }
    /** The value is a JSON integer (a string there is malformed: 301). */
    public Param integer() { integer = true; return this; }
    /** The value is a JSON boolean. */
    public Param bool() { bool = true; return this; }

    public void check() {
      boolean blank = Wire.isAbsent(value) || "".equals(value) || (value instanceof Collection && ((Collection<?>) value).isEmpty());
      if (blank) {
        if (required) {
          throw error(200, "Missing parameter: " + name, name);
        }
        return; // an absent or empty optional value is not checked (free text may be empty)
      }
      if ((integer && !(value instanceof Number)) || (bool && !(value instanceof Boolean))) {
        throw invalid(this, allowed != null ? Kind.ENUM : Kind.PATTERN);
      }
      if (value instanceof String) {
        checkString((String) value);
      } else if (value instanceof Number) {
        BigDecimal d = new BigDecimal(value.toString());
        if ((minimum != null && d.compareTo(minimum) < 0) || (maximum != null && d.compareTo(maximum) > 0)) {
          throw invalid(this, Kind.RANGE);
        }
      } else if (value instanceof Collection) {
        Collection<?> items = (Collection<?>) value;
        if (maxItems != null && items.size() > maxItems) {
          throw invalid(this, Kind.MAX_ITEMS);
        }
        for (Object item : items) {
          if (item == null || "".equals(item) || (itemPattern != null && !matches(itemPattern, item.toString()))) {
            throw invalid(this, Kind.PATTERN);
          }
        }
      }
    }

    private void checkString(String v) {
      if (allowed != null && !allowed.contains(v)) {
        throw invalid(this, Kind.ENUM);
      }
      int length = v.codePointCount(0, v.length());
      if (maxLength != null && length > maxLength) {
        throw invalid(this, pattern == null && format == null ? Kind.MAX_LENGTH : Kind.PATTERN);
      }
      if (minLength != null && length < minLength) {
        throw invalid(this, Kind.PATTERN);
      }
      boolean dateLike = "date".equals(wireType) || "datetime".equals(wireType)
          || (pattern != null && pattern.startsWith("^[0-9]{4}-[0-9]{2}-[0-9]{2}"));
      if (pattern != null && !matches(pattern, v)) {
        throw invalid(this, dateLike ? Kind.DATE : Kind.PATTERN);
      }
      if (dateLike && !isCalendarDate(v)) {
        throw invalid(this, Kind.DATE);
      }
      if ("email".equals(format) && !EMAIL.matcher(v).matches()) {
        throw invalid(this, Kind.EMAIL);
      }
      if (v.indexOf('\0') >= 0) {
        throw invalid(this, Kind.PATTERN);
      }
    }
  }

  /** ECMA-262 {@code $} matches only at the very end; Java's also before a final newline. */
  private static boolean matches(String regex, String v) {
    Pattern p = PATTERNS.computeIfAbsent(regex, r ->
        Pattern.compile(r.endsWith("$") && !r.endsWith("\\$") ? r.substring(0, r.length() - 1) + "\\z" : r));
    return p.matcher(v).find();
  }

  private static boolean isCalendarDate(String v) {
    var m = DATE_PREFIX.matcher(v);
    if (!m.lookingAt()) {
      return false;
    }
    int month = Integer.parseInt(m.group(2));
    int day = Integer.parseInt(m.group(3));
    if (month < 1 || month > 12 || day < 1
        || day > java.time.YearMonth.of(Integer.parseInt(m.group(1)), month).lengthOfMonth()) {
      return false;
    }
    return m.group(4) == null || (Integer.parseInt(m.group(4)) < 24 && Integer.parseInt(m.group(5)) < 60
        && (m.group(6) == null || Integer.parseInt(m.group(6)) < 60));
  }

  private ApiException invalid(Param p, Kind kind) {
    ApiException e = documented(p, kind);
    String hint = hint(p, kind);
    if (hint == null) {
      return e;
    }
    return ErrorMapper.exception(ApiError.builder().codes(e.codes()).descriptions(e.error().descriptions())
        .parameter(p.name).operation(op.id, op.name).hint(hint).build());
  }

  /** The constraint that was broken, in words: what the server's wording leaves out. */
  private static String hint(Param p, Kind kind) {
    switch (kind) {
      case RANGE:
        if (p.minimum != null && p.maximum != null) {
          return "allowed: " + p.minimum.toPlainString() + " to " + p.maximum.toPlainString();
        }
        return p.minimum != null ? "allowed: at least " + p.minimum.toPlainString() : "allowed: at most " + p.maximum.toPlainString();
      case MAX_LENGTH:
        return "at most " + p.maxLength + " characters";
      case MAX_ITEMS:
        return "at most " + p.maxItems + " items";
      case PATTERN:
        if (p.minLength != null || p.maxLength != null) {
          return "length " + (p.minLength == null ? 0 : p.minLength) + " to " + (p.maxLength == null ? "any" : p.maxLength)
              + (p.pattern == null ? "" : ", pattern " + p.pattern);
        }
        return p.pattern == null ? null : "pattern " + p.pattern;
      default:
        return null;
    }
  }

  private ApiException documented(Param p, Kind kind) {
    int want = defaultCode(kind);
    List<String[]> forParam = new ArrayList<>();
    for (String[] e : examples) {
      int code = Integer.parseInt(e[1]);
      if (code >= 300 && code < 400 && mentions(e, p.name)) {
        forParam.add(e);
      }
    }
    for (String[] e : forParam) {
      if (Integer.parseInt(e[1]) == want) {
        return error(want, e[2], p.name);
      }
    }
    // A parameter documented with a format or list error (302/303) keeps it for any bad value.
    if (kind == Kind.PATTERN && forParam.size() == 1 && (forParam.get(0)[1].equals("302") || forParam.get(0)[1].equals("303"))) {
      return error(Integer.parseInt(forParam.get(0)[1]), forParam.get(0)[2], p.name);
    }
    if (!declares(want)) {
      want = declares(301) ? 301 : declares(300) ? 300 : want;
    }
    return error(want, text(want, kind, p), p.name);
  }

  private int defaultCode(Kind kind) {
    switch (kind) {
      case ENUM: return 302;
      case DATE: return 303;
      case EMAIL: return declares(305) ? 305 : 301;
      case MAX_LENGTH: case MAX_ITEMS: return declares(300) ? 300 : 301;
      default: return 301;
    }
  }

  private static String text(int code, Kind kind, Param p) {
    switch (code) {
      case 302: return "Invalid value for parameter: " + p.name + ". Allowed values: "
          + (p.allowed == null ? "" : String.join(", ", p.allowed));
      case 303: return "Invalid format in parameter: " + p.name + ". Use "
          + ("date".equals(p.wireType) ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss");
      case 305: return "Email address is not valid.";
      case 300: return kind == Kind.MAX_ITEMS
          ? "Incorrect value in parameter: " + p.name + ". At most " + p.maxItems + " items per call."
          : kind == Kind.MAX_LENGTH
              ? "Incorrect value in parameter: " + p.name + ". Maximum length is " + p.maxLength + " characters."
              : "Incorrect value in parameter: " + p.name;
      default: return "Invalid character in parameter: " + p.name;
    }
  }

  private static boolean mentions(String[] e, String param) {
    if (e[2].toLowerCase(Locale.ROOT).contains("parameter:")) {
      return Pattern.compile("parameter: " + Pattern.quote(param) + "(?![A-Za-z0-9_])").matcher(e[2]).find();
    }
    return e[0].matches("e\\d+_invalid_" + Pattern.quote(param) + "(_.*)?"); // e.g. e305_invalid_email
  }

  private boolean declares(int code) {
    return op.declares(code);
  }

  private ApiException error(int code, String text, String parameter) {
    return ErrorMapper.exception(ApiError.builder().codes(List.of(code)).descriptions(List.of(text))
        .parameter(parameter).operation(op.id, op.name).build());
  }
}
