package com.coupontools.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.api.CampaignInfoRequest;
import com.coupontools.api.MultipleSingleUseCreateRequest;
import com.coupontools.errors.ApiException;
import com.coupontools.errors.TransportException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

/** Retry counts, backoff bounds, Retry-After, and no retry of a POST that reached the server. */
class RetryTest extends ClientTestSupport {
  private static final String OK_INFO =
      "{\"status\":{\"status\":\"OK\"},\"coupon_info\":{\"ID\":\"cam_1\",\"code\":\"x\","
          + "\"name\":\"n\",\"title\":\"t\",\"status\":\"active\",\"url\":\"https://digicpn.com/p/x\"}}";

  private void info(CoupontoolsClient client) {
    client.campaigns().info(CampaignInfoRequest.of("cam_1"));
  }

  @Test
  void retries503ThenSucceedsWithExponentialBackoffAndJitter() {
    server.enqueue(new MockResponse().setResponseCode(503));
    server.enqueue(new MockResponse().setResponseCode(503));
    server.enqueue(json(OK_INFO));
    info(client());
    assertEquals(3, server.getRequestCount());
    assertEquals(2, sleeps.size());
    // 500 ms × 2^n minus up to 25 % jitter
    assertBetween(sleeps.get(0), 375, 500);
    assertBetween(sleeps.get(1), 750, 1000);
  }

  @Test
  void givesUpAfterMaxRetriesWithTheLastError() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(new MockResponse().setResponseCode(503));
    }
    ApiException e =
        assertThrows(ApiException.class, () -> info(builder().maxRetries(3).build()));
    assertEquals(503, e.httpStatus());
    assertEquals(4, server.getRequestCount());
    assertEquals(3, sleeps.size());
    assertBetween(sleeps.get(2), 1500, 2000);
  }

  @Test
  void zeroRetriesMeansOneAttempt() {
    server.enqueue(new MockResponse().setResponseCode(429));
    assertThrows(ApiException.class, () -> info(builder().maxRetries(0).build()));
    assertEquals(1, server.getRequestCount());
    assertTrue(sleeps.isEmpty());
  }

  @Test
  void honoursRetryAfterSecondsAndDates() {
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "3"));
    String inTwelveSeconds =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().plusSeconds(12));
    server.enqueue(
        new MockResponse().setResponseCode(503).setHeader("Retry-After", inTwelveSeconds));
    server.enqueue(json(OK_INFO));
    info(client());
    assertEquals(Duration.ofSeconds(3), sleeps.get(0));
    assertBetween(sleeps.get(1), 9_000, 12_000);
  }

  @Test
  void anAbsurdRetryAfterFallsBackToBackoff() {
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "86400"));
    server.enqueue(json(OK_INFO));
    info(client());
    assertBetween(sleeps.get(0), 375, 500);
  }

  @Test
  void noRetryWaitOutlastsTheCallTimeout() {
    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "5"));
    ApiException e = assertThrows(
        ApiException.class, () -> info(builder().timeout(Duration.ofSeconds(2)).build()));
    assertEquals(503, e.httpStatus());
    assertTrue(sleeps.isEmpty());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aPostThatReachedTheServerIsNotRetried() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(json(
        "{\"status\":{\"status\":\"OK\"},\"campaign\":\"cam_1\",\"action\":\"x\",\"data\":[]}"));
    TransportException e = assertThrows(
        TransportException.class,
        () -> client().singleUse().createMultiple(MultipleSingleUseCreateRequest.of("cam_1")));
    assertTrue(e.requestSent());
    assertEquals(1, server.getRequestCount(), "the codes may have been created: no second POST");
    assertTrue(sleeps.isEmpty());
  }

  @Test
  void aSentPostIsRetriedWhenOptedIn() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(json(
        "{\"status\":{\"status\":\"OK\"},\"campaign\":\"cam_1\",\"action\":\"x\",\"data\":[]}"));
    builder()
        .retryNonIdempotent(true)
        .build()
        .singleUse()
        .createMultiple(MultipleSingleUseCreateRequest.of("cam_1"));
    assertEquals(2, server.getRequestCount());
    assertEquals(1, sleeps.size());
  }

  @Test
  void gatewayErrorsAreRetriedOnlyWhenOptedIn() {
    server.enqueue(new MockResponse().setResponseCode(502));
    assertThrows(ApiException.class, () -> info(client()));
    assertEquals(1, server.getRequestCount());

    server.enqueue(new MockResponse().setResponseCode(504));
    server.enqueue(json(OK_INFO));
    info(builder().retryNonIdempotent(true).build());
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void readTimeoutIsPerClientAndOverridablePerCall() {
    CoupontoolsClient client = client();
    server.enqueue(json(OK_INFO).setBodyDelay(600, java.util.concurrent.TimeUnit.MILLISECONDS));
    TransportException e = assertThrows(
        TransportException.class, () -> info(client.withTimeout(Duration.ofMillis(200))));
    assertTrue(e.requestSent());

    server.enqueue(json(OK_INFO).setBodyDelay(300, java.util.concurrent.TimeUnit.MILLISECONDS));
    info(client); // the original client keeps its 60 s
    assertEquals(2, server.getRequestCount());
  }

  private static void assertBetween(Duration d, long minMillis, long maxMillis) {
    assertTrue(
        d.toMillis() >= minMillis && d.toMillis() <= maxMillis,
        d.toMillis() + " ms not in [" + minMillis + ", " + maxMillis + "]");
  }
}
