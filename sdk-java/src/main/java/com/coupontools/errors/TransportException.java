package com.coupontools.errors;

import java.io.IOException;

/**
 * The exchange failed on the network (connection refused, timeout, reset). {@link #requestSent()}
 * says whether the request may have reached the server: when it is false the call had no effect
 * and was already retried as configured.
 */
public class TransportException extends CoupontoolsException {
  private static final long serialVersionUID = 1L;

  private final boolean requestSent;

  /**
   * @param operation the operationId
   * @param operationName the SDK's name of the call
   * @param detail what failed, already free of secrets
   * @param cause the I/O failure
   * @param requestSent whether the request may have reached the server
   */
  public TransportException(
      String operation,
      String operationName,
      String detail,
      IOException cause,
      boolean requestSent) {
    super(
        "I/O error: " + detail + (requestSent ? "" : " (request not sent)") + " (" + operationName
            + ")",
        operation,
        null,
        cause);
    this.requestSent = requestSent;
  }

  /** False when the failure happened before the request was written (no server-side effect). */
  public boolean requestSent() {
    return requestSent;
  }
}
