package com.coupontools.conformance.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.coupontools.client.CoupontoolsClient;
import com.coupontools.conformance.cases.SubaccountFixtures.Credentials;
import com.coupontools.conformance.harness.Call;
import com.coupontools.conformance.harness.DerivedCases;
import com.coupontools.conformance.harness.SdkRequests;
import com.coupontools.conformance.harness.WireRequests;
import com.coupontools.errors.ApiException;
import com.coupontools.testsupport.Bundle;
import com.coupontools.testsupport.Scenarios;
import com.coupontools.testsupport.Scenarios.Scenario;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The error cases derived from the bundle (test-support's {@link Scenarios}): every documented
 * error example the contract alone says how to provoke — 1000, 101, 200 (a required parameter
 * dropped), 30x (a value the schema refuses), 5xx (a well-formed ID that names nothing), 304 (a
 * create sent twice with one value of an {@code x-unique} property: the first must succeed) —
 * sent through the SDK's public API, built from the operation's first request example. On the
 * mock, Prism is told to answer with that example; the sandbox and a real account must produce
 * it.
 *
 * <p>Each run then sends the same request once more with client-side validation on: a request
 * that breaks its schema or a conditional requirement must fail with the same exception type, code and sentence without being
 * sent (the SDK's validator and the server agree); any other must go out and get the same answer
 * (the validator refuses nothing the contract allows).
 *
 * <p>An operation the SDK does not send ({@code x-sdk-skip}: the GET forms) is sent on the wire
 * instead ({@link WireRequests}), and its answer must be the documented status, envelope, code,
 * sentence and parameter; it has no client-side half.
 */
class DerivedConformanceTest {

  @DerivedCases
  void documentedError(Call call, Scenario s) {
    if (!SdkRequests.inSdk(call.bundle(), s.op())) {
      onTheWire(call, s);
      return;
    }
    CoupontoolsClient client = switch (s.kind()) {
      case WRONG_CREDENTIALS -> SubaccountFixtures.wrongCredentials(call);
      case EXPIRED_ACCOUNT -> SubaccountFixtures.expiredClient(call);
      case SUBACCOUNT_CREDENTIALS, NO_SMS_INTEGRATION, NO_EMAIL_INTEGRATION ->
        SubaccountFixtures.subaccountClient(call);
      default -> call.client();
    };
    ObjectNode request = s.request();
    if (s.kind() == Scenarios.Kind.TAKEN_VALUE) {
      // The record that holds the value first (on the mock: the documented success).
      Scenarios.TakenValue t = Scenarios.takenValue(call.bundle(), s);
      try {
        SdkRequests.call(client, call.bundle(), s.op(), t.first());
      } catch (Throwable e) {
        throw new AssertionError("the first request of " + s + " must succeed: " + e, e);
      }
      request = t.second();
    }
    ApiException served = send(call, client, s, request, true);
    expectDocumented(call, s, served, true);

    CoupontoolsClient validating = client.withOptions(b -> b.clientSideValidation(true));
    int before = call.exchanges().size();
    ApiException checked = send(call, validating, s, request, !s.breaksRequestRules());
    int sent = call.exchanges().size() - before;
    if (s.breaksRequestRules()) {
      assertEquals(
          0,
          sent,
          () -> "client-side validation sent " + s.parameter() + " (" + s.check() + ") anyway");
      expectDocumented(call, s, checked, false);
    } else {
      assertEquals(1, sent, "with client-side validation on, the valid request is sent once");
      expectDocumented(call, s, checked, true);
    }
  }

  /** The scenario's request as a GET on the wire, with the credentials its kind needs. */
  private static void onTheWire(Call call, Scenario s) {
    Credentials creds = switch (s.kind()) {
      case WRONG_CREDENTIALS -> SubaccountFixtures.WRONG;
      case EXPIRED_ACCOUNT -> SubaccountFixtures.expiredCredentials(call);
      case SUBACCOUNT_CREDENTIALS, NO_SMS_INTEGRATION, NO_EMAIL_INTEGRATION ->
        SubaccountFixtures.subaccountCredentials(call);
      default -> new Credentials(call.clientId(), call.clientSecret());
    };
    assertTrue(s.op().isGet(), () -> s.op().id() + ": only the GET forms are left out of the SDK");
    call.forceExampleOnMock(s.expected().key());
    String pathAndQuery = WireRequests.pathAndQuery(s.op(), s.request());
    WireRequests.Answer a =
        WireRequests.get(call, pathAndQuery, creds.clientId(), creds.clientSecret());
    Bundle bundle = call.bundle();
    Bundle.ErrorExample ex = s.expected();
    String where = "GET " + pathAndQuery + " → " + a.status() + " " + a.body();
    assertEquals(bundle.httpStatus(ex.code(), s.op().style()), a.status(), where);
    Bundle.ParsedError e = bundle.error(a.body());
    assertNotNull(e, () -> "not the error envelope: " + where);
    assertEquals(
        "failed",
        a.body().path("status").path("status").asText(),
        where); // the rpc envelope's state
    assertEquals(ex.code(), e.code(), where);
    if (!ex.text().isEmpty()) {
      assertEquals(ex.text(), e.sentence(), where);
    }
    if (ex.parameter() != null) {
      assertEquals(ex.parameter(), e.parameter(), where);
    }
  }

  private static ApiException send(
      Call call, CoupontoolsClient client, Scenario s, ObjectNode request, boolean reachesServer) {
    if (reachesServer) {
      call.forceExampleOnMock(s.expected().key());
    }
    try {
      Object answer = SdkRequests.call(client, call.bundle(), s.op(), request);
      return fail("expected " + s.expected().code() + " but the SDK returned " + answer);
    } catch (ApiException e) {
      return e;
    } catch (Error | RuntimeException e) {
      throw e;
    } catch (Throwable t) {
      throw new AssertionError(t);
    }
  }

  /** The exception type the catalogue gives the code, the code, the documented sentence and (REST) parameter. */
  private static void expectDocumented(Call call, Scenario s, ApiException e, boolean fromServer) {
    Bundle bundle = call.bundle();
    Bundle.ErrorExample ex = s.expected();
    String where = (fromServer ? "" : "client-side: ") + e.getMessage();
    assertEquals(bundle.exceptionName(ex.code()), e.getClass().getSimpleName(), where);
    assertEquals(ex.code(), e.code(), where);
    if (!ex.text().isEmpty()) {
      assertEquals(ex.text(), e.description(), where);
    }
    if (s.op().rest() && ex.parameter() != null) {
      assertEquals(ex.parameter(), e.parameter(), where);
    }
    if (fromServer) {
      assertEquals(bundle.httpStatus(ex.code(), s.op().style()), e.httpStatus(), where);
    } else {
      assertEquals(0, e.httpStatus(), where);
      assertTrue(String.valueOf(e.getMessage()).contains("not sent"), where);
    }
  }
}
