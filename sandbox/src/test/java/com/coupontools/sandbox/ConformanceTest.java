package com.coupontools.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.sandbox.Api.Creds;
import com.coupontools.sandbox.Api.Resp;
import com.coupontools.testsupport.Bundle;
import com.coupontools.testsupport.Bundle.ErrorExample;
import com.coupontools.testsupport.Bundle.Op;
import com.coupontools.testsupport.Scenarios;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every operation of the bundle, through {@code prism proxy}: each request example (JSON and
 * form), sent unmodified on a freshly reset sandbox, succeeds with no violation at all, and each documented error example is produced (code
 * and exact sentence) with no response violation. The scenarios are derived from the examples,
 * so a new operation or error in the spec fails here until the sandbox handles it.
 */
@ExtendWith(Env.Extension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConformanceTest {
  /** Codes each operation was seen to return, for the coverage check. */
  private static final Map<String, Set<Integer>> SEEN = new ConcurrentHashMap<>();
  /** Per operation: request examples and error examples that passed (the coverage table's Sandbox column). */
  private static final Map<String, int[]> PASSED = new ConcurrentHashMap<>();

  private final Env env;
  private final Api api;

  ConformanceTest(Env env) {
    this.env = env;
    this.api = env.prism;
  }

  /** A request: body, credentials and the content type to send it as; or raw bytes sent as JSON. */
  record Call(ObjectNode body, Creds creds, boolean form, byte[] raw) {
    Call(ObjectNode body, Creds creds, boolean form) {
      this(body, creds, form, null);
    }
  }

  // ---------------------------------------------------------------- happy paths

  @TestFactory
  @Order(1)
  Stream<DynamicTest> everyRequestExampleSucceedsWithoutViolations() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Op op : SpecBundle.INSTANCE.ops()) {
      Map<String, JsonNode> examples = op.requestExamples().isEmpty()
          ? Map.of("empty", Api.JSON.createObjectNode())
          : op.requestExamples();
      examples.forEach((name, example) -> {
        for (boolean form : encodings(op)) {
          tests.add(DynamicTest.dynamicTest(
              op.id() + " / " + name + (!op.body() ? " (no body)" : form ? " (form)" : " (json)"),
              () -> {
                // As documented, not a byte changed, on the seeded state the examples were written
                // for.
                env.sandbox.reset();
                Resp r = send(op, new Call(Bundle.copy(example), Creds.DEMO, form));
                assertEquals(op.successStatus(), r.status(), () -> op.id() + " " + r);
                assertTrue(r.succeeded(op), r::toString);
                assertEquals(
                    List.of(), r.violations(), () -> "Prism violations for " + op.id() + ": " + r);
                PASSED.computeIfAbsent(op.id(), k -> new int[2])[0]++;
              }));
        }
      });
    }
    return tests.stream();
  }

  // ---------------------------------------------------------------- documented errors

  @TestFactory
  @Order(2)
  Stream<DynamicTest> everyDocumentedErrorExampleIsProduced() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Op op : SpecBundle.INSTANCE.ops()) {
      for (ErrorExample ex : op.errors()) {
        if (!op.codes().contains(ex.code())) {
          continue; // the shared 401 lists every 1xx example; x-error-codes says which apply
        }
        tests.add(DynamicTest.dynamicTest(op.id() + " / " + ex.key(), () -> {
          Function<Op, Call> scenario = scenario(op, ex);
          if (scenario == null) {
            throw new AssertionError("No scenario for " + op.id() + " / " + ex.key()
                + ": teach ConformanceTest how to trigger it");
          }
          for (boolean form : encodings(op)) {
            Call c = scenario.apply(op);
            Resp r = send(op, new Call(c.body(), c.creds(), form, c.raw()));
            // The status is the catalogue's for the code's family in the operation's style.
            assertEquals(
                SpecBundle.INSTANCE.httpStatus(ex.code(), op.style()),
                r.status(),
                () -> ex.key() + ": " + r);
            assertEquals(ex.code(), r.code(), () -> ex.key() + ": " + r);
            if (!ex.text().isEmpty()) { // the rpc 1000 example has no sentence
              assertEquals(ex.text(), r.description(), () -> ex.key() + ": " + r);
            }
            if (op.rest()) {
              assertEquals(ex.parameter(), r.parameter(), () -> ex.key() + ": " + r);
            } else {
              assertEquals("failed", r.json().path("status").path("status").asText());
            }
            assertEquals(
                List.of(),
                r.responseViolations(),
                () -> "response violations for " + ex.key() + ": " + r);
          }
          PASSED.computeIfAbsent(op.id(), k -> new int[2])[1]++;
        }));
      }
    }
    return tests.stream();
  }

  @Test
  @Order(3)
  void everyCodeInXErrorCodesIsProducedSomewhere() {
    Map<String, Set<Integer>> missing = new TreeMap<>();
    for (Op op : SpecBundle.INSTANCE.ops()) {
      Set<Integer> want = new TreeSet<>(op.codes());
      want.removeAll(SEEN.getOrDefault(op.id(), Set.of()));
      if (!want.isEmpty()) {
        missing.put(op.id(), want);
      }
    }
    assertEquals(Map.of(), missing, "documented codes never produced");
  }

  @AfterAll
  static void noHandlerLeftARequiredFieldOut(Env env) {
    assertEquals(Set.of(), env.sandbox.missingResponseFields());
  }

  /**
   * The Sandbox column of the endpoint coverage table (spec README, "Coverage"): per operation,
   * what this run proved — {@code operationId<TAB>served: N request examples, M error examples};
   * written to {@code target/coverage-sandbox.tsv} (an operation that failed shows what passed).
   */
  @AfterAll
  static void writeTheCoverageColumn() throws java.io.IOException {
    StringBuilder tsv = new StringBuilder(
        "# operationId\twhat the sandbox's ConformanceTest proved (sandbox/README.md)\n");
    for (Op op : SpecBundle.INSTANCE.ops()) {
      int[] n = PASSED.getOrDefault(op.id(), new int[2]);
      tsv.append(op.id())
          .append('\t')
          .append("served: ")
          .append(n[0])
          .append(" example request")
          .append(n[0] == 1 ? "" : "s")
          .append(", ")
          .append(n[1])
          .append(" error example")
          .append(n[1] == 1 ? "" : "s")
          .append('\n');
    }
    java.nio.file.Path out =
        java.nio.file.Path.of(System.getProperty("build.dir", "target"), "coverage-sandbox.tsv");
    java.nio.file.Files.createDirectories(out.toAbsolutePath().getParent());
    java.nio.file.Files.writeString(out, tsv);
  }

  /** The encodings an operation's body is sent in: JSON, and a form where it takes one (none without a body). */
  private static boolean[] encodings(Op op) {
    return op.form() ? new boolean[] {false, true} : new boolean[] {false};
  }

  /**
   * How to trigger one documented error: the scenario test-support derives from the bundle for the
   * conformance suite too (a changed request, or the example sent by the account its code needs),
   * else one of the semantic cases (state, another account's data).
   */
  private Function<Op, Call> scenario(Op op, ErrorExample ex) {
    Scenarios.Scenario s = Scenarios.derive(SpecBundle.INSTANCE, op, ex);
    if (s == null) {
      return semantic(op, ex.key());
    }
    return switch (s.kind()) {
      case REQUEST -> o -> new Call(s.request().deepCopy(), Creds.DEMO, false);
      case TAKEN_VALUE ->
        o -> {
          // The first request makes the record that holds a value no record had; the second repeats
          // it.
          Scenarios.TakenValue t = Scenarios.takenValue(SpecBundle.INSTANCE, s);
          Resp first = send(o, new Call(t.first(), Creds.DEMO, false));
          assertTrue(first.succeeded(o), () -> "the first request of " + s + ": " + first);
          return new Call(t.second(), Creds.DEMO, false);
        };
      case WRONG_CREDENTIALS -> o -> new Call(s.request().deepCopy(), Creds.NONE, false);
      case EXPIRED_ACCOUNT -> o -> new Call(s.request().deepCopy(), expiredSubaccount(), false);
      // sub_1234: a subaccount, with neither the SMS nor an email integration
      case SUBACCOUNT_CREDENTIALS, NO_SMS_INTEGRATION, NO_EMAIL_INTEGRATION ->
        o -> new Call(s.request().deepCopy(), Creds.SUB_ANTWERP, false);
      case UNREADABLE_BODY ->
        o -> new Call(
            null,
            Creds.DEMO,
            false,
            Scenarios.UNREADABLE_BODY.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    };
  }

  /** The errors that need state or another account's data, by example key. */
  private Function<Op, Call> semantic(Op op, String key) {
    ObjectNode base = Bundle.copy(op.firstExample());
    switch (key) {
      case "e604_email_balance_too_low":
        // Cafe Noord (sub_1235) has an email integration with its balance spent; its own campaign.
        return o -> new Call(base.put("campaign", "cam_223345"), Creds.SUB_NOORD, false);
      case "e601_low_on_codes":
        return o -> new Call(
            Api.JSON
                .createObjectNode()
                .put("campaign", "cam_123457")
                .put("amount", 2000)
                .put("automated_codes", true)
                .put("code_length", 3)
                .put("code_type", "numeric"),
            Creds.DEMO,
            false);
      case "e304_email_exists":
        // An update to an address the seed already has on another account (a create's 304 is
        // derived: TAKEN_VALUE).
        return op.id().equals("subaccount_update")
            ? o -> new Call(
                base.put("email", "shop.antwerp@example.com").put("subaccount", "sub_1235"),
                Creds.DEMO,
                false)
            : null;
      case "e300_points_stamps_card_type":
        return o -> new Call(
            Api.JSON
                .createObjectNode()
                .put("loyaltycard", "loy_5521")
                .put("user", "lus_90001")
                .put("points", 5),
            Creds.DEMO,
            false);
      case "e300_couponsession_voided":
        return o -> {
          String s = Fixtures.freshSession(env.direct);
          assertTrue(env.direct
              .post("/v3/couponsession/update", Map.of("couponsession", s, "status", "void"))
              .ok());
          return new Call(sessions(o, s).put("status", "claim"), Creds.DEMO, false);
        };
      case "e300_couponsession_already_validated":
        return o -> {
          String s = Fixtures.freshSession(env.direct);
          assertTrue(env.direct
              .post("/v3/couponsession/update", Map.of("couponsession", s, "status", "validate"))
              .ok());
          return new Call(sessions(o, s).put("status", "validate"), Creds.DEMO, false);
        };
      default:
        return null;
    }
  }

  private static ObjectNode sessions(Op op, String session) {
    ObjectNode b = Api.JSON.createObjectNode();
    if (op.params().containsKey("couponsessions")) {
      b.putArray("couponsessions").add(session);
    } else {
      b.put("couponsession", session);
    }
    return b;
  }

  private Creds expiredSubaccount() {
    JsonNode sub = Fixtures.newSubaccount(env.direct, Map.of("expiry_date", "2020-01-01"));
    return Fixtures.credsOf(sub);
  }

  private Resp send(Op op, Call c) {
    Resp r;
    if (c.raw() != null) {
      // Straight to the sandbox: Prism's proxy answers an unreadable body itself (HTTP 400).
      r = env.direct.send(
          op.method(),
          Api.target(op, Bundle.copy(op.firstExample())).pathAndQuery(),
          "application/json",
          c.raw(),
          c.creds(),
          Map.of());
    } else {
      r = api.call(op, c.body(), c.creds(), c.form());
    }
    if (!r.succeeded(op)) {
      SEEN.computeIfAbsent(op.id(), k -> ConcurrentHashMap.newKeySet()).add(r.code());
    }
    return r;
  }
}
