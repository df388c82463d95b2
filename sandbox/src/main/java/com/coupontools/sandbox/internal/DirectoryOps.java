package com.coupontools.sandbox.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Directories, their campaigns and registered users (payment status), and categories. */
final class DirectoryOps {
  private static final int USERS_PAGE = 100;
  static final String URL_BASE = "https://digicpn.com/d/";

  private DirectoryOps() {}

  static void register(Map<String, OpHandler> h) {
    h.put("directory_list", DirectoryOps::list);
    h.put("directory_info", DirectoryOps::info);
    h.put("directory_campaigns", DirectoryOps::campaigns);
    h.put("directoryusers_list", DirectoryOps::users);
    h.put("directoryusers_update", DirectoryOps::updateUser);
    h.put("category_list", call -> categories(call, false));
    h.put("category_main_list", call -> categories(call, true));
  }

  private static Map<String, Object> item(Map<String, Object> d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ID", Ids.directory(((Number) d.get("id")).longValue()));
    m.put("code", d.get("code"));
    m.put("name", d.get("name"));
    m.put("title", d.get("title"));
    m.put("status", d.get("status"));
    m.put("url", URL_BASE + d.get("code"));
    return m;
  }

  private static Map<String, Object> list(Call call) {
    List<Map<String, Object>> items = call.db().read(c -> {
      List<Map<String, Object>> out = new ArrayList<>();
      for (Map<String, Object> d : Db.rows(
          c,
          "SELECT * FROM directories WHERE account_id IN " + call.caller().in() + " ORDER BY id")) {
        out.add(item(d));
      }
      return out;
    });
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("amount_of_results", items.size());
    out.put("directory_info", items);
    return out;
  }

  private static Map<String, Object> directory(Connection c, Call call) throws SQLException {
    return directory(c, call, call.p().id("directory"));
  }

  /** A directory the caller sees, or 507 (directory). */
  static Map<String, Object> directory(Connection c, Call call, long id) throws SQLException {
    Map<String, Object> d = Db.row(
        c,
        "SELECT * FROM directories WHERE id = ? AND account_id IN "
            + call.caller().in(),
        id);
    if (d == null) {
      throw call.errors().notFound("directory", 507);
    }
    return d;
  }

  /** A registered user of the directory, or 507 (registered user). */
  static Map<String, Object> registeredUser(Connection c, Call call, Map<String, Object> d, long id)
      throws SQLException {
    Map<String, Object> u = Db.row(
        c, "SELECT * FROM registered_users WHERE id = ? AND directory_id = ?", id, d.get("id"));
    if (u == null) {
      throw call.errors().notFound("registered_user", 507);
    }
    return u;
  }

  private static Map<String, Object> info(Call call) {
    return Map.of("directory_info", call.db().read(c -> {
      Map<String, Object> d = directory(c, call);
      Map<String, Object> m = item(d);
      m.put(
          "amount_of_campaigns",
          Db.count(
              c, "SELECT count(*) FROM directory_campaigns WHERE directory_id = ?", d.get("id")));
      m.put(
          "amount_of_users",
          Db.count(c, "SELECT count(*) FROM registered_users WHERE directory_id = ?", d.get("id")));
      m.put("paid_access", d.get("paid_access"));
      m.put("create_date", d.get("created_at"));
      return m;
    }));
  }

  private static Map<String, Object> campaigns(Call call) {
    return call.db().read(c -> {
      Map<String, Object> d = directory(c, call);
      List<Map<String, Object>> items = new ArrayList<>();
      for (Map<String, Object> cam : Db.rows(
          c,
          Campaigns.SELECT + " JOIN directory_campaigns dc ON dc.campaign_id"
              + " = c.id WHERE dc.directory_id = ?"
              + (call.p().flag("only_active") ? " AND c.status = 'active'" : "")
              + " ORDER BY c.id",
          d.get("id"))) {
        items.add(Campaigns.item(cam));
      }
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("directory", Ids.directory(((Number) d.get("id")).longValue()));
      out.put("amount_of_results", items.size());
      out.put("coupon_info", items);
      return out;
    });
  }

  private static Map<String, Object> users(Call call) {
    long page = call.p().lng("page", 1);
    return call.db().read(c -> {
      Map<String, Object> d = directory(c, call);
      List<Map<String, Object>> items = new ArrayList<>();
      for (Map<String, Object> u : Db.rows(
          c,
          "SELECT * FROM registered_users WHERE directory_id = ?"
              + " ORDER BY registration_date DESC, id DESC LIMIT ? OFFSET ?",
          d.get("id"),
          USERS_PAGE,
          (page - 1) * USERS_PAGE)) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ID", Ids.registeredUser(((Number) u.get("id")).longValue()));
        for (String f : new String[] {
          "email",
          "first_name",
          "last_name",
          "phone",
          "registration_date",
          "payment_status",
          "expiry_date",
          "blocked"
        }) {
          m.put(f, u.get(f));
        }
        items.add(m);
      }
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("directory", Ids.directory(((Number) d.get("id")).longValue()));
      out.put("page", page);
      out.put("amount_of_results", items.size());
      out.put("users", items);
      return out;
    });
  }

  private static Map<String, Object> updateUser(Call call) {
    Params p = call.p();
    return call.db().write(c -> {
      Map<String, Object> d = directory(c, call);
      long user = ((Number) registeredUser(c, call, d, p.id("user")).get("id")).longValue();
      String status = p.str("payment_status");
      String expiry = "paid".equals(status) ? p.str("expiry_date", "") : "";
      Db.update(
          c,
          "UPDATE registered_users SET payment_status = ?, expiry_date = ? WHERE id = ?",
          status,
          expiry,
          user);
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("directory", Ids.directory(((Number) d.get("id")).longValue()));
      out.put("user", Ids.registeredUser(user));
      out.put("action", "payment_status_updated");
      out.put("payment_status", status);
      out.put("expiry_date", expiry);
      return out;
    });
  }

  private static Map<String, Object> categories(Call call, boolean mainOnly) {
    List<Map<String, Object>> items = call.db().read(c -> {
      List<Map<String, Object>> out = new ArrayList<>();
      // Categories are the account's own (a subaccount has its own set).
      for (Map<String, Object> cat : Db.rows(
          c,
          "SELECT * FROM categories WHERE account_id = ? AND is_main = ?" + " ORDER BY name, id",
          call.caller().id(),
          mainOnly ? 1 : 0)) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ID", cat.get("id"));
        m.put("name", cat.get("name"));
        if (!mainOnly && cat.get("parent_id") != null) {
          m.put("parent", cat.get("parent_id"));
        }
        out.add(m);
      }
      return out;
    });
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("amount_of_results", items.size());
    out.put("category_info", items);
    return out;
  }
}
