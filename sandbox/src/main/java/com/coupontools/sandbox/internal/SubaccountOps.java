package com.coupontools.sandbox.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Subaccounts of the calling main account: list, info, create, update, password-reset URL and
 * single sign on. Subaccount credentials never get here (102, checked at authentication).
 */
final class SubaccountOps {
  private static final Set<String> ISO_COUNTRIES = Set.of(java.util.Locale.getISOCountries());
  private static final String[] ACCESS = {
    "access_dashboard", "access_directory", "access_loyalty", "access_smstool", "access_emailtool"
  };

  private SubaccountOps() {}

  static void register(Map<String, OpHandler> h) {
    h.put("subaccount_list", SubaccountOps::list);
    h.put(
        "subaccount_info",
        call -> Map.of("subaccount", call.db().read(c -> details(c, own(c, call)))));
    h.put("subaccount_create", SubaccountOps::create);
    h.put("subaccount_update", SubaccountOps::update);
    h.put("subaccount_reset_url", SubaccountOps::resetUrl);
    h.put("subaccount_sso", SubaccountOps::sso);
  }

  private static Map<String, Object> list(Call call) {
    List<Map<String, Object>> items = call.db().read(c -> {
      List<Map<String, Object>> out = new ArrayList<>();
      for (Map<String, Object> a : Db.rows(
          c,
          "SELECT a.*, (SELECT count(*) FROM campaigns WHERE account_id = a.id)"
              + " AS has_campaigns FROM accounts a WHERE a.parent_id = ? ORDER BY a.id",
          call.caller().id())) {
        out.add(summary(a));
      }
      return out;
    });
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("amount_of_subaccounts", items.size());
    out.put("subaccounts", items);
    return out;
  }

  /** The subaccount named by the {@code subaccount} parameter, if it is the caller's; else 510. */
  private static Map<String, Object> own(Connection c, Call call) throws SQLException {
    Map<String, Object> a = Db.row(
        c,
        "SELECT a.*, (SELECT count(*) FROM campaigns WHERE account_id = a.id)"
            + " AS has_campaigns FROM accounts a WHERE a.id = ? AND a.parent_id = ?",
        call.p().id("subaccount"),
        call.caller().id());
    if (a == null) {
      throw call.errors().byCode(510);
    }
    return a;
  }

  private static Map<String, Object> summary(Map<String, Object> a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ID", Ids.subaccount(((Number) a.get("id")).longValue()));
    for (String f : new String[] {
      "email",
      "first_name",
      "last_name",
      "company_name",
      "username",
      "language",
      "currency",
      "lastlogin",
      "amountlogin",
      "max_campaigns",
      "has_campaigns",
      "expiry_date"
    }) {
      m.put(f, a.get(f));
    }
    return m;
  }

  private static Map<String, Object> details(Connection c, Map<String, Object> a)
      throws SQLException {
    Map<String, Object> m = summary(a);
    long id = ((Number) a.get("id")).longValue();
    m.put("api_key", a.get("api_key"));
    m.put("api_secret", a.get("api_secret"));
    List<Map<String, Object>> campaigns = new ArrayList<>();
    for (Map<String, Object> cam : Db.rows(
        c, "SELECT id, code, status FROM campaigns WHERE account_id = ?" + " ORDER BY id", id)) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("ID", Ids.campaign(((Number) cam.get("id")).longValue()));
      item.put("code", cam.get("code"));
      item.put("url", Sessions.URL_BASE + cam.get("code"));
      item.put("status", cam.get("status"));
      campaigns.add(item);
    }
    m.put("campaigns", campaigns);
    m.put("webhook_endpoint", a.get("webhook_endpoint"));
    long max = ((Number) a.get("max_campaigns")).longValue();
    m.put("available_campaigns", Math.max(0, max - campaigns.size()));
    for (String f : ACCESS) {
      m.put(f, ((Number) a.get(f)).intValue() == 1);
    }
    return m;
  }

  private static Map<String, Object> create(Call call) {
    Params p = call.p();
    Map<String, Object> created = call.db().write(c -> {
      checkCountry(p);
      Map<String, Object> pkg = p.has("package") ? pkg(c, call) : null;
      String email = p.str("email");
      emailFree(c, call, email, -1);
      Map<String, Object> main = Db.row(
          c,
          "SELECT currency, language FROM accounts WHERE id = ?",
          call.caller().id());
      long id = Db.insert(
          c,
          "INSERT INTO accounts (tenant_id, parent_id, api_key, api_secret, email, username,"
              + " password_hash, first_name, last_name, company_name, country, language, currency, package_id, status,"
              + " expiry_date, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          call.caller().tenant(),
          call.caller().id(),
          Ids.secure(Ids.HEX, 16),
          Ids.secure(Ids.HEX, 32),
          email,
          email,
          p.has("password") ? Passwords.hash(p.str("password")) : "",
          p.str("first_name", ""),
          p.str("last_name", ""),
          p.str("company_name", ""),
          p.str("country", ""),
          main.get("language"),
          main.get("currency"),
          p.str("package", ""),
          p.str("status", "customer"),
          p.str("expiry_date", ""),
          call.now());
      if (pkg != null) {
        applyPackage(c, id, pkg);
      }
      return details(
          c, Db.row(c, "SELECT a.*, 0 AS has_campaigns FROM accounts a WHERE id = ?", id));
    });
    return Map.of("subaccount", created);
  }

  private static Map<String, Object> update(Call call) {
    Params p = call.p();
    Map<String, Object> updated = call.db().write(c -> {
      Map<String, Object> a = own(c, call);
      long id = ((Number) a.get("id")).longValue();
      checkCountry(p);
      Map<String, Object> pkg = p.has("package") ? pkg(c, call) : null;
      if (p.has("email")) {
        emailFree(c, call, p.str("email"), id);
      }
      if (pkg != null) {
        applyPackage(c, id, pkg);
        Db.update(c, "UPDATE accounts SET package_id = ? WHERE id = ?", p.str("package"), id);
      }
      List<Object> args = new ArrayList<>();
      StringBuilder set = new StringBuilder();
      for (String f : new String[] {
        "email", "first_name", "last_name", "company_name", "country", "status", "expiry_date"
      }) {
        if (p.has(f)) {
          set.append(set.length() == 0 ? "" : ", ").append(f).append(" = ?");
          args.add(p.str(f));
        }
      }
      if (p.has("password")) {
        set.append(set.length() == 0 ? "" : ", ").append("password_hash = ?");
        args.add(Passwords.hash(p.str("password")));
      }
      for (String f : ACCESS) {
        if (p.has(f)) {
          set.append(set.length() == 0 ? "" : ", ").append(f).append(" = ?");
          args.add(p.flag(f) ? 1 : 0);
        }
      }
      if (set.length() > 0) {
        args.add(id);
        Db.update(c, "UPDATE accounts SET " + set + " WHERE id = ?", args.toArray());
      }
      return details(c, own(c, call));
    });
    return Map.of("subaccount", updated);
  }

  private static void checkCountry(Params p) {
    if (p.has("country") && !ISO_COUNTRIES.contains(p.str("country"))) {
      throw p.errors().byKey("e302_invalid_country", 302, "country");
    }
  }

  private static Map<String, Object> pkg(Connection c, Call call) throws SQLException {
    Map<String, Object> pkg = Db.row(
        c,
        "SELECT * FROM packages WHERE owner_id = ? AND id = ?",
        call.caller().id(),
        call.p().str("package"));
    if (pkg == null) {
      throw call.errors().byKey("e300_package_not_found", 300, "package");
    }
    return pkg;
  }

  private static void applyPackage(Connection c, long id, Map<String, Object> pkg)
      throws SQLException {
    Db.update(
        c,
        "UPDATE accounts SET max_campaigns = ?, access_dashboard = ?, access_directory = ?,"
            + " access_loyalty = ?, access_smstool = ?, access_emailtool = ? WHERE id = ?",
        pkg.get("max_campaigns"),
        pkg.get("access_dashboard"),
        pkg.get("access_directory"),
        pkg.get("access_loyalty"),
        pkg.get("access_smstool"),
        pkg.get("access_emailtool"),
        id);
  }

  /** E-mail addresses are unique per tenant, case-insensitively (another tenant's never show). */
  private static void emailFree(Connection c, Call call, String email, long self)
      throws SQLException {
    if (Db.count(
            c,
            "SELECT count(*) FROM accounts WHERE tenant_id = ? AND lower(email) = lower(?) AND id <> ?",
            call.caller().tenant(),
            email,
            self)
        > 0) {
      throw call.errors().byCode(304);
    }
  }

  private static Map<String, Object> resetUrl(Call call) {
    Map<String, Object> out = call.db().write(c -> {
      Map<String, Object> a = own(c, call);
      String token = AccountOps.token(
          c, call, ((Number) a.get("id")).longValue(), "reset", "", null, null, 24);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("ID", Ids.subaccount(((Number) a.get("id")).longValue()));
      m.put("url", AccountOps.DASHBOARD + "reset-password?token=" + token);
      return m;
    });
    return Map.of("subaccount", out);
  }

  private static Map<String, Object> sso(Call call) {
    Params p = call.p();
    String page = p.str("page", "");
    boolean needsCampaign =
        "update_campaign".equals(page); // then campaign is given: x-required-when
    Map<String, Object> out = call.db().write(c -> {
      Map<String, Object> a = own(c, call);
      long subId = ((Number) a.get("id")).longValue();
      Long campaign = null;
      if (needsCampaign) {
        campaign = p.id("campaign");
        if (Db.count(
                c,
                "SELECT count(*) FROM campaigns WHERE id = ? AND account_id = ?",
                campaign,
                subId)
            == 0) {
          throw call.errors().byCode(502);
        }
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("ID", Ids.subaccount(subId));
      m.putAll(AccountOps.sso(c, call, subId, null, page, campaign));
      return m;
    });
    return Map.of("subaccount", out);
  }
}
