package com.coupontools.sandbox.bench;

import com.coupontools.sandbox.Sandbox;
import com.coupontools.sandbox.SandboxConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Whether response time tells which client IDs exist (issue #9 defect 13): the two ways a login
 * fails, a client ID no account has and a real client ID with a wrong secret (both 1000), timed
 * one after the other in turn, so both see the same machine load, N calls each after a warm-up;
 * prints the medians and their ratio. A sandbox on a database file in this JVM, OkHttp over
 * loopback, one connection. Run:
 * {@code mvn -pl sandbox test-compile exec:exec@auth-timing} ({@code -Dauth.calls=1000}).
 */
public final class AuthTimingProbe {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final byte[] BODY =
      "{\"couponsession\":\"ujzde8gxd6ncf10epf91d\"}".getBytes(StandardCharsets.UTF_8);

  private AuthTimingProbe() {}

  public static void main(String[] args) throws IOException {
    int n = Integer.getInteger("auth.calls", 1000);
    Path dir = Files.createTempDirectory("sandbox-auth-timing");
    try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().port(0).dataDir(dir))) {
      OkHttpClient http = new OkHttpClient.Builder()
          .connectionPool(new ConnectionPool(1, 1, TimeUnit.MINUTES))
          .build();
      String url = sandbox.baseUrl() + "/v3/couponsession/data";
      String[][] cases = {
        {"no-such-client-id", SandboxConfig.DEFAULT_CLIENT_SECRET},
        {SandboxConfig.DEFAULT_CLIENT_ID, "wrong-secret-of-the-same-size"}
      };
      for (int i = 0; i < 3 * n; i++) {
        call(http, url, cases[i % 2]);
      }
      long[][] nanos = new long[2][n];
      for (int i = 0; i < 2 * n; i++) {
        nanos[i % 2][i / 2] = call(http, url, cases[i % 2]);
      }
      double unknown = median(nanos[0]) / 1000.0;
      double wrongSecret = median(nanos[1]) / 1000.0;
      System.out.printf(
          "unknown client ID:           median %.1f us, p90 %.1f us (%d calls)%n",
          unknown, pct(nanos[0], 0.9) / 1000.0, n);
      System.out.printf(
          "known client ID, bad secret: median %.1f us, p90 %.1f us (%d calls)%n",
          wrongSecret, pct(nanos[1], 0.9) / 1000.0, n);
      System.out.printf("ratio unknown / known: %.3f%n", unknown / wrongSecret);
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static long call(OkHttpClient http, String url, String[] creds) throws IOException {
    Request r = new Request.Builder()
        .url(url)
        .header("X-Client-Id", creds[0])
        .header("X-Client-Secret", creds[1])
        .post(RequestBody.create(BODY, JSON))
        .build();
    long t0 = System.nanoTime();
    try (Response resp = http.newCall(r).execute()) {
      resp.body().bytes();
      if (resp.code() != 401) {
        throw new IllegalStateException("HTTP " + resp.code());
      }
    }
    return System.nanoTime() - t0;
  }

  private static double median(long[] v) {
    return pct(v, 0.5);
  }

  private static double pct(long[] v, double p) {
    long[] s = v.clone();
    Arrays.sort(s);
    return s[(int) Math.min(s.length - 1, Math.round(p * (s.length - 1)))];
  }
}
