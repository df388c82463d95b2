package com.coupontools.sandbox.internal;

import com.coupontools.sandbox.WebhookConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The webhook control routes under {@code /_sandbox/webhooks/} (a sandbox extension, outside the
 * API contract; guarded like the tenant routes): endpoints to set and list, events and
 * deliveries to inspect with every attempt, and resending. Every route works on one tenant:
 * the demo tenant, or {@code ?tenant=ten_…}.
 *
 * <ul>
 *   <li>{@code GET /_sandbox/webhooks/endpoints}, {@code GET|PUT /_sandbox/webhooks/endpoints/{main|sub_…}}</li>
 *   <li>{@code GET /_sandbox/webhooks/events[?type=&session=&limit=]}, {@code GET /_sandbox/webhooks/events/{evt_…}}</li>
 *   <li>{@code POST /_sandbox/webhooks/events/{evt_…}/resend} (body empty or {@code {"url": …}}): 202</li>
 *   <li>{@code GET /_sandbox/webhooks/deliveries[?state=pending|delivered|failed&limit=]}</li>
 * </ul>
 */
final class WebhookControl {
  static final String PREFIX = "/_sandbox/webhooks";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int DEFAULT_LIMIT = 20;
  private static final int MAX_LIMIT = 500;

  private final Db db;
  private final Clock clock;

  WebhookControl(Db db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Answers one webhook control request (the caller checked who may use it); returns the status sent. */
  int handle(Exchange ex, String path, String method) throws IOException {
    Map<String, String> q = query(ex.rawQuery());
    Long tenant = db.read(c -> WebhookEndpoints.tenantAccount(c, q.get("tenant")));
    if (tenant == null) {
      return Control.error(
          ex, 404, "not_found", "No tenant " + Control.printable(q.get("tenant")) + ".");
    }
    String rest = path.substring(PREFIX.length());
    if (rest.equals("/endpoints")) {
      return method.equals("GET")
          ? send(ex, 200, endpoints(tenant))
          : Control.methodNotAllowed(ex, "GET");
    }
    if (rest.startsWith("/endpoints/")) {
      String name = rest.substring("/endpoints/".length());
      if (method.equals("GET")) {
        ObjectNode e = db.read(c -> {
          Map<String, Object> a = WebhookEndpoints.account(c, tenant, name);
          return a == null ? null : endpoint(c, a, true);
        });
        return e == null ? noAccount(ex, name) : send(ex, 200, e);
      }
      return method.equals("PUT")
          ? setEndpoint(ex, tenant, name)
          : Control.methodNotAllowed(ex, "GET, PUT");
    }
    if (rest.equals("/events")) {
      return method.equals("GET")
          ? send(ex, 200, events(tenant, q))
          : Control.methodNotAllowed(ex, "GET");
    }
    if (rest.startsWith("/events/")) {
      String[] parts = rest.substring("/events/".length()).split("/", -1);
      String id = parts[0];
      if (!id.matches("evt_[A-Za-z0-9]{1,60}")
          || parts.length > 2
          || (parts.length == 2 && !parts[1].equals("resend"))) {
        return Control.error(
            ex, 404, "not_found", "No sandbox route " + Control.printable(path) + ".");
      }
      if (parts.length == 2) {
        return method.equals("POST")
            ? resend(ex, tenant, id)
            : Control.methodNotAllowed(ex, "POST");
      }
      if (!method.equals("GET")) {
        return Control.methodNotAllowed(ex, "GET");
      }
      ObjectNode e = db.snapshot(
          c -> { // an event, its deliveries and their attempts as of one moment
            Map<String, Object> row = event(c, tenant, id);
            return row == null ? null : eventJson(c, row, true);
          });
      return e == null ? noEvent(ex, id) : send(ex, 200, e);
    }
    if (rest.equals("/deliveries")) {
      return method.equals("GET")
          ? send(ex, 200, deliveries(tenant, q))
          : Control.methodNotAllowed(ex, "GET");
    }
    return Control.error(
        ex,
        404,
        "not_found",
        "No sandbox route " + Control.printable(path) + "; see the sandbox README.");
  }

  // ---- endpoints ----

  private ObjectNode endpoints(long tenant) {
    return db.read(c -> {
      ObjectNode o = JSON.createObjectNode();
      ArrayNode list = o.putArray("endpoints");
      for (Map<String, Object> a : WebhookEndpoints.accounts(c, tenant)) {
        list.add(endpoint(c, a, false));
      }
      return o;
    });
  }

  private static ObjectNode endpoint(Connection c, Map<String, Object> a, boolean withSecret)
      throws SQLException {
    ObjectNode o = JSON.createObjectNode();
    o.put("account", WebhookEndpoints.name(a));
    o.put("webhook_endpoint", (String) a.get("webhook_endpoint"));
    WebhookEndpoints.Target to = WebhookEndpoints.resolve(c, ((Number) a.get("id")).longValue());
    if (to == null) {
      o.putNull("delivers_to");
    } else {
      o.put("delivers_to", to.url());
    }
    String secret = (String) a.get("webhook_secret");
    o.put("signed", !secret.isEmpty());
    if (withSecret) {
      if (secret.isEmpty()) {
        o.putNull("secret");
      } else {
        o.put("secret", secret);
      }
    }
    return o;
  }

  private int setEndpoint(Exchange ex, long tenant, String name) throws IOException {
    JsonNode body = readJson(ex);
    if (body == null || !body.isObject()) {
      return Control.error(
          ex,
          400,
          "bad_request",
          "Send a JSON object: {\"url\": \"http://127.0.0.1:9000/hook\"}, and"
              + " optionally \"secret\": \"generate\", a whsec_… secret, or \"\" to stop signing.");
    }
    String url = text(body, "url");
    String secret = text(body, "secret");
    try {
      if (url != null && !url.isEmpty()) {
        WebhookConfig.checkUrl(url);
      }
      if ("generate".equals(secret)) {
        secret = WebhookSigner.newSecret();
      } else if (secret != null && !secret.isEmpty()) {
        WebhookConfig.checkSecret(secret);
      }
    } catch (IllegalArgumentException e) {
      return Control.error(ex, 400, "bad_request", e.getMessage() + ".");
    }
    if (url == null && secret == null) {
      return Control.error(
          ex, 400, "bad_request", "Nothing to change: send \"url\" and/or \"secret\".");
    }
    String newUrl = url;
    String newSecret = secret;
    ObjectNode e = db.forTenant(tenant).write(c -> {
      Map<String, Object> a = WebhookEndpoints.account(c, tenant, name);
      if (a == null) {
        return null;
      }
      long id = ((Number) a.get("id")).longValue();
      WebhookEndpoints.set(c, id, newUrl, newSecret);
      return endpoint(c, WebhookEndpoints.account(c, tenant, name), true);
    });
    return e == null ? noAccount(ex, name) : send(ex, 200, e);
  }

  // ---- events and deliveries ----

  private static Map<String, Object> event(Connection c, long tenant, String id)
      throws SQLException {
    return Db.row(
        c,
        "SELECT e.* FROM webhook_events e JOIN accounts a ON a.id = e.account_id"
            + " WHERE e.id = ? AND a.tenant_id = ?",
        id,
        tenant);
  }

  private ObjectNode events(long tenant, Map<String, String> q) {
    int limit = limit(q);
    return db.snapshot(c -> {
      StringBuilder sql = new StringBuilder(
          "SELECT e.* FROM webhook_events e JOIN accounts a ON a.id = e.account_id"
              + " WHERE a.tenant_id = ?");
      List<Object> args = new java.util.ArrayList<>(List.of(tenant));
      if (q.containsKey("type")) {
        sql.append(" AND e.type = ?");
        args.add(q.get("type"));
      }
      if (q.containsKey("session")) {
        sql.append(" AND e.session_code = ?");
        args.add(q.get("session"));
      }
      sql.append(" ORDER BY e.recorded_at DESC, e.created_at DESC, e.id LIMIT ?");
      args.add(limit);
      ObjectNode o = JSON.createObjectNode();
      ArrayNode list = o.putArray("events");
      for (Map<String, Object> e : Db.rows(c, sql.toString(), args.toArray())) {
        list.add(eventJson(c, e, false));
      }
      return o;
    });
  }

  private ObjectNode eventJson(Connection c, Map<String, Object> e, boolean full)
      throws SQLException {
    ObjectNode o = JSON.createObjectNode();
    o.put("webhook", (String) e.get("id"));
    o.put("type", (String) e.get("type"));
    o.put("date", (String) e.get("created_at"));
    o.put("campaign", Ids.campaign(((Number) e.get("campaign_id")).longValue()));
    o.put("session", (String) e.get("session_code"));
    Map<String, Object> account =
        Db.row(c, "SELECT id, parent_id FROM accounts WHERE id = ?", e.get("account_id"));
    o.put("account", account == null ? "" : WebhookEndpoints.name(account));
    ArrayNode ds = o.putArray("deliveries");
    for (Map<String, Object> d : Db.rows(
        c, "SELECT * FROM webhook_deliveries WHERE event_id = ? ORDER BY id", e.get("id"))) {
      ds.add(deliveryJson(c, d, full, false));
    }
    if (full) {
      String payload = (String) e.get("payload");
      try {
        o.set("payload", payload.isEmpty() ? JSON.nullNode() : JSON.readTree(payload));
      } catch (IOException bad) {
        o.put("payload", payload);
      }
    }
    return o;
  }

  private ObjectNode deliveryJson(
      Connection c, Map<String, Object> d, boolean withAttempts, boolean withEvent)
      throws SQLException {
    ObjectNode o = JSON.createObjectNode();
    o.put("delivery", Webhooks.deliveryId(((Number) d.get("id")).longValue()));
    if (withEvent) {
      o.put("webhook", (String) d.get("event_id"));
    }
    o.put("url", (String) d.get("url"));
    o.put("state", (String) d.get("state"));
    o.put("reason", (String) d.get("reason"));
    o.put("attempt_count", ((Number) d.get("attempts")).intValue());
    o.put("created_at", (String) d.get("created_at"));
    boolean pending = WebhookOutbox.PENDING.equals(d.get("state"));
    boolean running = pending && !((String) d.get("claimed_by")).isEmpty();
    o.put("in_progress", running);
    if (pending && !running) {
      o.put(
          "next_attempt_at",
          WebhookDispatcher.wire(Instant.ofEpochMilli(((Number) d.get("due_at")).longValue())));
    } else {
      o.putNull("next_attempt_at");
    }
    String finished = (String) d.get("finished_at");
    if (finished.isEmpty()) {
      o.putNull("finished_at");
    } else {
      o.put("finished_at", finished);
    }
    List<Map<String, Object>> attempts = Db.rows(
        c,
        "SELECT * FROM webhook_attempts WHERE delivery_id = ?" + " ORDER BY attempt, id",
        d.get("id"));
    if (withAttempts) {
      ArrayNode a = o.putArray("attempts");
      attempts.forEach(r -> a.add(attemptJson(r)));
    } else if (!attempts.isEmpty()) {
      o.set("last_attempt", attemptJson(attempts.get(attempts.size() - 1)));
    } else {
      o.putNull("last_attempt");
    }
    return o;
  }

  private static ObjectNode attemptJson(Map<String, Object> r) {
    ObjectNode o = JSON.createObjectNode();
    o.put("attempt", ((Number) r.get("attempt")).intValue());
    o.put("started_at", (String) r.get("started_at"));
    int status = ((Number) r.get("http_status")).intValue();
    if (status == 0) {
      o.putNull("http_status");
    } else {
      o.put("http_status", status);
    }
    o.put("latency_ms", ((Number) r.get("latency_ms")).longValue());
    o.put("response", (String) r.get("response"));
    o.put("error", (String) r.get("error"));
    o.put("worker", (String) r.get("worker"));
    return o;
  }

  private ObjectNode deliveries(long tenant, Map<String, String> q) {
    int limit = limit(q);
    String state = q.get("state");
    return db.snapshot(c -> {
      String sql =
          "SELECT d.* FROM webhook_deliveries d JOIN accounts a ON a.id = d.account_id WHERE a.tenant_id = ?"
              + (state == null ? "" : " AND d.state = ?") + " ORDER BY d.id DESC LIMIT ?";
      Object[] args =
          state == null ? new Object[] {tenant, limit} : new Object[] {tenant, state, limit};
      ObjectNode o = JSON.createObjectNode();
      ArrayNode list = o.putArray("deliveries");
      for (Map<String, Object> d : Db.rows(c, sql, args)) {
        list.add(deliveryJson(c, d, true, true));
      }
      return o;
    });
  }

  private int resend(Exchange ex, long tenant, String id) throws IOException {
    JsonNode body = readJson(ex);
    String url = body != null && body.isObject() ? text(body, "url") : null;
    if (body != null && (!body.isObject() || (body.has("url") && url == null))) {
      return Control.error(
          ex, 400, "bad_request", "The body must be empty or {\"url\": \"http://…\"}.");
    }
    if (url != null) {
      try {
        WebhookConfig.checkUrl(url);
      } catch (IllegalArgumentException e) {
        return Control.error(ex, 400, "bad_request", e.getMessage() + ".");
      }
    }
    String now = WebhookDispatcher.wire(clock.instant());
    Object[] result = db.forTenant(tenant).write(c -> {
      Map<String, Object> e = event(c, tenant, id);
      if (e == null) {
        return null;
      }
      long account = ((Number) e.get("account_id")).longValue();
      WebhookEndpoints.Target to = WebhookEndpoints.resolve(c, account);
      if (url != null) {
        to = new WebhookEndpoints.Target(url, to == null ? account : to.account());
      }
      if (to == null) {
        return new Object[] {"no_endpoint"};
      }
      if (db.webhooks().payloadOf(c, e).isEmpty()) {
        return new Object[] {"no_session"};
      }
      long d = WebhookOutbox.enqueue(c, id, account, to, clock.millis(), now, "resend");
      return new Object[] {
        deliveryJson(c, Db.row(c, "SELECT * FROM webhook_deliveries WHERE id = ?", d), true, true)
      };
    });
    if (result == null) {
      return noEvent(ex, id);
    }
    if (result[0] instanceof String why) {
      return Control.error(
          ex,
          409,
          "conflict",
          why.equals("no_endpoint")
              ? "The event's account has no webhook endpoint to deliver to: set one (PUT " + PREFIX
                  + "/endpoints/…) or send {\"url\": …}."
              : "The event's coupon session no longer exists, so there is no body to send.");
    }
    db.webhooks().wake();
    ObjectNode o = JSON.createObjectNode();
    o.set("delivery", (ObjectNode) result[0]);
    return send(ex, 202, o);
  }

  // ---- helpers ----

  private static int noAccount(Exchange ex, String name) throws IOException {
    return Control.error(
        ex,
        404,
        "not_found",
        "No account " + Control.printable(name)
            + " in this tenant (use main or the sub_… ID of one of its subaccounts).");
  }

  private static int noEvent(Exchange ex, String id) throws IOException {
    return Control.error(ex, 404, "not_found", "No webhook event " + id + " in this tenant.");
  }

  private static int send(Exchange ex, int status, JsonNode body) throws IOException {
    return Control.send(ex, status, body);
  }

  /** The body as JSON; null when empty; a text node when it is not JSON (rejected by the callers). */
  private static JsonNode readJson(Exchange ex) throws IOException {
    byte[] b = Control.readBody(ex.body());
    if (b == null) {
      return JSON.getNodeFactory().textNode("too large");
    }
    if (b.length == 0) {
      return null;
    }
    try {
      JsonNode n = JSON.readTree(b);
      return n == null ? null : n;
    } catch (IOException e) {
      return JSON.getNodeFactory().textNode("not JSON");
    }
  }

  private static String text(JsonNode body, String field) {
    JsonNode n = body.get(field);
    return n != null && n.isTextual() ? n.asText() : null;
  }

  private static int limit(Map<String, String> q) {
    try {
      int n = Integer.parseInt(q.getOrDefault("limit", String.valueOf(DEFAULT_LIMIT)));
      return Math.max(1, Math.min(MAX_LIMIT, n));
    } catch (NumberFormatException e) {
      return DEFAULT_LIMIT;
    }
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> out = new HashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      try {
        String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        out.putIfAbsent(k, v);
      } catch (IllegalArgumentException e) {
        // a malformed escape: ignore the pair
      }
    }
    return out;
  }
}
