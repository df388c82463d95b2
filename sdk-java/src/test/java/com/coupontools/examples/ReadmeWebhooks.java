package com.coupontools.examples;

// --- README "Webhooks" snippet: keep in sync with sdk-java/README.md (ReadmeExampleTest) ---
import com.coupontools.api.WebhookEvent;
import com.coupontools.api.WebhookVerificationResponse;
import com.coupontools.api.Webhooks;
import com.coupontools.client.CoupontoolsClient;

// spotless:off — the README quotes this file line for line, in its own layout
/** The README's webhook receiver snippet, compiled by the build (run by the kit's tests, not here). */
final class ReadmeWebhooks {
  private ReadmeWebhooks() { }

  static void receive(CoupontoolsClient client, String requestBody) {
    WebhookEvent event = Webhooks.parse(requestBody);            // or parse(byte[])
    if (event.type().equals(WebhookEvent.Type.COUPON_VALIDATED)) {
      WebhookVerificationResponse proof = client.webhooks().verify(event);   // webhook/verification
      System.out.println(proof.result().value());
    }
  }
}
// spotless:on
