package com.coupontools.errors;

/** The server answered, but the body could not be read as the expected JSON. */
public class InvalidResponseException extends CoupontoolsException {
  private static final long serialVersionUID = 1L;

  private final int httpStatus;

  public InvalidResponseException(String operation, int httpStatus, String detail, Throwable cause) {
    super("Unreadable response to " + operation + " (HTTP " + httpStatus + "): " + detail, operation, cause);
    this.httpStatus = httpStatus;
  }

  public int httpStatus() {
    return httpStatus;
  }
}
