package com.coupontools.sandbox.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The email tool of the calling account (an email integration is needed: 104 at authentication). */
final class EmailToolOps {
  private EmailToolOps() { }

  static void register(Map<String, OpHandler> h) {
    h.put("emailtool_grouplist", EmailToolOps::groups);
  }

  private static Map<String, Object> groups(Call call) {
    List<Map<String, Object>> items = call.db().read(c -> {
      List<Map<String, Object>> out = new ArrayList<>();
      for (Map<String, Object> g : Db.rows(c, "SELECT * FROM email_groups WHERE account_id = ? ORDER BY id",
          call.caller().id())) {
        out.add(Map.of("ID", Ids.group(((Number) g.get("id")).longValue()), "name", g.get("name")));
      }
      return out;
    });
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("amount_of_groups", items.size());
    out.put("group", items);
    return out;
  }
}
