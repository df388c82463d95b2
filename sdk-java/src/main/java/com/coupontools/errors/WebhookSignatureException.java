package com.coupontools.errors;

/**
 * A webhook delivery's Standard Webhooks signature did not verify: a header is missing or
 * malformed, the timestamp is outside the tolerance, or no signature matches the body.
 * {@link #reason()} says which; the message never contains the secret or a signature.
 *
 * <p>Signing is a sandbox extension: Coupontools does not document it (the documented way to
 * confirm an event is {@code client.webhooks().verify(event)}).
 */
public class WebhookSignatureException extends CoupontoolsException {
  private static final long serialVersionUID = 1L;

  /** Why a signature was refused. */
  public enum Reason {
    /** {@code webhook-id}, {@code webhook-timestamp} or {@code webhook-signature} is absent or empty. */
    MISSING_HEADER,
    /** {@code webhook-timestamp} is not a number of seconds. */
    MALFORMED_TIMESTAMP,
    /** The timestamp is older than the tolerance allows (a replayed delivery, or a wrong clock). */
    TIMESTAMP_TOO_OLD,
    /** The timestamp is further in the future than the tolerance allows. */
    TIMESTAMP_TOO_NEW,
    /** No {@code v1} signature of the header matches the body (wrong secret, or a changed body). */
    NO_MATCHING_SIGNATURE
  }

  private final Reason reason;

  /**
   * @param reason why
   * @param message what a developer reads (never a secret or a signature)
   */
  public WebhookSignatureException(Reason reason, String message) {
    super(message, null, null, null);
    this.reason = reason;
  }

  /** Why the signature was refused. */
  public Reason reason() {
    return reason;
  }
}
