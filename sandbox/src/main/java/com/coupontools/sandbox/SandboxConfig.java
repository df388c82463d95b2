package com.coupontools.sandbox;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to run a sandbox: where it listens, where its database lives and the demo account's
 * credentials.
 *
 * <pre>{@code
 * SandboxConfig config = SandboxConfig.defaults().port(0).inMemory();
 * try (Sandbox sandbox = Sandbox.start(config)) { ... sandbox.baseUrl() ... }
 * }</pre>
 *
 * @param host the address to bind; 127.0.0.1 unless told otherwise
 * @param port the port; 0 picks a free one
 * @param dataDir the directory of the database file, or null for an in-memory database
 * @param clientId the demo main account's client ID (set on every start)
 * @param clientSecret the demo main account's client secret (set on every start)
 */
public record SandboxConfig(String host, int port, Path dataDir, String clientId, String clientSecret) {
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8090;
  public static final Path DEFAULT_DATA = Path.of("sandbox-data");
  public static final String DEFAULT_CLIENT_ID = "sandbox-client-id";
  public static final String DEFAULT_CLIENT_SECRET = "sandbox-client-secret";

  public SandboxConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(clientSecret, "clientSecret");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, was " + port);
    }
    if (clientId.isBlank() || clientSecret.isBlank()) {
      throw new IllegalArgumentException("the client ID and secret must not be blank");
    }
  }

  public static SandboxConfig defaults() {
    return new SandboxConfig(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_DATA, DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET);
  }

  public SandboxConfig host(String value) {
    return new SandboxConfig(value, port, dataDir, clientId, clientSecret);
  }

  public SandboxConfig port(int value) {
    return new SandboxConfig(host, value, dataDir, clientId, clientSecret);
  }

  public SandboxConfig dataDir(Path value) {
    return new SandboxConfig(host, port, value, clientId, clientSecret);
  }

  public SandboxConfig inMemory() {
    return dataDir(null);
  }

  public SandboxConfig credentials(String id, String secret) {
    return new SandboxConfig(host, port, dataDir, id, secret);
  }
}
