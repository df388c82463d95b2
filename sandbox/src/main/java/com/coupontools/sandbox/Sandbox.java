package com.coupontools.sandbox;

import com.coupontools.sandbox.internal.ApiHandler;
import com.coupontools.sandbox.internal.ApiSpec;
import com.coupontools.sandbox.internal.Db;
import com.coupontools.sandbox.internal.Seed;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.handlers.GracefulShutdownHandler;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * A running sandbox: the Coupontools API on 127.0.0.1 over an embedded SQLite database, with
 * validation and response shapes taken from the bundled OpenAPI description.
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().port(0).inMemory())) {
 *   String url = sandbox.baseUrl();   // http://127.0.0.1:<port>
 * }
 * }</pre>
 *
 * <p>{@link #close()} stops accepting requests, waits up to 5 s for running ones, then closes
 * the database. Data in a directory survives; an in-memory database is gone.
 */
public final class Sandbox implements AutoCloseable {
  /** Library start-up chatter stays below warnings (strong references: JUL loggers are weak). */
  private static final List<Logger> QUIET = Stream.of("org.flywaydb", "org.xnio", "io.undertow", "org.jboss")
      .map(Logger::getLogger).peek(l -> l.setLevel(Level.WARNING)).toList();

  private final Undertow server;
  private final GracefulShutdownHandler graceful;
  private final ApiHandler api;
  private final Db db;
  private final int port;
  private final String host;

  private Sandbox(Undertow server, GracefulShutdownHandler graceful, ApiHandler api, Db db, String host) {
    this.server = server;
    this.graceful = graceful;
    this.api = api;
    this.db = db;
    this.host = host;
    this.port = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
  }

  /** Starts a sandbox on the bundle from the classpath. */
  public static Sandbox start(SandboxConfig config) {
    return start(config, ApiSpec.fromClasspath());
  }

  /** Starts a sandbox on the given bundle. */
  public static Sandbox start(SandboxConfig config, ApiSpec spec) {
    QUIET.size(); // initialises the logger levels before the libraries log
    Db db = Db.open(config.dataDir());
    try {
      Seed.apply(db, config.clientId(), config.clientSecret());
      ApiHandler api = new ApiHandler(spec, db, Clock.systemUTC());
      GracefulShutdownHandler graceful = new GracefulShutdownHandler(api);
      Undertow server = Undertow.builder()
          .addHttpListener(config.port(), config.host())
          .setIoThreads(2)
          .setWorkerThreads(16)
          .setServerOption(UndertowOptions.ALWAYS_SET_DATE, true)
          .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, 60_000)
          .setServerOption(UndertowOptions.MAX_HEADER_SIZE, 64 * 1024)
          // The handler caps bodies at 1 MiB itself and answers 300; Undertow's own 2 MiB
          // default would instead cut the connection mid-request.
          .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, ApiHandler.DRAIN_LIMIT)
          .setHandler(graceful)
          .build();
      server.start();
      return new Sandbox(server, graceful, api, db, config.host());
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  public int port() {
    return port;
  }

  /** {@code http://<host>:<port>}, without a trailing slash. */
  public String baseUrl() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return "http://" + h + ":" + port;
  }

  /** Operations of the bundle this sandbox has no behaviour for; empty when it covers the spec. */
  public Set<String> unimplementedOperations() {
    return api.unimplemented();
  }

  /** Required response fields a handler did not supply since start (a conformance bug); normally empty. */
  public Set<String> missingResponseFields() {
    return api.missingFields();
  }

  @Override
  public void close() {
    graceful.shutdown();
    try {
      graceful.awaitShutdown(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    server.stop();
    db.close();
  }
}
