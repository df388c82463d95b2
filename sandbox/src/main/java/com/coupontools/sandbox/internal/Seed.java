package com.coupontools.sandbox.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The demo data written on first start (an empty database). IDs and values are those of the
 * spec's examples where they exist, so the documented example requests work as they are.
 */
public final class Seed {
  public static final long MAIN_ACCOUNT = 1000;
  public static final long SUB_ANTWERP = 1234;
  public static final long SUB_NOORD = 1235;
  public static final String SUB_ANTWERP_KEY = "7c1e9a4f2b8d6e03";
  public static final String SUB_ANTWERP_SECRET = "5f2d8b7a1c9e4f6a0b3d7e2c8a1f9b4d";
  public static final String SUB_NOORD_KEY = "2b6f0c8e4a1d7f35";
  public static final String SUB_NOORD_SECRET = "6c0e4a8f2d7b1e5c9a3f0d6b8e2c4a71";

  private Seed() { }

  /** Seeds an empty database, then (every start) sets the demo account's credentials. */
  public static void apply(Db db, String clientId, String clientSecret) {
    db.write(c -> {
      if (Db.count(c, "SELECT count(*) FROM accounts") == 0) {
        seed(c);
      }
      Db.update(c, "UPDATE accounts SET api_key = ?, api_secret = ? WHERE id = ?", clientId, clientSecret,
          MAIN_ACCOUNT);
      return null;
    });
  }

  /** Every table, children before the tables they reference. */
  private static final java.util.List<String> TABLES = java.util.List.of("registered_users", "directory_campaigns",
      "directories", "loyalty_users", "loyalty_cards", "push_notifications", "webhook_events", "sessions",
      "campaigns", "categories", "folders", "account_tokens", "packages", "sms_groups", "accounts");

  /** Deletes everything and writes the seed again, in one transaction (requests wait for it). */
  public static void reset(Db db, String clientId, String clientSecret) {
    db.write(c -> {
      for (String table : TABLES) {
        Db.update(c, "DELETE FROM " + table);
      }
      return null;
    });
    apply(db, clientId, clientSecret);
  }

  private static void seed(Connection c) throws SQLException {
    String created = "2025-09-01 08:00:00";
    String nextYear = LocalDate.now(ZoneOffset.UTC).plusYears(1).toString();

    // Accounts: the demo main account (SMS and email integrations on) and two subaccounts.
    account(c, MAIN_ACCOUNT, null, "demo-key-placeholder", "demo-secret-placeholder", "demo@sandbox.coupontools.test",
        "demo", "Demo", "Owner", "Demo Coupons Ltd", "BE", "en", "EUR", "", "customer", "2026-03-20 08:00:00", 112,
        100, "", "https://hooks.example.com/coupontools", 1, 1, 1, 1, 1, 1, 1);
    account(c, SUB_ANTWERP, MAIN_ACCOUNT, SUB_ANTWERP_KEY, SUB_ANTWERP_SECRET, "shop.antwerp@example.com",
        "peetersbakery", "Lotte", "Peeters", "Peeters Bakery", "BE", "en", "EUR", "pac_basic", "customer",
        "2026-03-10 14:02:11", 27, 10, nextYear, "https://hooks.example.com/coupontools", 1, 0, 1, 0, 0, 0, 0);
    account(c, SUB_NOORD, MAIN_ACCOUNT, SUB_NOORD_KEY, SUB_NOORD_SECRET, "owner@cafe-noord.example",
        "cafenoord", "", "", "Cafe Noord", "NL", "nl", "EUR", "pac_basic", "trial", "", 0, 5, "", "", 1, 0, 1, 0, 0, 0, 0);

    Db.update(c, "INSERT INTO packages VALUES (?, 'pac_basic', 'Basic', 10, 1, 0, 1, 0, 0)", MAIN_ACCOUNT);
    Db.update(c, "INSERT INTO packages VALUES (?, 'pac_pro', 'Pro', 50, 1, 1, 1, 1, 1)", MAIN_ACCOUNT);

    Db.update(c, "INSERT INTO folders VALUES (12, ?, 'Spring 2026')", MAIN_ACCOUNT);
    Db.update(c, "INSERT INTO folders VALUES (13, ?, 'Newsletter')", MAIN_ACCOUNT);
    Db.update(c, "INSERT INTO folders VALUES (14, ?, 'Shop campaigns')", SUB_ANTWERP);

    for (long owner : new long[] {MAIN_ACCOUNT, SUB_ANTWERP}) {
      Db.update(c, "INSERT INTO categories VALUES (?, 'cat_goingout', 'Going out', NULL, 1)", owner);
      Db.update(c, "INSERT INTO categories VALUES (?, 'cat_shopping', 'Shopping', NULL, 1)", owner);
      Db.update(c, "INSERT INTO categories VALUES (?, 'cat_fashion', 'Fashion', 'cat_shopping', 0)", owner);
      Db.update(c, "INSERT INTO categories VALUES (?, 'cat_food', 'Food & drinks', 'cat_goingout', 0)", owner);
      Db.update(c, "INSERT INTO categories VALUES (?, 'cat_wellness', 'Wellness', 'cat_goingout', 0)", owner);
    }

    // Campaigns: the spring sale (automated custom codes) belongs to subaccount sub_1234, as in
    // the docs' examples; the main account sees it too.
    campaign(c, 123456, SUB_ANTWERP, "ab12cd", "Spring sale 2026", "20% off your next purchase",
        "Valid in all stores", "<p>Show this coupon at the checkout.</p>", "active", "cat_fashion", 14L,
        "spring,sale", nextYear + " 23:59:59", 1008);
    campaign(c, 123457, MAIN_ACCOUNT, "k7p2qz", "Newsletter welcome", "Free coffee with your first order",
        "", "", "active", "cat_food", 13L, "newsletter,welcome", "", 3);
    campaign(c, 123458, MAIN_ACCOUNT, "w1nt3r", "Winter sale 2025", "30% off winter coats",
        "While stocks last", "", "inactive", "cat_fashion", 12L, "winter,sale", "2026-02-28 23:59:59", 2);
    campaign(c, 123459, MAIN_ACCOUNT, "sp2026", "Spring lunch deal", "A free dessert with every main course",
        "", "", "active", "cat_food", 12L, "spring,lunch", "", 1);
    campaign(c, 223345, SUB_NOORD, "n00rd1", "Cafe Noord opening", "Free drink on opening day", "", "", "active",
        null, null, "", "", 2);

    // Sessions of the spring sale, one per state, with the codes the examples use.
    session(c, SUB_ANTWERP, 123456, "ujzde8gxd6ncf10epf91d", 1001, "SPRING-7Q2M9X4K1B3Z", "CRM-000417",
        "Anna", "Peeters", "anna.peeters@example.com", "+32475123456", "gold", "2026-03-14 09:26:53",
        "2026-03-14 09:30:12", "2026-03-14 09:31:40", 1, "", "", "");
    session(c, SUB_ANTWERP, 123456, "c9is0j8ht9lgmxg9edn58", 1002, "SPRING-M3X8Q1Z7K2P5", "",
        "", "", "", "", "", "2026-03-14 09:26:53", "", "", 0, "", "", "");
    session(c, SUB_ANTWERP, 123456, "plpft75v2seh60kvj50ce", 1003, "SPRING-Q8Z1K7M3X2P9", "CRM-000418",
        "Marc", "Janssens", "marc.janssens@example.com", "+32475987654", "", "2026-03-15 16:58:00",
        "2026-03-15 17:02:05", "2026-03-15 17:02:30", 1, "2026-03-16 12:44:51", "RECEIPT-20931", "");
    session(c, SUB_ANTWERP, 123456, "3k9x2m7q4w8e1r5t6y0u2", 1004, "SPRING-K2P5Z7M3X8Q1", "",
        "", "", "", "", "", "2026-03-14 09:26:53", "2026-03-14 09:35:00", "2026-03-14 09:36:10", 0,
        "2026-03-14 09:41:07", "", "");
    // Its custom code is not the create example's 5412345678908, so that example can run as written.
    session(c, SUB_ANTWERP, 123456, "7h2k9m4q1w8e3r5t6y0u9", 1005, "5412345678915", "CRM-000451",
        "Jan", "Peeters", "jan.peeters@example.com", "+32470123456", "gold", "2026-03-18 10:00:00", "", "", 0,
        "", "", "");
    session(c, SUB_ANTWERP, 123456, "v0id3d5e5s10n00000001", 1006, "SPRING-Z7M3X8Q1K2P5", "",
        "", "", "", "", "", "2026-03-18 10:00:00", "2026-03-19 11:00:00", "", 0, "", "", "2026-03-20 08:15:00");
    session(c, SUB_ANTWERP, 123456, "hodzdo4p7x2k9m3q8w1e5", 1007, "SPRING-X8Q1K2P5Z7M3", "CRM-000419",
        "Els", "Wouters", "els.wouters@example.com", "+32476111222", "", "2026-03-19 09:00:00",
        "2026-03-19 09:10:00", "", 1, "", "", "");
    session(c, MAIN_ACCOUNT, 123457, "nw1a2b3c4d5e6f7g8h9i0", 1, "", "CRM-000500",
        "Eva", "Maes", "eva.maes@example.com", "+32470555111", "", "2026-03-01 12:00:00", "2026-03-01 12:05:00",
        "2026-03-01 12:06:00", 1, "", "", "");
    session(c, MAIN_ACCOUNT, 123457, "nw2b3c4d5e6f7g8h9i0j1", 2, "", "",
        "", "", "", "", "", "2026-03-02 12:00:00", "", "", 0, "", "", "");
    session(c, SUB_NOORD, 223345, "n00rd1openings3ss10n1", 1, "", "",
        "", "", "", "", "", "2026-03-05 12:00:00", "", "", 0, "", "", "");
    Db.update(c, "INSERT INTO webhook_events VALUES ('evt_8f3a2b1c9d', ?, 'coupon_validated', 123456,"
        + " '3k9x2m7q4w8e1r5t6y0u2', 'https://hooks.example.com/coupontools', '2026-03-14 09:41:07')", SUB_ANTWERP);
    Db.update(c, "INSERT INTO webhook_events VALUES ('evt_2c7d9e1f4a', ?, 'coupon_validated', 123456,"
        + " 'plpft75v2seh60kvj50ce', 'https://hooks.example.com/coupontools', '2026-03-16 12:44:51')", SUB_ANTWERP);

    // Loyalty cards: a stamp card and a points (membership) card, with users.
    Db.update(c, "INSERT INTO loyalty_cards VALUES (5521, ?, 'm4n8q2', 'Coffee stamp card', 'stamp', 'active',"
        + " 'digicpn.com', '2025-11-02 14:05:31')", MAIN_ACCOUNT);
    Db.update(c, "INSERT INTO loyalty_cards VALUES (5522, ?, 'r7t3w9', 'VIP members', 'membership', 'active',"
        + " 'digicpn.com', '2026-01-20 08:12:44')", MAIN_ACCOUNT);
    Db.update(c, "INSERT INTO loyalty_cards VALUES (5523, ?, 'h4pp1y', 'Happy hour 2025', 'stamp', 'inactive',"
        + " 'digicpn.com', '2025-06-01 09:00:00')", MAIN_ACCOUNT);
    Db.update(c, "INSERT INTO loyalty_cards VALUES (5524, ?, 'b4k3ry', 'Bakery stamps', 'stamp', 'active',"
        + " 'digicpn.com', '2026-02-01 09:00:00')", SUB_ANTWERP);
    loyaltyUser(c, 90001, 5521, "Ana", "Lopez", "ana.lopez@example.com", "+34600111222", "Madrid", 0, 7, 0, 1,
        "2026-02-11 17:40:02");
    loyaltyUser(c, 90002, 5521, "", "", "tom@example.com", "", "", 0, 2, 1, 0, "2026-03-01 09:03:17");
    loyaltyUser(c, 90003, 5522, "Sofie", "Claes", "sofie.claes@example.com", "+32470999888", "Ghent", 1250, 0, 0,
        1, "2026-01-25 10:00:00");
    loyaltyUser(c, 90004, 5522, "Pieter", "De Smet", "pieter@example.com", "", "Bruges", 80, 0, 0, 0,
        "2026-02-02 11:30:00");
    loyaltyUser(c, 90005, 5524, "Lena", "Wouters", "lena@example.com", "", "Antwerp", 0, 3, 0, 1,
        "2026-02-05 08:00:00");

    // A paid-access directory with two campaigns, categories (above) and registered users.
    Db.update(c, "INSERT INTO directories VALUES (4321, ?, 'x7k2p9', 'City deals 2026', 'Best deals in town',"
        + " 'active', 1, '2025-09-30 10:15:00')", MAIN_ACCOUNT);
    Db.update(c, "INSERT INTO directories VALUES (4322, ?, 'f00d42', 'Food guide', 'Where to eat', 'active', 0,"
        + " '2026-01-10 10:00:00')", MAIN_ACCOUNT);
    Db.update(c, "INSERT INTO directory_campaigns VALUES (4321, 123456), (4321, 123457), (4321, 123458),"
        + " (4322, 123459)");
    regUser(c, 778899, 4321, "jan.peeters@example.com", "Jan", "Peeters", "+32470123456", "2026-03-12 18:22:09",
        "paid", "2027-03-12 23:59:59");
    regUser(c, 778812, 4321, "lea@example.com", "", "", "", "2026-03-10 07:45:51", "unpaid", "");
    regUser(c, 778700, 4321, "bram@example.com", "Bram", "Hermans", "", "2026-02-01 12:00:00", "", "");
    regUser(c, 778701, 4322, "nina@example.com", "Nina", "Jacobs", "", "2026-02-03 12:00:00", "", "");

    Db.update(c, "INSERT INTO sms_groups VALUES (3301, ?, 'Newsletter subscribers')", MAIN_ACCOUNT);
    Db.update(c, "INSERT INTO sms_groups VALUES (3302, ?, 'VIP customers')", MAIN_ACCOUNT);
    Db.update(c, "UPDATE accounts SET created_at = ?", created);
  }

  @SuppressWarnings("checkstyle:ParameterNumber")
  private static void account(Connection c, long id, Long parent, String key, String secret, String email,
      String username, String first, String last, String company, String country, String language,
      String currency, String pkg, String status, String lastlogin, int amountlogin, int maxCampaigns,
      String expiry, String webhook, int dashboard, int directory, int loyalty, int smstool, int emailtool,
      int sms, int emailIntegration) throws SQLException {
    Db.update(c, "INSERT INTO accounts (id, parent_id, api_key, api_secret, email, username, first_name,"
        + " last_name, company_name, country, language, currency, package_id, status, lastlogin, amountlogin,"
        + " max_campaigns, expiry_date, webhook_endpoint, access_dashboard, access_directory, access_loyalty,"
        + " access_smstool, access_emailtool, sms_integration, email_integration, created_at)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '')",
        id, parent, key, secret, email, username, first, last, company, country, language, currency, pkg, status,
        lastlogin, amountlogin, maxCampaigns, expiry, webhook, dashboard, directory, loyalty, smstool, emailtool,
        sms, emailIntegration);
  }

  private static void campaign(Connection c, long id, long account, String code, String name, String title,
      String subtitle, String description, String status, String category, Long folder, String tags,
      String expiry, long nextSequence) throws SQLException {
    Db.update(c, "INSERT INTO campaigns (id, account_id, code, name, title, subtitle, description, type, status,"
        + " category_id, folder_id, tags, expirydate, next_sequence, created_at)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, 'coupon', ?, ?, ?, ?, ?, ?, '2026-01-15 09:00:00')",
        id, account, code, name, title, subtitle, description, status, category, folder, tags, expiry, nextSequence);
  }

  private static void session(Connection c, long account, long campaign, String code, long seq,
      String customCode, String customid, String first, String last, String email, String phone, String cf1,
      String created, String opened, String claimed, int wallet, String validated, String validationValue,
      String voided) throws SQLException {
    Db.update(c, "INSERT INTO sessions (account_id, campaign_id, code, short_code, sequence_id, custom_code,"
        + " customid, firstname, lastname, email, phone, customfield1, created_at, opened_at, claimed_at, claimtype,"
        + " saved_to_passbook, validated_at, validation_value, voided_at)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        account, campaign, code, code.substring(0, 6), seq, customCode, customid, first, last, email, phone, cf1, created,
        opened, claimed, claimed.isEmpty() ? "" : "api", wallet, validated, validationValue, voided);
  }

  private static void loyaltyUser(Connection c, long id, long card, String first, String last, String email,
      String phone, String city, int points, int stamps, int voided, int wallet, String created) throws SQLException {
    Db.update(c, "INSERT INTO loyalty_users VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id, card, first, last, email, phone, city, points, stamps, voided, wallet, created);
  }

  private static void regUser(Connection c, long id, long dir, String email, String first, String last,
      String phone, String registered, String payment, String expiry) throws SQLException {
    Db.update(c, "INSERT INTO registered_users VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
        id, dir, email, first, last, phone, registered, payment, expiry);
  }
}
