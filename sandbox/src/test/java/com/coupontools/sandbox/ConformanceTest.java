package com.coupontools.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.sandbox.Api.Creds;
import com.coupontools.sandbox.Api.Resp;
import com.coupontools.sandbox.Bundle.ErrorExample;
import com.coupontools.sandbox.Bundle.Op;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  private static final Pattern PARAM_IN_TEXT = Pattern.compile("parameter: ([A-Za-z0-9_]+)");
  private static final Pattern MAX_LENGTH = Pattern.compile("Maximum length is (\\d+)");
  private static final Pattern AT_MOST = Pattern.compile("At most (\\d+)");
  /** Not-found examples: key fragment → the parameter and a well-formed value that names nothing. */
  private static final Map<String, String[]> NOT_FOUND = Map.of(
      "campaign_not_found", new String[] {"campaign", "cam_999999"},
      "couponsession_not_found", new String[] {"couponsession", "zzzzzz999999"},
      "loyaltycard_not_found", new String[] {"loyaltycard", "loy_999999"},
      "loyaltyuser_not_found", new String[] {"user", "lus_999999"},
      "directory_not_found", new String[] {"directory", "dir_999999"},
      "registered_user_not_found", new String[] {"user", "reg_999999"},
      "webhook_not_found", new String[] {"webhook", "evt_nothere999"},
      "subaccount_not_correct", new String[] {"subaccount", "sub_999999"},
      "folder_not_found", new String[] {"folder", "fol_999999"});

  /** Codes each operation was seen to return, for the coverage check. */
  private static final Map<String, Set<Integer>> SEEN = new ConcurrentHashMap<>();

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
    for (Op op : Bundle.INSTANCE.ops) {
      Map<String, JsonNode> examples = op.requestExamples().isEmpty()
          ? Map.of("empty", Api.JSON.createObjectNode()) : op.requestExamples();
      examples.forEach((name, example) -> {
        for (boolean form : op.isGet() ? new boolean[] {false} : new boolean[] {false, true}) {
          tests.add(DynamicTest.dynamicTest(op.id() + " / " + name + (op.isGet() ? " (query)" : form ? " (form)" : " (json)"), () -> {
            // As documented, not a byte changed, on the seeded state the examples were written for.
            env.sandbox.reset();
            Resp r = send(op, new Call(Bundle.copy(example), Creds.DEMO, form));
            assertEquals(200, r.status(), () -> op.id() + " " + r);
            assertTrue(r.ok(), r::toString);
            assertEquals(List.of(), r.violations(), () -> "Prism violations for " + op.id() + ": " + r);
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
    for (Op op : Bundle.INSTANCE.ops) {
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
          for (boolean form : op.isGet() ? new boolean[] {false} : new boolean[] {false, true}) {
            Call c = scenario.apply(op);
            Resp r = send(op, new Call(c.body(), c.creds(), form, c.raw()));
            assertEquals(ex.code() == 1000 || ex.code() < 200 ? 401 : 422, r.status(), () -> ex.key() + ": " + r);
            assertEquals(ex.code(), r.code(), () -> ex.key() + ": " + r);
            if (ex.code() != 1000) {
              assertEquals(ex.text(), r.description(), () -> ex.key() + ": " + r);
            }
            assertEquals("failed", r.json().path("status").path("status").asText());
            assertEquals(List.of(), r.responseViolations(), () -> "response violations for " + ex.key() + ": " + r);
          }
        }));
      }
    }
    return tests.stream();
  }

  @Test
  @Order(3)
  void everyCodeInXErrorCodesIsProducedSomewhere() {
    Map<String, Set<Integer>> missing = new TreeMap<>();
    for (Op op : Bundle.INSTANCE.ops) {
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

  /** How to trigger one documented error: derived from the example, or one of the semantic cases. */
  private Function<Op, Call> scenario(Op op, ErrorExample ex) {
    String key = ex.key();
    Function<Op, Call> semantic = semantic(op, key);
    if (semantic != null) {
      return semantic;
    }
    String param = paramOf(op, ex);
    for (Map.Entry<String, String[]> nf : NOT_FOUND.entrySet()) {
      if (key.contains(nf.getKey()) && ex.code() >= 500) {
        String p = nf.getValue()[0];
        String value = nf.getValue()[1];
        return o -> {
          ObjectNode b = Bundle.copy(o.firstExample());
          if (p.equals("couponsession") && o.params().containsKey("couponsessions")) {
            b.putArray("couponsessions").add(value);
          } else {
            b.put(p, value);
          }
          return new Call(b, Creds.DEMO, false);
        };
      }
    }
    if (param == null || !op.params().containsKey(param)) {
      return null;
    }
    JsonNode schema = op.params().get(param);
    return switch (ex.code()) {
      case 200 -> o -> {
        ObjectNode b = Bundle.copy(o.firstExample());
        b.remove(param);
        return new Call(b, Creds.DEMO, false);
      };
      case 301, 302, 303, 305 -> o -> {
        ObjectNode b = Bundle.copy(o.firstExample());
        b.set(param, invalidValue(schema, ex.code()));
        return new Call(b, Creds.DEMO, false);
      };
      case 300 -> {
        Matcher max = MAX_LENGTH.matcher(ex.text());
        Matcher most = AT_MOST.matcher(ex.text());
        if (max.find()) {
          int n = Integer.parseInt(max.group(1));
          yield o -> {
            ObjectNode b = Bundle.copy(o.firstExample());
            b.put(param, "x".repeat(n + 1));
            return new Call(b, Creds.DEMO, false);
          };
        }
        if (most.find()) {
          int n = Integer.parseInt(most.group(1));
          yield o -> {
            ObjectNode b = Bundle.copy(o.firstExample());
            ArrayNode list = b.putArray(param);
            for (int i = 0; i <= n; i++) {
              list.add("abcdef" + i);
            }
            return new Call(b, Creds.DEMO, false);
          };
        }
        yield null;
      }
      default -> null;
    };
  }

  private static String paramOf(Op op, ErrorExample ex) {
    Matcher m = PARAM_IN_TEXT.matcher(ex.text());
    if (m.find() && op.params().containsKey(m.group(1))) {
      return m.group(1);
    }
    Matcher k = Pattern.compile("e\\d+_(?:missing|invalid)_(.+)").matcher(ex.key());
    if (k.matches()) {
      String rest = k.group(1);
      for (String p : op.params().keySet()) {
        if (rest.equals(p) || rest.startsWith(p + "_")) {
          return p;
        }
      }
    }
    return null;
  }

  /** A value the parameter's schema refuses in the way {@code code} is about. */
  private static JsonNode invalidValue(JsonNode schema, int code) {
    return switch (code) {
      case 302 -> Api.JSON.getNodeFactory().textNode("not-a-valid-choice");
      case 303 -> Api.JSON.getNodeFactory().textNode("31/12/2026");
      case 305 -> Api.JSON.getNodeFactory().textNode("not-an-email");
      default -> switch (schema.path("type").asText("string")) {
        case "integer", "number" -> Api.JSON.getNodeFactory().textNode("12abc");
        case "boolean" -> Api.JSON.getNodeFactory().textNode("maybe");
        case "array" -> Api.JSON.createArrayNode().add("bad value!");
        default -> schema.has("pattern") ? Api.JSON.getNodeFactory().textNode("bad value!")
            : Api.JSON.createObjectNode().put("not", "a string");
      };
    };
  }

  /** The errors that need state or other credentials, by example key. */
  private Function<Op, Call> semantic(Op op, String key) {
    ObjectNode base = Bundle.copy(op.firstExample());
    switch (key) {
      case "e1000_invalid_credentials":
        return o -> new Call(base, Creds.NONE, false);
      case "e300_unreadable_body":
        return o -> new Call(null, Creds.DEMO, false, "{\"campaign\":".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      case "e101_account_expired":
        return o -> new Call(base, expiredSubaccount(), false);
      case "e102_subaccount_credentials":
      case "e103_no_sms_integration":
        return o -> new Call(base, Creds.SUB_ANTWERP, false);
      case "e601_low_on_codes":
        return o -> new Call(Api.JSON.createObjectNode().put("campaign", "cam_123457").put("amount", 2000)
            .put("automated_codes", true).put("code_length", 3).put("code_type", "numeric"), Creds.DEMO, false);
      case "e304_email_exists":
        return o -> new Call(base.put("email", "shop.antwerp@example.com")
            .put("subaccount", "sub_1235"), Creds.DEMO, false);
      case "e300_package_not_found":
        return o -> new Call(base.put("package", "pac_nothere"), Creds.DEMO, false);
      case "e300_points_stamps_card_type":
        return o -> new Call(Api.JSON.createObjectNode().put("loyaltycard", "loy_5521").put("user", "lus_90001")
            .put("points", 5), Creds.DEMO, false);
      case "e200_missing_loyalty_change":
        return o -> new Call(Api.JSON.createObjectNode().put("loyaltycard", "loy_5521").put("user", "lus_90001"),
            Creds.DEMO, false);
      case "e200_missing_search_criteria":
        return o -> new Call(Api.JSON.createObjectNode().put("campaign", "cam_123456").put("page", 1),
            Creds.DEMO, false);
      case "e200_missing_session_change":
        return o -> new Call(sessions(o, Fixtures.freshSession(env.direct)), Creds.DEMO, false);
      case "e300_couponsession_voided":
        return o -> {
          String s = Fixtures.freshSession(env.direct);
          assertTrue(env.direct.post("/v3/couponsession/update", Map.of("couponsession", s, "status", "void")).ok());
          return new Call(sessions(o, s).put("status", "claim"), Creds.DEMO, false);
        };
      case "e300_couponsession_already_validated":
        return o -> {
          String s = Fixtures.freshSession(env.direct);
          assertTrue(env.direct.post("/v3/couponsession/update", Map.of("couponsession", s, "status", "validate")).ok());
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
      r = env.direct.send("POST", op.path(), "application/json", c.raw(), c.creds(), Map.of());
    } else {
      r = api.call(op, c.body(), c.creds(), c.form());
    }
    if (r.status() != 200) {
      SEEN.computeIfAbsent(op.id(), k -> ConcurrentHashMap.newKeySet()).add(r.code());
    }
    return r;
  }
}
