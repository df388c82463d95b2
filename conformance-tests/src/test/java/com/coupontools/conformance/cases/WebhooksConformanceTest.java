package com.coupontools.conformance.cases;

import static com.coupontools.conformance.cases.ExpectedErrors.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.coupontools.client.WireValue;
import com.coupontools.conformance.harness.Call;
import com.coupontools.conformance.harness.ConformanceCase;
import com.coupontools.conformance.harness.TargetKind;
import com.coupontools.errors.InvalidParameterException;
import com.coupontools.errors.MissingParameterException;
import com.coupontools.errors.NotFoundException;
import com.coupontools.api.WebhookVerificationRequest;
import com.coupontools.api.WebhookVerificationResponse;
import java.time.LocalDateTime;

/**
 * Webhook verification: is {@code evt_…} an event this account really sent (optionally: about this
 * session)? The documented event {@code evt_8f3a2b1c9d} (a validation of session
 * {@code 3k9x2m7q4w8e1r5t6y0u2}) exists on the mock and in the sandbox's demo data.
 */
class WebhooksConformanceTest {

  private static final String EVENT = "evt_8f3a2b1c9d";
  private static final String SESSION = "3k9x2m7q4w8e1r5t6y0u2";

  @ConformanceCase(operation = "webhook_verification", targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = "verifies the documented demo event")
  void verify(Call call) {
    WebhookVerificationResponse r = call.client().webhooks().verify(WebhookVerificationRequest.of(EVENT).toBuilder().session(SESSION).build());
    assertEquals(WebhookVerificationResponse.Result.VALID, r.result());
    assertEquals(EVENT, r._webhook().asString());
    assertEquals(SESSION, r.session());
    assertEquals("cam_123456", r._campaign().asString());
    assertEquals("coupon_validated", r.type());
    assertEquals(LocalDateTime.of(2026, 3, 14, 9, 41, 7), r.date());
  }

  @ConformanceCase(operation = "webhook_verification", targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = "verifies the documented demo event")
  void verifyWithShortSessionCode(Call call) {
    // The 6-character short form names the same session.
    WebhookVerificationResponse r = call.client().webhooks().verify(
        WebhookVerificationRequest.of(EVENT).toBuilder().session(SESSION.substring(0, 6)).build());
    assertEquals(WebhookVerificationResponse.Result.VALID, r.result());
    assertEquals(SESSION, r.session());
  }

  @ConformanceCase(operation = "webhook_verification", code = 200)
  void verifyWithoutWebhook(Call call) {
    call.forceExampleOnMock("e200_missing_webhook");
    expect(MissingParameterException.class, 200, "webhook",
        () -> call.client().webhooks().verify(WebhookVerificationRequest.builder().session(SESSION)._webhook(WireValue.missing()).build()));
  }

  @ConformanceCase(operation = "webhook_verification", code = 301)
  void verifyMalformedWebhook(Call call) {
    call.forceExampleOnMock("e301_invalid_webhook");
    expect(InvalidParameterException.class, 301, "webhook",
        () -> call.client().webhooks().verify(WebhookVerificationRequest.of("8f3a2b1c9d")));
  }

  @ConformanceCase(operation = "webhook_verification", code = 301)
  void verifyWithMalformedSession(Call call) {
    call.forceExampleOnMock("e301_invalid_session");
    expect(InvalidParameterException.class, 301, "session",
        () -> call.client().webhooks().verify(WebhookVerificationRequest.of(EVENT).toBuilder().session("3k9x-2m").build()));
  }

  @ConformanceCase(operation = "webhook_verification", code = 509, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void verifyUnknownWebhook(Call call) {
    call.forceExampleOnMock("e509_webhook_not_found");
    expect(NotFoundException.class, 509,
        () -> call.client().webhooks().verify(WebhookVerificationRequest.of("evt_0000000000")));
  }

  @ConformanceCase(operation = "webhook_verification", code = 509, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void verifyWebhookOfAnotherSession(Call call) {
    call.forceExampleOnMock("e509_webhook_not_found");
    // The event exists but concerns another session: a forged pairing must not verify.
    expect(NotFoundException.class, 509,
        () -> call.client().webhooks().verify(WebhookVerificationRequest.of(EVENT).toBuilder().session("plpft75v2seh60kvj50ce").build()));
  }

  @ConformanceCase(operation = "webhook_verification", code = 1000)
  void verifyWithWrongCredentials(Call call) {
    AuthenticationCases.rejectsWrongCredentials(call, c -> c.webhooks().verify(WebhookVerificationRequest.of(EVENT)));
  }

  @ConformanceCase(operation = "webhook_verification", code = 101, targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = "101 needs an account whose expiry date has passed")
  void verifyWithExpiredAccount(Call call) {
    AuthenticationCases.rejectsExpiredAccount(call, c -> c.webhooks().verify(WebhookVerificationRequest.of(EVENT)));
  }
}
