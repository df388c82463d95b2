package com.coupontools.errors;

/** A limit was reached (6xx codes, e.g. 601: low on unique generated validation codes). */
public class LimitException extends ApiException {
  private static final long serialVersionUID = 1L;

  public LimitException(ApiError error) {
    super(error);
  }
}
