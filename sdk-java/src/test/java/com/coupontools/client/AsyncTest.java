package com.coupontools.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.api.CampaignInfoRequest;
import com.coupontools.api.CampaignInfoResponse;
import com.coupontools.api.MultipleSingleUseCreateRequest;
import com.coupontools.errors.ApiException;
import com.coupontools.errors.AuthenticationException;
import com.coupontools.errors.CoupontoolsException;
import com.coupontools.errors.InvalidParameterException;
import com.coupontools.errors.InvalidResponseException;
import com.coupontools.errors.LimitException;
import com.coupontools.errors.MissingParameterException;
import com.coupontools.errors.NotFoundException;
import com.coupontools.errors.TransportException;
import java.net.ServerSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;

/** client.async(): the same calls as futures, with the same pool, retries and one exception per error family. */
class AsyncTest extends ClientTestSupport {

  private <E extends CoupontoolsException> E fails(Class<E> type, CompletableFuture<?> future) {
    CompletionException e = assertThrows(CompletionException.class, future::join);
    assertTrue(
        type.isInstance(e.getCause()),
        "expected " + type.getSimpleName() + ", got " + e.getCause());
    return type.cast(e.getCause());
  }

  private CompletableFuture<CampaignInfoResponse> info() {
    return client().async().campaigns().info(CampaignInfoRequest.of("cam_1"));
  }

  @Test
  void aCallCompletesWithTheParsedAnswer() {
    server.enqueue(json(
        "{\"status\":{\"status\":\"OK\"},\"coupon_info\":{\"ID\":\"cam_1\",\"code\":\"c\",\"name\":\"n\","
            + "\"title\":\"Spring\",\"status\":\"active\",\"url\":\"https://x.example/p\"}}"));
    assertEquals("Spring", info().join().couponInfo().title());
    server.enqueue(json("{\"status\":{\"status\":\"OK\"},\"coupon_info\":[]}")
        .setHeader("X-Request-Id", "r1"));
    assertEquals(
        "r1",
        client().async().campaigns().withRawResponse().list().join().requestId().orElseThrow());
  }

  @Test
  void everyErrorFamilyFailsTheFuture() {
    server.enqueue(fixture("error_1000_scalar_code").setResponseCode(401));
    assertEquals(1000, fails(AuthenticationException.class, info()).code());
    server.enqueue(fixture("error_200_missing_campaign").setResponseCode(422));
    assertEquals("campaign", fails(MissingParameterException.class, info()).parameter());
    server.enqueue(fixture("error_301_invalid_amount").setResponseCode(422));
    assertEquals(301, fails(InvalidParameterException.class, info()).code());
    server.enqueue(fixture("error_502_top_level_errors"));
    assertEquals(
        200,
        fails(NotFoundException.class, info()).httpStatus(),
        "a 2xx envelope fails the future too");
    server.enqueue(fixture("error_601_low_on_codes").setResponseCode(422));
    fails(
        LimitException.class,
        client().async().singleUse().createMultiple(MultipleSingleUseCreateRequest.of("cam_1")));
    server.enqueue(new MockResponse().setResponseCode(500));
    assertEquals(0, fails(ApiException.class, info()).code());
    server.enqueue(json("{\"status\":{\"status\":\"OK\"},\"coupon_info\": [x"));
    fails(InvalidResponseException.class, info());
  }

  @Test
  void transportFailuresAndRetriesBehaveAsInTheBlockingClient() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    TransportException e = fails(
        TransportException.class,
        builder()
            .baseUrl("http://127.0.0.1:" + port)
            .maxRetries(1)
            .build()
            .async()
            .campaigns()
            .info(CampaignInfoRequest.of("cam_1")));
    assertFalse(e.requestSent());
    assertEquals(1, sleeps.size(), "the unsent request was retried once");

    server.enqueue(new MockResponse().setResponseCode(503));
    server.enqueue(json("{\"status\":{\"status\":\"OK\"},\"coupon_info\":[]}"));
    client().async().campaigns().list().join();
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void clientSideValidationFailsTheFutureWithoutSending() {
    fails(
        InvalidParameterException.class,
        builder()
            .clientSideValidation(true)
            .build()
            .async()
            .singleUse()
            .createMultiple(MultipleSingleUseCreateRequest.builder()
                .campaign("cam_1")
                .amount(0)
                .build()));
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void cancellingTheFutureCancelsTheCall() throws Exception {
    server.enqueue(json("{\"status\":{\"status\":\"OK\"},\"coupon_info\":[]}")
        .setHeadersDelay(5, TimeUnit.SECONDS));
    CompletableFuture<?> f = client().async().campaigns().list();
    take();
    assertTrue(f.cancel(true));
    assertTrue(f.isCancelled());
  }
}
