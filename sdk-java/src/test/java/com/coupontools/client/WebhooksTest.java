package com.coupontools.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.api.WebhookEvent;
import com.coupontools.api.WebhookSignature;
import com.coupontools.api.Webhooks;
import com.coupontools.errors.InvalidResponseException;
import com.coupontools.errors.WebhookSignatureException;
import com.coupontools.errors.WebhookSignatureException.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Webhooks.parse (open types, unknown fields, bad bodies) and the Standard Webhooks helper. */
class WebhooksTest {
  /** The contract's example delivery (webhook_event_coupon_validated), shortened, plus a field the contract does not know. */
  static final String BODY =
      "{\"webhook\":\"evt_8f3a2b1c9d\",\"type\":\"coupon_validated\",\"date\":\"2026-03-14 09:41:07\","
          + "\"campaign\":\"cam_123456\",\"session\":\"3k9x2m7q4w8e1r5t6y0u2\",\"couponsession\":{\"status\":{\"status\":\"OK\"},"
          + "\"campaign\":\"cam_123456\",\"session\":\"3k9x2m7q4w8e1r5t6y0u2\",\"data\":{\"status\":{\"validated\":\"1\","
          + "\"validation_date_utc\":\"2026-03-14 09:41:07\"},\"future_block\":{\"x\":1}}},\"delivered_by\":\"edge-7\"}";

  @Test
  void parsesTheDeliveryIntoATypedEvent() {
    WebhookEvent e = Webhooks.parse(BODY);
    assertEquals("evt_8f3a2b1c9d", e.webhook());
    assertEquals(WebhookEvent.Type.COUPON_VALIDATED, e.type());
    assertEquals(WebhookEvent.Type.Known.COUPON_VALIDATED, e.type().known().orElseThrow());
    assertEquals(LocalDateTime.of(2026, 3, 14, 9, 41, 7), e.date());
    assertEquals("cam_123456", e.campaign());
    assertEquals("3k9x2m7q4w8e1r5t6y0u2", e.session());
    assertEquals("3k9x2m7q4w8e1r5t6y0u2", e.couponsession().session());
    assertEquals(
        "edge-7",
        e._additionalProperties().get("delivered_by").asString(),
        "unknown fields are kept");
    assertEquals(e, Webhooks.parse(BODY.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void anEventTypeThisVersionDoesNotKnowParsesAndKeepsItsName() {
    WebhookEvent e = Webhooks.parse(BODY.replace("coupon_validated", "loyalty_stamp_added"));
    assertEquals("loyalty_stamp_added", e.type().value());
    assertTrue(e.type().known().isEmpty());
    assertNotEquals(WebhookEvent.Type.COUPON_VALIDATED, e.type());
  }

  @Test
  void aMissingFieldFailsOnlyWhenReadAndNamesIt() {
    WebhookEvent e = Webhooks.parse("{\"webhook\":\"evt_1\",\"type\":\"coupon_validated\"}");
    assertEquals("evt_1", e.webhook());
    InvalidResponseException x = assertThrows(InvalidResponseException.class, e::campaign);
    assertTrue(x.getMessage().contains("campaign"), x.getMessage());
    assertThrows(InvalidResponseException.class, e::validate);
  }

  @Test
  void aBodyThatIsNotOneJsonObjectIsATypedError() {
    for (String bad : new String[] {"", "[]", "\"evt_1\"", "{\"webhook\":", "{} {}", "not json"}) {
      assertThrows(InvalidResponseException.class, () -> Webhooks.parse(bad), bad);
    }
  }

  // ---- Standard Webhooks (a sandbox extension) ----

  /** The Standard Webhooks spec's published example (secret, id, timestamp, body, signature). */
  private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

  private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
  private static final long TS = 1614265330;
  private static final String PAYLOAD = "{\"test\": 2432232314}";
  private static final String EXPECTED = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

  private static WebhookSignature at(long epochSecond) {
    return WebhookSignature.of(SECRET)
        .clock(Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
  }

  @Test
  void signsLikeTheStandardWebhooksExample() {
    assertEquals(EXPECTED, WebhookSignature.of(SECRET).sign(ID, TS, PAYLOAD));
    assertEquals(
        EXPECTED,
        WebhookSignature.of(SECRET.substring("whsec_".length())).sign(ID, TS, PAYLOAD),
        "prefix optional");
    at(TS).verify(PAYLOAD, ID, Long.toString(TS), EXPECTED);
    at(TS)
        .verify(
            PAYLOAD, ID, Long.toString(TS), "v1,b3RoZXI= v1a,xyz " + EXPECTED); // any of several
    Map<String, String> h = at(TS).headers(ID, Instant.ofEpochSecond(TS), PAYLOAD);
    assertEquals(
        Map.of(
            "webhook-id",
            ID,
            "webhook-timestamp",
            Long.toString(TS),
            "webhook-signature",
            EXPECTED),
        h);
    at(TS + 10).verify(PAYLOAD, h::get);
  }

  @Test
  void refusesWhatDoesNotMatchWithAReason() {
    String ts = Long.toString(TS);
    assertEquals(
        Reason.NO_MATCHING_SIGNATURE,
        refused(() -> at(TS).verify(PAYLOAD + " ", ID, ts, EXPECTED)));
    assertEquals(
        Reason.NO_MATCHING_SIGNATURE,
        refused(() -> at(TS).verify(PAYLOAD, ID + "x", ts, EXPECTED)));
    assertEquals(
        Reason.NO_MATCHING_SIGNATURE, refused(() -> at(TS).verify(PAYLOAD, ID, ts, "v1,%%%")));
    assertEquals(
        Reason.NO_MATCHING_SIGNATURE,
        refused(() -> at(TS).verify(PAYLOAD, ID, ts, "v2," + EXPECTED.substring(3))));
    assertEquals(
        Reason.NO_MATCHING_SIGNATURE,
        refused(() -> WebhookSignature.of("whsec_" + "A".repeat(32))
            .clock(Clock.fixed(Instant.ofEpochSecond(TS), ZoneOffset.UTC))
            .verify(PAYLOAD, ID, ts, EXPECTED)));
    assertEquals(Reason.MISSING_HEADER, refused(() -> at(TS).verify(PAYLOAD, null, ts, EXPECTED)));
    assertEquals(Reason.MISSING_HEADER, refused(() -> at(TS).verify(PAYLOAD, ID, ts, " ")));
    assertEquals(
        Reason.MISSING_HEADER,
        refused(() -> at(TS).verify(PAYLOAD, Map.<String, String>of()::get)));
    assertEquals(
        Reason.MALFORMED_TIMESTAMP, refused(() -> at(TS).verify(PAYLOAD, ID, "soon", EXPECTED)));
  }

  @Test
  void theTimestampMustBeWithinTheTolerance() {
    String ts = Long.toString(TS);
    at(TS + 300).verify(PAYLOAD, ID, ts, EXPECTED); // exactly 5 min: accepted
    at(TS - 300).verify(PAYLOAD, ID, ts, EXPECTED);
    assertEquals(
        Reason.TIMESTAMP_TOO_OLD, refused(() -> at(TS + 301).verify(PAYLOAD, ID, ts, EXPECTED)));
    assertEquals(
        Reason.TIMESTAMP_TOO_NEW, refused(() -> at(TS - 301).verify(PAYLOAD, ID, ts, EXPECTED)));
    at(TS + 3600).tolerance(Duration.ofHours(1)).verify(PAYLOAD, ID, ts, EXPECTED);
    assertThrows(
        IllegalArgumentException.class,
        () -> WebhookSignature.of(SECRET).tolerance(Duration.ofSeconds(-1)));
  }

  @Test
  void theSecretIsNeverShown() {
    WebhookSignature s = WebhookSignature.of(SECRET);
    assertFalse(s.toString().contains("MfKQ9r8"), s.toString());
    WebhookSignatureException x = assertThrows(
        WebhookSignatureException.class,
        () -> at(TS).verify(PAYLOAD, ID, Long.toString(TS), "v1,AAAA"));
    assertFalse(
        x.getMessage().contains("MfKQ9r8") || x.getMessage().contains("g0hM9S"), x.getMessage());
    IllegalArgumentException bad = assertThrows(
        IllegalArgumentException.class, () -> WebhookSignature.of("whsec_not base64!"));
    assertFalse(bad.getMessage().contains("not base64!"), bad.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> WebhookSignature.of("whsec_c2hvcnQ="),
        "5 bytes is too short");
  }

  private static Reason refused(Runnable r) {
    return assertThrows(WebhookSignatureException.class, r::run).reason();
  }
}
