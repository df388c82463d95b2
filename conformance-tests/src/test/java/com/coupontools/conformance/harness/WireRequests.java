package com.coupontools.conformance.harness;

import com.coupontools.testsupport.Bundle;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends the operations the SDK does not send ({@code x-sdk-skip}: the rpc GET forms of the two
 * campaign reads, which the contract describes for clients that read with GET) on the wire with
 * the JDK's HTTP client — the one deliberate exception to "SDK only". The request goes through
 * the exchange recorder like every other, so Prism's verdict is checked the same way.
 */
public final class WireRequests {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private WireRequests() {}

  /** An answer: its status, content type and body (JSON, or an assertion error if it is not). */
  public record Answer(int status, String contentType, JsonNode body) {}

  /** {@code GET pathAndQuery} with the given credentials. */
  public static Answer get(Call call, String pathAndQuery, String clientId, String clientSecret) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(call.baseUrl() + pathAndQuery))
        .timeout(Duration.ofSeconds(60))
        .header("X-Client-Id", clientId)
        .header("X-Client-Secret", clientSecret)
        .GET()
        .build();
    try {
      HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      String type = r.headers().firstValue("Content-Type").orElse("");
      if (!type.startsWith("application/json")) {
        throw new AssertionError(
            "GET " + pathAndQuery + " answered " + r.statusCode() + " " + type + ": " + r.body());
      }
      return new Answer(r.statusCode(), type, Bundle.JSON.readTree(r.body()));
    } catch (IOException e) {
      throw new AssertionError("GET " + pathAndQuery + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** {@code GET pathAndQuery} with the target's credentials. */
  public static Answer get(Call call, String pathAndQuery) {
    return get(call, pathAndQuery, call.clientId(), call.clientSecret());
  }

  /**
   * The path and query string of a GET-form operation for a flat request (its parameters by
   * name; a list as the parameter repeated, the query default {@code form, explode}).
   */
  public static String pathAndQuery(Bundle.Op op, JsonNode flat) {
    List<String> pairs = new ArrayList<>();
    flat.fields().forEachRemaining(f -> {
      if (f.getValue().isArray()) {
        f.getValue().forEach(v -> pairs.add(pair(f.getKey(), v)));
      } else {
        pairs.add(pair(f.getKey(), f.getValue()));
      }
    });
    return op.path() + (pairs.isEmpty() ? "" : "?" + String.join("&", pairs));
  }

  private static String pair(String name, JsonNode value) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(
            value.isTextual() ? value.asText() : value.toString(), StandardCharsets.UTF_8);
  }
}
