package com.coupontools.errors;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The parsed error envelope of a failed call (or the error client-side validation found), as
 * carried by {@link ApiException#error()}. All fields are already redacted.
 */
public final class ApiError {
  private final int httpStatus;
  private final List<Integer> codes;
  private final String errorMessage;
  private final List<String> descriptions;
  private final String parameter;
  private final String operation;
  private final Map<String, List<String>> headers;

  /**
   * @param httpStatus the HTTP status, 0 when client-side validation found the error
   * @param codes the error codes, first one decides the exception type (empty when none)
   * @param errorMessage the envelope's {@code error_message} (an HTTP status line), or null
   * @param descriptions the envelope's {@code error_message_description} entries
   * @param parameter the parameter the error names, or null
   * @param operation the operationId, or null
   * @param headers the response headers (empty when there was no response)
   */
  public ApiError(int httpStatus, List<Integer> codes, String errorMessage, List<String> descriptions,
      String parameter, String operation, Map<String, List<String>> headers) {
    this.httpStatus = httpStatus;
    this.codes = List.copyOf(codes);
    this.errorMessage = errorMessage;
    this.descriptions = List.copyOf(descriptions);
    this.parameter = parameter;
    this.operation = operation;
    this.headers = headers == null ? Map.of() : Collections.unmodifiableMap(headers);
  }

  public int httpStatus() {
    return httpStatus;
  }

  public List<Integer> codes() {
    return codes;
  }

  /** The first error code, or 0 when the body carried none. */
  public int code() {
    return codes.isEmpty() ? 0 : codes.get(0);
  }

  public String errorMessage() {
    return errorMessage;
  }

  public List<String> descriptions() {
    return descriptions;
  }

  public String parameter() {
    return parameter;
  }

  public String operation() {
    return operation;
  }

  public Map<String, List<String>> headers() {
    return headers;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ApiError)) {
      return false;
    }
    ApiError e = (ApiError) o;
    return httpStatus == e.httpStatus && codes.equals(e.codes) && Objects.equals(errorMessage, e.errorMessage)
        && descriptions.equals(e.descriptions) && Objects.equals(parameter, e.parameter)
        && Objects.equals(operation, e.operation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(httpStatus, codes, errorMessage, descriptions, parameter, operation);
  }

  @Override
  public String toString() {
    return "ApiError{http=" + httpStatus + ", codes=" + codes + ", descriptions=" + descriptions
        + ", parameter=" + parameter + ", operation=" + operation + "}";
  }
}
