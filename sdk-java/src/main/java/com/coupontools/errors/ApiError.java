package com.coupontools.errors;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The parsed error of a failed call (or the error client-side validation found), as carried by
 * {@link ApiException#error()}. Every text in it is already free of secrets.
 *
 * <pre>{@code
 * ApiError error = ApiError.builder().httpStatus(422).codes(List.of(502))
 *     .descriptions(List.of("Campaign ID not found.")).operation("campaign_info", "campaigns.info").build();
 * }</pre>
 */
public final class ApiError {
  private final int httpStatus;
  private final List<Integer> codes;
  private final String errorMessage;
  private final List<String> descriptions;
  private final String parameter;
  private final String operation;
  private final String operationName;
  private final String requestId;
  private final String hint;
  private final Map<String, List<String>> headers;

  private ApiError(Builder b) {
    httpStatus = b.httpStatus;
    codes = List.copyOf(b.codes);
    errorMessage = b.errorMessage;
    descriptions = List.copyOf(b.descriptions);
    parameter = b.parameter;
    operation = b.operation;
    operationName = b.operationName;
    requestId = b.requestId;
    hint = b.hint;
    Map<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    b.headers.forEach((k, v) -> h.put(k, List.copyOf(v)));
    headers = Collections.unmodifiableMap(h);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The HTTP status; 0 when the error was found before sending. */
  public int httpStatus() {
    return httpStatus;
  }

  /** The error codes; the first decides the exception type (empty when the answer had none). */
  public List<Integer> codes() {
    return codes;
  }

  /** The first error code, or 0 when there was none. */
  public int code() {
    return codes.isEmpty() ? 0 : codes.get(0);
  }

  /** The envelope's {@code error_message} (an HTTP status line), when there was one. */
  public Optional<String> errorMessage() {
    return Optional.ofNullable(errorMessage);
  }

  /** The server's explanations ({@code error_message_description}), one per code. */
  public List<String> descriptions() {
    return descriptions;
  }

  /** The parameter the error names ({@code "…parameter: amount"}), when it names one. */
  public Optional<String> parameter() {
    return Optional.ofNullable(parameter);
  }

  /** The operationId ({@code campaign_info}), when the error belongs to a call. */
  public Optional<String> operation() {
    return Optional.ofNullable(operation);
  }

  /** The SDK's name of the call ({@code campaigns.info}), or of the builder that refused to build. */
  public Optional<String> operationName() {
    return Optional.ofNullable(operationName);
  }

  /** The server's {@code X-Request-Id}, when it sent one: what support asks for. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** What client-side validation adds to the server's wording (the allowed range, length…). */
  public Optional<String> hint() {
    return Optional.ofNullable(hint);
  }

  /** The response headers (names case-insensitive); empty when nothing was received. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ApiError)) {
      return false;
    }
    ApiError e = (ApiError) o;
    return httpStatus == e.httpStatus
        && codes.equals(e.codes)
        && Objects.equals(errorMessage, e.errorMessage)
        && descriptions.equals(e.descriptions)
        && Objects.equals(parameter, e.parameter)
        && Objects.equals(operation, e.operation)
        && Objects.equals(requestId, e.requestId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        httpStatus, codes, errorMessage, descriptions, parameter, operation, requestId);
  }

  @Override
  public String toString() {
    return "ApiError{http=" + httpStatus + ", codes=" + codes + ", descriptions=" + descriptions
        + ", parameter=" + parameter + ", operation=" + operation + ", requestId=" + requestId
        + "}";
  }

  /** Builds an {@link ApiError}; every field is optional. */
  public static final class Builder {
    private int httpStatus;
    private List<Integer> codes = List.of();
    private String errorMessage;
    private List<String> descriptions = List.of();
    private String parameter;
    private String operation;
    private String operationName;
    private String requestId;
    private String hint;
    private Map<String, List<String>> headers = Map.of();

    private Builder() {}

    public Builder httpStatus(int httpStatus) {
      this.httpStatus = httpStatus;
      return this;
    }

    public Builder codes(List<Integer> codes) {
      this.codes = codes;
      return this;
    }

    public Builder errorMessage(String errorMessage) {
      this.errorMessage = errorMessage;
      return this;
    }

    public Builder descriptions(List<String> descriptions) {
      this.descriptions = descriptions;
      return this;
    }

    public Builder parameter(String parameter) {
      this.parameter = parameter;
      return this;
    }

    /** @param id the operationId; @param name the SDK's name of the call */
    public Builder operation(String id, String name) {
      this.operation = id;
      this.operationName = name;
      return this;
    }

    public Builder requestId(String requestId) {
      this.requestId = requestId;
      return this;
    }

    public Builder hint(String hint) {
      this.hint = hint;
      return this;
    }

    public Builder headers(Map<String, List<String>> headers) {
      this.headers = Objects.requireNonNull(headers, "headers");
      return this;
    }

    public ApiError build() {
      return new ApiError(this);
    }
  }
}
