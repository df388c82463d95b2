package com.coupontools.sandbox.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** Webhook verification: an event the sandbox recorded (a validation) is confirmed as genuine. */
final class WebhookOps {
  private WebhookOps() {}

  static void register(Map<String, OpHandler> h) {
    h.put("webhook_verification", WebhookOps::verify);
  }

  private static Map<String, Object> verify(Call call) {
    Params p = call.p();
    return call.db().read(c -> {
      Map<String, Object> e = Db.row(
          c,
          "SELECT * FROM webhook_events WHERE id = ? AND account_id IN "
              + call.caller().in(),
          p.str("webhook"));
      // With `session`, the event must concern that session (long or short form).
      if (e == null
          || (p.has("session") && !sameSession((String) e.get("session_code"), p.str("session")))) {
        throw call.errors().byCode(509);
      }
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("result", "valid");
      out.put("webhook", e.get("id"));
      out.put("date", e.get("created_at"));
      out.put("campaign", Ids.campaign(((Number) e.get("campaign_id")).longValue()));
      out.put("session", e.get("session_code"));
      out.put("type", e.get("type"));
      return out;
    });
  }

  private static boolean sameSession(String stored, String given) {
    return given.length() == 6 ? stored.startsWith(given) : stored.equals(given);
  }
}
