package com.coupontools.sandbox.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Error codes and sentences for one operation, taken from its documented examples where the
 * spec has one for the parameter, otherwise from the catalogue's wording of the same family.
 */
final class ErrorTexts {
  /** Why a parameter value was refused; each kind has a default code of the catalogue. */
  enum Kind { TYPE, PATTERN, RANGE, ENUM, DATE, EMAIL, LENGTH, MAX_ITEMS }

  record Example(String key, int code, String text) { }

  private final Operation op;
  private final List<Example> examples;

  ErrorTexts(Operation op, List<Example> examples) {
    this.op = op;
    this.examples = List.copyOf(examples);
  }

  List<Example> examples() {
    return examples;
  }

  ApiError missing(String param) {
    for (Example e : examples) {
      if (e.code == 200 && e.text.equals("Missing parameter: " + param)) {
        return new ApiError(200, e.text);
      }
    }
    return new ApiError(200, "Missing parameter: " + param);
  }

  /** A custom 200 (e.g. "send status or a data field"), worded by the example with that key. */
  ApiError missingAny(String exampleKey, String fallback) {
    return byKey(exampleKey, 200, fallback);
  }

  /** The error of an example by key (semantic errors such as 300 "already validated"). */
  ApiError byKey(String exampleKey, int code, String fallback) {
    for (Example e : examples) {
      if (e.key.equals(exampleKey)) {
        return new ApiError(e.code, e.text);
      }
    }
    return new ApiError(code, fallback);
  }

  /** The first example with this code (not-found errors: 502, 505, 507, 509, 510, 515, 601). */
  ApiError byCode(int code, String fallback) {
    for (Example e : examples) {
      if (e.code == code) {
        return new ApiError(code, e.text);
      }
    }
    return new ApiError(code, fallback);
  }

  /** The not-found example whose key mentions {@code what} (e.g. 505 "loyaltyuser"). */
  ApiError notFound(int code, String what, String fallback) {
    for (Example e : examples) {
      if (e.code == code && e.key.contains(what)) {
        return new ApiError(code, e.text);
      }
    }
    return byCode(code, fallback);
  }

  ApiError invalid(ParamRule rule, Kind kind) {
    String param = rule.name();
    int want = defaultCode(kind);
    List<Example> forParam = new ArrayList<>();
    for (Example e : examples) {
      if (e.code >= 300 && e.code < 400 && mentions(e, param)) {
        forParam.add(e);
      }
    }
    for (Example e : forParam) {
      if (e.code == want) {
        return new ApiError(e.code, e.text);
      }
    }
    // A parameter documented with a format or list error (302/303) keeps it for any bad value.
    if ((kind == Kind.PATTERN || kind == Kind.TYPE) && forParam.size() == 1
        && (forParam.get(0).code == 302 || forParam.get(0).code == 303)) {
      return new ApiError(forParam.get(0).code, forParam.get(0).text);
    }
    if (!op.declares(want)) {
      want = op.declares(301) ? 301 : op.declares(300) ? 300 : want;
    }
    return new ApiError(want, template(want, kind, rule));
  }

  private int defaultCode(Kind kind) {
    return switch (kind) {
      case ENUM -> 302;
      case DATE -> 303;
      case EMAIL -> op.declares(305) ? 305 : 301;
      case LENGTH, MAX_ITEMS -> op.declares(300) ? 300 : 301;
      default -> 301;
    };
  }

  private static String template(int code, Kind kind, ParamRule rule) {
    String p = rule.name();
    return switch (code) {
      case 302 -> "Invalid value for parameter: " + p + ". Allowed values: "
          + String.join(", ", rule.enumValues());
      case 303 -> "Invalid format in parameter: " + p + ". Use " + rule.formatHint();
      case 305 -> "Email address is not valid.";
      case 300 -> kind == Kind.MAX_ITEMS
          ? "Incorrect value in parameter: " + p + ". At most " + rule.maxItems() + " items per call."
          : kind == Kind.LENGTH && rule.maxLength() != null
              ? "Incorrect value in parameter: " + p + ". Maximum length is " + rule.maxLength()
                  + " characters."
              : "Incorrect value in parameter: " + p;
      default -> "Invalid character in parameter: " + p;
    };
  }

  private static boolean mentions(Example e, String param) {
    Pattern inText = Pattern.compile("parameter: " + Pattern.quote(param) + "(?![A-Za-z0-9_])");
    if (e.text.toLowerCase(Locale.ROOT).contains("parameter:")) {
      return inText.matcher(e.text).find();
    }
    // Examples whose sentence names no parameter (305 "Email address is not valid.") are keyed
    // e<code>_invalid_<param>.
    return e.key.matches("e\\d+_invalid_" + Pattern.quote(param) + "(_.*)?");
  }
}
