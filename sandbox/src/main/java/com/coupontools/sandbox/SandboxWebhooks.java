package com.coupontools.sandbox;

import com.coupontools.sandbox.internal.Webhooks;
import java.util.function.Consumer;

/**
 * Webhook delivery of a running sandbox, for code in the same process (a test kit, a test):
 * observe every attempt and configure endpoints without HTTP. The control routes under
 * {@code /_sandbox/webhooks/} do the same over HTTP and also list what was stored.
 *
 * <pre>{@code
 * BlockingQueue<WebhookAttempt> seen = new LinkedBlockingQueue<>();
 * try (AutoCloseable l = sandbox.webhooks().onAttempt(seen::add)) {
 *   ... validate a session ...
 *   WebhookAttempt a = seen.poll(2, TimeUnit.SECONDS);   // a.delivered(), a.body() …
 * }
 * }</pre>
 *
 * <p>On PostgreSQL with several replicas, a listener sees the attempts of its own process only.
 */
public final class SandboxWebhooks {
  private final Webhooks hub;

  SandboxWebhooks(Webhooks hub) {
    this.hub = hub;
  }

  /** Calls {@code listener} (on a delivery thread) after each attempt is stored; close the handle to stop. */
  public AutoCloseable onAttempt(Consumer<WebhookAttempt> listener) {
    return hub.onAttempt(listener);
  }

  /** How this sandbox delivers (timeout, retries, inferred types). */
  public WebhookConfig config() {
    return hub.config();
  }

  /**
   * Sends the events of {@code account} ({@code main}, or a subaccount's {@code sub_…}) of
   * {@code tenant} (null: the demo tenant; else {@code ten_…}) to {@code url} ("" for none: a
   * subaccount then falls back to its main account's).
   *
   * @throws IllegalArgumentException for an unknown tenant or account or a bad URL
   */
  public void setEndpoint(String tenant, String account, String url) {
    hub.setEndpoint(tenant, account, java.util.Objects.requireNonNull(url, "url"), null);
  }

  /**
   * Signs the account's deliveries the Standard Webhooks way (a sandbox extension) with
   * {@code secret} ({@code whsec_…}), a new one ({@code "generate"}), or stops signing ("").
   * Returns the secret in effect.
   */
  public String setSigningSecret(String tenant, String account, String secret) {
    return hub.setEndpoint(
        tenant, account, null, java.util.Objects.requireNonNull(secret, "secret"));
  }
}
