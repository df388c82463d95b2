package com.coupontools.conformance.cases;

import static com.coupontools.conformance.cases.ExpectedErrors.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.coupontools.client.CoupontoolsClient;
import com.coupontools.conformance.harness.Call;
import com.coupontools.errors.ApiException;
import java.util.function.Function;
import org.junit.jupiter.api.function.Executable;

/**
 * The v4 REST error runs: the documented example forced on the mock with the REST status, the
 * SDK's exception family, code and parameter kept from the {@code RestError} body, and the HTTP
 * status of the family (401, 404 for not found, 422).
 */
final class RestCases {
  private RestCases() {}

  static <T extends ApiException> T rest(Call call, String example, Class<T> type, int code, String parameter, Executable e) {
    call.forceRestExampleOnMock(example);
    T x = parameter == null ? expect(type, code, e) : expect(type, code, parameter, e);
    assertEquals(code >= 500 && code < 600 ? 404 : 422, x.httpStatus(), () -> "HTTP status of " + x);
    return x;
  }

  /** 1000 through a REST call: an AuthenticationException with HTTP 401, as for rpc (AuthenticationCases). */
  static void wrongCredentials(Call call, Function<CoupontoolsClient, ?> operation) {
    AuthenticationCases.rejectsWrongCredentials(call, operation);
  }

  static void expiredAccount(Call call, Function<CoupontoolsClient, ?> operation) {
    AuthenticationCases.rejectsExpiredAccount(call, operation);
  }
}
