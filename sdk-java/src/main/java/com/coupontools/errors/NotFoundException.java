package com.coupontools.errors;

/** An object does not exist (5xx codes: 502 campaign, 505 coupon session or loyalty card, 507 directory, 509 webhook, 510 subaccount, 514 group, 515 folder). */
public class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(ApiError error) {
    super(error);
  }
}
