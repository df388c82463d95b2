package com.coupontools.sandbox.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tenants: a main account with its subaccounts and everything they own, made from a copy of the
 * demo data with fresh credentials ({@link #create}) and deleted with all of it ({@link #delete}).
 * The API's own visibility rules (an account sees itself and, as a main account, its
 * subaccounts) are what keeps tenants apart; nothing in the API can name another main account.
 */
public final class Tenants {
  /**
   * Every table of the schema but Flyway's, in the order a tenant's rows are deleted (children
   * first), each with the condition that selects the tenant's rows ({@code ?} = the tenant).
   * A new table must be added here; {@code TenantsTest} fails while one is missing.
   */
  static final List<Step> DELETE_PLAN = plan();

  /** Delete the rows of {@code table} that match {@code where}. */
  record Step(String table, String where) {}

  private static final String ACCOUNTS = "(SELECT id FROM accounts WHERE tenant_id = ?)";

  private Tenants() {}

  /** The tables of {@link #DELETE_PLAN} (a test compares them with the schema's). */
  public static java.util.Set<String> tables() {
    java.util.Set<String> t = new java.util.TreeSet<>();
    DELETE_PLAN.forEach(s -> t.add(s.table()));
    return t;
  }

  private static List<Step> plan() {
    List<Step> p = new ArrayList<>();
    String dirs = "(SELECT id FROM directories WHERE account_id IN " + ACCOUNTS + ")";
    String cards = "(SELECT id FROM loyalty_cards WHERE account_id IN " + ACCOUNTS + ")";
    p.add(new Step(
        "registered_user_tokens",
        "user_id IN (SELECT id FROM registered_users WHERE directory_id IN " + dirs + ")"));
    p.add(new Step("registered_users", "directory_id IN " + dirs));
    p.add(new Step("directory_campaigns", "directory_id IN " + dirs));
    p.add(new Step("directories", "account_id IN " + ACCOUNTS));
    p.add(new Step("loyalty_card_users", "card_id IN " + cards));
    p.add(new Step("loyalty_users", "account_id IN " + ACCOUNTS));
    p.add(new Step("loyalty_cards", "account_id IN " + ACCOUNTS));
    p.add(new Step("push_notifications", "account_id IN " + ACCOUNTS));
    p.add(new Step("webhook_attempts", "account_id IN " + ACCOUNTS));
    p.add(new Step("webhook_deliveries", "account_id IN " + ACCOUNTS));
    p.add(new Step("webhook_events", "account_id IN " + ACCOUNTS));
    p.add(new Step("sessions", "account_id IN " + ACCOUNTS));
    p.add(new Step("campaigns", "account_id IN " + ACCOUNTS));
    p.add(new Step("categories", "account_id IN " + ACCOUNTS));
    p.add(new Step("folders", "account_id IN " + ACCOUNTS));
    p.add(new Step("account_tokens", "account_id IN " + ACCOUNTS));
    p.add(new Step("packages", "owner_id IN " + ACCOUNTS));
    p.add(new Step(
        "sms_contacts",
        "group_id IN (SELECT id FROM sms_groups WHERE account_id IN " + ACCOUNTS + ")"));
    p.add(new Step("sms_groups", "account_id IN " + ACCOUNTS));
    p.add(new Step("email_groups", "account_id IN " + ACCOUNTS));
    p.add(new Step("teammates", "account_id IN " + ACCOUNTS));
    p.add(new Step("sent_messages", "account_id IN " + ACCOUNTS));
    p.add(new Step("tenants", "account_id = ?"));
    p.add(new Step("accounts", "tenant_id = ? AND parent_id IS NOT NULL"));
    p.add(new Step("accounts", "tenant_id = ?")); // then the main account
    return List.copyOf(p);
  }

  /** A new tenant: its public ID, main account, credentials and the demo IDs it got. */
  record Created(
      String id,
      long account,
      String clientId,
      String clientSecret,
      List<String[]> subaccounts,
      Map<String, String> ids,
      String createdAt) {}

  static Created create(Connection c, Dialect dialect, String name, String now)
      throws SQLException {
    String[] creds = new String[6];
    for (int i = 0; i < creds.length; i += 2) {
      creds[i] = Ids.secure(Ids.HEX, 16);
      creds[i + 1] = Ids.secure(Ids.HEX, 32);
    }
    Seed.Copy copy = Seed.copy(c, dialect, creds);
    String id = "ten_" + Ids.secure(Ids.HEX, 16);
    Db.update(
        c,
        "INSERT INTO tenants (id, account_id, name, created_at) VALUES (?, ?, ?, ?)",
        id,
        copy.mainAccount(),
        name,
        now);
    List<String[]> subs = new ArrayList<>();
    subs.add(new String[] {
      "sub_" + Seed.SUB_ANTWERP, copy.ids().get("sub_" + Seed.SUB_ANTWERP), creds[2], creds[3]
    });
    subs.add(new String[] {
      "sub_" + Seed.SUB_NOORD, copy.ids().get("sub_" + Seed.SUB_NOORD), creds[4], creds[5]
    });
    return new Created(id, copy.mainAccount(), creds[0], creds[1], subs, copy.ids(), now);
  }

  /** The tenant row by public ID, or null. */
  static Map<String, Object> find(Connection c, String id) throws SQLException {
    return Db.row(
        c,
        "SELECT t.id, t.account_id, t.name, t.created_at,"
            + " (SELECT count(*) FROM accounts a WHERE a.tenant_id = t.account_id) AS accounts FROM tenants t WHERE t.id = ?",
        id);
  }

  static List<Map<String, Object>> list(Connection c) throws SQLException {
    return Db.rows(
        c, "SELECT id, account_id, name, created_at FROM tenants ORDER BY created_at, id");
  }

  /** Deletes everything the tenant owns; returns the rows deleted per table. */
  static Map<String, Long> delete(Connection c, long account) throws SQLException {
    Map<String, Long> deleted = new LinkedHashMap<>();
    for (Step step : DELETE_PLAN) {
      String table = step.table();
      String where = step.where();
      Object[] args = new Object[(int) where.chars().filter(ch -> ch == '?').count()];
      java.util.Arrays.fill(args, account);
      long n = Db.update(c, "DELETE FROM " + table + " WHERE " + where, args);
      deleted.merge(table, n, Long::sum);
    }
    return deleted;
  }
}
