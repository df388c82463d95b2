package com.coupontools.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * One delivery attempt this sandbox process made, as its listeners see it
 * ({@link SandboxWebhooks#onAttempt}): which event went where, what came back, and what happens
 * next. The same facts are stored in the database and listed by the control routes.
 *
 * @param eventId the event's ID ({@code evt_…}), the body's {@code webhook}
 * @param type the event type ({@code coupon_validated} …)
 * @param delivery the delivery's ID ({@code dlv_…}); a resend is a new delivery of the same event
 * @param url where it was POSTed
 * @param attempt 1 for the first attempt of this delivery
 * @param httpStatus the receiver's status, or 0 when there was no HTTP answer
 * @param latency from sending the request to the end of the answer (or the failure)
 * @param outcome what this attempt decided
 * @param error why it failed ({@code HTTP 500}, {@code connection refused} …), empty when delivered
 * @param body the exact bytes sent, as UTF-8 text (the JSON payload)
 * @param headers the request headers the sandbox set (content type, user agent, signature headers)
 * @param at when the attempt started
 */
public record WebhookAttempt(
    String eventId,
    String type,
    String delivery,
    String url,
    int attempt,
    int httpStatus,
    Duration latency,
    Outcome outcome,
    String error,
    String body,
    Map<String, String> headers,
    Instant at) {

  /** What an attempt decided. */
  public enum Outcome {
    /** A 2xx answer within the timeout: the delivery is done. */
    DELIVERED,
    /** Failed; another attempt is scheduled. */
    RETRY_SCHEDULED,
    /** Failed, and it was the last attempt of the schedule: the delivery ends "failed". */
    FAILED
  }

  public WebhookAttempt {
    headers = Map.copyOf(headers);
  }

  public boolean delivered() {
    return outcome == Outcome.DELIVERED;
  }
}
