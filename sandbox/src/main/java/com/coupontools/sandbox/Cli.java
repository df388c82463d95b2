package com.coupontools.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sandbox jar's commands for the webhook dev loop (modelled on {@code stripe trigger}): a
 * client of a running sandbox over HTTP, like any other client.
 *
 * <pre>
 * java -jar coupontools-sandbox.jar trigger coupon_validated [--campaign cam_123456] [--session CODE]
 * java -jar coupontools-sandbox.jar events [--limit 20] [--type T] [--session CODE]
 * java -jar coupontools-sandbox.jar resend evt_… [--to URL]
 * </pre>
 *
 * <p>{@code trigger} makes the real API calls that cause the event (a new single-use session
 * unless {@code --session} names one, then {@code couponsession/update}), so the event is
 * recorded and delivered exactly as for any client, and waits (up to {@code --wait}) to show the
 * first delivery attempt. {@code events} and {@code resend} use the sandbox's webhook control
 * routes.
 */
final class Cli {
  static final String URL_ENV = "COUPONTOOLS_SANDBOX_URL";
  static final String CLIENT_ID_ENV = "COUPONTOOLS_CLIENT_ID";
  static final String CLIENT_SECRET_ENV = "COUPONTOOLS_CLIENT_SECRET";
  private static final Set<String> COMMANDS = Set.of("trigger", "events", "resend", "help");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DEFAULT_CAMPAIGN = "cam_123456";

  private static final String USAGE =
      """
      Usage: java -jar coupontools-sandbox.jar COMMAND [options]   (against a running sandbox)
        trigger EVENT          perform the API call that causes EVENT and show its delivery
                               EVENT: coupon_validated, or (if the sandbox sends them, see
                               --webhook-events) coupon_claimed, coupon_voided, coupon_unvoided
            --campaign ID      make a new single-use session on this campaign (default %s)
            --session CODE     use this session instead of a new one
            --value TEXT       validation_value to send with a validation
            --wait D           wait up to D for the first delivery attempt (default 5s; 0: do not wait)
        events                 list recent events and their deliveries, newest first
            --limit N          at most N events (default 20)
            --type T, --session CODE   only these
            --json             the control route's JSON as it is
        resend EVENT_ID        deliver the event again (a new delivery; same body and webhook-id)
            --to URL           to this URL instead of the account's endpoint
            --wait D           as for trigger
      Options of every command:
        --url URL              the sandbox (default $%s, else http://127.0.0.1:8090)
        --client-id ID, --client-secret SECRET
                               credentials for trigger (default $%s / $%s, else the demo account's)
        --tenant ten_…         the tenant whose events, endpoints and deliveries are meant (default: demo)
      The control routes need a loopback connection, or SANDBOX_CONTROL_TOKEN set like the sandbox's.
      """.formatted(DEFAULT_CAMPAIGN, URL_ENV, CLIENT_ID_ENV, CLIENT_SECRET_ENV);

  private final Map<String, String> env;
  private final PrintStream out;
  private final PrintStream err;
  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();
  private String base;
  private String clientId;
  private String clientSecret;
  private String tenant;

  private Cli(Map<String, String> env, PrintStream out, PrintStream err) {
    this.env = env;
    this.out = out;
    this.err = err;
  }

  static boolean isCommand(String arg) {
    return COMMANDS.contains(arg);
  }

  /** Runs one command; returns the exit status (0 done, 1 failed, 2 bad usage). */
  static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    return new Cli(env, out, err).run(args);
  }

  /** A command's failure, with the message the user sees. */
  private static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    final int status;

    Failure(int status, String message) {
      super(message, null, false, false);
      this.status = status;
    }
  }

  private int run(String[] args) {
    String command = args[0];
    Map<String, String> opts = new LinkedHashMap<>();
    String argument = null;
    try {
      for (int i = 1; i < args.length; i++) {
        String a = args[i];
        if (a.equals("--json")) {
          opts.put(a, "true");
        } else if (a.startsWith("--")) {
          if (i + 1 >= args.length) {
            throw new Failure(2, a + " needs a value");
          }
          opts.put(a, args[++i]);
        } else if (argument == null) {
          argument = a;
        } else {
          throw new Failure(2, "unexpected argument " + a);
        }
      }
      if (command.equals("help")) {
        out.print(USAGE);
        return 0;
      }
      base = strip(opts.getOrDefault("--url", env.getOrDefault(URL_ENV, "http://127.0.0.1:8090")));
      clientId = opts.getOrDefault(
          "--client-id", env.getOrDefault(CLIENT_ID_ENV, SandboxConfig.DEFAULT_CLIENT_ID));
      clientSecret = opts.getOrDefault(
          "--client-secret",
          env.getOrDefault(CLIENT_SECRET_ENV, SandboxConfig.DEFAULT_CLIENT_SECRET));
      tenant = opts.get("--tenant");
      switch (command) {
        case "trigger" -> {
          allow(opts, "--campaign", "--session", "--value", "--wait");
          trigger(
              require(argument, "trigger needs an event type, e.g. trigger coupon_validated"),
              opts);
        }
        case "events" -> {
          allow(opts, "--limit", "--type", "--session", "--json");
          if (argument != null) {
            throw new Failure(2, "events takes no argument (got " + argument + ")");
          }
          events(opts);
        }
        case "resend" -> {
          allow(opts, "--to", "--wait");
          resend(require(argument, "resend needs an event ID, e.g. resend evt_8f3a2b1c9d"), opts);
        }
        default -> throw new Failure(2, "unknown command " + command);
      }
      return 0;
    } catch (Failure f) {
      err.println("coupontools-sandbox " + command + ": " + f.getMessage());
      if (f.status == 2) {
        err.print(USAGE);
      }
      return f.status;
    } catch (IllegalArgumentException e) {
      err.println("coupontools-sandbox " + command + ": " + e.getMessage());
      return 2;
    }
  }

  private static void allow(Map<String, String> opts, String... known) throws Failure {
    List<String> ok = new java.util.ArrayList<>(List.of(known));
    ok.addAll(List.of("--url", "--client-id", "--client-secret", "--tenant"));
    for (String k : opts.keySet()) {
      if (!ok.contains(k)) {
        throw new Failure(2, "unknown option " + k);
      }
    }
  }

  private static String require(String v, String message) throws Failure {
    if (v == null) {
      throw new Failure(2, message);
    }
    return v;
  }

  private static String strip(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  // ---- trigger ----

  private void trigger(String type, Map<String, String> opts) throws Failure {
    if (!type.equals(WebhookConfig.COUPON_VALIDATED)
        && !WebhookConfig.INFERRED_EVENTS.contains(type)) {
      throw new Failure(
          2,
          "unknown event type " + type + " (known: " + WebhookConfig.COUPON_VALIDATED + ", "
              + String.join(", ", WebhookConfig.INFERRED_EVENTS) + ")");
    }
    Duration wait = WebhookConfig.parseDuration(opts.getOrDefault("--wait", "5s"));
    String session = opts.get("--session");
    if (session == null) {
      String campaign = opts.getOrDefault("--campaign", DEFAULT_CAMPAIGN);
      JsonNode created = api("/v3/singleuse/create", Map.of("campaign", campaign));
      session = created.path("single_use_code").asText();
      out.println("Created coupon session " + session + " on " + campaign + " (singleuse/create)");
    }
    if (type.equals("coupon_unvoided") && opts.get("--session") == null) {
      api("/v3/couponsession/update", Map.of("couponsession", session, "status", "void"));
      out.println("Voided it first (couponsession/update status=void)");
    }
    String status = switch (type) {
      case "coupon_claimed" -> "claim";
      case "coupon_voided" -> "void";
      case "coupon_unvoided" -> "unvoid";
      default -> "validate";
    };
    Map<String, String> update = new LinkedHashMap<>();
    update.put("couponsession", session);
    update.put("status", status);
    if (opts.containsKey("--value")) {
      update.put("validation_value", opts.get("--value"));
    }
    JsonNode r = api("/v3/couponsession/update", update);
    String code = r.path("session").asText(session);
    String event = r.path("webhook").asText(null);
    if (event == null || !type.equals(WebhookConfig.COUPON_VALIDATED)) {
      JsonNode list =
          control("GET", "/events?type=" + enc(type) + "&session=" + enc(code) + "&limit=1", null);
      JsonNode first = list.path("events").path(0);
      event = first.isMissingNode() ? null : first.path("webhook").asText();
    }
    out.println("Sent couponsession/update status=" + status + " for " + code);
    if (event == null) {
      throw new Failure(
          1,
          "the sandbox recorded no " + type + " event for it"
              + (type.equals(WebhookConfig.COUPON_VALIDATED)
                  ? ""
                  : ": start the sandbox with --webhook-events " + type
                      + " (or all); the docs name coupon_validated only")
              + (type.equals("coupon_claimed") || type.equals("coupon_voided")
                  ? " (or the session was already "
                      + (type.equals("coupon_claimed") ? "claimed)" : "voided)")
                  : ""));
    }
    out.println("Event " + event + " " + type);
    awaitDelivery(event, null, wait);
  }

  // ---- events ----

  private void events(Map<String, String> opts) throws Failure {
    StringBuilder q =
        new StringBuilder("/events?limit=").append(enc(opts.getOrDefault("--limit", "20")));
    if (opts.containsKey("--type")) {
      q.append("&type=").append(enc(opts.get("--type")));
    }
    if (opts.containsKey("--session")) {
      q.append("&session=").append(enc(opts.get("--session")));
    }
    JsonNode r = control("GET", q.toString(), null);
    if (opts.containsKey("--json")) {
      out.println(r.toPrettyString());
      return;
    }
    if (r.path("events").isEmpty()) {
      out.println("No webhook events yet.");
      return;
    }
    out.printf(
        "%-16s %-18s %-19s %-23s %s%n", "EVENT", "TYPE", "DATE (UTC)", "SESSION", "DELIVERIES");
    for (JsonNode e : r.path("events")) {
      List<String> ds = new java.util.ArrayList<>();
      for (JsonNode d : e.path("deliveries")) {
        ds.add(summary(d));
      }
      out.printf(
          "%-16s %-18s %-19s %-23s %s%n",
          e.path("webhook").asText(),
          e.path("type").asText(),
          e.path("date").asText(),
          e.path("session").asText(),
          ds.isEmpty() ? "none (no endpoint)" : String.join("; ", ds));
    }
  }

  /** {@code dlv_3 delivered after 2 attempts (last: HTTP 200, 12 ms) → URL} and the like. */
  private static String summary(JsonNode d) {
    StringBuilder b = new StringBuilder(d.path("delivery").asText())
        .append(' ')
        .append(d.path("state").asText());
    int n = d.path("attempt_count").asInt();
    JsonNode last = d.has("last_attempt")
        ? d.path("last_attempt")
        : d.path("attempts").path(d.path("attempts").size() - 1);
    b.append(" (").append(n).append(n == 1 ? " attempt" : " attempts");
    if (last.isObject()) {
      b.append(", last: ")
          .append(
              last.path("http_status").isNull()
                  ? last.path("error").asText()
                  : "HTTP " + last.path("http_status").asInt())
          .append(", ")
          .append(last.path("latency_ms").asLong())
          .append(" ms");
    }
    if (!d.path("next_attempt_at").isNull()) {
      b.append(", next ").append(d.path("next_attempt_at").asText());
    }
    return b.append(") → ").append(d.path("url").asText()).toString();
  }

  // ---- resend ----

  private void resend(String event, Map<String, String> opts) throws Failure {
    Duration wait = WebhookConfig.parseDuration(opts.getOrDefault("--wait", "5s"));
    ObjectNode body = JSON.createObjectNode();
    if (opts.containsKey("--to")) {
      body.put("url", opts.get("--to"));
    }
    JsonNode r = control("POST", "/events/" + enc(event) + "/resend", body);
    String delivery = r.path("delivery").path("delivery").asText();
    out.println("Queued " + delivery + " of " + event + " → "
        + r.path("delivery").path("url").asText());
    awaitDelivery(event, delivery, wait);
  }

  /** Shows the first attempt of the event's delivery (the given one, or the first) once it is made. */
  private void awaitDelivery(String event, String delivery, Duration wait) throws Failure {
    long deadline = System.nanoTime() + wait.toNanos();
    JsonNode d = null;
    do {
      JsonNode e = control("GET", "/events/" + enc(event), null);
      if (e.path("deliveries").isEmpty()) {
        out.println(
            "Not delivered: its account has no webhook endpoint (start the sandbox with --webhook-url URL,"
                + " or PUT /_sandbox/webhooks/endpoints/main {\"url\": …})");
        return;
      }
      for (JsonNode x : e.path("deliveries")) {
        if (delivery == null || x.path("delivery").asText().equals(delivery)) {
          d = x;
          break;
        }
      }
      if (d != null
          && (!d.path("attempts").isEmpty() || !d.path("state").asText().equals("pending"))) {
        out.println("Delivery " + summary(d));
        return;
      }
      if (wait.isZero()) {
        break;
      }
      sleep(100);
    } while (System.nanoTime() < deadline);
    if (d != null) {
      out.println("Delivery " + d.path("delivery").asText() + " to "
          + d.path("url").asText() + " is pending (see: java -jar coupontools-sandbox.jar events)");
    }
  }

  // ---- HTTP ----

  private JsonNode api(String path, Map<String, String> body) throws Failure {
    HttpRequest.Builder rb = HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/json")
        .header("X-Client-Id", clientId)
        .header("X-Client-Secret", clientSecret);
    JsonNode r =
        send(rb.POST(HttpRequest.BodyPublishers.ofString(write(JSON.valueToTree(body)))), path);
    if (!"OK".equals(r.path("status").path("status").asText())) {
      JsonNode errors = r.path("status").path("errors");
      JsonNode codes = errors.path("error_code");
      throw new Failure(
          1,
          path + " failed: " + (codes.isArray() ? codes.path(0) : codes).asText() + " "
              + errors.path("error_message_description").path(0).asText(r.toString()));
    }
    return r;
  }

  private JsonNode control(String method, String route, JsonNode body) throws Failure {
    String path = "/_sandbox/webhooks" + route;
    if (tenant != null) {
      path += (path.contains("?") ? "&" : "?") + "tenant=" + enc(tenant);
    }
    HttpRequest.Builder rb = HttpRequest.newBuilder(uri(path))
        .method(
            method,
            body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(write(body)));
    if (body != null) {
      rb.header("Content-Type", "application/json");
    }
    String token = env.get(Main.CONTROL_TOKEN_ENV);
    if (token != null && !token.isEmpty()) {
      rb.header("Authorization", "Bearer " + token);
    }
    JsonNode r = send(rb, path);
    if (r.has("error")) {
      throw new Failure(1, r.path("error").path("message").asText(r.toString()));
    }
    return r;
  }

  private URI uri(String path) throws Failure {
    try {
      return URI.create(base + path);
    } catch (IllegalArgumentException e) {
      throw new Failure(2, "not a URL: " + base);
    }
  }

  private JsonNode send(HttpRequest.Builder rb, String what) throws Failure {
    try {
      HttpResponse<String> r = http.send(
          rb.timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      try {
        return JSON.readTree(r.body());
      } catch (IOException e) {
        throw new Failure(
            1,
            what + ": HTTP " + r.statusCode() + ", not JSON: "
                + r.body().substring(0, Math.min(200, r.body().length())));
      }
    } catch (IOException e) {
      throw new Failure(
          1,
          "cannot reach the sandbox at " + base + " (" + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage())
              + "); is it running? (--url)");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Failure(1, "interrupted");
    }
  }

  private static String write(JsonNode n) {
    try {
      return JSON.writeValueAsString(n);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
