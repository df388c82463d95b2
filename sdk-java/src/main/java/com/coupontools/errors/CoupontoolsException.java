package com.coupontools.errors;

import java.util.Optional;

/**
 * The root of every exception the SDK throws; unchecked, like OkHttp's and Jackson's.
 *
 * <pre>{@code
 * try {
 *   client.campaigns().info(CampaignInfoRequest.of("cam_999999"));
 * } catch (CoupontoolsException e) {
 *   System.err.println(e.getMessage()); // never contains a secret
 *   e.requestId();                      // the server's X-Request-Id, for support
 * }
 * }</pre>
 *
 * <p>Subclasses: {@link ApiException} (the API answered with an error), {@link TransportException}
 * (the exchange failed on the network) and {@link InvalidResponseException} (the answer could not
 * be read as the contract says).
 */
public abstract class CoupontoolsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String operation;
  private final String requestId;

  protected CoupontoolsException(
      String message, String operation, String requestId, Throwable cause) {
    super(message, cause);
    this.operation = operation;
    this.requestId = requestId;
  }

  /** The operationId of the call that failed ({@code campaign_info}), when it belongs to one. */
  public String operation() {
    return operation;
  }

  /** The {@code X-Request-Id} the server sent with its answer, when there was one. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** {@code " (campaigns.info, HTTP 422, request req_…)"}: where it happened, for messages. */
  static String context(String name, int httpStatus, String requestId) {
    StringBuilder b = new StringBuilder(" (");
    b.append(name == null ? "unknown operation" : name);
    b.append(httpStatus > 0 ? ", HTTP " + httpStatus : ", not sent");
    if (requestId != null) {
      b.append(", request ").append(requestId);
    }
    return b.append(')').toString();
  }
}
