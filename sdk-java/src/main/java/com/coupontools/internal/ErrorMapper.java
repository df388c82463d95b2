package com.coupontools.internal;

import com.coupontools.errors.ApiError;
import com.coupontools.errors.ApiException;
import com.coupontools.errors.AuthenticationException;
import com.coupontools.errors.InvalidParameterException;
import com.coupontools.errors.LimitException;
import com.coupontools.errors.MissingParameterException;
import com.coupontools.errors.NotFoundException;
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
  private static final Pattern PARAMETER = Pattern.compile("[Pp]arameter:\\s*([A-Za-z0-9_\\[\\]-]*[A-Za-z0-9_\\]])");

  private ErrorMapper() {}

  /** The exception type of an error, by the family of its first code (or, without one, its HTTP status). */
  static ApiException exception(ApiError e) {
    int c = e.code();
    if (c == 1000 || (c >= 100 && c < 200) || (c == 0 && (e.httpStatus() == 401 || e.httpStatus() == 403))) {
      return new AuthenticationException(e);
    } else if (c == 200) {
      return new MissingParameterException(e);
    } else if (c >= 300 && c < 350) {
      return new InvalidParameterException(e);
    } else if ((c >= 500 && c < 600) || (c == 0 && e.httpStatus() == 404)) {
      return new NotFoundException(e);
    } else if (c >= 600 && c < 700) {
      return new LimitException(e);
    }
    return new ApiException(e);
  }

  /** An error body (any shape) of a call. */
  static ApiException fromBody(Object body, Response r) {
    if (body instanceof Map) {
      Map<?, ?> root = (Map<?, ?>) body;
      Object status = root.get("status");
      boolean failed = "failed".equalsIgnoreCase(text(status instanceof Map ? ((Map<?, ?>) status).get("status") : status));
      if (failed) {
        Object errors = status instanceof Map && ((Map<?, ?>) status).containsKey("errors")
            ? ((Map<?, ?>) status).get("errors") : root.get("errors");
        return fromEnvelope(errors, r);
      }
      if (root.get("error") instanceof Map) { // v4 REST: {"error": {"code", "message", "parameter"}}
        Map<?, ?> error = (Map<?, ?>) root.get("error");
        List<Integer> codes = codes(error.get("code"));
        String message = text(error.get("message"));
        List<String> d = message == null || message.isBlank() ? List.of() : List.of(r.redactor.text(message.trim()));
        String parameter = error.get("parameter") != null ? text(error.get("parameter")) : parameter(d);
        return exception(r.error().codes(codes).descriptions(d).parameter(parameter).build());
      }
      // problem+json (Prism's validation errors) or a plain {"message": …}
      String detail = (orEmpty(root.get("title")) + " " + orEmpty(root.containsKey("detail") ? root.get("detail") : root.get("message"))).trim();
      if (!detail.isEmpty()) {
        return exception(r.error().descriptions(List.of(r.redactor.text(detail))).build());
      }
    }
    return exception(r.error().build());
  }

  /** The envelope's {@code errors}: codes as a number or an array, descriptions as a string or an array. */
  static ApiException fromEnvelope(Object errors, Response r) {
    Map<?, ?> e = errors instanceof Map ? (Map<?, ?>) errors : Map.of();
    List<Integer> codes = codes(e.get("error_code"));
    List<String> descriptions = new ArrayList<>();
    Object d = e.get("error_message_description");
    for (Object t : d instanceof List ? (List<?>) d : d == null ? List.of() : List.of(d)) {
      String s = text(t);
      if (s != null && !s.isBlank()) {
        descriptions.add(r.redactor.text(s.trim()));
      }
    }
    String message = text(e.get("error_message"));
    return exception(r.error().codes(codes).errorMessage(message == null ? null : r.redactor.text(message))
        .descriptions(descriptions).parameter(parameter(descriptions)).build());
  }

  private static List<Integer> codes(Object code) {
    List<Integer> codes = new ArrayList<>();
    for (Object c : code instanceof List ? (List<?>) code : code == null ? List.of() : List.of(code)) {
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

    Response(Operation op, int httpStatus, String requestId, Map<String, List<String>> headers, Redactor redactor) {
      this.op = op;
      this.httpStatus = httpStatus;
      this.requestId = requestId;
      this.headers = headers;
      this.redactor = redactor;
    }

    ApiError.Builder error() {
      return ApiError.builder().httpStatus(httpStatus).operation(op.id, op.name).requestId(requestId).headers(headers);
    }
  }
}
