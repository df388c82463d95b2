package com.coupontools.sandbox;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to run a sandbox: where it listens, where its state lives, the demo account's credentials
 * and who may use the sandbox control routes ({@code /_sandbox/…}).
 *
 * <pre>{@code
 * SandboxConfig config = SandboxConfig.defaults().port(0).inMemory();
 * try (Sandbox sandbox = Sandbox.start(config)) { ... sandbox.baseUrl() ... }
 *
 * SandboxConfig shared = SandboxConfig.defaults().port(0)
 *     .database(Database.postgres("jdbc:postgresql://127.0.0.1:5432/sandbox?user=sandbox", password));
 * }</pre>
 *
 * @param host the address to bind; 127.0.0.1 unless told otherwise
 * @param port the port; 0 picks a free one
 * @param database where the state lives (a SQLite directory by default)
 * @param clientId the demo main account's client ID (set on every start)
 * @param clientSecret the demo main account's client secret (set on every start)
 * @param controlToken the bearer token the control routes require from any client; null lets
 *     only loopback clients use them, without a token
 * @param webhooks how webhook events are delivered (endpoint of the demo account, retries, timeout,
 *     signing, inferred event types)
 */
public record SandboxConfig(
    String host,
    int port,
    Database database,
    String clientId,
    String clientSecret,
    String controlToken,
    WebhookConfig webhooks) {
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8090;
  public static final Path DEFAULT_DATA = Path.of("sandbox-data");
  public static final String DEFAULT_CLIENT_ID = "sandbox-client-id";
  public static final String DEFAULT_CLIENT_SECRET = "sandbox-client-secret";

  public SandboxConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(clientSecret, "clientSecret");
    Objects.requireNonNull(webhooks, "webhooks");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, was " + port);
    }
    if (clientId.isBlank() || clientSecret.isBlank()) {
      throw new IllegalArgumentException("the client ID and secret must not be blank");
    }
    if (controlToken != null && controlToken.length() < 16) {
      throw new IllegalArgumentException("the control token must have at least 16 characters");
    }
  }

  public static SandboxConfig defaults() {
    return new SandboxConfig(
        DEFAULT_HOST,
        DEFAULT_PORT,
        Database.directory(DEFAULT_DATA),
        DEFAULT_CLIENT_ID,
        DEFAULT_CLIENT_SECRET,
        null,
        WebhookConfig.defaults());
  }

  public SandboxConfig host(String value) {
    return new SandboxConfig(value, port, database, clientId, clientSecret, controlToken, webhooks);
  }

  public SandboxConfig port(int value) {
    return new SandboxConfig(host, value, database, clientId, clientSecret, controlToken, webhooks);
  }

  public SandboxConfig database(Database value) {
    return new SandboxConfig(host, port, value, clientId, clientSecret, controlToken, webhooks);
  }

  /** A SQLite file in {@code value}, or in memory when null. */
  public SandboxConfig dataDir(Path value) {
    return database(value == null ? Database.memory() : Database.directory(value));
  }

  /** The directory of a SQLite file database; null in memory or on PostgreSQL. */
  public Path dataDir() {
    return database.directory();
  }

  public SandboxConfig inMemory() {
    return database(Database.memory());
  }

  public SandboxConfig credentials(String id, String secret) {
    return new SandboxConfig(host, port, database, id, secret, controlToken, webhooks);
  }

  /** Requires {@code token} (as {@code Authorization: Bearer …}) on the control routes; null: loopback only. */
  public SandboxConfig controlToken(String token) {
    return new SandboxConfig(host, port, database, clientId, clientSecret, token, webhooks);
  }

  public SandboxConfig webhooks(WebhookConfig value) {
    return new SandboxConfig(host, port, database, clientId, clientSecret, controlToken, value);
  }

  /** Delivers the demo main account's webhook events to {@code url} (see {@link WebhookConfig#url}). */
  public SandboxConfig webhookUrl(String url) {
    return webhooks(webhooks.url(url));
  }

  /** The delays before each retry of a failed delivery (e.g. 1 s, 2 s in tests); none: one attempt. */
  public SandboxConfig webhookRetries(java.time.Duration... delays) {
    return webhooks(webhooks.retries(delays));
  }

  /** Without the control token. */
  @Override
  public String toString() {
    return "SandboxConfig[host=" + host + ", port=" + port + ", database=" + database
        + ", clientId=" + clientId + ", controlToken="
        + (controlToken == null ? "none (loopback only)" : "set") + ", webhooks=" + webhooks + "]";
  }
}
