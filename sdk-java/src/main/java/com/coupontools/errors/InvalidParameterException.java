package com.coupontools.errors;

/** A parameter has an invalid value (codes 300–349); {@link #parameter()} names it when the server does. */
public class InvalidParameterException extends ApiException {
  private static final long serialVersionUID = 1L;

  public InvalidParameterException(ApiError error) {
    super(error);
  }
}
