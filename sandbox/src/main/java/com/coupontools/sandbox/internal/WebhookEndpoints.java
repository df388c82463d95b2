package com.coupontools.sandbox.internal;

import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

/**
 * Where an account's events go. Decisions (sandbox; the docs only show a {@code webhook_endpoint}
 * on the subaccount object):
 *
 * <ul>
 *   <li>an account's own {@code webhook_endpoint} when it is deliverable;</li>
 *   <li>else, for a subaccount, its main account's (so {@code --webhook-url} catches the demo
 *       subaccounts' events too);</li>
 *   <li>an endpoint on a reserved example domain (RFC 2606/6761: {@code example.com},
 *       {@code example.net}, {@code example.org}, {@code *.example}, {@code *.invalid}), such as
 *       the demo data's {@code https://hooks.example.com/coupontools}, is a placeholder: nobody
 *       can run a receiver there, so it is never sent to and counts as none.</li>
 * </ul>
 */
final class WebhookEndpoints {
  private WebhookEndpoints() {}

  /** An endpoint to deliver to, and the account it belongs to (whose secret signs). */
  record Target(String url, long account) {}

  /** Whether {@code url} can receive deliveries (an http(s) URL off the reserved example domains). */
  static boolean deliverable(String url) {
    if (url == null || url.isEmpty()) {
      return false;
    }
    try {
      URI u = new URI(url);
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      String host = u.getHost();
      if (!(scheme.equals("http") || scheme.equals("https")) || host == null) {
        return false;
      }
      return !placeholder(host.toLowerCase(Locale.ROOT));
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  private static boolean placeholder(String host) {
    for (String domain : new String[] {"example.com", "example.net", "example.org"}) {
      if (host.equals(domain) || host.endsWith("." + domain)) {
        return true;
      }
    }
    return host.endsWith(".example")
        || host.equals("example")
        || host.endsWith(".invalid")
        || host.equals("invalid");
  }

  /** Where events of {@code account} go now, or null when nowhere. */
  static Target resolve(Connection c, long account) throws SQLException {
    Map<String, Object> a =
        Db.row(c, "SELECT id, parent_id, webhook_endpoint FROM accounts WHERE id = ?", account);
    if (a == null) {
      return null;
    }
    String own = (String) a.get("webhook_endpoint");
    if (deliverable(own)) {
      return new Target(own, account);
    }
    Object parent = a.get("parent_id");
    if (parent != null) {
      long p = ((Number) parent).longValue();
      Map<String, Object> main = Db.row(c, "SELECT webhook_endpoint FROM accounts WHERE id = ?", p);
      if (main != null && deliverable((String) main.get("webhook_endpoint"))) {
        return new Target((String) main.get("webhook_endpoint"), p);
      }
    }
    return null;
  }
  // ---- the accounts the control routes and the in-process API name ----

  /** The main account of a tenant: the demo tenant's for null or {@code demo}, else {@code ten_…}'s; null if unknown. */
  static Long tenantAccount(Connection c, String tenant) throws SQLException {
    if (tenant == null || tenant.isEmpty() || tenant.equals("demo")) {
      return Seed.MAIN_ACCOUNT;
    }
    if (!tenant.matches("ten_[0-9a-f]{16}")) {
      return null;
    }
    Map<String, Object> t = Tenants.find(c, tenant);
    return t == null ? null : ((Number) t.get("account_id")).longValue();
  }

  /** The tenant's accounts, main account first, with their endpoint columns. */
  static java.util.List<Map<String, Object>> accounts(Connection c, long tenantAccount)
      throws SQLException {
    return Db.rows(
        c,
        "SELECT id, parent_id, webhook_endpoint, webhook_secret FROM accounts WHERE tenant_id = ?"
            + " ORDER BY CASE WHEN parent_id IS NULL THEN 0 ELSE 1 END, id",
        tenantAccount);
  }

  /** One account of the tenant by its name here: {@code main}, or {@code sub_<id>} of one of its subaccounts. */
  static Map<String, Object> account(Connection c, long tenantAccount, String name)
      throws SQLException {
    if (name.equals("main")) {
      return Db.row(
          c,
          "SELECT id, parent_id, webhook_endpoint, webhook_secret FROM accounts WHERE id = ?",
          tenantAccount);
    }
    if (!name.matches("sub_[0-9]{1,18}")) {
      return null;
    }
    return Db.row(
        c,
        "SELECT id, parent_id, webhook_endpoint, webhook_secret FROM accounts WHERE id = ?"
            + " AND tenant_id = ? AND parent_id IS NOT NULL",
        Long.parseLong(name.substring(4)),
        tenantAccount);
  }

  /** How an account is named in the control routes. */
  static String name(Map<String, Object> account) {
    return account.get("parent_id") == null
        ? "main"
        : Ids.subaccount(((Number) account.get("id")).longValue());
  }

  /** Sets an account's endpoint and/or secret; null leaves one as it is. */
  static void set(Connection c, long account, String url, String secret) throws SQLException {
    if (url != null) {
      Db.update(c, "UPDATE accounts SET webhook_endpoint = ? WHERE id = ?", url, account);
    }
    if (secret != null) {
      Db.update(c, "UPDATE accounts SET webhook_secret = ? WHERE id = ?", secret, account);
    }
  }
}
