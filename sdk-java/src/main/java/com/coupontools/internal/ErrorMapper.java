package com.coupontools.internal;

import com.coupontools.errors.ApiError;
import com.coupontools.errors.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where an API error becomes an exception type: v3 error envelopes, v4 REST error
 * bodies, bare HTTP errors, client-side checks and builders missing a required value alike.
 */
final class ErrorMapper {
  private static final Pattern PARAMETER =
      Pattern.compile("[Pp]arameter:\\s*([A-Za-z0-9_\\[\\]-]*[A-Za-z0-9_\\]])");

  private ErrorMapper() {}

  /**
   * The exception type of an error: the family of its first code in the spec's error catalogue
   * (generated {@link ErrorCatalogue}); without a code, the family its HTTP status alone names
   * (401, 404); and a bare 403 as authentication (an HTTP fact of gateways and proxies that no API
   * contract lists).
   */
  static ApiException exception(ApiError e) {
    if (e.code() == 0 && e.httpStatus() == 403) {
      return new com.coupontools.errors.AuthenticationException(e);
    }
    return ErrorCatalogue.exception(e);
  }

  /** An error body (any shape) of a call. */
  static ApiException fromBody(Object body, Response r) {
    if (body instanceof Map) {
      Map<?, ?> root = (Map<?, ?>) body;
      Object status = root.get("status");
      boolean failed = "failed"
          .equalsIgnoreCase(
              text(status instanceof Map ? ((Map<?, ?>) status).get("status") : status));
      if (failed) {
        return fromEnvelope(first(root, ErrorCatalogue.RPC_ERRORS), r);
      }
      Object rest = first(root, ErrorCatalogue.REST_ERRORS);
      if (rest instanceof Map) { // v4 REST: {"error": {"code", "message", "parameter"}}
        Map<?, ?> error = (Map<?, ?>) rest;
        List<Integer> codes = codes(error.get(ErrorCatalogue.REST_CODE));
        String message = text(error.get(ErrorCatalogue.REST_SENTENCE));
        List<String> d = message == null || message.isBlank()
            ? List.of()
            : List.of(r.redactor.text(message.trim()));
        Object named = error.get(ErrorCatalogue.REST_PARAMETER);
        String parameter = named != null ? text(named) : parameter(d);
        return exception(
            r.error().codes(codes).descriptions(d).parameter(parameter).build());
      }
      // problem+json (Prism's validation errors) or a plain {"message": …}
      String detail = (orEmpty(root.get("title")) + " "
              + orEmpty(root.containsKey("detail") ? root.get("detail") : root.get("message")))
          .trim();
      if (!detail.isEmpty()) {
        return exception(
            r.error().descriptions(List.of(r.redactor.text(detail))).build());
      }
    }
    return exception(r.error().build());
  }

  /** The envelope's {@code errors}: codes as a number or an array, descriptions as a string or an array. */
  static ApiException fromEnvelope(Object errors, Response r) {
    Map<?, ?> e = errors instanceof Map ? (Map<?, ?>) errors : Map.of();
    List<Integer> codes = codes(e.get(ErrorCatalogue.RPC_CODE));
    List<String> descriptions = new ArrayList<>();
    Object d = e.get(ErrorCatalogue.RPC_SENTENCE);
    for (Object t : d instanceof List ? (List<?>) d : d == null ? List.of() : List.of(d)) {
      String s = text(t);
      if (s != null && !s.isBlank()) {
        descriptions.add(r.redactor.text(s.trim()));
      }
    }
    String message = text(e.get(ErrorCatalogue.RPC_STATUS_LINE));
    return exception(r.error()
        .codes(codes)
        .errorMessage(message == null ? null : r.redactor.text(message))
        .descriptions(descriptions)
        .parameter(parameter(descriptions))
        .build());
  }

  /** The value at the first of the catalogue's pointers that is present (the errors may sit in two places). */
  private static Object first(Map<?, ?> root, String[][] pointers) {
    for (String[] pointer : pointers) {
      Object at = root;
      for (String segment : pointer) {
        at = at instanceof Map ? ((Map<?, ?>) at).get(segment) : null;
      }
      if (at != null) {
        return at;
      }
    }
    return null;
  }

  private static List<Integer> codes(Object code) {
    List<Integer> codes = new ArrayList<>();
    for (Object c :
        code instanceof List ? (List<?>) code : code == null ? List.of() : List.of(code)) {
      String s = text(c);
      if (s != null && s.trim().matches("\\d{1,9}")) {
        codes.add(Integer.parseInt(s.trim()));
      }
    }
    return codes;
  }

  private static String parameter(List<String> descriptions) {
    for (String s : descriptions) {
      Matcher m = PARAMETER.matcher(s);
      if (m.find()) {
        return m.group(1);
      }
    }
    return null;
  }

  private static String text(Object v) {
    return v instanceof String || v instanceof Number || v instanceof Boolean ? v.toString() : null;
  }

  private static String orEmpty(Object v) {
    String s = text(v);
    return s == null ? "" : s;
  }

  /** What an error needs to know about the answer it came with. */
  static final class Response {
    final Operation op;
    final int httpStatus;
    final String requestId;
    final Map<String, List<String>> headers;
    final Redactor redactor;

    Response(
        Operation op,
        int httpStatus,
        String requestId,
        Map<String, List<String>> headers,
        Redactor redactor) {
      this.op = op;
      this.httpStatus = httpStatus;
      this.requestId = requestId;
      this.headers = headers;
      this.redactor = redactor;
    }

    ApiError.Builder error() {
      return ApiError.builder()
          .httpStatus(httpStatus)
          .operation(op.id, op.name)
          .requestId(requestId)
          .headers(headers);
    }
  }
}
