package com.coupontools.sandbox;

import com.coupontools.sandbox.internal.ApiHandler;
import com.coupontools.sandbox.internal.ApiSpec;
import com.coupontools.sandbox.internal.Db;
import com.coupontools.sandbox.internal.HttpLayer;
import com.coupontools.sandbox.internal.Seed;
import com.coupontools.sandbox.internal.Webhooks;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * A running sandbox: the Coupontools API on 127.0.0.1 (Jetty's HTTP server) over an embedded
 * SQLite database or a PostgreSQL database ({@link Database}), with validation and response shapes
 * taken from the bundled OpenAPI description, plus the sandbox routes under {@code /_sandbox/}.
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().port(0).inMemory())) {
 *   String url = sandbox.baseUrl();   // http://127.0.0.1:<port>
 * }
 * }</pre>
 *
 * <p>Webhook events are delivered in the background ({@link #webhooks()}, {@link WebhookConfig}).
 *
 * <p>{@link #close()} waits up to 5 s for running requests, closes every connection, stops
 * delivering webhooks (what is not delivered stays in the outbox for the next start), then closes
 * the database. Data in a directory survives; an in-memory database is gone.
 */
public final class Sandbox implements AutoCloseable {
  /** Library start-up chatter stays below warnings (strong references: JUL loggers are weak). */
  private static final List<Logger> QUIET = Stream.of("org.flywaydb", "org.eclipse.jetty")
      .map(Logger::getLogger)
      .peek(l -> l.setLevel(Level.WARNING))
      .toList();

  /** Requests run on this many threads; SQLite writes queue behind one lock anyway. */
  private static final int WORKER_THREADS = 16;

  private static final int GRACE_SECONDS = 5;

  private final HttpLayer server;
  private final ApiHandler api;
  private final Db db;
  private final int port;
  private final String host;
  private final SandboxConfig config;
  private final Webhooks hooks;
  private final SandboxWebhooks webhooks;

  private Sandbox(
      HttpLayer server, int port, ApiHandler api, Db db, Webhooks hooks, SandboxConfig config) {
    this.server = server;
    this.api = api;
    this.db = db;
    this.hooks = hooks;
    this.webhooks = new SandboxWebhooks(hooks);
    this.host = config.host();
    this.port = port;
    this.config = config;
  }

  /** Starts a sandbox on the bundle from the classpath. */
  public static Sandbox start(SandboxConfig config) {
    return start(config, ApiSpec.fromClasspath());
  }

  /** Starts a sandbox on the given bundle. */
  public static Sandbox start(SandboxConfig config, ApiSpec spec) {
    QUIET.size(); // initialises the logger levels before the libraries log
    Db db = Db.open(config.database());
    Webhooks hooks = null;
    try {
      Seed.apply(db, config.clientId(), config.clientSecret());
      hooks = new Webhooks(spec, db, config.webhooks(), Clock.systemUTC());
      db.attach(hooks);
      hooks.start(); // deliveries left pending by the last run go out now
      ApiHandler api = new ApiHandler(spec, db, Clock.systemUTC(), config.controlToken());
      HttpLayer s = new HttpLayer(config.host(), config.port(), api, WORKER_THREADS);
      return new Sandbox(s, s.port(), api, db, hooks, config);
    } catch (java.io.IOException e) {
      closeAll(hooks, db);
      throw new java.io.UncheckedIOException(
          "Cannot listen on " + config.host() + ":" + config.port(), e);
    } catch (RuntimeException e) {
      closeAll(hooks, db);
      throw e;
    }
  }

  private static void closeAll(Webhooks hooks, Db db) {
    if (hooks != null) {
      hooks.close();
    }
    db.close();
  }

  public int port() {
    return port;
  }

  /** {@code http://<host>:<port>}, without a trailing slash. */
  public String baseUrl() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return "http://" + h + ":" + port;
  }

  /**
   * Restores the demo data: deletes everything (accounts, campaigns, sessions, codes, events …)
   * and writes the seed again, in one transaction; requests wait meanwhile. For tests that want
   * each case to start from the documented state.
   */
  public void reset() {
    Seed.reset(db, config.clientId(), config.clientSecret());
    hooks.applyConfig();
  }

  /**
   * Webhook delivery in this process: listen to every attempt ({@link SandboxWebhooks#onAttempt}),
   * set an account's endpoint or signing secret, read the configuration.
   */
  public SandboxWebhooks webhooks() {
    return webhooks;
  }

  /** Operations of the bundle this sandbox has no behaviour for; empty when it covers the spec. */
  public Set<String> unimplementedOperations() {
    return api.unimplemented();
  }

  /** Required response fields a handler did not supply since start (a conformance bug); normally empty. */
  public Set<String> missingResponseFields() {
    Set<String> all = new java.util.TreeSet<>(api.missingFields());
    all.addAll(hooks.missingFields());
    return all;
  }

  @Override
  public void close() {
    server.stop(GRACE_SECONDS);
    hooks.close(); // attempts cut short stay pending in the outbox
    db.close();
  }
}
