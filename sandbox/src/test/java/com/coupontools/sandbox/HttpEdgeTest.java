package com.coupontools.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.sandbox.Api.Creds;
import com.coupontools.sandbox.Api.Resp;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** HTTP-level choices: unknown paths, other methods, content types, empty bodies, headers. */
@ExtendWith(Env.Extension.class)
class HttpEdgeTest {
  private final Api api;

  HttpEdgeTest(Env env) {
    this.api = env.direct;
  }

  @Test
  void unknownPathsAre404WithTheEnvelope() {
    Resp r = api.offContract().post("/v3/nothing/here", Map.of());
    assertEquals(404, r.status());
    assertEquals("failed", r.json().path("status").path("status").asText());
    assertEquals(
        "HTTP/1.0 404 Not Found",
        r.json().path("status").path("errors").path("error_message").asText());
    assertTrue(r.description().contains("/v3/nothing/here"));
  }

  @Test
  void otherMethodsAre405WithAllowPost() {
    for (String method : new String[] {"GET", "PUT", "DELETE", "PATCH", "OPTIONS"}) {
      Resp r = api.offContract()
          .send(
              method,
              "/v3/couponsession/data",
              "application/json",
              method.equals("GET") || method.equals("OPTIONS") ? null : new byte[0],
              Creds.DEMO,
              Map.of());
      assertEquals(405, r.status(), method);
      assertEquals("POST", r.headers().get("Allow"));
      assertEquals("failed", r.json().path("status").path("status").asText());
    }
  }

  @Test
  void aTrailingSlashAndCharsetParametersAreFine() {
    assertTrue(api.post("/v3/coupon/list/", Map.of()).ok());
    Resp r = api.send(
        "POST",
        "/v3/coupon/info",
        "application/json; charset=UTF-8",
        "{\"campaign\":\"cam_123456\"}".getBytes(StandardCharsets.UTF_8),
        Creds.DEMO,
        Map.of());
    assertTrue(r.ok(), r::toString);
    Resp latin = api.send(
        "POST",
        "/v3/couponsession/search",
        "application/x-www-form-urlencoded; charset=ISO-8859-1",
        "email=anna.peeters%40example.com".getBytes(StandardCharsets.ISO_8859_1),
        Creds.DEMO,
        Map.of());
    assertTrue(latin.ok(), latin::toString);
  }

  @Test
  void bodiesWithoutAContentTypeAreSniffed() {
    assertTrue(api.send(
            "POST",
            "/v3/coupon/info",
            null,
            "{\"campaign\":\"123456\"}".getBytes(StandardCharsets.UTF_8),
            Creds.DEMO,
            Map.of())
        .ok());
    assertTrue(api.send(
            "POST",
            "/v3/coupon/info",
            null,
            "campaign=cam_123456".getBytes(StandardCharsets.UTF_8),
            Creds.DEMO,
            Map.of())
        .ok());
    assertTrue(api.send("POST", "/v3/directory/list", null, new byte[0], Creds.DEMO, Map.of())
        .ok());
    assertTrue(api.send(
            "POST", "/v3/directory/list", "application/json", new byte[0], Creds.DEMO, Map.of())
        .ok());
  }

  @Test
  void unreadableBodiesAre300OnEveryOperation() {
    Resp bad = api.send(
        "POST",
        "/v3/coupon/info",
        "application/json",
        "{oops".getBytes(StandardCharsets.UTF_8),
        Creds.DEMO,
        Map.of());
    assertEquals(422, bad.status());
    assertEquals(300, bad.code());
    assertEquals("Invalid request body: malformed JSON.", bad.description());
    Resp type = api.send(
        "POST",
        "/v3/coupon/info",
        "text/plain",
        "campaign=1".getBytes(StandardCharsets.UTF_8),
        Creds.DEMO,
        Map.of());
    assertEquals(300, type.code());
    assertTrue(type.description().contains("unsupported content type text/plain"));
    // Also where no parameter is taken (#9 defect 2: the contract lists 300 on every body).
    for (String path : new String[] {
      "/v3/smstool/grouplist",
      "/v4/subaccount/list",
      "/v3/directory/list",
      "/v3/category/list",
      "/v3/category/main/list"
    }) {
      Resp r = api.send("POST", path, "text/plain", new byte[] {1, 2, 3}, Creds.DEMO, Map.of());
      assertEquals(422, r.status(), () -> path + ": " + r);
      assertEquals(300, r.code(), () -> path + ": " + r);
    }
  }

  @Test
  void responsesCarryJsonARequestIdAndTheSpecHash() {
    Resp r = api.post("/v3/coupon/list", Map.of());
    assertEquals("application/json", r.headers().get("Content-Type"));
    assertTrue(r.headers().get("X-Request-Id").matches("req_[0-9a-f]{16}"));
    assertEquals(64, r.headers().get("X-Sandbox-Spec-Sha256").length());
    assertFalse(r.text().contains("sandbox-client-secret"));
  }
}
