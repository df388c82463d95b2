package com.coupontools.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.sandbox.Api.Resp;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Concurrent creators never get the same generated code (the database's unique index decides),
 * a small code space ends in 601 without partial batches, and one session validates once.
 */
class ConcurrencyTest {
  @TempDir
  Path dir;

  private Sandbox sandbox;
  private Api api;
  private final ExecutorService pool = Executors.newFixedThreadPool(8);

  @BeforeEach
  void start() {
    sandbox = Sandbox.start(SandboxConfig.defaults().port(0).database(TestDatabases.at(dir)));
    api = new Api(sandbox.baseUrl());
  }

  @AfterEach
  void stop() {
    pool.shutdownNow();
    sandbox.close();
  }

  private <T> List<T> all(List<Callable<T>> tasks) throws Exception {
    List<T> out = new ArrayList<>();
    for (Future<T> f : pool.invokeAll(tasks)) {
      out.add(f.get());
    }
    return out;
  }

  @Test
  void concurrentCreatorsFillASmallCodeSpaceWithoutDuplicatesThenGet601() throws Exception {
    // 4 numeric digits after "Q": 10,000 codes; 8 × 1,500 asked, so some calls must fail whole.
    List<Callable<Resp>> tasks = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      tasks.add(() -> api.post(
          "/v3/multiplesingleuse/create",
          Fixtures.automatedCodes("cam_123457", 1500, "Q", 4, "numeric")));
    }
    Set<String> codes = new HashSet<>();
    int ok = 0;
    int lowOnCodes = 0;
    for (Resp r : all(tasks)) {
      if (r.status() == 200) {
        ok++;
        for (JsonNode d : r.json().path("data")) {
          assertTrue(codes.add(d.path("custom_validation_code").asText()), "duplicate " + d);
        }
      } else {
        assertEquals(601, r.code(), r::toString);
        lowOnCodes++;
      }
    }
    assertEquals(6, ok); // 6 × 1,500 = 9,000 fit, a 7th would not
    assertEquals(2, lowOnCodes);
    assertEquals(9000, codes.size());
    // Nothing half-created: the campaign holds exactly the codes that were returned.
    JsonNode info = api.post(
            "/v3/coupon/info", Map.of("campaign", "cam_123457", "show_usage_stats", true))
        .json();
    assertEquals(
        "9000", info.path("coupon_info").path("amount_custom_validation_codes").asText());
    // The last 1,000 still fit, and then not one more.
    assertTrue(api.post(
            "/v3/multiplesingleuse/create",
            Fixtures.automatedCodes("cam_123457", 1000, "Q", 4, "numeric"))
        .ok());
    assertEquals(
        601,
        api.post(
                "/v3/multiplesingleuse/create",
                Fixtures.automatedCodes("cam_123457", 1, "Q", 4, "numeric"))
            .code());
  }

  @Test
  void concurrentLargeBatchesAndSingleCreatesShareNoCode() throws Exception {
    List<Callable<List<String>>> tasks = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      tasks.add(() -> {
        List<String> out = new ArrayList<>();
        Resp r = api.post(
            "/v3/multiplesingleuse/create",
            Fixtures.automatedCodes("cam_123456", 20000, "C", 5, "alphanumeric"));
        assertTrue(r.ok(), r::toString);
        r.json().path("data").forEach(d -> {
          out.add(d.path("custom_validation_code").asText());
          out.add(d.path("single_use_code").asText());
        });
        return out;
      });
      tasks.add(() -> {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < 50; k++) {
          Resp r = api.post(
              "/v3/singleuse/create", Map.of("campaign", "cam_123456", "autovalcode", "6digits"));
          assertTrue(r.ok(), r::toString);
          out.add(r.json().path("custom_validation_code").asText());
          out.add(r.json().path("single_use_code").asText());
        }
        return out;
      });
    }
    Set<String> seen = new HashSet<>();
    int n = 0;
    for (List<String> codes : all(tasks)) {
      for (String c : codes) {
        n++;
        assertTrue(seen.add(c), "duplicate code " + c);
      }
    }
    assertEquals(2 * (4 * 20000 + 4 * 50), n);
  }

  @Test
  void aSessionValidatedConcurrentlyIsValidatedOnceWithOneWebhook() throws Exception {
    String session = Fixtures.freshSession(api);
    List<Callable<Resp>> tasks = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      tasks.add(() -> api.post(
          "/v3/couponsession/update", Map.of("couponsession", session, "status", "validate")));
    }
    int validated = 0;
    for (Resp r : all(tasks)) {
      if (r.status() == 200) {
        validated++;
        assertTrue(r.json().path("webhook").asText().startsWith("evt_"));
      } else {
        assertEquals(300, r.code(), r::toString);
      }
    }
    assertEquals(1, validated);
  }
}
