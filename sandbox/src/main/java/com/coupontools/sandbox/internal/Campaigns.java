package com.coupontools.sandbox.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Campaign lookups in the caller's scope and the campaign item map of lists and info. */
final class Campaigns {
  static final String SELECT = "SELECT c.*, a.parent_id AS owner_parent, cat.name AS category_name"
      + " FROM campaigns c JOIN accounts a ON a.id = c.account_id"
      + " LEFT JOIN categories cat ON cat.account_id = c.account_id AND cat.id = c.category_id";

  private Campaigns() {}

  static Map<String, Object> find(Connection c, Caller caller, long id) throws SQLException {
    return Db.row(c, SELECT + " WHERE c.id = ? AND c.account_id IN " + caller.in(), id);
  }

  static Map<String, Object> findOr502(Connection c, Call call, String param) throws SQLException {
    Map<String, Object> cam = find(c, call.caller(), call.p().id(param));
    if (cam == null) {
      throw call.errors().notFound("campaign", 502);
    }
    return cam;
  }

  static long id(Map<String, Object> cam) {
    return ((Number) cam.get("id")).longValue();
  }

  static Map<String, Object> item(Map<String, Object> cam) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ID", Ids.campaign(id(cam)));
    m.put("code", cam.get("code"));
    m.put("name", cam.get("name"));
    m.put("title", cam.get("title"));
    m.put("status", cam.get("status"));
    m.put("url", Sessions.URL_BASE + cam.get("code"));
    m.put("subtitle", cam.get("subtitle"));
    m.put("description", cam.get("description"));
    m.put("type", cam.get("type"));
    m.put("coupon_category_name", cam.get("category_name") == null ? "" : cam.get("category_name"));
    m.put("expirydate", cam.get("expirydate"));
    if (cam.get("owner_parent") != null) {
      m.put("subaccount", Ids.subaccount(((Number) cam.get("account_id")).longValue()));
    }
    return m;
  }
}
