package com.coupontools.sandbox.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one place where what went wrong becomes a code and a sentence, for one operation: a
 * {@link Violation} by the catalogue's constraint rules (code, fallback, refinement by the
 * operation's own examples, sentence template), and the semantic errors of handlers (not found,
 * already validated …) by the operation's example of that code or key, else the catalogue's
 * default sentence of the code.
 */
final class Errors {
  /** One documented error example of the operation: its key, code, sentence and REST {@code parameter}. */
  record Example(String key, int code, String sentence, String parameter) {}

  private final ErrorCatalogue catalogue;
  private final Set<Integer> declared;
  private final List<Example> examples;

  Errors(ErrorCatalogue catalogue, Set<Integer> declared, List<Example> examples) {
    this.catalogue = catalogue;
    this.declared = declared;
    this.examples = List.copyOf(examples);
  }

  /** The error a violated constraint answers with (spec README, "Error catalogue": constraints). */
  ApiError of(Violation v) {
    String param = v.parameter();
    ErrorCatalogue.Rule rule = catalogue.rule(v.check());
    int code = rule.dateCode() != null && v.rule() != null && v.rule().isDate()
        ? rule.dateCode()
        : rule.code();
    for (String step : catalogue.refinement()) {
      switch (step) {
        case "example-of-the-code" -> {
          for (Example e : examples) {
            if (e.code == code && !e.sentence.isEmpty() && names(e, param)) {
              return new ApiError(e.code, e.sentence, param);
            }
          }
        }
        case "sole-format-code" -> {
          if (v.check().equals("type") || v.check().equals("pattern")) {
            List<Example> invalid = new ArrayList<>();
            for (Example e : examples) {
              if (catalogue.family(e.code) == catalogue.family(rule.code()) && names(e, param)) {
                invalid.add(e);
              }
            }
            // "a 302 or a 303": the codes of a value outside the list and of a bad date format.
            if (invalid.size() == 1
                && (invalid.get(0).code == catalogue.rule("enum").code()
                    || Integer.valueOf(invalid.get(0).code)
                        .equals(catalogue.rule("pattern").dateCode()))) {
              return new ApiError(invalid.get(0).code, invalid.get(0).sentence, param);
            }
          }
        }
        case "template" -> {
          int sent = code;
          if (!declared.contains(sent)) {
            for (int f : catalogue.fallback()) {
              if (declared.contains(f)) {
                sent = f;
                break;
              }
            }
          }
          Map<String, String> values =
              new LinkedHashMap<>(v.rule() == null ? Map.of() : v.rule().placeholders());
          values.put("parameter", param);
          String sentence = sent == code
              ? ErrorCatalogue.fill(rule.sentence(), values)
              : catalogue.sentence(sent, values);
          return new ApiError(sent, sentence, param);
        }
        default -> throw new IllegalStateException(step);
      }
    }
    throw new IllegalStateException("x-error-catalogue's refinement has no template step");
  }

  /** "Missing parameter: {@code name}", worded by the operation's example for it if it has one. */
  ApiError missing(String name) {
    return of(new Violation(name, "required", null));
  }

  /** {@code x-required-any-of}: none of the names was sent; the example's 200, else "Missing parameter: a, b, c". */
  ApiError missingAnyOf(String exampleKey, List<String> names) {
    return byKey(exampleKey, catalogue.rule("required").code(), String.join(", ", names));
  }

  /** The error of the example with this key (semantic errors), else the code's catalogue sentence. */
  ApiError byKey(String key, int code, String parameter) {
    for (Example e : examples) {
      if (e.key.equals(key) && !e.sentence.isEmpty()) {
        return new ApiError(e.code, e.sentence, parameter != null ? parameter : e.parameter);
      }
    }
    return new ApiError(
        code,
        catalogue.sentence(code, parameter == null ? Map.of() : Map.of("parameter", parameter)),
        parameter);
  }

  /**
   * A semantic refusal no example words: the code's catalogue sentence naming the parameter,
   * then what the handler knows ({@code Incorrect value in parameter: stamps. This loyalty card
   * collects points.}).
   */
  ApiError refused(int code, String parameter, String detail) {
    return new ApiError(
        code, catalogue.sentence(code, Map.of("parameter", parameter)) + ". " + detail, parameter);
  }

  /** The first example with this code (account errors, limits), else the code's catalogue sentence. */
  ApiError byCode(int code) {
    for (Example e : examples) {
      if (e.code == code && !e.sentence.isEmpty()) {
        return new ApiError(code, e.sentence, e.parameter);
      }
    }
    return new ApiError(code, catalogue.sentence(code, Map.of()), null);
  }

  /**
   * A not-found error: the operation's example whose key names {@code what}
   * ({@code e507_loyaltycard_not_found}) with a code of the same family as {@code code} (the
   * pages reuse 505 and 507 for different things, decision 10.17 #1, so the example decides the
   * code), else {@link #byCode}. The REST {@code parameter} is the example's.
   */
  ApiError notFound(String what, int code) {
    for (Example e : examples) {
      if (e.key.contains(what)
          && catalogue.family(e.code) == catalogue.family(code)
          && !e.sentence.isEmpty()) {
        return new ApiError(e.code, e.sentence, e.parameter);
      }
    }
    return byCode(code);
  }

  /**
   * Whether an example names the parameter: its sentence says "parameter: <name>" (not followed
   * by a letter, digit or underscore), or, when its sentence names no parameter, its key is
   * {@code e<code>_missing_<name>} or {@code e<code>_invalid_<name>}, optionally followed by
   * {@code _<anything>} (the catalogue's {@code names-the-parameter}).
   */
  static boolean names(Example e, String param) {
    if (e.sentence.toLowerCase(Locale.ROOT).contains("parameter:")) {
      return Pattern.compile("parameter: " + Pattern.quote(param) + "(?![A-Za-z0-9_])")
          .matcher(e.sentence)
          .find();
    }
    return e.key.matches("e" + e.code + "_(missing|invalid)_" + Pattern.quote(param) + "(_.*)?");
  }
}
