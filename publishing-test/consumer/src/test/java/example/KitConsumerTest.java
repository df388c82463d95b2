package example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.coupontools.api.CouponSessionUpdateRequest;
import com.coupontools.api.SingleUseCreateRequest;
import com.coupontools.api.WebhookEvent;
import com.coupontools.client.CoupontoolsClient;
import com.coupontools.sandbox.junit.CoupontoolsSandbox;
import com.coupontools.sandbox.junit.SandboxTenant;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The published JUnit 5 kit from a consumer's build: the in-process sandbox, a tenant, a webhook. */
@CoupontoolsSandbox
class KitConsumerTest {
  @Test
  void aValidationIsDeliveredAndVerified(CoupontoolsClient client, SandboxTenant tenant) {
    String session = client
        .singleUse()
        .create(SingleUseCreateRequest.of(tenant.id("cam_123456")))
        .singleUseCode();
    client
        .couponSessions()
        .update(CouponSessionUpdateRequest.of(session).toBuilder()
            .status(CouponSessionUpdateRequest.Status.VALIDATE)
            .build());
    WebhookEvent event =
        tenant.awaitWebhook("coupon_validated", Duration.ofSeconds(10)).event();
    assertEquals(session, event.session());
    assertEquals(event.webhook(), client.webhooks().verify(event).webhook());
    System.out.println("kit consumer: " + event.webhook() + " delivered and verified");
  }
}
