package com.coupontools.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.sandbox.Api.Creds;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Webhooks from the shipped jar: issue #13's "done when" command as written; kill -9 while
 * deliveries are pending loses none of them (SQLite file and PostgreSQL); two replicas on one
 * PostgreSQL database make each attempt of each delivery once.
 */
class WebhookJarIT {
  @TempDir
  Path data;

  @Test
  void theIssuesDoneWhenCommand() throws Exception {
    try (Receiver receiver = new Receiver(n -> n == 1 ? 500 : 200);
        SandboxJar jar = SandboxJar.start(
            "webhook-done-when",
            Map.of(),
            "--data",
            "mem",
            "--webhook-url",
            receiver.url(),
            "--webhook-retries",
            "1s,2s",
            "--port",
            "0")) {
      Api api = new Api(jar.url);
      String session = Fixtures.freshSession(api);
      long sent = System.nanoTime();
      String event = api.post(
              "/v3/couponsession/update", Map.of("couponsession", session, "status", "validate"))
          .json()
          .path("webhook")
          .asText();
      Receiver.Hit first = receiver.next(Duration.ofSeconds(2));
      assertTrue(first.receivedNanos() - sent < Duration.ofSeconds(2).toNanos());
      assertEquals(event, first.json().path("webhook").asText());
      Receiver.Hit again =
          receiver.next(Duration.ofSeconds(4)); // it answered 500 once: the same event again
      assertEquals(first.body(), again.body());
      JsonNode v = api.post(
              "/v3/webhook/verification",
              Map.of("webhook", again.json().path("webhook").asText(), "session", session))
          .json();
      assertEquals("valid", v.path("result").asText(), v::toString);
      assertNull(receiver.poll(Duration.ofMillis(2500)), "delivered: no third attempt");

      // The dev-loop command on the same jar, as a second process.
      Process cli = new ProcessBuilder(
              SandboxJar.command("trigger", "coupon_validated", "--url", jar.url))
          .redirectErrorStream(true)
          .start();
      String out = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(cli.waitFor(30, TimeUnit.SECONDS));
      assertEquals(0, cli.exitValue(), out);
      assertTrue(out.contains("delivered (1 attempt, last: HTTP 200"), out);
    }
  }

  @Test
  void killNineWithPendingDeliveriesLosesNoneOnSqlite() throws Exception {
    drill("sqlite", data.toString(), Map.of());
  }

  @Test
  void killNineWithPendingDeliveriesLosesNoneOnPostgresql() throws Exception {
    Database db = TestPostgres.get().newDatabase();
    drill("postgresql", db.jdbcUrl(), Map.of(Database.PASSWORD_ENV, db.password()));
  }

  /**
   * 300 answered validations, a receiver that takes 100 ms per delivery (so most deliveries are
   * still pending), kill -9 once a third are delivered, start again on the same data: every
   * answered event is delivered in the end. Prints what was delivered before and after, and the
   * duplicates (attempts the receiver answered but the killed process never recorded).
   */
  private void drill(String engine, String dataArg, Map<String, String> env) throws Exception {
    int n = 300;
    Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    try (Receiver receiver = new Receiver(
        h -> {
          hits.computeIfAbsent(h.json().path("webhook").asText(), k -> new AtomicInteger())
              .incrementAndGet();
          return 200;
        },
        Duration.ofMillis(100))) {
      String[] args = {
        "--port",
        "0",
        "--data",
        dataArg,
        "--webhook-url",
        receiver.url(),
        "--webhook-retries",
        "1s,1s,1s,1s,1s,1s,1s,1s",
        "--webhook-timeout",
        "2s"
      };
      Set<String> answered = ConcurrentHashMap.newKeySet();
      int before;
      try (SandboxJar first = SandboxJar.start("webhook-kill-" + engine + "-1", env, args)) {
        Api api = new Api(first.url);
        JsonNode created = api.post(
                "/v3/multiplesingleuse/create",
                Fixtures.automatedCodes("cam_123457", n, "K", 10, "alphanumeric"))
            .json();
        List<String> sessions = new ArrayList<>();
        created.path("data").forEach(d -> sessions.add(d.path("single_use_code").asText()));
        assertEquals(n, sessions.size(), created::toString);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
          List<Future<?>> fs = new ArrayList<>();
          for (String s : sessions) {
            fs.add(pool.submit(() -> answered.add(api.post(
                    "/v3/couponsession/update", Map.of("couponsession", s, "status", "validate"))
                .json()
                .path("webhook")
                .asText())));
          }
          for (Future<?> f : fs) {
            f.get();
          }
        } finally {
          pool.shutdownNow();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (hits.size() < n / 3 && System.nanoTime() < deadline) {
          Thread.sleep(5);
        }
        first.kill9();
        Thread.sleep(300); // requests already at the receiver finish
        before = hits.size();
      }
      assertEquals(n, answered.size());
      assertTrue(
          before < n,
          "the drill needs deliveries pending at the kill (" + before + " of " + n + " done)");
      try (SandboxJar second = SandboxJar.start("webhook-kill-" + engine + "-2", env, args)) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!hits.keySet().containsAll(answered) && System.nanoTime() < deadline) {
          Thread.sleep(20);
        }
        Thread.sleep(1500); // late duplicates, if any, arrive now
        Set<String> lost = new HashSet<>(answered);
        lost.removeAll(hits.keySet());
        int total = hits.values().stream().mapToInt(AtomicInteger::get).sum();
        System.out.printf(
            "webhook kill -9 figures (%s): %d events answered; delivered before the kill %d, after the"
                + " restart %d; duplicates %d; lost %d%n",
            engine, n, before, hits.size() - before, total - hits.size(), lost.size());
        assertEquals(Set.of(), lost, "events lost");
      }
    }
  }

  @Test
  void twoReplicasOnPostgresqlMakeEachAttemptOnce() throws Exception {
    Database db = TestPostgres.get().newDatabase();
    Map<String, String> env = Map.of(Database.PASSWORD_ENV, db.password());
    // Every event fails its first attempt (500) and succeeds on its second: exactly two POSTs each.
    Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    try (Receiver receiver = new Receiver(
        h -> hits.computeIfAbsent(h.json().path("webhook").asText(), k -> new AtomicInteger())
                    .incrementAndGet()
                == 1
            ? 500
            : 200,
        Duration.ofMillis(20))) {
      String[] args = {
        "--port",
        "0",
        "--data",
        db.jdbcUrl(),
        "--webhook-url",
        receiver.url(),
        "--webhook-retries",
        "500ms"
      };
      try (SandboxJar a = SandboxJar.start("webhook-replica-a", env, args);
          SandboxJar b = SandboxJar.start("webhook-replica-b", env, args)) {
        Api[] apis = {new Api(a.url), new Api(b.url)};
        int n = 200;
        JsonNode created = apis[0]
            .post(
                "/v3/multiplesingleuse/create",
                Fixtures.automatedCodes("cam_123457", n, "W", 10, "alphanumeric"))
            .json();
        Set<String> events = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
          List<Future<?>> fs = new ArrayList<>();
          int i = 0;
          for (JsonNode d : created.path("data")) {
            Api api = apis[i++ % 2];
            String s = d.path("single_use_code").asText();
            fs.add(pool.submit(() -> events.add(api.post(
                    "/v3/couponsession/update",
                    Map.of("couponsession", s, "status", "validate"),
                    Creds.DEMO)
                .json()
                .path("webhook")
                .asText())));
          }
          for (Future<?> f : fs) {
            f.get();
          }
        } finally {
          pool.shutdownNow();
        }
        assertEquals(n, events.size());
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline
            && !(hits.size() == n && hits.values().stream().allMatch(c -> c.get() >= 2))) {
          Thread.sleep(20);
        }
        Thread.sleep(1500); // a double attempt would arrive by now
        Map<Integer, Integer> histogram = new HashMap<>();
        hits.values().forEach(c -> histogram.merge(c.get(), 1, Integer::sum));
        assertEquals(
            Map.of(2, n), histogram, "POSTs per event (500 then 200): each attempt made once");
        // Both replicas delivered, each attempt recorded once.
        JsonNode ds = WebhooksTest.control(
                apis[1], "GET", "/_sandbox/webhooks/deliveries?limit=500", null)
            .json()
            .path("deliveries");
        Set<String> workers = new HashSet<>();
        for (JsonNode d : ds) {
          assertEquals("delivered", d.path("state").asText(), d::toString);
          assertEquals(2, d.path("attempts").size(), d::toString);
          d.path("attempts").forEach(x -> workers.add(x.path("worker").asText()));
        }
        assertEquals(n, ds.size());
        assertEquals(2, workers.size(), "attempts by " + workers);
        System.out.printf(
            "webhook replica figures: %d events over two replicas, 2 attempts each, %s%n",
            n, workers);
      }
    }
  }
}
