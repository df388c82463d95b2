package com.coupontools.sandbox.junit;

import com.coupontools.api.WebhookSignature;
import com.coupontools.client.CoupontoolsClient;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.opentest4j.AssertionFailedError;

/**
 * A test class's own tenant of the in-process sandbox: a main account with two subaccounts and
 * a copy of the demo data (same names and session codes; campaign, card and directory IDs of its
 * own, see {@link #id(String)}), its credentials, a ready client, and the webhooks delivered to
 * it. Thread-safe. Deleted, with everything it owns, after the class.
 */
public final class SandboxTenant {
  private final SharedSandbox shared;
  private final String id;
  private final String clientId;
  private final String clientSecret;
  private final Map<String, String> ids;
  private final CoupontoolsClient client;
  private final WebhookInbox inbox;

  SandboxTenant(
      SharedSandbox shared,
      String id,
      String clientId,
      String clientSecret,
      Map<String, String> ids,
      CoupontoolsClient client,
      WebhookInbox inbox) {
    this.shared = shared;
    this.id = id;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.ids = Map.copyOf(ids);
    this.client = client;
    this.inbox = inbox;
  }

  /** The tenant's ID ({@code ten_…}), for the sandbox's control routes and CLI. */
  public String tenantId() {
    return id;
  }

  /** The sandbox's base URL ({@code http://127.0.0.1:<port>}). */
  public URI baseUrl() {
    return shared.baseUrl;
  }

  /** The main account's client ID. */
  public String clientId() {
    return clientId;
  }

  /** The main account's client secret. */
  public String clientSecret() {
    return clientSecret;
  }

  /** A client for the main account (closed after the class; do not close it yourself). */
  public CoupontoolsClient client() {
    return client;
  }

  /**
   * This tenant's ID for a demo ID of the sandbox README ({@code cam_123456} → {@code cam_1000004});
   * IDs that stay the same (session codes, names) map to themselves.
   *
   * @param demoId an ID of the demo data
   * @return the tenant's
   */
  public String id(String demoId) {
    return ids.getOrDefault(Objects.requireNonNull(demoId, "demoId"), demoId);
  }

  /**
   * The next delivery of {@code type} to this tenant that no earlier call returned, waiting up to
   * {@code timeout} for it; a redelivery counts as a delivery of its own.
   *
   * @param type the event type ({@code coupon_validated})
   * @param timeout how long to wait
   * @return the delivery
   * @throws AssertionFailedError when none came in time (naming what did come)
   */
  public ReceivedWebhook awaitWebhook(String type, Duration timeout) {
    try {
      ReceivedWebhook w = inbox.await(
          Objects.requireNonNull(type, "type"), Objects.requireNonNull(timeout, "timeout"));
      if (w == null) {
        throw new AssertionFailedError("no " + type + " webhook delivered to tenant " + id
            + " within " + timeout + "; received so far: "
            + inbox.all().stream().map(ReceivedWebhook::type).collect(Collectors.toList()));
      }
      return w;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionFailedError("interrupted waiting for a " + type + " webhook", e);
    }
  }

  /** Every delivery to this tenant so far, in arrival order. */
  public List<ReceivedWebhook> receivedWebhooks() {
    return inbox.all();
  }

  /**
   * Makes the receiver answer this tenant's next deliveries with {@code status} (500 to see the
   * sandbox retry; 200 again after). The sandbox retries after 1 s, 2 s and 5 s.
   *
   * @param status an HTTP status
   */
  public void answerWebhooksWith(int status) {
    if (status < 200 || status > 599) {
      throw new IllegalArgumentException("an HTTP status from 200 to 599: " + status);
    }
    inbox.answerWith(status);
  }

  /**
   * Signs this tenant's deliveries from now on the Standard Webhooks way — a sandbox extension
   * that Coupontools does not document — with a new secret, and returns the verifier for it.
   *
   * @return the SDK's verifier for the new secret
   */
  public WebhookSignature signWebhooks() {
    return WebhookSignature.of(shared.signDeliveries(id));
  }

  void close() {
    try {
      client.close();
    } finally {
      shared.deleteTenant(id);
    }
  }

  /** {@code SandboxTenant{ten_…, http://127.0.0.1:…, clientId=…}}: never the secret. */
  @Override
  public String toString() {
    return "SandboxTenant{" + id + ", " + shared.baseUrl + ", clientId=" + clientId
        + ", clientSecret=***}";
  }
}
