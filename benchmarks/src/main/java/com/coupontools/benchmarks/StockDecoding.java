package com.coupontools.benchmarks;

import feign.Request;
import feign.Response;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Feign responses for the stock generated client's decoder (the comparison, not the SDK). */
final class StockDecoding {
  private StockDecoding() {}

  static Response response(byte[] body) {
    return Response.builder()
        .status(200)
        .reason("OK")
        .request(request())
        .headers(Map.of("Content-Type", List.of("application/json")))
        .body(body)
        .build();
  }

  static Response response(InputStream body, int length) {
    return Response.builder()
        .status(200)
        .reason("OK")
        .request(request())
        .headers(Map.of("Content-Type", List.of("application/json")))
        .body(body, length)
        .build();
  }

  private static Request request() {
    return Request.create(
        Request.HttpMethod.POST,
        "http://127.0.0.1/v3/multiplesingleuse/create",
        Map.of(),
        null,
        StandardCharsets.UTF_8,
        null);
  }
}
