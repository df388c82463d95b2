package com.coupontools.conformance.cases;

import static com.coupontools.conformance.cases.ExpectedErrors.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.coupontools.conformance.harness.Call;
import com.coupontools.errors.ApiException;
import org.junit.jupiter.api.function.Executable;

/**
 * The v4 REST error runs: the documented example forced on the mock with the REST status, the
 * SDK's exception family, code and parameter kept from the {@code RestError} body, and the HTTP
 * status the error catalogue gives the code's family in the rest style.
 */
final class RestCases {
  private RestCases() {}

  static <T extends ApiException> T rest(
      Call call, String example, Class<T> type, int code, String parameter, Executable e) {
    call.forceExampleOnMock(example);
    T x = parameter == null ? expect(type, code, e) : expect(type, code, parameter, e);
    assertEquals(
        call.bundle().httpStatus(code, "rest"), x.httpStatus(), () -> "HTTP status of " + x);
    return x;
  }
}
