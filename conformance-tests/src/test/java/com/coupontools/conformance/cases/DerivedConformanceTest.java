package com.coupontools.conformance.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.coupontools.client.CoupontoolsClient;
import com.coupontools.conformance.harness.Call;
import com.coupontools.conformance.harness.DerivedCases;
import com.coupontools.conformance.harness.SdkRequests;
import com.coupontools.errors.ApiException;
import com.coupontools.testsupport.Bundle;
import com.coupontools.testsupport.Scenarios;
import com.coupontools.testsupport.Scenarios.Scenario;

/**
 * The error cases derived from the bundle (test-support's {@link Scenarios}): every documented
 * error example the contract alone says how to provoke — 1000, 101, 200 (a required parameter
 * dropped), 30x (a value the schema refuses), 5xx (a well-formed ID that names nothing) — sent
 * through the SDK's public API, built from the operation's first request example. On the mock,
 * Prism is told to answer with that example; the sandbox and a real account must produce it.
 *
 * <p>Each run then sends the same request once more with client-side validation on: a request
 * that breaks its schema must fail with the same exception type, code and sentence without being
 * sent (the SDK's validator and the server agree); any other must go out and get the same answer
 * (the validator refuses nothing the contract allows).
 */
class DerivedConformanceTest {

  @DerivedCases
  void documentedError(Call call, Scenario s) {
    CoupontoolsClient client;
    switch (s.kind()) {
      case WRONG_CREDENTIALS: client = SubaccountFixtures.wrongCredentials(call); break;
      case EXPIRED_ACCOUNT: client = SubaccountFixtures.expiredClient(call); break;
      default: client = call.client();
    }
    ApiException served = send(call, client, s, true);
    expectDocumented(call, s, served, true);

    CoupontoolsClient validating = client.withOptions(b -> b.clientSideValidation(true));
    int before = call.exchanges().size();
    ApiException checked = send(call, validating, s, !s.schemaViolation());
    int sent = call.exchanges().size() - before;
    if (s.schemaViolation()) {
      assertEquals(0, sent, () -> "client-side validation sent " + s.parameter() + " (" + s.check() + ") anyway");
      expectDocumented(call, s, checked, false);
    } else {
      assertEquals(1, sent, "with client-side validation on, the valid request is sent once");
      expectDocumented(call, s, checked, true);
    }
  }

  private static ApiException send(Call call, CoupontoolsClient client, Scenario s, boolean reachesServer) {
    if (reachesServer) {
      call.forceExampleOnMock(s.expected().key());
    }
    try {
      Object answer = SdkRequests.call(client, call.bundle(), s.op(), s.request());
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
