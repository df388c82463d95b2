package com.coupontools.errors;

/** Authentication or account error: 1000 (invalid credentials) and 101–104 (account expired, subaccount credentials, no SMS or email integration). */
public class AuthenticationException extends ApiException {
  private static final long serialVersionUID = 1L;

  public AuthenticationException(ApiError error) {
    super(error);
  }
}
