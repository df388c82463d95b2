package com.coupontools.sandbox.internal;

import java.util.HashMap;
import java.util.Map;

/** The handler of every operation, by operationId. */
final class Ops {
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
