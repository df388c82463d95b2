package com.coupontools.conformance.cases;

import static com.coupontools.conformance.cases.ExpectedErrors.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.coupontools.client.CoupontoolsClient;
import com.coupontools.conformance.harness.Call;
import com.coupontools.errors.AuthenticationException;
import java.util.function.Function;

/**
 * The two account-level codes every operation documents, run the same way for each: 1000 (no
 * account has these credentials) and 101 (the account's expiry date has passed). Both are HTTP 401
 * and an {@link AuthenticationException} in the SDK.
 */
final class AuthenticationCases {

  /** The note of 101 cases, which leave out the live target. */
  static final String EXPIRED_NOTE = "101 needs an account whose expiry date has passed (the sandbox gets one through"
      + " subaccount create; none is created on a real account)";

  private AuthenticationCases() {}

  static void rejectsWrongCredentials(Call call, Function<CoupontoolsClient, ?> operation) {
    call.forceExampleOnMock("e1000_invalid_credentials");
    CoupontoolsClient wrong = SubaccountFixtures.wrongCredentials(call);
    AuthenticationException e = expect(AuthenticationException.class, 1000, () -> operation.apply(wrong));
    assertEquals(401, e.httpStatus());
  }

  static void rejectsExpiredAccount(Call call, Function<CoupontoolsClient, ?> operation) {
    // Set up first: on the mock the forced example is for the next request only.
    CoupontoolsClient expired = SubaccountFixtures.expiredClient(call);
    call.forceExampleOnMock("e101_account_expired");
    AuthenticationException e = expect(AuthenticationException.class, 101, () -> operation.apply(expired));
    assertEquals(401, e.httpStatus());
  }
}
