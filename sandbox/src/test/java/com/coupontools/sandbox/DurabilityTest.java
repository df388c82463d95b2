package com.coupontools.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.sandbox.Api.Creds;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data in a directory survives a restart; the seed is written once; memory mode starts empty. */
class DurabilityTest {
  @TempDir
  Path dir;

  @Test
  void stateSurvivesARestartAndTheSeedIsNotRepeated() {
    String session;
    String event;
    String subId;
    int subaccounts;
    String code;
    try (Sandbox s =
        Sandbox.start(SandboxConfig.defaults().port(0).database(TestDatabases.at(dir)))) {
      Api api = new Api(s.baseUrl());
      session = Fixtures.freshSession(api);
      event = api.post(
              "/v3/couponsession/update",
              Map.of("couponsession", session, "status", "validate", "validation_value", "R-77"))
          .json()
          .path("webhook")
          .asText();
      subId = Fixtures.newSubaccount(api, Map.of("company_name", "Durable Ltd"))
          .path("ID")
          .asText();
      subaccounts =
          api.post("/v4/subaccount/list", Map.of()).json().path("subaccounts").size();
      api.post(
          "/v3/loyaltyusers/update",
          Map.of("loyaltycard", "loy_5522", "user", "lus_90003", "points", 50));
      code = api.post(
              "/v3/multiplesingleuse/create",
              Fixtures.automatedCodes("cam_123457", 500, null, 10, "alphanumeric"))
          .json()
          .path("data")
          .path(499)
          .path("custom_validation_code")
          .asText();
    }
    assertTrue(TestDatabases.postgres() || Files.exists(dir.resolve("sandbox.db")));

    try (Sandbox s = Sandbox.start(SandboxConfig.defaults()
        .port(0)
        .database(TestDatabases.at(dir))
        .credentials("rotated-id", "rotated-secret"))) {
      Api api = new Api(s.baseUrl());
      Creds rotated = new Creds("rotated-id", "rotated-secret");
      assertEquals(
          1000,
          api.post("/v4/subaccount/list", Map.of()).code()); // the flags set the demo credentials
      JsonNode data = api.post("/v3/couponsession/data", Map.of("couponsession", session), rotated)
          .json();
      assertEquals("1", data.path("data").path("status").path("validated").asText());
      assertEquals(
          "R-77", data.path("data").path("status").path("validation_value").asText());
      assertTrue(api.post("/v3/webhook/verification", Map.of("webhook", event), rotated)
          .ok());
      assertEquals(
          "Durable Ltd",
          api.post("/v4/subaccount", Map.of("subaccount", subId), rotated)
              .json()
              .path("subaccount")
              .path("company_name")
              .asText());
      assertEquals(
          subaccounts,
          api.post("/v4/subaccount/list", Map.of(), rotated)
              .json()
              .path("subaccounts")
              .size());
      assertEquals(
          "1300",
          api.post("/v3/loyaltyusers/list", Map.of("loyaltycard", "loy_5522"), rotated)
              .json()
              .path("users")
              .path(0)
              .path("points")
              .asText());
      assertEquals(
          "1",
          api.post("/v3/couponsession/search", Map.of("custom_validation_code", code), rotated)
              .json()
              .path("amount_of_results")
              .asText());
    }
  }

  @Test
  void anInMemorySandboxStartsFromTheSeedEveryTime() {
    for (int i = 0; i < 2; i++) {
      try (Sandbox s = Sandbox.start(SandboxConfig.defaults().port(0).inMemory())) {
        Api api = new Api(s.baseUrl());
        assertEquals(
            2,
            api.post("/v4/subaccount/list", Map.of()).json().path("subaccounts").size());
        Fixtures.newSubaccount(api, Map.of());
      }
    }
  }
}
