package com.coupontools.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.sandbox.Api.Creds;
import com.coupontools.sandbox.Api.Resp;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The defects issue #9 found with an independent validator, a fuzzer and real clients, one
 * reproducing request each (every test here failed before its fix). Data-directory locking is
 * in {@link DataDirLockTest}, the unmodified examples in {@link ConformanceTest}.
 */
@ExtendWith(Env.Extension.class)
class HardeningTest {
  private final Env env;
  private final Api api;

  HardeningTest(Env env) {
    this.env = env;
    this.api = env.direct;
  }

  private Resp json(String path, String body) {
    return api.send("POST", path, "application/json", body.getBytes(StandardCharsets.UTF_8), Creds.DEMO, Map.of());
  }

  // ---- 1. integers beyond the double range

  @Test
  void integersBeyondTheRangeOfLongAndDoubleAre301NamingTheParameter() {
    Map<String, String> bodies = Map.of(
        "/v3/campaign/data page", "{\"campaign\":\"cam_123456\",\"page\":%s}",
        "/v3/multiplesingleuse/create amount", "{\"campaign\":\"cam_123457\",\"amount\":%s}",
        "/v3/multiplesingleuse/create code_length", "{\"campaign\":\"cam_123457\",\"amount\":1,\"code_length\":%s}",
        "/v3/loyaltyusers/update points", "{\"loyaltycard\":\"loy_5522\",\"user\":\"lus_90003\",\"points\":%s}",
        "/v3/loyaltyusers/update stamps", "{\"loyaltycard\":\"loy_5521\",\"user\":\"lus_90001\",\"stamps\":%s}");
    for (Map.Entry<String, String> e : bodies.entrySet()) {
      String path = e.getKey().split(" ")[0];
      String param = e.getKey().split(" ")[1];
      for (String n : List.of("1e400", "-1e400", "1e309", "9223372036854775808", "-9223372036854775809",
          "1e999999999", "1e-400", "2.5")) {
        Resp r = json(path, e.getValue().formatted(n));
        assertEquals(422, r.status(), () -> path + " " + param + "=" + n + ": " + r);
        assertEquals(301, r.code(), () -> path + " " + param + "=" + n + ": " + r);
        assertTrue(r.description().contains(param), () -> path + " " + param + "=" + n + ": " + r);
      }
    }
  }
}
