package com.coupontools.sandbox;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.sandbox.Api.Creds;
import com.coupontools.sandbox.Api.Resp;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Data the tests create through the API itself (never behind its back). */
final class Fixtures {
  private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000);

  private Fixtures() {}

  static String unique(String prefix) {
    return prefix + SEQ.incrementAndGet();
  }

  /** A new single-use session of the spring sale (cam_123456); returns its long code. */
  static String freshSession(Api api) {
    Resp r = api.post(
        "/v3/singleuse/create",
        Map.of(
            "campaign",
            "cam_123456",
            "email",
            unique("fresh") + "@example.com",
            "phone",
            "+3247" + (SEQ.incrementAndGet() % 10_000_000)));
    assertTrue(r.ok(), () -> "singleuse/create failed: " + r);
    return r.json().path("single_use_code").asText();
  }

  /** A new subaccount of the demo account; returns its info object (ID, api_key, api_secret …). */
  static JsonNode newSubaccount(Api api, Map<String, Object> extra) {
    Map<String, Object> body = new LinkedHashMap<>(extra);
    body.putIfAbsent("email", unique("sub") + "@example.com");
    Resp r = api.post("/v4/subaccount/create", body);
    assertTrue(r.ok(), () -> "subaccount/create failed: " + r);
    return r.json().path("subaccount");
  }

  /**
   * The body of a multiple single-use create with generated codes ({@code code_prefix} left out
   * when null).
   */
  static Map<String, Object> automatedCodes(
      String campaign, int amount, String prefix, int codeLength, String codeType) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("campaign", campaign);
    body.put("amount", amount);
    body.put("automated_codes", true);
    if (prefix != null) {
      body.put("code_prefix", prefix);
    }
    body.put("code_length", codeLength);
    body.put("code_type", codeType);
    return body;
  }

  static Creds credsOf(JsonNode subaccount) {
    return new Creds(
        subaccount.path("api_key").asText(), subaccount.path("api_secret").asText());
  }
}
