package com.coupontools.sandbox.internal;

/**
 * A documented API error: a code of the catalogue, the sentence, and (for the REST error body)
 * the parameter at fault when there is one. Thrown anywhere below the HTTP layer, which writes
 * it in the operation's style with the status the catalogue gives the code's family.
 * {@link #httpOverride} is only for the answers of the HTTP layer itself (unknown path, method
 * not allowed, internal error), which no operation documents.
 */
final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Missing or wrong credentials (the catalogue's 1000). */
  static final int INVALID_CREDENTIALS = 1000;
  /** A body that cannot be read (spec README, "Unreadable bodies": 300 on every operation with a body). */
  static final int UNREADABLE_BODY = 300;
  /** The code of the HTTP layer's own answers (unknown path, method not allowed, internal error). */
  static final int UNKNOWN_REQUEST = 300;

  private final int code;
  private final String parameter;
  private final int httpOverride;
  private final String statusLineOverride;

  ApiError(int code, String sentence, String parameter) {
    this(code, sentence, parameter, 0, null);
  }

  private ApiError(
      int code, String sentence, String parameter, int httpOverride, String statusLineOverride) {
    super(sentence, null, false, false);
    this.code = code;
    this.parameter = parameter;
    this.httpOverride = httpOverride;
    this.statusLineOverride = statusLineOverride;
  }

  /** An answer of the HTTP layer with its own status (404, 405, 500) and rpc status line. */
  static ApiError http(int status, String statusLine, int code, String sentence) {
    return new ApiError(code, sentence, null, status, statusLine);
  }

  int code() {
    return code;
  }

  String sentence() {
    return getMessage();
  }

  /** The parameter at fault, or null. */
  String parameter() {
    return parameter;
  }

  /** The HTTP status of an HTTP-layer answer, or 0 for an API error (status from the catalogue). */
  int httpOverride() {
    return httpOverride;
  }

  String statusLineOverride() {
    return statusLineOverride;
  }

  @Override
  public String toString() {
    return code + " " + getMessage();
  }
}
