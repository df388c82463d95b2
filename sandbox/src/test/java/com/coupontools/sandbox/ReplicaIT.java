package com.coupontools.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.sandbox.Api.Creds;
import com.coupontools.sandbox.Api.Resp;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two sandbox processes (the shipped jar) on one PostgreSQL database, sharing nothing else:
 * concurrent creates never share a code, what one writes the other reads, the 601 check holds
 * across them, tenants stay apart across them, and kill -9 of one in the middle of a 100,000-code
 * create loses nothing committed and leaves no part of that batch behind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplicaIT {
  private static final Pattern READY =
      Pattern.compile("Sandbox listening on (http://127\\.0\\.0\\.1:\\d+)");
  private static final Creds CREDS = new Creds("replica-id", "replica-secret");

  private Database database;
  private final List<Process> processes = new ArrayList<>();
  private Api a;
  private Api b;
  private final ExecutorService pool = Executors.newFixedThreadPool(8);

  @BeforeAll
  void startTwoReplicas() throws Exception {
    database = TestPostgres.get().newDatabase();
    a = new Api(start("a"));
    b = new Api(start("b"));
  }

  @AfterAll
  void stop() {
    pool.shutdownNow();
    processes.forEach(Process::destroyForcibly);
  }

  private Process launch(String name) throws Exception {
    Path jar = Path.of(System.getProperty("build.dir", "target"), "coupontools-sandbox.jar");
    assertTrue(Files.isRegularFile(jar), "run `mvn -pl sandbox package` first: " + jar);
    Path log = Path.of(System.getProperty("build.dir", "target"), "replica-" + name + ".log");
    ProcessBuilder pb = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m",
            "-jar",
            jar.toString(),
            "--port",
            "0",
            "--data",
            database.jdbcUrl(),
            "--client-id",
            CREDS.id(),
            "--client-secret",
            CREDS.secret())
        .redirectError(log.toFile());
    pb.environment().put(Database.PASSWORD_ENV, database.password());
    Process p = pb.start();
    processes.add(p);
    return p;
  }

  private String start(String name) throws Exception {
    Process p = launch(name);
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    Matcher m = READY.matcher(line == null ? "" : line);
    assertTrue(
        m.matches(),
        "replica " + name + " first stdout line: " + line + "; log: "
            + Files.readString(
                Path.of(System.getProperty("build.dir", "target"), "replica-" + name + ".log")));
    return m.group(1);
  }

  private <T> List<T> all(List<Callable<T>> tasks) throws Exception {
    List<T> out = new ArrayList<>();
    for (Future<T> f : pool.invokeAll(tasks)) {
      out.add(f.get());
    }
    return out;
  }

  @Test
  void concurrentCreatesOnBothReplicasNeverShareACodeAndEachReadsTheOthersWrites()
      throws Exception {
    List<Callable<Resp>> tasks = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Api api = i % 2 == 0 ? a : b;
      tasks.add(() -> api.post(
          "/v3/multiplesingleuse/create",
          Fixtures.automatedCodes("cam_123456", 5000, "R", 4, "alphanumeric"),
          CREDS));
    }
    long t0 = System.nanoTime();
    List<Resp> results = all(tasks);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    Set<String> codes = new HashSet<>();
    Set<String> custom = new HashSet<>();
    for (Resp r : results) {
      assertEquals(200, r.status(), r::toString);
      for (JsonNode d : r.json().path("data")) {
        assertTrue(codes.add(d.path("single_use_code").asText()), "duplicate session code " + d);
        assertTrue(
            custom.add(d.path("custom_validation_code").asText()), "duplicate custom code " + d);
      }
    }
    assertEquals(40_000, codes.size());
    System.out.printf(
        "replica figures: 8 concurrent creates of 5,000 codes over two replicas: %d ms%n", ms);
    // Written through one, read through the other, both ways.
    String fromA = a.post(
            "/v3/singleuse/create", Map.of("campaign", "cam_123457", "customid", "FROM-A"), CREDS)
        .json()
        .path("single_use_code")
        .asText();
    assertEquals(
        "FROM-A",
        b.post("/v3/couponsession/data", Map.of("couponsession", fromA), CREDS)
            .json()
            .path("customid")
            .asText());
    assertTrue(b.post(
            "/v3/couponsession/update", Map.of("couponsession", fromA, "status", "validate"), CREDS)
        .ok());
    assertEquals(
        "1",
        a.post("/v3/couponsession/data", Map.of("couponsession", fromA), CREDS)
            .json()
            .path("data")
            .path("status")
            .path("validated")
            .asText());
    // Each custom code of the batches is found from the other replica.
    String someCode = custom.iterator().next();
    assertEquals(
        "1",
        a.post("/v3/couponsession/search", Map.of("custom_validation_code", someCode), CREDS)
            .json()
            .path("amount_of_results")
            .asText());
  }

  @Test
  void the601CheckHoldsAcrossReplicas() throws Exception {
    // 3 digits after "Z": 1,000 codes; 6 × 300 asked over both replicas, so exactly 3 fit.
    List<Callable<Resp>> tasks = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Api api = i % 2 == 0 ? a : b;
      tasks.add(() -> api.post(
          "/v3/multiplesingleuse/create",
          Fixtures.automatedCodes("cam_123458", 300, "Z", 3, "numeric"),
          CREDS));
    }
    int ok = 0;
    Set<String> codes = new HashSet<>();
    for (Resp r : all(tasks)) {
      if (r.status() == 200) {
        ok++;
        r.json()
            .path("data")
            .forEach(d -> assertTrue(codes.add(d.path("custom_validation_code").asText())));
      } else {
        assertEquals(601, r.code(), r::toString);
      }
    }
    assertEquals(3, ok);
    assertEquals(900, codes.size());
    assertEquals(900, countSessions("SELECT count(*) FROM sessions WHERE custom_code LIKE 'Z%'"));
    assertEquals(
        601,
        b.post(
                "/v3/multiplesingleuse/create",
                Fixtures.automatedCodes("cam_123458", 101, "Z", 3, "numeric"),
                CREDS)
            .code());
    assertTrue(a.post(
            "/v3/multiplesingleuse/create",
            Fixtures.automatedCodes("cam_123458", 100, "Z", 3, "numeric"),
            CREDS)
        .ok());
  }

  @Test
  void tenantsStayApartAcrossReplicas() {
    Resp created = a.send("POST", "/_sandbox/tenants", null, new byte[0], Creds.NONE, Map.of());
    assertEquals(201, created.status(), created::toString);
    JsonNode t = created.json();
    Creds tenant = TenantsTest.credsOf(t);
    String spring = t.path("ids").path("cam_123456").asText();
    String session = b.post(
            "/v3/singleuse/create", Map.of("campaign", spring, "customid", "TENANT"), tenant)
        .json()
        .path("single_use_code")
        .asText();
    assertEquals(
        "TENANT",
        a.post("/v3/couponsession/data", Map.of("couponsession", session), tenant)
            .json()
            .path("customid")
            .asText());
    assertEquals(
        505,
        a.post("/v3/couponsession/data", Map.of("couponsession", session), CREDS)
            .code());
    assertEquals(
        502, b.post("/v3/coupon/info", Map.of("campaign", "cam_123456"), tenant).code());
    assertEquals(
        502, b.post("/v3/coupon/info", Map.of("campaign", spring), CREDS).code());
    assertEquals(
        200,
        b.send(
                "DELETE",
                "/_sandbox/tenants/" + t.path("tenant").asText(),
                null,
                null,
                Creds.NONE,
                Map.of())
            .status());
    assertEquals(
        1000,
        a.post("/v3/coupon/list", Map.of(), tenant).code(),
        "deleted on b, gone on a at once");
  }

  @Test
  void killMinus9MidCreateLosesNothingCommittedAndLeavesNoPartialBatch() throws Exception {
    Process victim = launch("victim");
    BufferedReader out =
        new BufferedReader(new InputStreamReader(victim.getInputStream(), StandardCharsets.UTF_8));
    Matcher m = READY.matcher(String.valueOf(out.readLine()));
    assertTrue(m.matches());
    Api v = new Api(m.group(1));
    List<String> committed = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      committed.add(v.post(
              "/v3/singleuse/create", Map.of("campaign", "cam_123459", "customid", "K" + i), CREDS)
          .json()
          .path("single_use_code")
          .asText());
    }
    long before = countSessions("SELECT count(*) FROM sessions WHERE campaign_id = 123459");
    Future<Resp> big = pool.submit(() -> v.post(
        "/v3/multiplesingleuse/create",
        Map.of("campaign", "cam_123459", "amount", 100_000),
        CREDS));
    // Wait until the create's transaction holds its tenant lock and has written rows, then kill.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    long inserting = 0;
    while (System.nanoTime() < deadline && inserting == 0) {
      inserting =
          countSessions("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted");
      Thread.sleep(5);
    }
    assertTrue(inserting > 0, "the create never started");
    Thread.sleep(150);
    long t0 = System.nanoTime();
    new ProcessBuilder("kill", "-9", String.valueOf(victim.pid())).start().waitFor();
    assertTrue(victim.waitFor(10, TimeUnit.SECONDS));
    assertThrows(Exception.class, big::get, "the killed replica must not have answered");
    // The other replica: the batch is not there, not one row of it; everything answered before is.
    assertEquals(before, countSessions("SELECT count(*) FROM sessions WHERE campaign_id = 123459"));
    for (int i = 0; i < committed.size(); i++) {
      assertEquals(
          "K" + i,
          b.post("/v3/couponsession/data", Map.of("couponsession", committed.get(i)), CREDS)
              .json()
              .path("customid")
              .asText());
    }
    // And the lock died with the killed session: the survivor writes to that tenant at once.
    assertTrue(
        b.post("/v3/singleuse/create", Map.of("campaign", "cam_123459"), CREDS).ok());
    System.out.printf(
        "replica figures: killed mid-create (advisory lock held, rows in flight); survivor wrote again"
            + " %d ms after kill -9; %d committed sessions intact, 0 rows of the killed batch%n",
        (System.nanoTime() - t0) / 1_000_000, committed.size());
    assertFalse(
        Files.readString(Path.of(System.getProperty("build.dir", "target"), "replica-a.log"))
            .contains(database.password()),
        "the password never reaches the log");
  }

  private long countSessions(String sql) throws Exception {
    try (Connection c = TestDatabases.connect(database);
        PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
