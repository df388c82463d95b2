package com.coupontools.conformance.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.coupontools.api.WebhookVerificationRequest;
import com.coupontools.api.WebhookVerificationResponse;
import com.coupontools.conformance.harness.Call;
import com.coupontools.conformance.harness.ConformanceCase;
import com.coupontools.conformance.harness.TargetKind;
import java.time.LocalDateTime;

/**
 * Webhook verification: is {@code evt_…} an event this account really sent (optionally: about this
 * session)? The documented event {@code evt_8f3a2b1c9d} (a validation of session
 * {@code 3k9x2m7q4w8e1r5t6y0u2}) exists on the mock and in the sandbox's demo data.
 */
class WebhooksConformanceTest {

  private static final String EVENT = "evt_8f3a2b1c9d";
  private static final String SESSION = "3k9x2m7q4w8e1r5t6y0u2";

  @ConformanceCase(
      operation = "webhook_verification",
      targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = "verifies the documented demo event")
  void verify(Call call) {
    WebhookVerificationResponse r = call.client()
        .webhooks()
        .verify(
            WebhookVerificationRequest.of(EVENT).toBuilder().session(SESSION).build());
    assertEquals(WebhookVerificationResponse.Result.VALID, r.result());
    assertEquals(EVENT, r._webhook().asString());
    assertEquals(SESSION, r.session());
    assertEquals("cam_123456", r._campaign().asString());
    assertEquals("coupon_validated", r.type());
    assertEquals(LocalDateTime.of(2026, 3, 14, 9, 41, 7), r.date());
  }

  @ConformanceCase(
      operation = "webhook_verification",
      targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = "verifies the documented demo event")
  void verifyWithShortSessionCode(Call call) {
    // The 6-character short form names the same session.
    WebhookVerificationResponse r = call.client()
        .webhooks()
        .verify(WebhookVerificationRequest.of(EVENT).toBuilder()
            .session(SESSION.substring(0, 6))
            .build());
    assertEquals(WebhookVerificationResponse.Result.VALID, r.result());
    assertEquals(SESSION, r.session());
  }
}
