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
 * generate into each request model's {@code validate} method) and throws the error the server
 * would answer: same exception type, code and wording. The rules are the spec README's mapping,
 * refined by the operation's documented examples, exactly as the sandbox applies them.
 */
public final class Validator {
  enum Kind { PATTERN, RANGE, ENUM, DATE, EMAIL, MAX_LENGTH, MAX_ITEMS }

  private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();
  private static final Pattern EMAIL = Pattern.compile(
      "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
          + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
  private static final Pattern DATE_PREFIX = Pattern.compile(
      "([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[ :]([0-9]{2})[:-]([0-9]{2})(?::([0-9]{2}))?)?");

  private final String operation;
  private final int[] declared;
  private final List<String[]> examples = new ArrayList<>();

  Validator(Operation op) {
    this.operation = op.id();
    this.declared = op.errorCodes();
    for (String e : op.documentedErrors()) {
      examples.add(e.split("\\|", 3)); // key, code, text
    }
  }

  /** Starts the checks of one request property. */
  public Param param(String name, Object value) {
    return new Param(name, value);
  }

  /** Runs the request model's generated checks, if it has any. */
  void validate(Object request) {
    try {
      request.getClass().getMethod("validate", Validator.class).invoke(request, this);
    } catch (NoSuchMethodException e) {
      // free-form bodies (a Map) carry no constraints
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw (RuntimeException) e.getCause();
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
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

    public void check() {
      boolean blank = value == null || "".equals(value) || (value instanceof Collection && ((Collection<?>) value).isEmpty());
      if (blank) {
        if (required) {
          throw error(200, "Missing parameter: " + name, name);
        }
        return; // an absent or empty optional value is not checked (free text may be empty)
      }
      if (value instanceof Enum) {
        String v = value.toString();
        if (((Enum<?>) value).name().equals("UNKNOWN_DEFAULT_OPEN_API") || (allowed != null && !allowed.contains(v))) {
          throw invalid(this, Kind.ENUM);
        }
      } else if (value instanceof String) {
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
    return Arrays.stream(declared).anyMatch(c -> c == code);
  }

  private ApiException error(int code, String text, String parameter) {
    return ErrorMapper.exception(new ApiError(0, List.of(code), null, List.of(text), parameter, operation, Map.of()));
  }
}
