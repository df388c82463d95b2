package com.coupontools.sandbox.internal;

import java.util.Map;

/**
 * The email tool of the calling account (an email integration is needed: 104 at authentication):
 * its groups, listed like the SMS tool's.
 */
final class EmailToolOps {
  private EmailToolOps() {}

  static void register(Map<String, OpHandler> h) {
    h.put("emailtool_grouplist", call -> SmsToolOps.groups(call, "email_groups"));
  }
}
