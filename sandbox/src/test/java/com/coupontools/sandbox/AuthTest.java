package com.coupontools.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.sandbox.Api.Creds;
import com.coupontools.sandbox.Api.Resp;
import com.coupontools.testsupport.Bundle;
import com.coupontools.testsupport.Bundle.Op;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Authentication on every operation: headers or body fields, 1000 / 101 / 102 / 103, through Prism. */
@ExtendWith(Env.Extension.class)
class AuthTest {
  private final Env env;

  AuthTest(Env env) {
    this.env = env;
  }

  static Stream<Op> operations() {
    return SpecBundle.INSTANCE.ops().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void missingOrWrongCredentialsAre1000(Op op) {
    ObjectNode body = Bundle.copy(op.firstExample());
    for (Creds creds : List.of(
        Creds.NONE,
        new Creds(Creds.DEMO.id(), "wrong-secret"),
        new Creds("no-such-client", Creds.DEMO.secret()),
        new Creds(Creds.DEMO.id(), null),
        new Creds(Creds.SUB_ANTWERP.id(), Creds.DEMO.secret()))) {
      Resp r = env.prism.call(op, body, creds, false);
      assertEquals(
          SpecBundle.INSTANCE.httpStatus(1000, op.style()),
          r.status(),
          () -> op.id() + " " + creds + ": " + r);
      assertEquals(1000, r.code());
      if (!op.rest()) {
        assertEquals(
            "HTTP/1.0 401 Unauthorized",
            r.json().path("status").path("errors").path("error_message").asText());
      }
      assertEquals(List.of(), r.responseViolations(), r::toString);
    }
  }

  /** v4 takes either header pair (decision 11), never both, never mixed, never body fields. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("restOperations")
  void restOperationsTakeEitherHeaderPairAndNothingElse(Op op) {
    ObjectNode body = Bundle.copy(op.firstExample());
    String id = Creds.DEMO.id();
    String secret = Creds.DEMO.secret();
    assertAuthenticated(
        op,
        env.prism.call(
            op, body, Creds.NONE, false, Map.of("x-api-key", id, "x-api-secret", secret)));
    assertAuthenticated(
        op,
        env.prism.call(
            op, body, Creds.NONE, false, Map.of("X-API-KEY", id, "X-Api-Secret", secret)));
    assertAuthenticated(op, env.prism.call(op, body, Creds.DEMO, false));
    for (Map<String, String> wrong : List.of(
        Map.of("x-api-key", id, "X-Client-Secret", secret),
        Map.of("X-Client-Id", id, "x-api-secret", secret),
        Map.of("x-api-key", id, "x-api-secret", "wrong"),
        Map.of(
            "x-api-key",
            id,
            "x-api-secret",
            secret,
            "X-Client-Id",
            id,
            "X-Client-Secret",
            secret))) {
      Resp r = env.prism.call(op, body, Creds.NONE, false, wrong);
      assertEquals(401, r.status(), () -> op.id() + " " + wrong.keySet() + ": " + r);
      assertEquals(1000, r.code(), r::toString);
      assertEquals(List.of(), r.responseViolations(), r::toString);
    }
    if (op.body() && !op.arrayBody()) {
      ObjectNode withCreds = body.deepCopy().put("client_id", id).put("client_secret", secret);
      Resp r = env.prism.call(op, withCreds, Creds.NONE, false);
      assertEquals(1000, r.code(), () -> "body credentials on " + op.id() + ": " + r);
    }
  }

  static Stream<Op> restOperations() {
    return SpecBundle.INSTANCE.ops().stream().filter(Op::rest);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void credentialsAreAcceptedInHeadersOfAnyCaseAndInTheBody(Op op) {
    ObjectNode body = Bundle.copy(op.firstExample());
    Map<String, String> anyCase =
        Map.of("x-client-id", Creds.DEMO.id(), "X-CLIENT-SECRET", Creds.DEMO.secret());
    if (op.rest()) {
      assertAuthenticated(
          op, env.prism.call(op, body, Creds.NONE, false, anyCase)); // the rest: above
      return;
    }
    if (op.isGet()) {
      // The GET form takes credentials in the headers only (a secret in a URL ends up in logs).
      String q = Api.formEncode(Api.fields(body));
      assertAuthenticated(
          op, env.prism.send("GET", op.path() + "?" + q, null, null, Creds.NONE, anyCase));
      return;
    }
    Resp lower = env.prism.send(
        "POST",
        op.path(),
        "application/json",
        body.toString().getBytes(StandardCharsets.UTF_8),
        Creds.NONE,
        anyCase);
    assertAuthenticated(op, lower);

    ObjectNode withCreds =
        body.deepCopy().put("client_id", Creds.DEMO.id()).put("client_secret", Creds.DEMO.secret());
    assertAuthenticated(op, env.prism.post(op.path(), withCreds, Creds.NONE));

    Map<String, Object> form = new LinkedHashMap<>();
    body.fields()
        .forEachRemaining(e -> form.put(
            e.getKey(),
            e.getValue().isArray()
                ? List.of(e.getValue().path(0).asText())
                : e.getValue().asText()));
    form.put("client_id", Creds.DEMO.id());
    form.put("client_secret", Creds.DEMO.secret());
    assertAuthenticated(op, env.prism.form(op.path(), form, Creds.NONE));
  }

  private static void assertAuthenticated(Op op, Resp r) {
    assertNotEquals(401, r.status(), () -> op.id() + ": " + r);
    assertTrue(r.succeeded(op) || r.status() == 422, r::toString);
    assertEquals(List.of(), r.responseViolations(), r::toString);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void subaccountCredentialsManageNoSubaccountsButWorkElsewhere(Op op) {
    Resp r = env.prism.call(op, Bundle.copy(op.firstExample()), Creds.SUB_ANTWERP, false);
    if (op.codes().contains(102)) {
      assertEquals(401, r.status(), r::toString);
      assertEquals(102, r.code());
      assertEquals("Subaccount credentials cannot be used to manage subaccounts.", r.description());
    } else if (op.codes().contains(103)) {
      assertEquals(103, r.code(), r::toString); // sub_1234 has no SMS integration
    } else if (op.codes().contains(104)) {
      assertEquals(104, r.code(), r::toString); // nor an email integration
    } else {
      assertNotEquals(401, r.status(), () -> op.id() + ": " + r);
    }
    assertEquals(List.of(), r.responseViolations(), r::toString);
  }

  @Test
  void anExpiredAccountGets101OnEveryOperation() {
    Creds expired =
        Fixtures.credsOf(Fixtures.newSubaccount(env.direct, Map.of("expiry_date", "2020-01-31")));
    for (Op op : SpecBundle.INSTANCE.ops()) {
      Resp r = env.prism.call(op, Bundle.copy(op.firstExample()), expired, false);
      assertEquals(
          SpecBundle.INSTANCE.httpStatus(101, op.style()), r.status(), () -> op.id() + ": " + r);
      assertEquals(101, r.code());
      assertEquals("Your account has expired.", r.description());
    }
  }

  @Test
  void aCreatedSubaccountWorksWithItsOwnCredentialsUntilItExpires() {
    var sub = Fixtures.newSubaccount(env.direct, Map.of());
    Creds creds = Fixtures.credsOf(sub);
    assertTrue(env.prism.post("/v3/coupon/list", Map.of(), creds).ok());
    assertTrue(env.direct
        .post(
            "/v4/subaccount/update",
            Map.of("subaccount", sub.path("ID").asText(), "expiry_date", "2021-06-30"))
        .ok());
    assertEquals(101, env.prism.post("/v3/coupon/list", Map.of(), creds).code());
  }
}
