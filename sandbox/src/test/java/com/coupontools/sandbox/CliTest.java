package com.coupontools.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The jar's webhook commands against a running sandbox: {@code trigger} makes the real API calls
 * and shows the delivery, {@code events} lists, {@code resend} delivers again; bad usage is exit
 * status 2 with the usage, failures 1 with the reason.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliTest {
  private static final Pattern EVENT = Pattern.compile("Event (evt_[0-9a-f]+) (\\w+)");

  private Receiver receiver;
  private Sandbox sandbox;

  @BeforeAll
  void start() {
    receiver = Receiver.ok();
    sandbox = Sandbox.start(SandboxConfig.defaults()
        .port(0)
        .database(TestDatabases.scratch())
        .webhooks(WebhookConfig.defaults().url(receiver.url()).events(Set.of("coupon_claimed"))));
  }

  @AfterAll
  void stop() {
    sandbox.close();
    receiver.close();
  }

  record Run(int status, String out, String err) {}

  private Run cli(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Cli.run(
        args,
        env,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Run cli(String... args) {
    return cli(Map.of(Cli.URL_ENV, sandbox.baseUrl()), args);
  }

  @Test
  void triggerPerformsTheValidationAndShowsItsDelivery() {
    receiver.drain();
    Run r = cli("trigger", "coupon_validated", "--campaign", "cam_123456");
    assertEquals(0, r.status(), r::toString);
    Matcher m = EVENT.matcher(r.out());
    assertTrue(m.find(), r.out());
    assertEquals("coupon_validated", m.group(2));
    assertTrue(r.out().contains("Created coupon session"), r.out());
    assertTrue(r.out().contains("delivered (1 attempt, last: HTTP 200"), r.out());
    // It really happened through the API: the receiver got it (with the session's coupon_claimed,
    // switched on here; deliveries are not ordered) and verification confirms it.
    assertEquals(Map.of("coupon_claimed", true, "coupon_validated", true), twoHits(m.group(1)));
    Api api = new Api(sandbox.baseUrl());
    assertEquals(
        "valid",
        api.post("/v3/webhook/verification", Map.of("webhook", m.group(1)))
            .json()
            .path("result")
            .asText());

    // With an existing session (and --url instead of the environment).
    String session = Fixtures.freshSession(api);
    Run again = cli(
        Map.of(),
        "trigger",
        "coupon_validated",
        "--session",
        session,
        "--url",
        sandbox.baseUrl(),
        "--value",
        "RECEIPT-1");
    assertEquals(0, again.status(), again::toString);
    for (int i = 0; i < 2; i++) {
      com.fasterxml.jackson.databind.JsonNode hit =
          receiver.next(Duration.ofSeconds(2)).json();
      assertEquals(
          "RECEIPT-1",
          hit.path("couponsession")
              .path("data")
              .path("status")
              .path("validation_value")
              .asText());
    }
    // Validating it twice is the API's own error.
    Run twice = cli("trigger", "coupon_validated", "--session", session);
    assertEquals(1, twice.status(), twice::toString);
    assertTrue(twice.err().contains("300"), twice.err());
  }

  /** The types of the next two deliveries, each mapped to whether it is {@code event}'s (validated) one. */
  private Map<String, Boolean> twoHits(String event) {
    Map<String, Boolean> out = new java.util.TreeMap<>();
    for (int i = 0; i < 2; i++) {
      com.fasterxml.jackson.databind.JsonNode hit =
          receiver.next(Duration.ofSeconds(2)).json();
      String type = hit.path("type").asText();
      out.put(
          type, type.equals("coupon_validated") == hit.path("webhook").asText().equals(event));
    }
    return out;
  }

  @Test
  void triggerOfAnInferredTypeSaysWhenTheSandboxDoesNotSendIt() {
    Run claimed = cli("trigger", "coupon_claimed");
    assertEquals(0, claimed.status(), claimed::toString);
    assertTrue(claimed.out().contains("coupon_claimed"), claimed.out());
    Run voided = cli("trigger", "coupon_voided", "--wait", "0");
    assertEquals(1, voided.status(), voided::toString);
    assertTrue(voided.err().contains("--webhook-events coupon_voided"), voided.err());
    Run unknown = cli("trigger", "coupon_eaten");
    assertEquals(2, unknown.status());
    assertTrue(unknown.err().contains("unknown event type coupon_eaten"), unknown.err());
  }

  @Test
  void eventsListsEventsWithTheirDeliveriesAndResendDeliversAgain() {
    Run t = cli("trigger", "coupon_validated");
    Matcher m = EVENT.matcher(t.out());
    assertTrue(m.find(), t.out());
    String event = m.group(1);
    Run list = cli("events", "--limit", "50");
    assertEquals(0, list.status(), list::toString);
    assertTrue(list.out().startsWith("EVENT"), list.out());
    assertTrue(
        list.out().lines().anyMatch(l -> l.startsWith(event) && l.contains("delivered")),
        list.out());
    assertTrue(list.out().contains("evt_8f3a2b1c9d"), "the demo data's events too: " + list.out());
    Run json = cli("events", "--json", "--type", "coupon_validated", "--limit", "1");
    assertTrue(json.out().contains("\"events\""), json.out());

    Run resend = cli("resend", event);
    assertEquals(0, resend.status(), resend::toString);
    assertTrue(resend.out().contains("Queued dlv_"), resend.out());
    assertTrue(resend.out().contains("delivered"), resend.out());
    Run missing = cli("resend", "evt_nosuchevent1");
    assertEquals(1, missing.status());
    assertTrue(missing.err().contains("No webhook event evt_nosuchevent1"), missing.err());
  }

  @Test
  void badUsageAndAnUnreachableSandboxAreClear() {
    Run noArg = cli("resend");
    assertEquals(2, noArg.status());
    assertTrue(noArg.err().contains("Usage:"), noArg.err());
    Run badOption = cli("events", "--colour", "red");
    assertEquals(2, badOption.status());
    assertTrue(badOption.err().contains("unknown option --colour"), badOption.err());
    Run down = cli(Map.of(), "events", "--url", "http://127.0.0.1:1");
    assertEquals(1, down.status());
    assertTrue(down.err().contains("cannot reach the sandbox at http://127.0.0.1:1"), down.err());
    assertEquals(0, cli("help").status());
  }
}
