package com.coupontools.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.sandbox.Api.Creds;
import com.coupontools.sandbox.Api.Resp;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Webhook delivery (issue #13), on both engines: an event recorded by a real state change is
 * POSTed to the endpoint with the contract's body, retried on failure, kept across restarts,
 * verifiable with {@code /v3/webhook/verification}, optionally signed; deliveries are listed and
 * resent through the control routes; a failing receiver never holds up the API.
 */
class WebhooksTest {
  private static final Duration TWO_SECONDS = Duration.ofSeconds(2);

  @TempDir
  Path dir;

  private final List<AutoCloseable> open = new ArrayList<>();
  private Database database;

  @AfterEach
  void stop() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) {
      open.get(i).close();
    }
  }

  private <T extends AutoCloseable> T keep(T c) {
    open.add(c);
    return c;
  }

  private Sandbox start(WebhookConfig webhooks) {
    if (database == null) {
      database = TestDatabases.at(dir);
    }
    return keep(
        Sandbox.start(SandboxConfig.defaults().port(0).database(database).webhooks(webhooks)));
  }

  private static Resp validate(Api api, String session, Creds creds) {
    Resp r = api.post(
        "/v3/couponsession/update", Map.of("couponsession", session, "status", "validate"), creds);
    assertTrue(r.ok(), r::toString);
    return r;
  }

  static Resp control(Api api, String method, String path, String body) {
    return api.send(
        method,
        path,
        body == null ? null : "application/json",
        body == null ? null : body.getBytes(StandardCharsets.UTF_8),
        Creds.NONE,
        Map.of());
  }

  @Test
  void aValidationIsPostedToTheEndpointWithinTwoSecondsWithTheContractsBody() {
    Receiver receiver = keep(Receiver.ok());
    Sandbox sandbox = start(WebhookConfig.defaults().url(receiver.url()));
    Api api = new Api(sandbox.baseUrl());
    String session = Fixtures.freshSession(api);

    long sent = System.nanoTime();
    Resp r = validate(api, session, Creds.DEMO);
    Receiver.Hit hit = receiver.next(TWO_SECONDS);
    assertTrue(hit.receivedNanos() - sent < TWO_SECONDS.toNanos());

    assertEquals("POST", hit.method());
    assertEquals("/hook", hit.path());
    assertTrue(hit.header("Content-Type").startsWith("application/json"), hit.headers()::toString);
    assertNull(hit.header("webhook-signature"), "unsigned unless a secret is set");
    JsonNode body = hit.json();
    assertEquals(r.json().path("webhook").asText(), body.path("webhook").asText());
    assertEquals("coupon_validated", body.path("type").asText());
    assertEquals(
        r.json().path("data").path("status").path("validation_date_utc").asText(),
        body.path("date").asText());
    assertEquals("cam_123456", body.path("campaign").asText());
    assertEquals(session, body.path("session").asText());
    // The full object is what couponsession/data answers for the session right after.
    JsonNode data =
        api.post("/v3/couponsession/data", Map.of("couponsession", session)).json();
    assertEquals(data, body.path("couponsession"));
    assertEquals(
        "1",
        body.path("couponsession").path("data").path("status").path("validated").asText());
    // Valid for the bundle's payload schema (x-webhooks → WebhookEvent), by the independent
    // validator.
    assertEquals(
        List.of(), ContractCheck.INSTANCE.webhookViolations("coupon_validated", hit.body()));
    assertEquals(Set.of(), sandbox.missingResponseFields());
    assertNull(receiver.poll(Duration.ofMillis(300)), "delivered once");
  }

  @Test
  void aReceiverThatAnswers500OnceGetsTheSameEventAgainAndVerificationConfirmsIt() {
    Receiver receiver = keep(new Receiver(n -> n == 1 ? 500 : 200));
    Sandbox sandbox =
        start(WebhookConfig.defaults().url(receiver.url()).retries(Duration.ofSeconds(1)));
    Api api = new Api(sandbox.baseUrl());
    String session = Fixtures.freshSession(api);
    String event = validate(api, session, Creds.DEMO).json().path("webhook").asText();

    Receiver.Hit first = receiver.next(TWO_SECONDS);
    Receiver.Hit second = receiver.next(Duration.ofSeconds(5));
    assertEquals(first.body(), second.body(), "a retry sends the same bytes");
    assertTrue(
        second.receivedNanos() - first.receivedNanos() >= Duration.ofMillis(900).toNanos(),
        "the retry waits for its delay");
    String delivered = second.json().path("webhook").asText();
    assertEquals(event, delivered);

    // The documented check confirms the delivered ID, with and without the session, and for the
    // subaccount.
    for (Creds creds : List.of(Creds.DEMO, Creds.SUB_ANTWERP)) {
      JsonNode v = api.post(
              "/v3/webhook/verification", Map.of("webhook", delivered, "session", session), creds)
          .json();
      assertEquals("valid", v.path("result").asText(), v::toString);
      assertEquals("coupon_validated", v.path("type").asText());
      assertEquals(second.json().path("date").asText(), v.path("date").asText());
    }
    assertEquals(
        509,
        api.post("/v3/webhook/verification", Map.of("webhook", delivered), Creds.SUB_NOORD)
            .code());

    // Inspect: one delivery, two attempts (500, then 200), delivered.
    JsonNode e = awaitState(api, event, "delivered");
    JsonNode d = e.path("deliveries").path(0);
    assertEquals(2, d.path("attempts").size(), d::toString);
    assertEquals(500, d.path("attempts").path(0).path("http_status").asInt());
    assertEquals("HTTP 500", d.path("attempts").path(0).path("error").asText());
    assertEquals("answer 1", d.path("attempts").path(0).path("response").asText());
    assertEquals(200, d.path("attempts").path(1).path("http_status").asInt());
    assertEquals("", d.path("attempts").path(1).path("error").asText());
    assertTrue(d.path("attempts").path(1).path("latency_ms").asLong() >= 0);
    assertEquals(
        e.path("payload").toString(), Api.JSON.valueToTree(second.json()).toString());
  }

  @Test
  void signedDeliveriesCarryAStandardWebhooksSignatureThatVerifies() throws Exception {
    String secret = "whsec_"
        + Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    Receiver receiver = keep(Receiver.ok());
    Sandbox sandbox = start(WebhookConfig.defaults().url(receiver.url()).secret(secret));
    Api api = new Api(sandbox.baseUrl());
    String event = validate(api, Fixtures.freshSession(api), Creds.DEMO)
        .json()
        .path("webhook")
        .asText();
    Receiver.Hit hit = receiver.next(TWO_SECONDS);

    assertEquals(event, hit.header("webhook-id"));
    long ts = Long.parseLong(hit.header("webhook-timestamp"));
    assertTrue(
        Math.abs(Instant.now().getEpochSecond() - ts) < 300,
        "timestamp within the usual 5-minute tolerance");
    String expected = "v1," + hmac(secret, event + "." + ts + "." + hit.body());
    assertEquals(expected, hit.header("webhook-signature"));
    // Another secret, or another body, does not verify.
    String other = "whsec_"
        + Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());
    assertNotEquals(
        "v1," + hmac(other, event + "." + ts + "." + hit.body()), hit.header("webhook-signature"));
    assertNotEquals(
        "v1," + hmac(secret, event + "." + ts + "." + hit.body() + " "),
        hit.header("webhook-signature"));

    // A generated secret through the control route takes over; "" stops signing.
    JsonNode ep = control(
            api, "PUT", "/_sandbox/webhooks/endpoints/main", "{\"secret\": \"generate\"}")
        .json();
    String generated = ep.path("secret").asText();
    assertTrue(generated.startsWith("whsec_") && !generated.equals(secret), ep::toString);
    validate(api, Fixtures.freshSession(api), Creds.DEMO);
    Receiver.Hit signed = receiver.next(TWO_SECONDS);
    assertEquals(
        "v1,"
            + hmac(
                generated,
                signed.header("webhook-id") + "." + signed.header("webhook-timestamp") + "."
                    + signed.body()),
        signed.header("webhook-signature"));
    assertEquals("", sandbox.webhooks().setSigningSecret(null, "main", ""));
    validate(api, Fixtures.freshSession(api), Creds.DEMO);
    assertNull(receiver.next(TWO_SECONDS).header("webhook-signature"));
  }

  static String hmac(String secret, String content) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring(6)), "HmacSHA256"));
    return Base64.getEncoder()
        .encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void pendingDeliveriesSurviveARestartAndAreDeliveredAfterIt() {
    // The receiver is down (503) while three events are made; the sandbox stops with them pending.
    Receiver receiver = keep(new Receiver(n -> 503));
    WebhookConfig config = WebhookConfig.defaults()
        .url(receiver.url())
        .retries(
            Duration.ofSeconds(1),
            Duration.ofSeconds(1),
            Duration.ofSeconds(1),
            Duration.ofSeconds(1),
            Duration.ofSeconds(1));
    Sandbox first = start(config);
    Api api = new Api(first.baseUrl());
    Set<String> events = new HashSet<>();
    for (int i = 0; i < 3; i++) {
      events.add(validate(api, Fixtures.freshSession(api), Creds.DEMO)
          .json()
          .path("webhook")
          .asText());
    }
    Set<String> failedOnce = new HashSet<>();
    while (failedOnce.size() < 3) {
      failedOnce.add(receiver.next(TWO_SECONDS).json().path("webhook").asText());
    }
    first.close();
    open.remove(first);
    assertEquals(events, failedOnce);

    while (receiver.poll(Duration.ZERO) != null) {
      // the failed attempts of the first run
    }
    // Back up; a new sandbox on the same database delivers all three, each once.
    receiver.answer(n -> 200);
    Sandbox second = start(config);
    List<String> delivered = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      delivered.add(receiver.next(Duration.ofSeconds(5)).json().path("webhook").asText());
    }
    assertEquals(events, Set.copyOf(delivered));
    assertEquals(3, delivered.size());
    assertNull(receiver.poll(Duration.ofMillis(1500)), "nothing delivered twice");
    Api api2 = new Api(second.baseUrl());
    for (String e : events) {
      awaitState(api2, e, "delivered");
    }
  }

  @Test
  void aReceiverThatAlwaysFailsEndsFailedAndNeverHoldsUpTheApi() throws Exception {
    Receiver failing = keep(new Receiver(n -> 500));
    Sandbox sandbox = start(WebhookConfig.defaults()
        .url(failing.url())
        .retries(Duration.ofMillis(200), Duration.ofMillis(200)));
    Api api = new Api(sandbox.baseUrl());
    BlockingQueue<WebhookAttempt> attempts = new LinkedBlockingQueue<>();
    keep(sandbox.webhooks().onAttempt(attempts::add));
    String event = validate(api, Fixtures.freshSession(api), Creds.DEMO)
        .json()
        .path("webhook")
        .asText();
    List<WebhookAttempt.Outcome> outcomes = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      WebhookAttempt a = attempts.poll(5, TimeUnit.SECONDS);
      assertTrue(a != null, "attempt " + (i + 1) + " missing");
      assertEquals(event, a.eventId());
      assertEquals(i + 1, a.attempt());
      assertEquals(500, a.httpStatus());
      outcomes.add(a.outcome());
    }
    assertEquals(
        List.of(
            WebhookAttempt.Outcome.RETRY_SCHEDULED,
            WebhookAttempt.Outcome.RETRY_SCHEDULED,
            WebhookAttempt.Outcome.FAILED),
        outcomes);
    JsonNode e = awaitState(api, event, "failed");
    assertEquals(3, e.path("deliveries").path(0).path("attempt_count").asInt());
    assertTrue(e.path("deliveries").path(0).path("next_attempt_at").isNull());
    assertNull(attempts.poll(700, TimeUnit.MILLISECONDS), "no attempt after the last one");
    JsonNode failed =
        control(api, "GET", "/_sandbox/webhooks/deliveries?state=failed", null).json();
    assertEquals(
        event, failed.path("deliveries").path(0).path("webhook").asText(), failed::toString);

    // A receiver that never answers holds every sender thread; API calls are answered all the same.
    Receiver hanging = keep(new Receiver(n -> Receiver.HANG));
    sandbox.webhooks().setEndpoint(null, "main", hanging.url());
    long t0 = System.nanoTime();
    int senders = 16; // WebhookDispatcher.SENDERS
    int calls = 2 * senders + 4; // more events than the process has sender threads
    for (int i = 0; i < calls; i++) {
      validate(api, Fixtures.freshSession(api), Creds.DEMO);
    }
    long took = System.nanoTime() - t0;
    for (int i = 0; i < senders; i++) {
      hanging.next(Duration.ofSeconds(5)); // the deliveries really are held at the receiver
    }
    assertTrue(
        took < Duration.ofSeconds(10).toNanos(),
        "the API waited for deliveries: " + took / 1_000_000 + " ms");
    assertTrue(api.post("/v3/coupon/list", Map.of()).ok());
  }

  @Test
  void eachAccountsEventsGoToItsEndpointOrItsMainAccountsAndPlaceholdersAreNeverSentTo() {
    Receiver main = keep(Receiver.ok());
    Receiver antwerp = keep(Receiver.ok());
    Sandbox sandbox = start(WebhookConfig.defaults().url(main.url()));
    Api api = new Api(sandbox.baseUrl());
    // The demo data's endpoints are on example.com: placeholders, so everything goes to main.
    JsonNode list =
        control(api, "GET", "/_sandbox/webhooks/endpoints", null).json().path("endpoints");
    assertEquals("main", list.path(0).path("account").asText(), list::toString);
    assertEquals(main.url(), list.path(0).path("delivers_to").asText());
    assertEquals("sub_1234", list.path(1).path("account").asText());
    assertEquals(
        "https://hooks.example.com/coupontools",
        list.path(1).path("webhook_endpoint").asText());
    assertEquals(main.url(), list.path(1).path("delivers_to").asText());
    validate(api, Fixtures.freshSession(api), Creds.DEMO);
    assertEquals("cam_123456", main.next(TWO_SECONDS).json().path("campaign").asText());

    // sub_1234 gets its own endpoint: its campaign's events go there, the main account's stay.
    Resp put = control(
        api,
        "PUT",
        "/_sandbox/webhooks/endpoints/sub_1234",
        "{\"url\": \"" + antwerp.url() + "\"}");
    assertEquals(200, put.status(), put::toString);
    assertEquals(antwerp.url(), put.json().path("delivers_to").asText());
    assertEquals(
        antwerp.url(),
        api.post("/v4/subaccount", Map.of("subaccount", "sub_1234"))
            .json()
            .path("subaccount")
            .path("webhook_endpoint")
            .asText(),
        "the subaccount object shows it");
    validate(api, Fixtures.freshSession(api), Creds.SUB_ANTWERP);
    assertEquals("cam_123456", antwerp.next(TWO_SECONDS).json().path("campaign").asText());
    validate(api, "nw2b3c4d5e6f7g8h9i0j1", Creds.DEMO); // cam_123457, the main account's
    assertEquals("cam_123457", main.next(TWO_SECONDS).json().path("campaign").asText());
    assertNull(antwerp.poll(Duration.ofMillis(300)));

    // Bad input is a clear 400; unknown accounts 404.
    assertEquals(
        400,
        control(api, "PUT", "/_sandbox/webhooks/endpoints/main", "{\"url\": \"ftp://x\"}")
            .status());
    assertEquals(
        400,
        control(api, "PUT", "/_sandbox/webhooks/endpoints/main", "{\"secret\": \"nope\"}")
            .status());
    assertEquals(
        400, control(api, "PUT", "/_sandbox/webhooks/endpoints/main", "[1]").status());
    assertEquals(
        404,
        control(api, "PUT", "/_sandbox/webhooks/endpoints/sub_999", "{\"url\": \"\"}")
            .status());
    assertEquals(
        404,
        control(api, "GET", "/_sandbox/webhooks/endpoints?tenant=ten_0000000000000000", null)
            .status());
    assertThrows(
        IllegalArgumentException.class,
        () -> sandbox.webhooks().setEndpoint(null, "sub_1", main.url()));
  }

  @Test
  void inferredEventTypesAreSentOnlyWhenSwitchedOn() {
    Receiver receiver = keep(Receiver.ok());
    Sandbox off = start(WebhookConfig.defaults().url(receiver.url()));
    Api api = new Api(off.baseUrl());
    String s = Fixtures.freshSession(api);
    assertTrue(api.post("/v3/couponsession/update", Map.of("couponsession", s, "status", "claim"))
        .ok());
    assertTrue(api.post("/v3/couponsession/update", Map.of("couponsession", s, "status", "void"))
        .ok());
    assertNull(receiver.poll(Duration.ofMillis(500)), "no inferred event by default");
    assertEquals(
        0,
        control(api, "GET", "/_sandbox/webhooks/events?session=" + s, null)
            .json()
            .path("events")
            .size());
    off.close();
    open.remove(off);

    Sandbox on = start(WebhookConfig.defaults()
        .url(receiver.url())
        .events(Set.copyOf(WebhookConfig.INFERRED_EVENTS)));
    api = new Api(on.baseUrl());
    String t = Fixtures.freshSession(api);
    List<String> types = new ArrayList<>();
    for (String status : List.of("claim", "void", "unvoid")) {
      assertTrue(api.post("/v3/couponsession/update", Map.of("couponsession", t, "status", status))
          .ok());
      Receiver.Hit h = receiver.next(TWO_SECONDS);
      types.add(h.json().path("type").asText());
      assertEquals(
          List.of(),
          ContractCheck.INSTANCE.webhookViolations(h.json().path("type").asText(), h.body()));
    }
    assertEquals(List.of("coupon_claimed", "coupon_voided", "coupon_unvoided"), types);
    // Claiming again changes nothing, so no event; validating an unclaimed session claims it too.
    assertTrue(api.post("/v3/couponsession/update", Map.of("couponsession", t, "status", "claim"))
        .ok());
    assertNull(receiver.poll(Duration.ofMillis(400)));
    String u = Fixtures.freshSession(api);
    validate(api, u, Creds.DEMO);
    Set<String> both = Set.of(
        receiver.next(TWO_SECONDS).json().path("type").asText(),
        receiver.next(TWO_SECONDS).json().path("type").asText());
    assertEquals(Set.of("coupon_claimed", "coupon_validated"), both);
    // Verification answers for inferred events too, with their type.
    String claimed = control(
            api, "GET", "/_sandbox/webhooks/events?type=coupon_claimed&session=" + u, null)
        .json()
        .path("events")
        .path(0)
        .path("webhook")
        .asText();
    assertEquals(
        "coupon_claimed",
        api.post("/v3/webhook/verification", Map.of("webhook", claimed))
            .json()
            .path("type")
            .asText());
  }

  @Test
  void resendDeliversTheSameEventAgainAndTheDemoEventsToo() {
    Receiver receiver = keep(Receiver.ok());
    Receiver other = keep(Receiver.ok());
    Sandbox sandbox = start(WebhookConfig.defaults().url(receiver.url()));
    Api api = new Api(sandbox.baseUrl());
    String event = validate(api, Fixtures.freshSession(api), Creds.DEMO)
        .json()
        .path("webhook")
        .asText();
    Receiver.Hit first = receiver.next(TWO_SECONDS);

    Resp r = control(api, "POST", "/_sandbox/webhooks/events/" + event + "/resend", null);
    assertEquals(202, r.status(), r::toString);
    assertEquals("resend", r.json().path("delivery").path("reason").asText());
    assertEquals(first.body(), receiver.next(TWO_SECONDS).body());
    // Elsewhere on request.
    r = control(
        api,
        "POST",
        "/_sandbox/webhooks/events/" + event + "/resend",
        "{\"url\": \"" + other.url() + "\"}");
    assertEquals(202, r.status(), r::toString);
    assertEquals(first.body(), other.next(TWO_SECONDS).body());
    assertEquals(3, awaitState(api, event, "delivered").path("deliveries").size());

    // A demo event (recorded before delivery existed) gets its body on first delivery.
    assertEquals(
        202,
        control(api, "POST", "/_sandbox/webhooks/events/evt_8f3a2b1c9d/resend", null)
            .status());
    JsonNode demo = receiver.next(TWO_SECONDS).json();
    assertEquals("evt_8f3a2b1c9d", demo.path("webhook").asText());
    assertEquals("2026-03-14 09:41:07", demo.path("date").asText());
    assertEquals(
        "3k9x2m7q4w8e1r5t6y0u2", demo.path("couponsession").path("session").asText());
    assertEquals(
        List.of(), ContractCheck.INSTANCE.webhookViolations("coupon_validated", demo.toString()));

    assertEquals(
        404,
        control(api, "POST", "/_sandbox/webhooks/events/evt_nosuchevent/resend", null)
            .status());
    assertEquals(
        400,
        control(api, "POST", "/_sandbox/webhooks/events/" + event + "/resend", "{\"url\": 5}")
            .status());
    assertEquals(
        405,
        control(api, "GET", "/_sandbox/webhooks/events/" + event + "/resend", null)
            .status());
    sandbox.webhooks().setEndpoint(null, "main", "");
    Resp none = control(api, "POST", "/_sandbox/webhooks/events/" + event + "/resend", null);
    assertEquals(409, none.status(), none::toString);
  }

  @Test
  void aTenantsWebhooksAreItsOwn() {
    Receiver demo = keep(Receiver.ok());
    Receiver tenantReceiver = keep(Receiver.ok());
    Sandbox sandbox = start(WebhookConfig.defaults().url(demo.url()));
    Api api = new Api(sandbox.baseUrl());
    JsonNode t = TenantsTest.createTenant(api, "hooks");
    String tenant = t.path("tenant").asText();
    Creds creds = TenantsTest.credsOf(t);
    // The tenant's main account starts with the demo placeholder: nothing is sent until it sets
    // one.
    Resp put = control(
        api,
        "PUT",
        "/_sandbox/webhooks/endpoints/main?tenant=" + tenant,
        "{\"url\": \"" + tenantReceiver.url() + "\"}");
    assertEquals(200, put.status(), put::toString);
    String session = api.post(
            "/v3/singleuse/create",
            Map.of("campaign", t.path("ids").path("cam_123456").asText()),
            creds)
        .json()
        .path("single_use_code")
        .asText();
    String event = validate(api, session, creds).json().path("webhook").asText();
    assertEquals(event, tenantReceiver.next(TWO_SECONDS).json().path("webhook").asText());
    assertNull(demo.poll(Duration.ofMillis(300)), "not the demo account's endpoint");
    assertEquals(
        200,
        control(api, "GET", "/_sandbox/webhooks/events/" + event + "?tenant=" + tenant, null)
            .status());
    assertEquals(
        404,
        control(api, "GET", "/_sandbox/webhooks/events/" + event, null).status(),
        "not in the demo tenant");
    awaitState(api, event, "delivered", "?tenant=" + tenant);
    // Deleting the tenant deletes its events, deliveries and attempts.
    JsonNode deleted =
        control(api, "DELETE", "/_sandbox/tenants/" + tenant, null).json().path("rows");
    assertTrue(deleted.path("webhook_deliveries").asLong() >= 1, deleted::toString);
    assertTrue(deleted.path("webhook_attempts").asLong() >= 1, deleted::toString);
  }

  @Test
  void theControlRoutesNeedTheTokenWhenOneIsSet() {
    database = TestDatabases.at(dir);
    Sandbox sandbox = keep(Sandbox.start(SandboxConfig.defaults()
        .port(0)
        .database(database)
        .controlToken("a-control-token-of-some-length")));
    Api api = new Api(sandbox.baseUrl());
    assertEquals(403, control(api, "GET", "/_sandbox/webhooks/events", null).status());
    Resp ok = api.send(
        "GET",
        "/_sandbox/webhooks/events",
        null,
        null,
        Creds.NONE,
        Map.of("Authorization", "Bearer a-control-token-of-some-length"));
    assertEquals(200, ok.status(), ok::toString);
    assertEquals(2, ok.json().path("events").size(), "the demo data's two events");
  }

  /** The event as the control route shows it, once its (first) delivery reached {@code state}. */
  static JsonNode awaitState(Api api, String event, String state) {
    return awaitState(api, event, state, "");
  }

  static JsonNode awaitState(Api api, String event, String state, String query) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    JsonNode e;
    do {
      e = control(api, "GET", "/_sandbox/webhooks/events/" + event + query, null)
          .json();
      boolean all = e.path("deliveries").size() > 0;
      for (JsonNode d : e.path("deliveries")) {
        all &= d.path("state").asText().equals(state);
      }
      if (all) {
        return e;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
        break;
      }
    } while (System.nanoTime() < deadline);
    throw new AssertionError("deliveries of " + event + " not " + state + ": " + e);
  }

  @Test
  void retrySchedulesAndDurationsParse() {
    assertEquals(
        List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5)),
        WebhookConfig.parseRetries("1s,2s,5s"));
    assertEquals(
        List.of(
            Duration.ofMillis(500), Duration.ofMinutes(1), Duration.ofHours(2), Duration.ofDays(1)),
        WebhookConfig.parseRetries("500ms, 1m,2h,1d"));
    assertEquals(List.of(), WebhookConfig.parseRetries("none"));
    assertEquals(8, WebhookConfig.defaults().maxAttempts());
    assertThrows(IllegalArgumentException.class, () -> WebhookConfig.parseRetries("1s,soon"));
    assertThrows(IllegalArgumentException.class, () -> WebhookConfig.defaults().url("not a url"));
    assertThrows(
        IllegalArgumentException.class, () -> WebhookConfig.defaults().secret("whsec_c2hvcnQ="));
    assertThrows(
        IllegalArgumentException.class,
        () -> WebhookConfig.defaults().events(Set.of("coupon_eaten")));
    assertEquals(Set.copyOf(WebhookConfig.INFERRED_EVENTS), WebhookConfig.parseEvents("all"));
    assertFalse(WebhookConfig.defaults().toString().contains("whsec_"));
  }
}
