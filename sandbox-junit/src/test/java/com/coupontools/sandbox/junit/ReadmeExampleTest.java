package com.coupontools.sandbox.junit;

// The README's example, as written there (README.md, "Example").
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.coupontools.api.*;
import com.coupontools.client.CoupontoolsClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

// spotless:off — the README quotes this file line for line, in its own layout
@CoupontoolsSandbox
class ReadmeExampleTest {
  @Test
  void validatingASessionDeliversAVerifiableWebhook(CoupontoolsClient client, SandboxTenant tenant) {
    String campaign = tenant.id("cam_123456");
    String session = client.singleUse().create(SingleUseCreateRequest.of(campaign)).singleUseCode();
    client.couponSessions().update(CouponSessionUpdateRequest.of(session).toBuilder()
        .status(CouponSessionUpdateRequest.Status.VALIDATE).build());

    WebhookEvent event = tenant.awaitWebhook("coupon_validated", Duration.ofSeconds(5)).event();
    assertEquals(session, event.session());
    assertEquals(campaign, event.campaign());
    assertEquals("coupon_validated", client.webhooks().verify(event).type());
  }
}
// spotless:on
