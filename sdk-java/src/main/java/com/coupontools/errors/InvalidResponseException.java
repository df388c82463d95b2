package com.coupontools.errors;

/**
 * The server answered, but not as the contract says: a body that is not the expected JSON, or
 * (thrown by a model's typed accessor, on access) a required field that is missing or a value
 * that cannot be read as its type. The message names the field; the raw value stays reachable
 * through the model's {@code _field()}.
 */
public class InvalidResponseException extends CoupontoolsException {
  private static final long serialVersionUID = 1L;

  private final int httpStatus;

  /** A call's answer could not be read. */
  public InvalidResponseException(
      String operation,
      String operationName,
      int httpStatus,
      String requestId,
      String detail,
      Throwable cause) {
    super(
        "Unreadable answer: " + detail + context(operationName, httpStatus, requestId),
        operation,
        requestId,
        cause);
    this.httpStatus = httpStatus;
  }

  /** A field of a parsed answer is missing or malformed ({@code "CampaignInfo.expirydate is …"}). */
  public InvalidResponseException(String detail) {
    super(detail, null, null, null);
    this.httpStatus = 0;
  }

  /** The HTTP status of the answer, or 0 when thrown by a typed accessor. */
  public int httpStatus() {
    return httpStatus;
  }
}
