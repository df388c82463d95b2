package com.coupontools.sandbox.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Directories, v4 (rest): directories, their registered users (list, one, create, block), paid
 * access (give, revoke) and a user's single sign on. The rows are v3's ({@link DirectoryOps}):
 * paid access is the v3 payment status {@code paid} with its expiry date, so a user given access
 * here is {@code paid} in v3's user list and a v3 payment update shows here.
 */
final class DirectoryV4Ops {
  private static final String[] PERSONAL = {
    "first_name",
    "last_name",
    "phone",
    "birth_date",
    "address",
    "zip",
    "city",
    "custom_1",
    "custom_2",
    "custom_3"
  };
  private static final int SSO_MINUTES = 15;

  private DirectoryV4Ops() {}

  static void register(Map<String, OpHandler> h) {
    h.put("v4_directory_list", DirectoryV4Ops::list);
    h.put(
        "v4_directory_get",
        call -> call.db()
            .read(c -> directory(DirectoryOps.directory(c, call, call.p().lng("directoryId")))));
    h.put("v4_directory_users_list", DirectoryV4Ops::users);
    h.put("v4_directory_user_get", call -> call.db().read(c -> user(user(c, call))));
    h.put("v4_directory_user_create", DirectoryV4Ops::create);
    h.put("v4_directory_user_update", DirectoryV4Ops::update);
    h.put("v4_directory_access_grant", call -> access(call, true));
    h.put("v4_directory_access_revoke", call -> access(call, false));
    h.put("v4_directory_user_sso", DirectoryV4Ops::sso);
  }

  private static Map<String, Object> directory(Map<String, Object> d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", d.get("id"));
    m.put("name", d.get("name"));
    m.put("code", d.get("code"));
    m.put("title", d.get("title"));
    m.put("status", d.get("status"));
    m.put("url", DirectoryOps.URL_BASE + d.get("code"));
    m.put("paid_access", ((Number) d.get("paid_access")).intValue() == 1);
    m.put("created_at", d.get("created_at"));
    return m;
  }

  /** A registered user as v4 shows it: unknown personal data is null; paid access is the v3 status {@code paid}. */
  private static Map<String, Object> user(Map<String, Object> u) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", u.get("id"));
    m.put("email", u.get("email"));
    for (String f : PERSONAL) {
      m.put(f, V4.orNull(u.get(f)));
    }
    m.put("blocked", ((Number) u.get("blocked")).intValue() == 1);
    boolean paid = "paid".equals(u.get("payment_status"));
    m.put("paid_access", paid);
    m.put("access_expires_at", paid ? V4.orNull(u.get("expiry_date")) : null);
    m.put("created_at", u.get("registration_date"));
    return m;
  }

  private static List<Map<String, Object>> list(Call call) {
    return call.db().read(c -> {
      List<Map<String, Object>> out = new ArrayList<>();
      for (Map<String, Object> d : Db.rows(
          c,
          "SELECT * FROM directories WHERE account_id IN " + call.caller().in() + " ORDER BY id")) {
        out.add(directory(d));
      }
      return out;
    });
  }

  /** The directory's users, newest registration first, one page (v3's order). */
  private static List<Map<String, Object>> users(Call call) {
    Params p = call.p();
    return call.db().read(c -> {
      Map<String, Object> d = DirectoryOps.directory(c, call, p.lng("directoryId"));
      long perPage = p.lng("pagination[per_page]", V4.PAGE);
      List<Map<String, Object>> out = new ArrayList<>();
      for (Map<String, Object> u : Db.rows(
          c,
          "SELECT * FROM registered_users WHERE directory_id = ?"
              + " ORDER BY registration_date DESC, id DESC LIMIT ? OFFSET ?",
          d.get("id"),
          perPage,
          (p.lng("pagination[page]", 1) - 1) * perPage)) {
        out.add(user(u));
      }
      return out;
    });
  }

  /** The user {@code userId} of the directory {@code directoryId}, or 507 for either. */
  private static Map<String, Object> user(Connection c, Call call) throws SQLException {
    Map<String, Object> d = DirectoryOps.directory(c, call, call.p().lng("directoryId"));
    return DirectoryOps.registeredUser(c, call, d, call.p().lng("userId"));
  }

  private static Map<String, Object> create(Call call) {
    Params p = call.p();
    return call.db().write(c -> {
      Map<String, Object> d = DirectoryOps.directory(c, call, p.lng("directoryId"));
      if (Db.count(
              c,
              "SELECT count(*) FROM registered_users WHERE directory_id = ? AND lower(email) = lower(?)",
              d.get("id"),
              p.str("email"))
          > 0) {
        throw call.errors().byCode(304);
      }
      StringBuilder cols =
          new StringBuilder("directory_id, email, password_hash, registration_date");
      StringBuilder marks = new StringBuilder("?, ?, ?, ?");
      List<Object> args = new ArrayList<>(List.of(
          d.get("id"),
          p.str("email"),
          Passwords.hash(p.has("password") ? p.str("password") : Passwords.random()),
          call.now()));
      for (String f : PERSONAL) {
        if (p.has(f)) {
          cols.append(", ").append(f);
          marks.append(", ?");
          args.add(p.str(f));
        }
      }
      long id = Db.insert(
          c, "INSERT INTO registered_users (" + cols + ") VALUES (" + marks + ")", args.toArray());
      return user(Db.row(c, "SELECT * FROM registered_users WHERE id = ?", id));
    });
  }

  private static Map<String, Object> update(Call call) {
    Params p = call.p();
    return call.db().write(c -> {
      Map<String, Object> u = user(c, call);
      if (p.has("block")) {
        Db.update(
            c,
            "UPDATE registered_users SET blocked = ? WHERE id = ?",
            p.flag("block") ? 1 : 0,
            u.get("id"));
      }
      return user(Db.row(c, "SELECT * FROM registered_users WHERE id = ?", u.get("id")));
    });
  }

  /** Paid access given (until {@code expires_at}, or with no end) or revoked: the v3 payment status. */
  private static Map<String, Object> access(Call call, boolean grant) {
    Params p = call.p();
    return call.db().write(c -> {
      Map<String, Object> u = user(c, call);
      Db.update(
          c,
          "UPDATE registered_users SET payment_status = ?, expiry_date = ? WHERE id = ?",
          grant ? "paid" : "unpaid",
          grant ? p.str("expires_at", "") : "",
          u.get("id"));
      return user(Db.row(c, "SELECT * FROM registered_users WHERE id = ?", u.get("id")));
    });
  }

  /** A single-use login token for the user, stored (it leads nowhere: nothing is sent). */
  private static Map<String, Object> sso(Call call) {
    return call.db().write(c -> {
      Map<String, Object> d = DirectoryOps.directory(c, call, call.p().lng("directoryId"));
      Map<String, Object> u = DirectoryOps.registeredUser(c, call, d, call.p().lng("userId"));
      String token = Ids.secure(Ids.HEX, 48);
      String expires = LocalDateTime.now(call.clock()).plusMinutes(SSO_MINUTES).format(Call.WIRE);
      Db.update(
          c,
          "INSERT INTO registered_user_tokens VALUES (?, ?, ?, ?)",
          token,
          u.get("id"),
          call.now(),
          expires);
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("token", token);
      out.put("url", DirectoryOps.URL_BASE + d.get("code") + "?sso=" + token);
      out.put("expires_at", expires);
      return out;
    });
  }
}
