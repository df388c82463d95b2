package com.coupontools.sandbox.internal;

import com.coupontools.sandbox.WebhookAttempt;
import com.coupontools.sandbox.WebhookConfig;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Webhooks of one sandbox: events recorded where the state changes (in the handler's own
 * transaction, with the body they are delivered with), their deliveries queued in the same
 * transaction ({@link WebhookOutbox}) and sent by this process's {@link WebhookDispatcher}; the
 * demo account's endpoint and secret from the configuration; listeners that see each attempt.
 *
 * <p>The body is written through the bundle's payload schema ({@code x-webhooks} →
 * {@code WebhookEvent}) exactly as responses are written through theirs, so it cannot drift from
 * the contract.
 */
public final class Webhooks implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger("com.coupontools.sandbox.webhooks");
  private static final JsonFactory JSON = new JsonFactory();

  private final Db db;
  private final WebhookConfig config;
  private final Clock clock;
  private final Map<String, Shape> shapes = new HashMap<>();
  private final Shape fallback;
  private final Set<String> missing = ConcurrentHashMap.newKeySet();
  private final List<Consumer<WebhookAttempt>> listeners = new CopyOnWriteArrayList<>();
  private final WebhookDispatcher dispatcher;

  public Webhooks(ApiSpec spec, Db db, WebhookConfig config, Clock clock) {
    this.db = db;
    this.config = config;
    this.clock = clock;
    JsonNode hooks = spec.webhooks();
    hooks.fields().forEachRemaining(e -> {
      JsonNode schema = e.getValue()
          .path("post")
          .path("requestBody")
          .path("content")
          .path("application/json")
          .path("schema");
      if (!schema.isMissingNode()) {
        shapes.put(e.getKey(), Shape.compile(spec, schema));
      }
    });
    // A bundle without x-webhooks (an older --spec): the documented type's shape, else as built.
    this.fallback = shapes.getOrDefault(WebhookConfig.COUPON_VALIDATED, Shape.any());
    this.dispatcher = new WebhookDispatcher(db, this, config, clock);
  }

  public WebhookConfig config() {
    return config;
  }

  /** Applies the configured endpoint and secret to the demo main account, then starts delivering. */
  public void start() {
    applyConfig();
    dispatcher.start();
  }

  /** Sets the demo main account's endpoint and secret from the configuration (on start and after a reset). */
  public void applyConfig() {
    if (config.url() == null && config.secret() == null) {
      return;
    }
    db.forTenant(Seed.MAIN_ACCOUNT).write(c -> {
      if (config.url() != null) {
        Db.update(
            c,
            "UPDATE accounts SET webhook_endpoint = ? WHERE id = ?",
            config.url(),
            Seed.MAIN_ACCOUNT);
      }
      if (config.secret() != null) {
        Db.update(
            c,
            "UPDATE accounts SET webhook_secret = ? WHERE id = ?",
            config.secret(),
            Seed.MAIN_ACCOUNT);
      }
      return null;
    });
  }

  /**
   * Sets where an account's events go and how they are signed (the in-process form of
   * {@code PUT /_sandbox/webhooks/endpoints/{account}}). {@code tenant}: null for the demo
   * tenant, else {@code ten_…}; {@code account}: {@code main} or a subaccount's {@code sub_…};
   * {@code url} or {@code secret} null to leave it, "" to clear it; {@code secret} "generate" for
   * a new one. Returns the secret now in effect ("" when unsigned).
   *
   * @throws IllegalArgumentException for an unknown tenant or account, a bad URL or secret
   */
  public String setEndpoint(String tenant, String account, String url, String secret) {
    if (url != null && !url.isEmpty()) {
      WebhookConfig.checkUrl(url);
    }
    String s = "generate".equals(secret) ? WebhookSigner.newSecret() : secret;
    if (s != null && !s.isEmpty()) {
      WebhookConfig.checkSecret(s);
    }
    Long main = db.read(c -> WebhookEndpoints.tenantAccount(c, tenant));
    if (main == null) {
      throw new IllegalArgumentException("no tenant " + tenant);
    }
    return db.forTenant(main).write(c -> {
      Map<String, Object> a = WebhookEndpoints.account(c, main, account);
      if (a == null) {
        throw new IllegalArgumentException(
            "no account " + account + " in tenant " + (tenant == null ? "demo" : tenant));
      }
      WebhookEndpoints.set(c, ((Number) a.get("id")).longValue(), url, s);
      return (String) WebhookEndpoints.account(c, main, account).get("webhook_secret");
    });
  }

  /** The ID of this process's delivery worker (stored with each attempt it makes). */
  public String worker() {
    return dispatcher.worker();
  }

  /** The public ID of a delivery row. */
  static String deliveryId(long id) {
    return "dlv_" + id;
  }

  /**
   * Records a {@code type} event about session {@code sessionId} on {@code c}, inside the
   * transaction that changed the session (so it exists exactly when the change does), with the
   * body frozen as the session is now, and queues its delivery when the account has an endpoint.
   * Returns the event ID, or null when this type is not sent (an inferred type not switched on).
   * Call {@link #wake()} after the transaction commits.
   */
  String record(Connection c, long sessionId, String type, String now) throws SQLException {
    if (!config.sends(type)) {
      return null;
    }
    Map<String, Object> s = Sessions.byId(c, sessionId);
    long account = ((Number) s.get("account_id")).longValue();
    WebhookEndpoints.Target to = WebhookEndpoints.resolve(c, account);
    for (int attempt = 0; ; attempt++) {
      String id = Ids.webhookEvent();
      String body = payload(type, id, now, s);
      int n = Db.update(
          c,
          "INSERT INTO webhook_events (id, account_id, type, campaign_id, session_code, endpoint,"
              + " created_at, payload, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
          id,
          account,
          type,
          s.get("campaign_id"),
          s.get("code"),
          to == null ? "" : to.url(),
          now,
          body,
          clock.millis());
      if (n == 1) {
        if (to != null) {
          WebhookOutbox.enqueue(c, id, account, to, clock.millis(), now, "event");
        }
        return id;
      }
      if (attempt >= 10) {
        throw new SQLException("no free webhook event ID after 10 draws");
      }
    }
  }

  /**
   * The body of an event that was recorded without one (the demo data's two events): built from
   * the session as it is now, and stored, so every later delivery of it sends the same bytes.
   */
  String payloadOf(Connection c, Map<String, Object> event) throws SQLException {
    String body = (String) event.get("payload");
    if (body != null && !body.isEmpty()) {
      return body;
    }
    Map<String, Object> s = Db.row(
        c,
        Sessions.SELECT + " WHERE s.account_id = ? AND s.code = ?",
        event.get("account_id"),
        event.get("session_code"));
    if (s == null) {
      return "";
    }
    body = payload(
        (String) event.get("type"), (String) event.get("id"), (String) event.get("created_at"), s);
    Db.update(c, "UPDATE webhook_events SET payload = ? WHERE id = ?", body, event.get("id"));
    return body;
  }

  private String payload(String type, String id, String date, Map<String, Object> session) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("webhook", id);
    m.put("type", type);
    m.put("date", date);
    m.put("campaign", Ids.campaign(((Number) session.get("campaign_id")).longValue()));
    m.put("session", session.get("code"));
    Map<String, Object> object = Sessions.data(session);
    object.put("action", "retrieve_all_session_data");
    m.put("couponsession", object);
    StringWriter out = new StringWriter(2048);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      shapes.getOrDefault(type, fallback).write(g, m, "webhook." + type, missing::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Something was queued: deliver now rather than at the next poll. */
  void wake() {
    dispatcher.wake();
  }

  /** Calls {@code listener} with every attempt this process makes; close the handle to stop. */
  public AutoCloseable onAttempt(Consumer<WebhookAttempt> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  void notifyAttempt(WebhookAttempt a) {
    for (Consumer<WebhookAttempt> l : listeners) {
      try {
        l.accept(a);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "a webhook listener failed: " + e, e);
      }
    }
  }

  /** Required payload fields the sandbox could not fill since start (a bug); normally empty. */
  public Set<String> missingFields() {
    return Set.copyOf(missing);
  }

  /** Stops delivering (attempts cut short are due again at the next start). */
  @Override
  public void close() {
    dispatcher.close();
  }
}
