package com.coupontools.conformance.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.api.CouponSessionUpdateRequest;
import com.coupontools.api.CouponSessionUpdateResponse;
import com.coupontools.api.SingleUseCreateRequest;
import com.coupontools.api.WebhookEvent;
import com.coupontools.api.WebhookSignature;
import com.coupontools.api.WebhookVerificationResponse;
import com.coupontools.client.CoupontoolsClient;
import com.coupontools.errors.WebhookSignatureException;
import com.coupontools.sandbox.junit.CoupontoolsSandbox;
import com.coupontools.sandbox.junit.ReceivedWebhook;
import com.coupontools.sandbox.junit.SandboxTenant;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Webhook deliveries (issue #13), through the published JUnit 5 kit: the sandbox in-process, a
 * tenant of this class's own, and the kit's receiver. The SDK's public API does the rest: a
 * validation's delivery parses into the contract's {@code WebhookEvent}, matches what the
 * validating call answered, verifies through {@code webhook/verification}; a receiver that fails
 * gets the same event again; a signed delivery (the sandbox extension) verifies, a changed one not.
 * (Only the sandbox delivers: the mock and a real account are not targets here.)
 */
@CoupontoolsSandbox
class WebhookDeliveryConformanceTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  private static CouponSessionUpdateResponse validateNewSession(
      CoupontoolsClient client, SandboxTenant tenant) {
    String session = client
        .singleUse()
        .create(SingleUseCreateRequest.of(tenant.id("cam_123456")))
        .singleUseCode();
    return client
        .couponSessions()
        .update(CouponSessionUpdateRequest.of(session).toBuilder()
            .status(CouponSessionUpdateRequest.Status.VALIDATE)
            .build());
  }

  /** The next coupon_validated delivery about {@code session} (other cases of the class validate too). */
  private static ReceivedWebhook deliveryOf(SandboxTenant tenant, String session) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (true) {
      ReceivedWebhook w = tenant.awaitWebhook(
          "coupon_validated", Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
      if (w.event().session().equals(session)) {
        return w;
      }
    }
  }

  @Test
  void aValidationIsDeliveredAsTheContractsEventAndVerifies(
      CoupontoolsClient client, SandboxTenant tenant) {
    CouponSessionUpdateResponse validated = validateNewSession(client, tenant);
    String webhook = validated._webhook().asString();
    ReceivedWebhook delivery = deliveryOf(tenant, validated.session());
    assertEquals(
        "application/json", delivery.header("Content-Type").orElse("").replaceAll(";.*", ""));
    WebhookEvent event = delivery.event().validate(); // every field of the contract, typed
    assertEquals(
        webhook, event.webhook(), "the delivered event is the one the validation answered");
    assertEquals(WebhookEvent.Type.COUPON_VALIDATED, event.type());
    assertEquals(tenant.id("cam_123456"), event.campaign());
    assertEquals(validated.session(), event.couponsession().session());
    WebhookVerificationResponse proof = client.webhooks().verify(event);
    assertEquals(WebhookVerificationResponse.Result.VALID, proof.result());
    assertEquals(event.date(), proof.date());
  }

  @Test
  void aReceiverThatFailsGetsTheSameEventAgain(CoupontoolsClient client, SandboxTenant tenant) {
    ReceivedWebhook first;
    String session;
    tenant.answerWebhooksWith(500);
    try {
      session = validateNewSession(client, tenant).session();
      first = deliveryOf(tenant, session);
    } finally {
      tenant.answerWebhooksWith(200);
    }
    ReceivedWebhook again = deliveryOf(tenant, session);
    assertEquals(first.body(), again.body());
    assertEquals(200, again.answeredStatus());
  }

  @Test
  void aSignedDeliveryVerifiesAndAChangedOneDoesNot(
      CoupontoolsClient client, SandboxTenant tenant) {
    WebhookSignature signature = tenant.signWebhooks();
    ReceivedWebhook d = deliveryOf(tenant, validateNewSession(client, tenant).session());
    signature.verify(d.body(), name -> d.header(name).orElse(null));
    WebhookSignatureException e = assertThrows(
        WebhookSignatureException.class,
        () -> signature.verify(
            d.body().replace("coupon_validated", "coupon_voided"),
            name -> d.header(name).orElse(null)));
    assertEquals(WebhookSignatureException.Reason.NO_MATCHING_SIGNATURE, e.reason());
    assertTrue(d.header("webhook-signature").orElseThrow().startsWith("v1,"));
  }
}
