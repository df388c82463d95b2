package com.coupontools.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.sandbox.Api.Creds;
import com.coupontools.sandbox.Api.Resp;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tenants (the /_sandbox/tenants control routes): a fresh main account with its own credentials
 * and a copy of the demo data, invisible to every other tenant, deleted with everything it owns.
 */
class TenantsTest {
  @TempDir
  Path dir;

  private Database database;
  private Sandbox sandbox;
  private Api api;

  @BeforeEach
  void start() {
    database = TestDatabases.at(dir);
    sandbox = Sandbox.start(SandboxConfig.defaults().port(0).database(database));
    api = new Api(sandbox.baseUrl());
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  static JsonNode createTenant(Api api, String name) {
    Resp r = api.send(
        "POST",
        "/_sandbox/tenants",
        "application/json",
        ("{\"name\":\"" + name + "\"}").getBytes(StandardCharsets.UTF_8),
        Creds.NONE,
        Map.of());
    assertEquals(201, r.status(), r::toString);
    return r.json();
  }

  static Creds credsOf(JsonNode tenant) {
    return new Creds(
        tenant.path("client_id").asText(), tenant.path("client_secret").asText());
  }

  @Test
  void aTenantGetsItsOwnCopyOfTheDemoData() {
    JsonNode t = createTenant(api, "ci-job-1");
    assertTrue(t.path("tenant").asText().matches("ten_[0-9a-f]{16}"), t::toString);
    assertEquals("ci-job-1", t.path("name").asText());
    Creds creds = credsOf(t);
    String spring = t.path("ids").path("cam_123456").asText();
    assertTrue(spring.matches("cam_\\d+") && !spring.equals("cam_123456"), t::toString);

    // Same campaigns, same names, other IDs.
    JsonNode demoList = api.post("/v3/coupon/list", Map.of()).json().path("coupon_info");
    JsonNode tenantList = api.post("/v3/coupon/list", Map.of(), creds).json().path("coupon_info");
    assertEquals(5, demoList.size(), demoList::toString);
    assertEquals(demoList.size(), tenantList.size());
    for (int i = 0; i < demoList.size(); i++) {
      assertEquals(demoList.path(i).path("name"), tenantList.path(i).path("name"));
      assertEquals(
          t.path("ids").path(demoList.path(i).path("ID").asText()).asText(),
          tenantList.path(i).path("ID").asText());
    }
    // The documented session codes exist in every tenant (codes are unique per account).
    JsonNode data = api.post(
            "/v3/couponsession/data", Map.of("couponsession", "ujzde8gxd6ncf10epf91d"), creds)
        .json();
    assertEquals(spring, data.path("campaign").asText());
    assertEquals("CRM-000417", data.path("customid").asText());
    // Its subaccounts, with their own credentials.
    JsonNode subs = api.post("/v4/subaccount/list", Map.of(), creds).json().path("subaccounts");
    assertEquals(2, subs.size());
    JsonNode antwerp = t.path("subaccounts").path("sub_1234");
    assertEquals(antwerp.path("id").asText(), subs.path(0).path("ID").asText());
    Creds antwerpCreds = new Creds(
        antwerp.path("client_id").asText(), antwerp.path("client_secret").asText());
    assertTrue(
        api.post("/v3/coupon/info", Map.of("campaign", spring), antwerpCreds).ok());
    // The documented webhook events, under new IDs, verify in the tenant.
    String event = t.path("ids").path("evt_8f3a2b1c9d").asText();
    assertTrue(
        api.post("/v3/webhook/verification", Map.of("webhook", event), creds).ok());
    assertEquals(
        509,
        api.post("/v3/webhook/verification", Map.of("webhook", "evt_8f3a2b1c9d"), creds)
            .code());
  }

  @Test
  void tenantsNeverSeeEachOthersData() {
    Creds a = credsOf(createTenant(api, "a"));
    JsonNode tb = createTenant(api, "b");
    Creds b = credsOf(tb);
    String bSpring = tb.path("ids").path("cam_123456").asText();
    // Writes in B, invisible to A and to the demo tenant.
    String session = api.post(
            "/v3/singleuse/create", Map.of("campaign", bSpring, "customid", "ONLY-B"), b)
        .json()
        .path("single_use_code")
        .asText();
    assertEquals(
        505,
        api.post("/v3/couponsession/data", Map.of("couponsession", session), a).code());
    assertEquals(
        505,
        api.post("/v3/couponsession/data", Map.of("couponsession", session)).code());
    assertEquals(
        502, api.post("/v3/coupon/info", Map.of("campaign", bSpring), a).code());
    assertEquals(502, api.post("/v3/coupon/info", Map.of("campaign", bSpring)).code());
    assertEquals(
        502, api.post("/v3/coupon/info", Map.of("campaign", "cam_123456"), a).code());
    // The demo's own custom code is found once by the demo (its copy in B is B's).
    assertEquals(
        "1",
        api.post(
                "/v3/couponsession/search", Map.of("custom_validation_code", "SPRING-7Q2M9X4K1B3Z"))
            .json()
            .path("amount_of_results")
            .asText());
    // The same session code in two tenants is two sessions.
    api.post(
        "/v3/couponsession/update",
        Map.of("couponsession", "c9is0j8ht9lgmxg9edn58", "status", "validate"),
        a);
    assertEquals(
        "0",
        api.post("/v3/couponsession/data", Map.of("couponsession", "c9is0j8ht9lgmxg9edn58"), b)
            .json()
            .path("data")
            .path("status")
            .path("validated")
            .asText());
    // E-mail addresses are per tenant: B's never make A's subaccount/create fail with 304.
    String email = Fixtures.unique("shared") + "@example.com";
    assertTrue(api.post("/v4/subaccount/create", Map.of("email", email), b).ok());
    assertTrue(api.post("/v4/subaccount/create", Map.of("email", email), a).ok());
    assertEquals(
        304,
        api.post("/v4/subaccount/create", Map.of("email", email.toUpperCase()), a)
            .code());
    assertEquals(
        3,
        api.post("/v4/subaccount/list", Map.of(), a).json().path("subaccounts").size());
  }

  @Test
  void deletingATenantRemovesEverythingItOwnedAndNothingElse() throws Exception {
    Map<String, Long> before = rowCounts();
    JsonNode t = createTenant(api, "short-lived");
    Creds creds = credsOf(t);
    String spring = t.path("ids").path("cam_123456").asText();
    // Touch every kind of row a tenant can own.
    String session = api.post("/v3/singleuse/create", Map.of("campaign", spring), creds)
        .json()
        .path("single_use_code")
        .asText();
    assertTrue(api.post(
            "/v3/couponsession/update",
            Map.of("couponsession", session, "status", "validate"),
            creds)
        .ok());
    assertTrue(
        api.post("/v3/multiplesingleuse/create", Map.of("campaign", spring, "amount", 50), creds)
            .ok());
    JsonNode sub = api.post("/v4/subaccount/create", Map.of("email", "x@example.com"), creds)
        .json()
        .path("subaccount");
    assertTrue(
        api.post("/v3/subaccount/sso", Map.of("subaccount", sub.path("ID").asText()), creds)
            .ok(),
        "sso token");
    assertTrue(api.post(
            "/v3/coupon/pushnotification/all", Map.of("campaign", spring, "message", "hi"), creds)
        .ok());
    assertNotEquals(before, rowCounts());

    String id = t.path("tenant").asText();
    assertEquals(200, control("GET", "/_sandbox/tenants/" + id).status());
    Resp deleted = control("DELETE", "/_sandbox/tenants/" + id);
    assertEquals(200, deleted.status(), deleted::toString);
    assertTrue(deleted.json().path("rows").path("sessions").asLong() > 50, deleted::toString);
    assertEquals(before, rowCounts(), "every row of the tenant is gone, and no other");
    Resp gone = api.post("/v3/coupon/list", Map.of(), creds);
    assertEquals(1000, gone.code(), gone::toString);
    assertEquals(404, control("GET", "/_sandbox/tenants/" + id).status());
    assertEquals(404, control("DELETE", "/_sandbox/tenants/" + id).status());
    // The demo tenant is untouched and not deletable through the route.
    assertTrue(api.post("/v3/coupon/info", Map.of("campaign", "cam_123456")).ok());
  }

  @Test
  void everyTableIsInTheDeletePlan() throws Exception {
    Set<String> tables = new TreeSet<>(rowCounts().keySet());
    Set<String> planned = new TreeSet<>();
    planned.addAll(com.coupontools.sandbox.internal.Tenants.tables());
    assertEquals(
        tables,
        planned,
        "a table a tenant can own must be deleted with it (internal/Tenants.java)");
  }

  @Test
  void listShowAndBadRequests() {
    String id = createTenant(api, "listed").path("tenant").asText();
    JsonNode list = control("GET", "/_sandbox/tenants").json().path("tenants");
    assertTrue(list.toString().contains(id), list::toString);
    assertEquals(
        "listed", control("GET", "/_sandbox/tenants/" + id).json().path("name").asText());
    assertEquals(
        201, control("POST", "/_sandbox/tenants").status()); // no body: a tenant without a name
    Resp bad = api.send(
        "POST",
        "/_sandbox/tenants",
        "application/json",
        "[1]".getBytes(StandardCharsets.UTF_8),
        Creds.NONE,
        Map.of());
    assertEquals(400, bad.status());
    assertEquals("bad_request", bad.json().path("error").path("code").asText());
    assertEquals(404, control("GET", "/_sandbox/tenants/ten_1000").status());
    assertEquals(405, control("PUT", "/_sandbox/tenants").status());
    assertEquals(404, control("GET", "/_sandbox/nothing").status());
    // Never reachable through an API path, and never in the bundle.
    assertEquals(404, api.offContract().post("/v3/_sandbox/tenants", Map.of()).status());
    assertFalse(SpecBundle.INSTANCE.ops().toString().contains("_sandbox"));
  }

  @Test
  void aControlTokenIsRequiredFromEveryClientWhenSet() {
    String token = "a-long-control-token-0123456789";
    try (Sandbox guarded =
        Sandbox.start(SandboxConfig.defaults().port(0).inMemory().controlToken(token))) {
      Api g = new Api(guarded.baseUrl());
      assertEquals(
          403,
          g.send("POST", "/_sandbox/tenants", null, new byte[0], Creds.NONE, Map.of())
              .status());
      assertEquals(
          403,
          g.send(
                  "POST",
                  "/_sandbox/tenants",
                  null,
                  new byte[0],
                  Creds.NONE,
                  Map.of("Authorization", "Bearer wrong-token-wrong-token"))
              .status());
      assertEquals(
          201,
          g.send(
                  "POST",
                  "/_sandbox/tenants",
                  null,
                  new byte[0],
                  Creds.NONE,
                  Map.of("Authorization", "Bearer " + token))
              .status());
      assertEquals(
          200,
          g.send("GET", "/_sandbox/ready", null, null, Creds.NONE, Map.of()).status(),
          "readiness needs no token");
    }
  }

  private Resp control(String method, String path) {
    return api.send(
        method, path, null, method.equals("POST") ? new byte[0] : null, Creds.NONE, Map.of());
  }

  /** Rows per table, read behind the API (every table but Flyway's). */
  private Map<String, Long> rowCounts() throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    try (Connection c = TestDatabases.connect(database)) {
      Set<String> tables = new TreeSet<>();
      try (ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          String schema = rs.getString("TABLE_SCHEM");
          if (schema == null || schema.equals("public")) {
            tables.add(rs.getString("TABLE_NAME"));
          }
        }
      }
      tables.remove("flyway_schema_history");
      tables.removeIf(n -> n.startsWith("sqlite_"));
      try (Statement s = c.createStatement()) {
        for (String table : tables) {
          try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            counts.put(table, rs.getLong(1));
          }
        }
      }
    }
    return counts;
  }
}
