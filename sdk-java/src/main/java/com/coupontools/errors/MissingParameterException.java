package com.coupontools.errors;

/** A required parameter is missing (code 200); {@link #parameter()} names it. */
public class MissingParameterException extends ApiException {
  private static final long serialVersionUID = 1L;

  public MissingParameterException(ApiError error) {
    super(error);
  }
}
