package com.coupontools.internal;

import com.coupontools.errors.ApiError;
import com.coupontools.errors.ApiException;
import com.coupontools.errors.AuthenticationException;
import com.coupontools.errors.InvalidParameterException;
import com.coupontools.errors.LimitException;
import com.coupontools.errors.MissingParameterException;
import com.coupontools.errors.NotFoundException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The one place where an API error becomes an exception type (server envelopes and client-side checks alike). */
final class ErrorMapper {
  private static final Pattern PARAMETER = Pattern.compile("[Pp]arameter:\\s*([A-Za-z0-9_\\[\\]-]*[A-Za-z0-9_\\]])");

  private ErrorMapper() {}

  /** The exception type of an error, by the family of its first code. */
  static ApiException exception(ApiError e) {
    int c = e.code();
    if (c == 1000 || (c >= 100 && c < 200) || (c == 0 && e.httpStatus() == 401)) {
      return new AuthenticationException(e);
    } else if (c == 200) {
      return new MissingParameterException(e);
    } else if (c >= 300 && c < 350) {
      return new InvalidParameterException(e);
    } else if (c >= 500 && c < 600) {
      return new NotFoundException(e);
    } else if (c >= 600 && c < 700) {
      return new LimitException(e);
    }
    return new ApiException(e);
  }

  /** Whether a body's {@code status} value marks the error envelope ({@code {"status": "failed"}}, or just {@code "failed"}). */
  static boolean isFailedStatus(JsonNode status) {
    JsonNode s = status.isObject() ? status.path("status") : status;
    return "failed".equalsIgnoreCase(s.asText(""));
  }

  /** Reads both envelope variants: {@code errors} inside {@code status} or beside it; codes as number or array. */
  static ApiException fromEnvelope(JsonNode root, int httpStatus, String operation,
      Map<String, List<String>> headers, Redactor redactor) {
    JsonNode errors = root.path("status").has("errors") ? root.path("status").path("errors") : root.path("errors");
    List<Integer> codes = new ArrayList<>();
    JsonNode code = errors.path("error_code");
    for (JsonNode c : code.isArray() ? code : List.of(code)) {
      if (c.canConvertToInt() || c.asText().trim().matches("\\d{1,9}")) {
        codes.add(c.isNumber() ? c.intValue() : Integer.parseInt(c.asText().trim()));
      }
    }
    List<String> descriptions = new ArrayList<>();
    JsonNode d = errors.path("error_message_description");
    for (JsonNode t : d.isArray() ? d : List.of(d)) {
      if (t.isValueNode() && !t.asText().isBlank()) {
        descriptions.add(redactor.text(t.asText().trim()));
      }
    }
    String message = errors.path("error_message").isValueNode() ? redactor.text(errors.path("error_message").asText()) : null;
    String parameter = null;
    for (String s : descriptions) {
      Matcher m = PARAMETER.matcher(s);
      if (m.find()) {
        parameter = m.group(1);
        break;
      }
    }
    return exception(new ApiError(httpStatus, codes, message, descriptions, parameter, operation, headers));
  }

  /** An HTTP error without the envelope (a proxy's page, Prism's problem+json, an empty 503). */
  static ApiException fromHttpStatus(int httpStatus, String detail, String operation, Map<String, List<String>> headers) {
    List<String> d = detail == null || detail.isBlank() ? List.of() : List.of(detail);
    return exception(new ApiError(httpStatus, List.of(), null, d, null, operation, headers));
  }
}
