package com.coupontools.api;

import com.coupontools.errors.InvalidResponseException;
import com.coupontools.internal.WebhookBodies;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Reading webhook deliveries: Coupontools POSTs a JSON {@link WebhookEvent} to your endpoint
 * when an event happens. Parse the body, confirm the event is real with
 * {@code client.webhooks().verify(event)} (the documented way), and treat
 * {@link WebhookEvent#webhook()} as an idempotency key: a delivery may come more than once.
 *
 * <pre>{@code
 * String body = java.nio.file.Files.readString(java.nio.file.Path.of("delivery.json")); // as received
 * WebhookEvent event = Webhooks.parse(body);
 * if (event.type().equals(WebhookEvent.Type.COUPON_VALIDATED)) {
 *   WebhookVerificationResponse proof = client.webhooks().verify(event);
 * }
 * }</pre>
 *
 * <p>Parsing is lenient, as a receiver must be: an event type this SDK does not know parses (an
 * open {@link WebhookEvent.Type} keeping its wire string), unknown fields are kept in
 * {@code _additionalProperties()}, and a field that is missing or malformed throws only when it is
 * read ({@link WebhookEvent#validate()} checks all at once). For the Standard Webhooks signature
 * the sandbox can add (a sandbox extension), see {@link WebhookSignature}.
 */
public final class Webhooks {
  private Webhooks() {}

  /**
   * The event in a delivery's body.
   *
   * @param body the request body as received
   * @return the event
   * @throws InvalidResponseException when the body is not one JSON object
   */
  public static WebhookEvent parse(String body) {
    return parse(Objects.requireNonNull(body, "body").getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The event in a delivery's body, from its bytes (UTF-8 JSON).
   *
   * @param body the request body as received
   * @return the event
   * @throws InvalidResponseException when the body is not one JSON object
   */
  public static WebhookEvent parse(byte[] body) {
    return WebhookBodies.parse(
        Objects.requireNonNull(body, "body"), WebhookEvent.class, WebhookEvent::read);
  }
}
