package com.coupontools.errors;

/**
 * The root of every exception the SDK throws; unchecked, like Feign's and OkHttp's.
 *
 * <pre>{@code
 * try {
 *   client.campaigns().info(CampaignInfoRequest.of("cam_999999"));
 * } catch (CoupontoolsException e) {
 *   log.warn("{}", e.getMessage()); // never contains a secret
 * }
 * }</pre>
 *
 * <p>Subclasses: {@link ApiException} (the API answered with an error), {@link TransportException}
 * (the exchange failed on the network) and {@link InvalidResponseException} (the answer could not
 * be read).
 */
public abstract class CoupontoolsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String operation;

  protected CoupontoolsException(String message, String operation, Throwable cause) {
    super(message, cause);
    this.operation = operation;
  }

  /** The operationId of the call that failed (e.g. {@code campaign_info}), or null. */
  public String operation() {
    return operation;
  }
}
