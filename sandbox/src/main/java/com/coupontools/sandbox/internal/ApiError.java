package com.coupontools.sandbox.internal;

/**
 * A documented API error: one code of the catalogue and the sentence naming what went wrong.
 * Thrown anywhere below the HTTP layer, which turns it into the spec's error envelope.
 */
final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int code;

  public ApiError(int code, String description) {
    super(description, null, false, false);
    this.code = code;
  }

  public int code() {
    return code;
  }

  public String description() {
    return getMessage();
  }

  /** 401 for the authentication and account family (1000, 101–104), 422 for everything else. */
  public int httpStatus() {
    return code == 1000 || (code >= 100 && code < 200) ? 401 : 422;
  }

  public static ApiError invalidCredentials() {
    return new ApiError(1000, "Invalid login credentials.");
  }

  @Override
  public String toString() {
    return code + " " + getMessage();
  }
}
