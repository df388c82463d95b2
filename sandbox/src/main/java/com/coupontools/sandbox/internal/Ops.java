package com.coupontools.sandbox.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The handler of every operation, by operationId, and the contract facts handlers share. */
final class Ops {
  /**
   * The seven custom fields Coupontools keeps for a person — a coupon session's user, an SMS
   * contact — as parameters, answer fields and columns of the same names.
   */
  static final List<String> CUSTOM_FIELDS = List.of(
      "customfield1",
      "customfield2",
      "customfield3",
      "customfield4",
      "customfield5",
      "customfield6",
      "customfield7");

  private Ops() {}

  static Map<String, OpHandler> handlers() {
    Map<String, OpHandler> h = new HashMap<>();
    SubaccountOps.register(h);
    CampaignOps.register(h);
    SessionOps.register(h);
    LoyaltyOps.register(h);
    DirectoryOps.register(h);
    SingleUseOps.register(h);
    WebhookOps.register(h);
    AccountOps.register(h);
    SmsToolOps.register(h);
    EmailToolOps.register(h);
    SendOps.register(h);
    LoyaltyV4Ops.register(h);
    DirectoryV4Ops.register(h);
    return Map.copyOf(h);
  }
}
