package com.coupontools.sandbox.bench;

import com.coupontools.sandbox.Database;
import com.coupontools.sandbox.Sandbox;
import com.coupontools.sandbox.SandboxConfig;
import com.coupontools.sandbox.TestPostgres;
import com.coupontools.sandbox.WebhookConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Webhook delivery latency (issue #13's closing figure): N validations through the API, each
 * event's time from sending the validating request to its POST arriving at a receiver in this
 * JVM (a JDK HTTP server answering 200), p50 / p99 / max, with 1 client and with 4 concurrent
 * clients; the validating call's own latency beside it for scale. SQLite file and PostgreSQL
 * (TestPostgres), in one run, after a warm-up. Run:
 * {@code mvn -pl sandbox test-compile exec:exec@webhook-latency} ({@code -Dwebhook.events=1000},
 * {@code -Dwebhook.engines=sqlite,postgresql}).
 */
public final class WebhookLatencyProbe {
  private static final MediaType JSON_TYPE = MediaType.get("application/json");
  private static final ObjectMapper JSON = new ObjectMapper();

  private WebhookLatencyProbe() {}

  public static void main(String[] args) throws Exception {
    int n = Integer.getInteger("webhook.events", 1000);
    String engines = System.getProperty("webhook.engines", "sqlite,postgresql");
    // The JDK's HTTP server reads this once, when the first server of the JVM starts: the
    // receiver below starts before the sandbox, so set it here as the sandbox's own server does.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    Map<String, Long> arrived = new ConcurrentHashMap<>();
    HttpServer receiver =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
    receiver.setExecutor(Executors.newFixedThreadPool(8));
    receiver.createContext("/", x -> {
      long at = System.nanoTime();
      JsonNode body = JSON.readTree(x.getRequestBody());
      arrived.putIfAbsent(body.path("webhook").asText(), at);
      x.sendResponseHeaders(200, -1);
      x.close();
    });
    receiver.start();
    String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    OkHttpClient http = new OkHttpClient.Builder()
        .connectionPool(new ConnectionPool(8, 1, TimeUnit.MINUTES))
        .build();
    System.out.printf(
        "%-11s %-8s %7s %9s %9s %9s   %s%n",
        "engine", "clients", "events", "p50", "p99", "max", "validate call p50 / p99");
    try {
      for (String engine : engines.split(",")) {
        Path dir = Files.createTempDirectory("sandbox-webhook-latency");
        Database database = engine.equals("postgresql")
            ? TestPostgres.get().newDatabase()
            : Database.directory(dir);
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults()
            .port(0)
            .database(database)
            .webhooks(WebhookConfig.defaults().url(hook)))) {
          String base = sandbox.baseUrl();
          run(http, base, arrived, 200, 4, null); // warm-up
          for (int clients : new int[] {1, 4}) {
            run(http, base, arrived, n, clients, engine);
          }
        } finally {
          try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
          }
        }
      }
    } finally {
      receiver.stop(0);
      ((ExecutorService) receiver.getExecutor()).shutdownNow();
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  private static void run(
      OkHttpClient http, String base, Map<String, Long> arrived, int n, int clients, String engine)
      throws Exception {
    JsonNode created = post(
        http,
        base + "/v3/multiplesingleuse/create",
        Map.of(
            "campaign",
            "cam_123457",
            "amount",
            n,
            "automated_codes",
            true,
            "code_prefix",
            "L",
            "code_length",
            12,
            "code_type",
            "alphanumeric"));
    List<String> sessions = new ArrayList<>();
    created.path("data").forEach(d -> sessions.add(d.path("single_use_code").asText()));
    long[] sent = new long[n];
    long[] call = new long[n];
    String[] events = new String[n];
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> fs = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      fs.add(pool.submit(() -> {
        go.await();
        for (int i = client; i < n; i += clients) {
          sent[i] = System.nanoTime();
          events[i] = post(
                  http,
                  base + "/v3/couponsession/update",
                  Map.of("couponsession", sessions.get(i), "status", "validate"))
              .path("webhook")
              .asText();
          call[i] = System.nanoTime() - sent[i];
        }
        return null;
      }));
    }
    go.countDown();
    for (Future<?> f : fs) {
      f.get();
    }
    pool.shutdown();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Arrays.stream(events).allMatch(arrived::containsKey) && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    if (engine == null) {
      return;
    }
    long[] latency = new long[n];
    for (int i = 0; i < n; i++) {
      Long at = arrived.get(events[i]);
      if (at == null) {
        throw new IllegalStateException("event " + events[i] + " was not delivered within 60 s");
      }
      latency[i] = at - sent[i];
    }
    Arrays.sort(latency);
    Arrays.sort(call);
    System.out.printf(
        "%-11s %-8d %7d %7.1f ms %6.1f ms %6.1f ms   %.1f / %.1f ms%n",
        engine,
        clients,
        n,
        ms(pct(latency, 0.50)),
        ms(pct(latency, 0.99)),
        ms(latency[n - 1]),
        ms(pct(call, 0.50)),
        ms(pct(call, 0.99)));
  }

  private static JsonNode post(OkHttpClient http, String url, Map<String, Object> body)
      throws IOException {
    Request r = new Request.Builder()
        .url(url)
        .header("X-Client-Id", SandboxConfig.DEFAULT_CLIENT_ID)
        .header("X-Client-Secret", SandboxConfig.DEFAULT_CLIENT_SECRET)
        .post(RequestBody.create(JSON.writeValueAsBytes(body), JSON_TYPE))
        .build();
    try (Response resp = http.newCall(r).execute()) {
      JsonNode j = JSON.readTree(resp.body().string());
      if (!"OK".equals(j.path("status").path("status").asText())) {
        throw new IllegalStateException(url + ": " + j);
      }
      return j;
    }
  }

  private static long pct(long[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
