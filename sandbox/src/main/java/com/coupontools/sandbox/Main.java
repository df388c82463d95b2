package com.coupontools.sandbox;

import com.coupontools.sandbox.internal.ApiSpec;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * {@code java -jar coupontools-sandbox.jar [--port N] [--data DIR|mem|jdbc:postgresql://…] [--host ADDR]
 * [--client-id ID] [--client-secret SECRET] [--spec FILE] [--webhook-url URL] [--webhook-retries LIST]
 * [--webhook-timeout D] [--webhook-events LIST]}: starts a sandbox, prints one line
 * {@code Sandbox listening on http://127.0.0.1:<port>} on stdout when ready, and stops cleanly on
 * SIGTERM or Ctrl-C. Everything else (warnings, errors) goes to stderr.
 *
 * <p>With a command first ({@code trigger}, {@code events}, {@code resend}, {@code help}) it is
 * instead a client of a running sandbox ({@link Cli}).
 */
public final class Main {
  private static final String USAGE = """
      Usage: java -jar coupontools-sandbox.jar [options]
        --port N               port to listen on (default %d; 0 picks a free port)
        --host ADDR            address to bind (default %s)
        --data DIR | mem | jdbc:postgresql://HOST:PORT/DB?user=USER
                               SQLite database directory (default ./%s), mem for an in-memory
                               database, or a PostgreSQL database that replicas share (the
                               password comes from the environment variable SANDBOX_DB_PASSWORD)
        --client-id ID         client ID of the demo main account (default %s)
        --client-secret SECRET client secret of the demo main account (default %s)
        --spec FILE            serve this OpenAPI bundle instead of the built-in one
        --webhook-url URL      deliver the demo main account's webhook events (and those of its
                               subaccounts without an endpoint of their own) to URL
        --webhook-retries LIST delays before each retry of a failed delivery, e.g. 1s,2s,5s
                               (default 5s,5m,30m,2h,5h,10h,10h; none: one attempt only)
        --webhook-timeout D    an attempt fails without a 2xx answer within D (default 10s)
        --webhook-events LIST  also send these inferred event types: coupon_claimed,
                               coupon_voided, coupon_unvoided, or all (coupon_validated is always on)
        --help                 show this help
      Commands (against a running sandbox; java -jar coupontools-sandbox.jar help COMMAND):
        trigger EVENT          perform the API call that causes EVENT (coupon_validated …)
        events                 list recent webhook events and their deliveries
        resend EVENT_ID        deliver an event again
      Environment:
        SANDBOX_DB_PASSWORD    the password for a jdbc:postgresql --data URL
        SANDBOX_CONTROL_TOKEN  the bearer token the /_sandbox/tenants and /_sandbox/webhooks routes
                               require (at least 16 characters); unset: only loopback clients
        SANDBOX_WEBHOOK_SECRET sign the demo main account's deliveries with this whsec_… secret
                               (Standard Webhooks headers; a sandbox extension)
      """.formatted(
          SandboxConfig.DEFAULT_PORT,
          SandboxConfig.DEFAULT_HOST,
          SandboxConfig.DEFAULT_DATA,
          SandboxConfig.DEFAULT_CLIENT_ID,
          SandboxConfig.DEFAULT_CLIENT_SECRET);

  /** The environment variable holding the control routes' token (a secret: never a flag). */
  static final String CONTROL_TOKEN_ENV = "SANDBOX_CONTROL_TOKEN";
  /** The environment variable holding the demo account's webhook signing secret (never a flag). */
  static final String WEBHOOK_SECRET_ENV = "SANDBOX_WEBHOOK_SECRET";

  private Main() {}

  public static void main(String[] args) {
    if (args.length > 0 && Cli.isCommand(args[0])) {
      System.exit(Cli.run(args, System.getenv(), System.out, System.err));
      return;
    }
    quietLogging();
    SandboxConfig config = SandboxConfig.defaults();
    Path specFile = null;
    try {
      String token = System.getenv(CONTROL_TOKEN_ENV);
      if (token != null && !token.isEmpty()) {
        config = config.controlToken(token);
      }
      String webhookSecret = System.getenv(WEBHOOK_SECRET_ENV);
      if (webhookSecret != null && !webhookSecret.isEmpty()) {
        try {
          config = config.webhooks(config.webhooks().secret(webhookSecret));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(WEBHOOK_SECRET_ENV + ": " + e.getMessage());
        }
      }
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--help", "-h" -> {
            System.out.print(USAGE);
            return;
          }
          case "--port" -> config = config.port(parsePort(value(args, ++i, a)));
          case "--host" -> config = config.host(value(args, ++i, a));
          case "--data" -> {
            config = config.database(Database.parse(value(args, ++i, a), System.getenv()));
          }
          case "--client-id" ->
            config = config.credentials(value(args, ++i, a), config.clientSecret());
          case "--client-secret" ->
            config = config.credentials(config.clientId(), value(args, ++i, a));
          case "--spec" -> specFile = Path.of(value(args, ++i, a));
          case "--webhook-url" ->
            config = config.webhooks(config.webhooks().url(value(args, ++i, a)));
          case "--webhook-retries" ->
            config = config.webhooks(
                config.webhooks().retries(WebhookConfig.parseRetries(value(args, ++i, a))));
          case "--webhook-timeout" ->
            config = config.webhooks(
                config.webhooks().timeout(WebhookConfig.parseDuration(value(args, ++i, a))));
          case "--webhook-events" ->
            config = config.webhooks(
                config.webhooks().events(WebhookConfig.parseEvents(value(args, ++i, a))));
          default -> throw new IllegalArgumentException("unknown option " + a);
        }
      }
    } catch (IllegalArgumentException e) {
      System.err.println("coupontools-sandbox: " + e.getMessage());
      System.err.print(USAGE);
      System.exit(2);
      return;
    }
    Sandbox sandbox;
    try {
      sandbox = specFile == null
          ? Sandbox.start(config)
          : Sandbox.start(config, ApiSpec.fromFile(specFile));
    } catch (DataDirectoryInUseException e) {
      System.err.println("coupontools-sandbox: " + e.getMessage());
      System.exit(2);
      return;
    } catch (RuntimeException e) {
      System.err.println("coupontools-sandbox: cannot start: " + e.getMessage());
      System.exit(1);
      return;
    }
    if (!sandbox.unimplementedOperations().isEmpty()) {
      System.err.println(
          "coupontools-sandbox: warning: no behaviour for " + sandbox.unimplementedOperations());
    }
    Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "sandbox-shutdown"));
    PrintStream out = System.out;
    out.println("Sandbox listening on " + sandbox.baseUrl());
    out.flush();
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static int parsePort(String v) {
    try {
      int p = Integer.parseInt(v);
      if (p < 0 || p > 65535) {
        throw new NumberFormatException();
      }
      return p;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--port needs a number 0..65535, got " + v);
    }
  }

  /** Library chatter (Flyway) stays off stdout and below warnings; the one line is ours. */
  static void quietLogging() {
    System.setProperty(
        "java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
    LogManager.getLogManager().reset();
    Logger root = Logger.getLogger("");
    ConsoleHandler h = new ConsoleHandler(); // stderr
    h.setFormatter(new SimpleFormatter());
    h.setLevel(Level.ALL);
    root.addHandler(h);
    root.setLevel(Level.WARNING);
  }
}
