package com.coupontools.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.sandbox.Api.Creds;
import com.coupontools.sandbox.Api.Resp;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** GET /_sandbox/ready and GET /_sandbox/metrics (Prometheus text), outside the API contract. */
class HealthAndMetricsTest {
  private static final Pattern SAMPLE = Pattern.compile("^([a-z_]+)(\\{[^}]*\\})? (\\S+)$");

  @Test
  void readyNamesTheEngineAndTheMigrations() {
    try (Sandbox s =
        Sandbox.start(SandboxConfig.defaults().port(0).database(TestDatabases.scratch()))) {
      Resp r =
          new Api(s.baseUrl()).send("GET", "/_sandbox/ready", null, null, Creds.NONE, Map.of());
      assertEquals(200, r.status(), r::toString);
      JsonNode j = r.json();
      assertEquals("ready", j.path("status").asText());
      assertEquals(
          TestDatabases.postgres() ? "postgresql" : "sqlite", j.path("database").asText());
      assertEquals("[\"1\",\"2\",\"3\",\"4\",\"5\"]", j.path("migrations").toString());
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void metricsCountEveryRequestByOperationAndStatus() {
    try (Sandbox s =
        Sandbox.start(SandboxConfig.defaults().port(0).database(TestDatabases.scratch()))) {
      Api api = new Api(s.baseUrl());
      for (int i = 0; i < 7; i++) {
        assertTrue(
            api.post("/v3/couponsession/data", Map.of("couponsession", "ujzde8gxd6ncf10epf91d"))
                .ok());
      }
      assertEquals(
          505,
          api.post("/v3/couponsession/data", Map.of("couponsession", "nosuchsession"))
              .code());
      assertEquals(404, api.offContract().post("/v3/nothing", Map.of()).status());
      // A request is counted just after its answer went out: wait until the last one is in.
      Resp m = api.send("GET", "/_sandbox/metrics", null, null, Creds.NONE, Map.of());
      for (int i = 0;
          i < 100 && !m.text().contains("operation=\"unknown_path\",status=\"404\"");
          i++) {
        sleep(20);
        m = api.send("GET", "/_sandbox/metrics", null, null, Creds.NONE, Map.of());
      }
      assertEquals(200, m.status());
      assertTrue(
          m.headers().get("Content-Type").startsWith("text/plain; version=0.0.4"), m::toString);
      Map<String, Double> samples = new HashMap<>();
      for (String line : m.text().split("\n")) {
        if (line.startsWith("#") || line.isEmpty()) {
          assertTrue(
              line.isEmpty() || line.startsWith("# HELP ") || line.startsWith("# TYPE "), line);
          continue;
        }
        Matcher x = SAMPLE.matcher(line);
        assertTrue(x.matches(), "not a Prometheus sample line: " + line);
        samples.put(
            x.group(1) + (x.group(2) == null ? "" : x.group(2)), Double.parseDouble(x.group(3)));
      }
      String ok = "operation=\"couponsession_data\",status=\"200\"";
      assertEquals(7.0, samples.get("sandbox_requests_total{" + ok + "}"));
      assertEquals(
          1.0,
          samples.get("sandbox_requests_total{operation=\"couponsession_data\",status=\"422\"}"));
      assertEquals(
          1.0, samples.get("sandbox_requests_total{operation=\"unknown_path\",status=\"404\"}"));
      assertEquals(
          7.0, samples.get("sandbox_request_duration_seconds_bucket{" + ok + ",le=\"+Inf\"}"));
      assertEquals(7.0, samples.get("sandbox_request_duration_seconds_count{" + ok + "}"));
      assertTrue(samples.get("sandbox_request_duration_seconds_sum{" + ok + "}") > 0);
      assertTrue(
          samples.get("sandbox_request_duration_seconds_bucket{" + ok + ",le=\"10\"}") <= 7.0);
    }
  }
}
