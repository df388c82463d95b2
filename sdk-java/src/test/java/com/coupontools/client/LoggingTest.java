package com.coupontools.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.api.SubaccountListRequest;
import org.junit.jupiter.api.Test;

/** The documented logger name, and bodies cut at 16 KiB with a marker that says how much there was. */
class LoggingTest extends ClientTestSupport {

  @Test
  void theDefaultLoggerHasADocumentedName() {
    assertEquals("com.coupontools.http", CoupontoolsClient.LOGGER_NAME);
    assertEquals(
        CoupontoolsClient.LOGGER_NAME,
        CoupontoolsClient.builder()
            .credentials("id-1", "secret-1")
            .build()
            .settings()
            .logger
            .getName());
  }

  @Test
  void longBodiesAreCutWithAMarker() {
    String big = "x".repeat(40_000);
    server.enqueue(json(
        "{\"status\":{\"status\":\"OK\"},\"amount_of_subaccounts\":\"0\",\"subaccounts\":[],\"pad\":\""
            + big + "\"}"));
    client()
        .subaccounts()
        .list(SubaccountListRequest.builder()
            .putAdditionalProperty("pad", WireValue.of(big))
            .build());
    String request =
        logLines.stream().filter(l -> l.startsWith("--> POST")).findFirst().orElseThrow();
    String response =
        logLines.stream().filter(l -> l.startsWith("<-- 200")).findFirst().orElseThrow();
    assertTrue(
        request.endsWith(" … [truncated, 40.0 kB total]"),
        request.substring(request.length() - 60));
    assertTrue(
        response.endsWith(" … [truncated, 40.1 kB total]"),
        response.substring(response.length() - 60));
    assertTrue(response.length() < 17_000);
  }
}
