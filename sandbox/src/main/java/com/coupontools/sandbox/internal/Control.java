package com.coupontools.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * The sandbox's own routes under {@code /_sandbox/}, outside the API contract (the bundle never
 * lists them, and no API path reaches them):
 *
 * <ul>
 *   <li>{@code GET /_sandbox/ready}: 200 when the database answers and the migrations are applied, else 503</li>
 *   <li>{@code GET /_sandbox/metrics}: request counts and latencies, Prometheus text format</li>
 *   <li>{@code POST /_sandbox/tenants}: a new tenant (main account, credentials, copy of the demo data); 201</li>
 *   <li>{@code GET /_sandbox/tenants}, {@code GET|DELETE /_sandbox/tenants/{id}}: list, show, delete with all it owns</li>
 *   <li>{@code /_sandbox/webhooks/…}: webhook endpoints, events, deliveries, resend ({@link WebhookControl})</li>
 * </ul>
 *
 * <p>The tenant and webhook routes hand out credentials and secrets and change data, so they are guarded: with a control
 * token configured, every client must send {@code Authorization: Bearer <token>}; without one,
 * only clients on the loopback interface may use them (403 otherwise). Readiness and metrics are
 * open: they reveal no data. Answers are JSON; errors are {@code {"error": {"code", "message"}}}.
 */
final class Control {
  static final String PREFIX = "/_sandbox/";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_BODY = 64 * 1024;

  private final Db db;
  private final Metrics metrics;
  private final byte[] expectedAuthorization;
  private final Clock clock;
  private final WebhookControl webhooks;

  Control(Db db, Metrics metrics, String controlToken, Clock clock) {
    this.db = db;
    this.webhooks = new WebhookControl(db, clock);
    this.metrics = metrics;
    this.expectedAuthorization =
        controlToken == null ? null : ("Bearer " + controlToken).getBytes(StandardCharsets.UTF_8);
    this.clock = clock;
  }

  /** The route name for metrics (never the raw path, which may hold IDs). */
  static String route(String path) {
    if (path.equals("/_sandbox/ready") || path.equals("/_sandbox/metrics")) {
      return "_sandbox_" + path.substring(PREFIX.length());
    }
    if (path.equals(WebhookControl.PREFIX) || path.startsWith(WebhookControl.PREFIX + "/")) {
      return "_sandbox_webhooks";
    }
    return path.startsWith("/_sandbox/tenants") ? "_sandbox_tenants" : "_sandbox_unknown";
  }

  /** Answers one control request; returns the HTTP status sent. */
  int handle(Exchange ex, String path) throws IOException {
    String method = ex.method();
    switch (path) {
      case "/_sandbox/ready" -> {
        if (!method.equals("GET") && !method.equals("HEAD")) {
          return methodNotAllowed(ex, "GET");
        }
        String why = db.notReady();
        ObjectNode o = JSON.createObjectNode();
        o.put("status", why == null ? "ready" : "not ready");
        o.put("database", db.dialect().name().toLowerCase(java.util.Locale.ROOT));
        ArrayNode m = o.putArray("migrations");
        db.migrations().forEach(m::add);
        if (why != null) {
          o.put("reason", why);
        }
        return send(ex, why == null ? 200 : 503, o);
      }
      case "/_sandbox/metrics" -> {
        if (!method.equals("GET")) {
          return methodNotAllowed(ex, "GET");
        }
        ex.responseHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
        try (OutputStream out = ex.respond(200);
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
          metrics.write(w);
        }
        return 200;
      }
      default -> {
        boolean tenantRoute =
            path.equals("/_sandbox/tenants") || path.startsWith("/_sandbox/tenants/");
        boolean webhookRoute = path.startsWith(WebhookControl.PREFIX + "/");
        if (tenantRoute || webhookRoute) {
          if (!allowed(ex)) {
            return error(
                ex,
                403,
                "forbidden",
                expectedAuthorization == null
                    ? "The tenant and webhook routes answer loopback clients only; set SANDBOX_CONTROL_TOKEN when"
                        + " starting the sandbox to use them from elsewhere."
                    : "Send Authorization: Bearer <the sandbox's control token>.");
          }
          return tenantRoute ? tenants(ex, path, method) : webhooks.handle(ex, path, method);
        }
        return error(
            ex, 404, "not_found", "No sandbox route " + path + "; see the sandbox README.");
      }
    }
  }

  private boolean allowed(Exchange ex) {
    if (expectedAuthorization == null) {
      InetAddress peer = ex.remoteAddress();
      return peer != null && peer.isLoopbackAddress();
    }
    String given = ex.header("Authorization");
    return given != null
        && MessageDigest.isEqual(expectedAuthorization, given.getBytes(StandardCharsets.UTF_8));
  }

  private int tenants(Exchange ex, String path, String method) throws IOException {
    if (path.equals("/_sandbox/tenants")) {
      if (method.equals("POST")) {
        return create(ex);
      }
      if (method.equals("GET")) {
        ObjectNode o = JSON.createObjectNode();
        ArrayNode list = o.putArray("tenants");
        for (Map<String, Object> t : db.read(Tenants::list)) {
          list.add(summary(t));
        }
        return send(ex, 200, o);
      }
      return methodNotAllowed(ex, "GET, POST");
    }
    String id = path.substring("/_sandbox/tenants/".length());
    if (!id.matches("ten_[0-9a-f]{16}")) {
      return error(ex, 404, "not_found", "No tenant " + printable(id) + ".");
    }
    if (method.equals("GET")) {
      Map<String, Object> t = db.read(c -> Tenants.find(c, id));
      return t == null
          ? error(ex, 404, "not_found", "No tenant " + id + ".")
          : send(ex, 200, summary(t));
    }
    if (method.equals("DELETE")) {
      Map<String, Object> t = db.read(c -> Tenants.find(c, id));
      long account = t == null ? -1 : ((Number) t.get("account_id")).longValue();
      // Under the tenant's own write lock, so no write of it is half-way when its rows go.
      Map<String, Long> deleted = t == null
          ? null
          : db.forTenant(account)
              .write(c -> Tenants.find(c, id) == null ? null : Tenants.delete(c, account));
      if (deleted == null) {
        return error(ex, 404, "not_found", "No tenant " + id + ".");
      }
      ObjectNode o = JSON.createObjectNode();
      o.put("tenant", id);
      o.put("deleted", true);
      ObjectNode rows = o.putObject("rows");
      deleted.forEach(rows::put);
      return send(ex, 200, o);
    }
    return methodNotAllowed(ex, "GET, DELETE");
  }

  private int create(Exchange ex) throws IOException {
    String name = "";
    byte[] body = readBody(ex.body());
    if (body == null) {
      return error(ex, 413, "too_large", "The body must be at most 64 KiB.");
    }
    if (body.length > 0) {
      JsonNode n;
      try {
        n = JSON.readTree(body);
      } catch (IOException e) {
        return error(
            ex,
            400,
            "bad_request",
            "The body must be empty or a JSON object such as {\"name\": \"ci-job-42\"}.");
      }
      if (n == null
          || !n.isObject()
          || (n.has("name") && !n.get("name").isTextual())
          || n.path("name").asText("").length() > 200) {
        return error(
            ex,
            400,
            "bad_request",
            "The body must be empty or a JSON object such as {\"name\": \"ci-job-42\"}"
                + " (name: text, at most 200 characters).");
      }
      name = n.path("name").asText("");
    }
    String now = LocalDateTime.now(clock).format(Call.WIRE);
    String tenantName = name;
    Tenants.Created t =
        db.forTenant(0).write(c -> Tenants.create(c, db.dialect(), tenantName, now));
    ObjectNode o = JSON.createObjectNode();
    o.put("tenant", t.id());
    o.put("name", tenantName);
    o.put("created_at", t.createdAt());
    o.put("client_id", t.clientId());
    o.put("client_secret", t.clientSecret());
    ObjectNode subs = o.putObject("subaccounts");
    for (String[] s : t.subaccounts()) {
      ObjectNode sub = subs.putObject(s[0]);
      sub.put("id", s[1]);
      sub.put("client_id", s[2]);
      sub.put("client_secret", s[3]);
    }
    ObjectNode ids = o.putObject("ids");
    t.ids().forEach(ids::put);
    ex.responseHeader("Location", PREFIX + "tenants/" + t.id());
    return send(ex, 201, o);
  }

  private static ObjectNode summary(Map<String, Object> t) {
    ObjectNode o = JSON.createObjectNode();
    o.put("tenant", (String) t.get("id"));
    o.put("name", (String) t.get("name"));
    o.put("created_at", (String) t.get("created_at"));
    return o;
  }

  static byte[] readBody(InputStream in) throws IOException {
    byte[] b = in.readNBytes(MAX_BODY + 1);
    return b.length > MAX_BODY ? null : b;
  }

  static int methodNotAllowed(Exchange ex, String allow) throws IOException {
    ex.responseHeader("Allow", allow);
    return error(ex, 405, "method_not_allowed", "Use " + allow + " on this sandbox route.");
  }

  static int error(Exchange ex, int status, String code, String message) throws IOException {
    ObjectNode o = JSON.createObjectNode();
    ObjectNode e = o.putObject("error");
    e.put("code", code);
    e.put("message", message);
    return send(ex, status, o);
  }

  static int send(Exchange ex, int status, JsonNode body) throws IOException {
    ex.responseHeader("Content-Type", "application/json");
    ex.responseHeader("Cache-Control", "no-store");
    try (OutputStream out = ex.respond(status)) {
      JSON.writeValue(out, body);
    }
    return status;
  }

  static String printable(String s) {
    if (s == null) {
      return "";
    }
    return s.length() > 60
        ? s.substring(0, 60).replaceAll("[^ -~]", "?") + "…"
        : s.replaceAll("[^ -~]", "?");
  }
}
