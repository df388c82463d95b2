package com.coupontools.sandbox.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Webhook verification and the SMS tool's group list. */
final class WebhookSmsOps {
  private WebhookSmsOps() { }

  static void register(Map<String, OpHandler> h) {
    h.put("webhook_verification", WebhookSmsOps::verify);
    h.put("smstool_grouplist", WebhookSmsOps::groups);
  }

  private static Map<String, Object> verify(Call call) {
    Params p = call.p();
    return call.db().read(c -> {
      Map<String, Object> e = Db.row(c, "SELECT * FROM webhook_events WHERE id = ? AND account_id IN "
          + call.caller().in(), p.str("webhook"));
      // With `session`, the event must concern that session (long or short form).
      if (e == null || (p.has("session") && !sameSession((String) e.get("session_code"), p.str("session")))) {
        throw call.errors().byCode(509, "Webhook not found.");
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

  private static Map<String, Object> groups(Call call) {
    List<Map<String, Object>> items = call.db().read(c -> {
      List<Map<String, Object>> out = new ArrayList<>();
      for (Map<String, Object> g : Db.rows(c, "SELECT * FROM sms_groups WHERE account_id = ? ORDER BY id",
          call.caller().id())) {
        out.add(Map.of("ID", Ids.smsGroup(((Number) g.get("id")).longValue()), "name", g.get("name")));
      }
      return out;
    });
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("amount_of_groups", items.size());
    out.put("group", items);
    return out;
  }
}
