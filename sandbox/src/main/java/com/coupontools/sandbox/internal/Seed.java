package com.coupontools.sandbox.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The demo data: written on first start for the demo account (tenant 1000), with the IDs and
 * values of the spec's examples, so the documented example requests work as they are; and copied
 * for every tenant the control route creates ({@link #copy}), with fresh IDs, fresh credentials
 * and fresh values wherever the database keeps a value unique across tenants (campaign, card and
 * directory codes, webhook event IDs). Session codes, e-mail addresses, category and package IDs
 * are unique per account or tenant, so a copy keeps them as they are.
 */
public final class Seed {
  public static final long MAIN_ACCOUNT = 1000;
  public static final long SUB_ANTWERP = 1234;
  public static final long SUB_NOORD = 1235;
  public static final String SUB_ANTWERP_KEY = "7c1e9a4f2b8d6e03";
  public static final String SUB_ANTWERP_SECRET = "5f2d8b7a1c9e4f6a0b3d7e2c8a1f9b4d";
  public static final String SUB_NOORD_KEY = "2b6f0c8e4a1d7f35";
  public static final String SUB_NOORD_SECRET = "6c0e4a8f2d7b1e5c9a3f0d6b8e2c4a71";

  /** Public ID prefixes of the tables whose IDs the API shows. */
  private static final Map<String, String> PREFIX = Map.ofEntries(
      Map.entry("accounts", "sub_"),
      Map.entry("folders", "fol_"),
      Map.entry("campaigns", "cam_"),
      Map.entry("loyalty_cards", "loy_"),
      Map.entry("loyalty_users", "lus_"),
      Map.entry("directories", "dir_"),
      Map.entry("registered_users", "reg_"),
      Map.entry("sms_groups", "gro_"),
      Map.entry("email_groups", "gro_"),
      Map.entry("sms_contacts", "con_"),
      Map.entry("teammates", "")); // a teammate ID is bare digits

  private final Connection c;
  private final Dialect dialect;
  /** Null for the demo tenant (IDs as written); else demo ID → the copy's ID, per table. */
  private final Map<String, Long> ids;

  private final Map<String, Long> lastId = new HashMap<>();
  /** Demo public ID or value → the copy's, in the order they were made (what the control route shows). */
  private final Map<String, String> shown = new LinkedHashMap<>();

  private Seed(Connection c, Dialect dialect, boolean copy) {
    this.c = c;
    this.dialect = dialect;
    this.ids = copy ? new HashMap<>() : null;
  }

  /** Seeds the demo tenant once, then (every start) sets the demo account's credentials. */
  public static void apply(Db db, String clientId, String clientSecret) {
    db.forTenant(MAIN_ACCOUNT).write(c -> {
      if (Db.count(c, "SELECT count(*) FROM accounts WHERE id = ?", MAIN_ACCOUNT) == 0) {
        new Seed(c, db.dialect(), false)
            .seed(
                MAIN_ACCOUNT_KEY,
                MAIN_ACCOUNT_SECRET,
                SUB_ANTWERP_KEY,
                SUB_ANTWERP_SECRET,
                SUB_NOORD_KEY,
                SUB_NOORD_SECRET);
      }
      Db.update(
          c,
          "UPDATE accounts SET api_key = ?, api_secret = ? WHERE id = ?",
          clientId,
          clientSecret,
          MAIN_ACCOUNT);
      return null;
    });
  }

  /**
   * Deletes everything (every tenant too) and writes the demo data again, in one transaction of
   * the demo tenant (its requests wait for it).
   */
  public static void reset(Db db, String clientId, String clientSecret) {
    db.forTenant(MAIN_ACCOUNT).write(c -> {
      for (String table : new java.util.LinkedHashSet<>(
          Tenants.DELETE_PLAN.stream().map(Tenants.Step::table).toList())) {
        Db.update(c, "DELETE FROM " + table);
      }
      return null;
    });
    apply(db, clientId, clientSecret);
  }

  /** A copy of the demo data for a new tenant: its main account's ID and what each demo ID became. */
  public record Copy(long mainAccount, Map<String, String> ids) {}

  /**
   * Writes a copy of the demo data with fresh IDs and the given credentials (main account, then
   * the two subaccounts) on {@code c}, inside the caller's transaction.
   */
  public static Copy copy(Connection c, Dialect dialect, String... credentials)
      throws SQLException {
    Seed s = new Seed(c, dialect, true);
    s.seed(credentials);
    return new Copy(s.id("accounts", MAIN_ACCOUNT), Map.copyOf(s.shown));
  }

  /** The ID a demo row gets: the demo's own, or for a copy a new one (taken on first use). */
  private long id(String table, long demo) throws SQLException {
    if (ids == null) {
      return demo;
    }
    String key = table + ":" + demo;
    Long known = ids.get(key);
    if (known != null) {
      return known;
    }
    long next = dialect.nextId(c, table, lastId.getOrDefault(table, 0L));
    lastId.put(table, next);
    ids.put(key, next);
    String prefix = PREFIX.get(table);
    if (prefix != null && !(table.equals("accounts") && demo == MAIN_ACCOUNT)) {
      // v4 shows the digits of the same IDs (decision 21): loy_5521 → loy_1000012 is also 5521 →
      // 1000012.
      shown.put(prefix + demo, prefix + next);
    }
    return next;
  }

  private Long id(String table, Long demo) throws SQLException {
    return demo == null ? null : id(table, demo.longValue());
  }

  /** A value unique across tenants (a campaign, card or directory code): the demo's or a fresh one. */
  private String unique(String demo, String alphabet) {
    if (ids == null) {
      return demo;
    }
    String fresh = Ids.secure(alphabet, demo.length());
    shown.put(demo, fresh);
    return fresh;
  }

  private String event(String demo) {
    if (ids == null) {
      return demo;
    }
    String fresh = Ids.webhookEvent();
    shown.put(demo, fresh);
    return fresh;
  }

  private static final String MAIN_ACCOUNT_KEY = "demo-key-placeholder";
  private static final String MAIN_ACCOUNT_SECRET = "demo-secret-placeholder";

  /** The demo data; {@code credentials}: key and secret of the main account, sub_1234 and sub_1235. */
  private void seed(String... credentials) throws SQLException {
    String created = "2025-09-01 08:00:00";
    String nextYear = LocalDate.now(ZoneOffset.UTC).plusYears(1).toString();
    long main = id("accounts", MAIN_ACCOUNT);

    // Accounts: the demo main account (SMS and email integrations on) and two subaccounts.
    account(
        MAIN_ACCOUNT,
        null,
        credentials[0],
        credentials[1],
        "demo@sandbox.coupontools.test",
        "demo",
        "Demo",
        "Owner",
        "Demo Coupons Ltd",
        "BE",
        "en",
        "EUR",
        "",
        "customer",
        "2026-03-20 08:00:00",
        112,
        100,
        "",
        "https://hooks.example.com/coupontools",
        1,
        1,
        1,
        1,
        1,
        1,
        1);
    account(
        SUB_ANTWERP,
        MAIN_ACCOUNT,
        credentials[2],
        credentials[3],
        "shop.antwerp@example.com",
        "peetersbakery",
        "Lotte",
        "Peeters",
        "Peeters Bakery",
        "BE",
        "en",
        "EUR",
        "pac_basic",
        "customer",
        "2026-03-10 14:02:11",
        27,
        10,
        nextYear,
        "https://hooks.example.com/coupontools",
        1,
        0,
        1,
        0,
        0,
        0,
        0);
    // Cafe Noord has an email integration whose balance is spent (send by email: 604).
    account(
        SUB_NOORD,
        MAIN_ACCOUNT,
        credentials[4],
        credentials[5],
        "owner@cafe-noord.example",
        "cafenoord",
        "",
        "",
        "Cafe Noord",
        "NL",
        "nl",
        "EUR",
        "pac_basic",
        "trial",
        "",
        0,
        5,
        "",
        "",
        1,
        0,
        1,
        0,
        1,
        0,
        1);
    long antwerp = id("accounts", SUB_ANTWERP);
    Db.update(c, "UPDATE accounts SET email_balance = 500 WHERE id = ?", main);
    teammate(8812, "Sara", "Vermeulen", "sara.vermeulen@example.com");

    Db.update(c, "INSERT INTO packages VALUES (?, 'pac_basic', 'Basic', 10, 1, 0, 1, 0, 0)", main);
    Db.update(c, "INSERT INTO packages VALUES (?, 'pac_pro', 'Pro', 50, 1, 1, 1, 1, 1)", main);

    folder(12, MAIN_ACCOUNT, "Spring 2026");
    folder(13, MAIN_ACCOUNT, "Newsletter");
    folder(14, SUB_ANTWERP, "Shop campaigns");

    for (long owner : new long[] {main, antwerp}) {
      Db.update(
          c, "INSERT INTO categories VALUES (?, 'cat_goingout', 'Going out', NULL, 1)", owner);
      Db.update(c, "INSERT INTO categories VALUES (?, 'cat_shopping', 'Shopping', NULL, 1)", owner);
      Db.update(
          c,
          "INSERT INTO categories VALUES (?, 'cat_fashion', 'Fashion', 'cat_shopping', 0)",
          owner);
      Db.update(
          c,
          "INSERT INTO categories VALUES (?, 'cat_food', 'Food & drinks', 'cat_goingout', 0)",
          owner);
      Db.update(
          c,
          "INSERT INTO categories VALUES (?, 'cat_wellness', 'Wellness', 'cat_goingout', 0)",
          owner);
    }

    // Campaigns: the spring sale (automated custom codes) belongs to subaccount sub_1234, as in
    // the docs' examples; the main account sees it too.
    campaign(
        123456,
        SUB_ANTWERP,
        "ab12cd",
        "Spring sale 2026",
        "20% off your next purchase",
        "Valid in all stores",
        "<p>Show this coupon at the checkout.</p>",
        "active",
        "cat_fashion",
        14L,
        "spring,sale",
        nextYear + " 23:59:59",
        1008);
    campaign(
        123457,
        MAIN_ACCOUNT,
        "k7p2qz",
        "Newsletter welcome",
        "Free coffee with your first order",
        "",
        "",
        "active",
        "cat_food",
        13L,
        "newsletter,welcome",
        "",
        3);
    campaign(
        123458,
        MAIN_ACCOUNT,
        "w1nt3r",
        "Winter sale 2025",
        "30% off winter coats",
        "While stocks last",
        "",
        "inactive",
        "cat_fashion",
        12L,
        "winter,sale",
        "2026-02-28 23:59:59",
        2);
    campaign(
        123459,
        MAIN_ACCOUNT,
        "sp2026",
        "Spring lunch deal",
        "A free dessert with every main course",
        "",
        "",
        "active",
        "cat_food",
        12L,
        "spring,lunch",
        "",
        1);
    campaign(
        223345,
        SUB_NOORD,
        "n00rd1",
        "Cafe Noord opening",
        "Free drink on opening day",
        "",
        "",
        "active",
        null,
        null,
        "",
        "",
        2);

    // Sessions of the spring sale, one per state, with the codes the examples use.
    session(
        SUB_ANTWERP,
        123456,
        "ujzde8gxd6ncf10epf91d",
        1001,
        "SPRING-7Q2M9X4K1B3Z",
        "CRM-000417",
        "Anna",
        "Peeters",
        "anna.peeters@example.com",
        "+32475123456",
        "gold",
        "2026-03-14 09:26:53",
        "2026-03-14 09:30:12",
        "2026-03-14 09:31:40",
        1,
        "",
        "",
        "");
    session(
        SUB_ANTWERP,
        123456,
        "c9is0j8ht9lgmxg9edn58",
        1002,
        "SPRING-M3X8Q1Z7K2P5",
        "",
        "",
        "",
        "",
        "",
        "",
        "2026-03-14 09:26:53",
        "",
        "",
        0,
        "",
        "",
        "");
    session(
        SUB_ANTWERP,
        123456,
        "plpft75v2seh60kvj50ce",
        1003,
        "SPRING-Q8Z1K7M3X2P9",
        "CRM-000418",
        "Marc",
        "Janssens",
        "marc.janssens@example.com",
        "+32475987654",
        "",
        "2026-03-15 16:58:00",
        "2026-03-15 17:02:05",
        "2026-03-15 17:02:30",
        1,
        "2026-03-16 12:44:51",
        "RECEIPT-20931",
        "");
    session(
        SUB_ANTWERP,
        123456,
        "3k9x2m7q4w8e1r5t6y0u2",
        1004,
        "SPRING-K2P5Z7M3X8Q1",
        "",
        "",
        "",
        "",
        "",
        "",
        "2026-03-14 09:26:53",
        "2026-03-14 09:35:00",
        "2026-03-14 09:36:10",
        0,
        "2026-03-14 09:41:07",
        "",
        "");
    // Its custom code is not the create example's 5412345678908, so that example can run as
    // written.
    session(
        SUB_ANTWERP,
        123456,
        "7h2k9m4q1w8e3r5t6y0u9",
        1005,
        "5412345678915",
        "CRM-000451",
        "Jan",
        "Peeters",
        "jan.peeters@example.com",
        "+32470123456",
        "gold",
        "2026-03-18 10:00:00",
        "",
        "",
        0,
        "",
        "",
        "");
    session(
        SUB_ANTWERP,
        123456,
        "v0id3d5e5s10n00000001",
        1006,
        "SPRING-Z7M3X8Q1K2P5",
        "",
        "",
        "",
        "",
        "",
        "",
        "2026-03-18 10:00:00",
        "2026-03-19 11:00:00",
        "",
        0,
        "",
        "",
        "2026-03-20 08:15:00");
    session(
        SUB_ANTWERP,
        123456,
        "hodzdo4p7x2k9m3q8w1e5",
        1007,
        "SPRING-X8Q1K2P5Z7M3",
        "CRM-000419",
        "Els",
        "Wouters",
        "els.wouters@example.com",
        "+32476111222",
        "",
        "2026-03-19 09:00:00",
        "2026-03-19 09:10:00",
        "",
        1,
        "",
        "",
        "");
    session(
        MAIN_ACCOUNT,
        123457,
        "nw1a2b3c4d5e6f7g8h9i0",
        1,
        "",
        "CRM-000500",
        "Eva",
        "Maes",
        "eva.maes@example.com",
        "+32470555111",
        "",
        "2026-03-01 12:00:00",
        "2026-03-01 12:05:00",
        "2026-03-01 12:06:00",
        1,
        "",
        "",
        "");
    session(
        MAIN_ACCOUNT,
        123457,
        "nw2b3c4d5e6f7g8h9i0j1",
        2,
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "2026-03-02 12:00:00",
        "",
        "",
        0,
        "",
        "",
        "");
    session(
        SUB_NOORD,
        223345,
        "n00rd1openings3ss10n1",
        1,
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "2026-03-05 12:00:00",
        "",
        "",
        0,
        "",
        "",
        "");
    Db.update(
        c,
        "INSERT INTO webhook_events (id, account_id, type, campaign_id, session_code, endpoint, created_at)"
            + " VALUES (?, ?, 'coupon_validated', ?, '3k9x2m7q4w8e1r5t6y0u2',"
            + " 'https://hooks.example.com/coupontools', '2026-03-14 09:41:07')",
        event("evt_8f3a2b1c9d"),
        antwerp,
        id("campaigns", 123456));
    Db.update(
        c,
        "INSERT INTO webhook_events (id, account_id, type, campaign_id, session_code, endpoint, created_at)"
            + " VALUES (?, ?, 'coupon_validated', ?, 'plpft75v2seh60kvj50ce',"
            + " 'https://hooks.example.com/coupontools', '2026-03-16 12:44:51')",
        event("evt_2c7d9e1f4a"),
        antwerp,
        id("campaigns", 123456));

    // Loyalty cards: a stamp card and a points (membership) card, with users.
    loyaltyCard(
        5521,
        MAIN_ACCOUNT,
        "m4n8q2",
        "Coffee stamp card",
        "stamp",
        "active",
        "2025-11-02 14:05:31");
    loyaltyCard(
        5522, MAIN_ACCOUNT, "r7t3w9", "VIP members", "membership", "active", "2026-01-20 08:12:44");
    loyaltyCard(
        5523,
        MAIN_ACCOUNT,
        "h4pp1y",
        "Happy hour 2025",
        "stamp",
        "inactive",
        "2025-06-01 09:00:00");
    loyaltyCard(
        5524, SUB_ANTWERP, "b4k3ry", "Bakery stamps", "stamp", "active", "2026-02-01 09:00:00");
    // Loyalty users belong to the account; each card they are on keeps their points or stamps.
    loyaltyUser(
        90001,
        MAIN_ACCOUNT,
        "Ana",
        "Lopez",
        "ana.lopez@example.com",
        "+34600111222",
        "Calle Mayor 3",
        "28013",
        "Madrid",
        "barista",
        "2026-02-11 17:40:02");
    cardUser(5521, 90001, 0, 7, 0, 1, "2026-02-11 17:40:02");
    loyaltyUser(
        90002, MAIN_ACCOUNT, "", "", "tom@example.com", "", "", "", "", "", "2026-03-01 09:03:17");
    cardUser(5521, 90002, 0, 2, 1, 0, "2026-03-01 09:03:17");
    loyaltyUser(
        90003,
        MAIN_ACCOUNT,
        "Sofie",
        "Claes",
        "sofie.claes@example.com",
        "+32470999888",
        "",
        "",
        "Ghent",
        "",
        "2026-01-25 10:00:00");
    cardUser(5522, 90003, 1250, 0, 0, 1, "2026-01-25 10:00:00");
    loyaltyUser(
        90004,
        MAIN_ACCOUNT,
        "Pieter",
        "De Smet",
        "pieter@example.com",
        "",
        "",
        "",
        "Bruges",
        "",
        "2026-02-02 11:30:00");
    cardUser(5522, 90004, 80, 0, 0, 0, "2026-02-02 11:30:00");
    loyaltyUser(
        90005,
        SUB_ANTWERP,
        "Lena",
        "Wouters",
        "lena@example.com",
        "",
        "",
        "",
        "Antwerp",
        "",
        "2026-02-05 08:00:00");
    cardUser(5524, 90005, 0, 3, 0, 1, "2026-02-05 08:00:00");
    // Registered by "create loyalty user" and on no card yet (the "link user" example links it).
    loyaltyUser(
        90010,
        MAIN_ACCOUNT,
        "Noor",
        "Jansen",
        "noor.jansen@example.com",
        "+32470444555",
        "",
        "",
        "Leuven",
        "",
        "2026-03-20 10:00:00");

    // A paid-access directory with two campaigns, categories (above) and registered users.
    directory(4321, "x7k2p9", "City deals 2026", "Best deals in town", 1, "2025-09-30 10:15:00");
    directory(4322, "f00d42", "Food guide", "Where to eat", 0, "2026-01-10 10:00:00");
    for (long[] dc :
        new long[][] {{4321, 123456}, {4321, 123457}, {4321, 123458}, {4322, 123459}}) {
      Db.update(
          c,
          "INSERT INTO directory_campaigns VALUES (?, ?)",
          id("directories", dc[0]),
          id("campaigns", dc[1]));
    }
    regUser(
        778899,
        4321,
        "jan.peeters@example.com",
        "Jan",
        "Peeters",
        "+32470123456",
        "2026-03-12 18:22:09",
        "paid",
        "2027-03-12 23:59:59");
    Db.update(
        c,
        "UPDATE registered_users SET birth_date = '1990-04-17', address = 'Meir 12', zip = '2000',"
            + " city = 'Antwerpen', custom_1 = 'newsletter' WHERE id = ?",
        id("registered_users", 778899));
    regUser(778812, 4321, "lea@example.com", "", "", "", "2026-03-10 07:45:51", "unpaid", "");
    regUser(778700, 4321, "bram@example.com", "Bram", "Hermans", "", "2026-02-01 12:00:00", "", "");
    regUser(778701, 4322, "nina@example.com", "Nina", "Jacobs", "", "2026-02-03 12:00:00", "", "");

    smsGroup(3301, "Newsletter subscribers");
    smsGroup(3302, "VIP customers");
    smsContact(
        60001, 3301, "32470123456", "John", "Doe", "2025-07-13 19:47:00", "2025-05-02 10:00:00");
    smsContact(60002, 3301, "447911123456", "Jeff", "Jefferson", "", "2025-06-01 10:00:00");
    emailGroup(7101, "Monthly newsletter");
    emailGroup(7102, "Loyal customers");
    Db.update(c, "UPDATE accounts SET created_at = ? WHERE tenant_id = ?", created, main);
  }

  @SuppressWarnings("checkstyle:ParameterNumber")
  private void account(
      long demoId,
      Long demoParent,
      String key,
      String secret,
      String email,
      String username,
      String first,
      String last,
      String company,
      String country,
      String language,
      String currency,
      String pkg,
      String status,
      String lastlogin,
      int amountlogin,
      int maxCampaigns,
      String expiry,
      String webhook,
      int dashboard,
      int directory,
      int loyalty,
      int smstool,
      int emailtool,
      int sms,
      int emailIntegration)
      throws SQLException {
    Long parent = id("accounts", demoParent);
    long id = id("accounts", demoId);
    Db.update(
        c,
        "INSERT INTO accounts (id, tenant_id, parent_id, api_key, api_secret, email, username, first_name,"
            + " last_name, company_name, country, language, currency, package_id, status, lastlogin, amountlogin,"
            + " max_campaigns, expiry_date, webhook_endpoint, access_dashboard, access_directory, access_loyalty,"
            + " access_smstool, access_emailtool, sms_integration, email_integration, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '')",
        id,
        parent == null ? id : parent,
        parent,
        key,
        secret,
        email,
        username,
        first,
        last,
        company,
        country,
        language,
        currency,
        pkg,
        status,
        lastlogin,
        amountlogin,
        maxCampaigns,
        expiry,
        webhook,
        dashboard,
        directory,
        loyalty,
        smstool,
        emailtool,
        sms,
        emailIntegration);
  }

  private void folder(long demoId, long owner, String name) throws SQLException {
    Db.update(
        c,
        "INSERT INTO folders VALUES (?, ?, ?)",
        id("folders", demoId),
        id("accounts", owner),
        name);
  }

  private void campaign(
      long demoId,
      long account,
      String code,
      String name,
      String title,
      String subtitle,
      String description,
      String status,
      String category,
      Long folder,
      String tags,
      String expiry,
      long nextSequence)
      throws SQLException {
    Db.update(
        c,
        "INSERT INTO campaigns (id, account_id, code, name, title, subtitle, description, type, status,"
            + " category_id, folder_id, tags, expirydate, next_sequence, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, 'coupon', ?, ?, ?, ?, ?, ?, '2026-01-15 09:00:00')",
        id("campaigns", demoId),
        id("accounts", account),
        unique(code, Ids.LOWER_ALNUM),
        name,
        title,
        subtitle,
        description,
        status,
        category,
        id("folders", folder),
        tags,
        expiry,
        nextSequence);
  }

  private void session(
      long account,
      long campaign,
      String code,
      long seq,
      String customCode,
      String customid,
      String first,
      String last,
      String email,
      String phone,
      String cf1,
      String created,
      String opened,
      String claimed,
      int wallet,
      String validated,
      String validationValue,
      String voided)
      throws SQLException {
    Db.update(
        c,
        "INSERT INTO sessions (account_id, campaign_id, code, short_code, sequence_id, custom_code,"
            + " customid, firstname, lastname, email, phone, customfield1, created_at, opened_at, claimed_at, claimtype,"
            + " saved_to_passbook, validated_at, validation_value, voided_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id("accounts", account),
        id("campaigns", campaign),
        code,
        code.substring(0, 6),
        seq,
        customCode,
        customid,
        first,
        last,
        email,
        phone,
        cf1,
        created,
        opened,
        claimed,
        claimed.isEmpty() ? "" : "api",
        wallet,
        validated,
        validationValue,
        voided);
  }

  private void loyaltyCard(
      long demoId,
      long account,
      String code,
      String name,
      String type,
      String status,
      String created)
      throws SQLException {
    Db.update(
        c,
        "INSERT INTO loyalty_cards VALUES (?, ?, ?, ?, ?, ?, 'digicpn.com', ?)",
        id("loyalty_cards", demoId),
        id("accounts", account),
        unique(code, Ids.LOWER_ALNUM),
        name,
        type,
        status,
        created);
  }

  private void loyaltyUser(
      long demoId,
      long account,
      String first,
      String last,
      String email,
      String phone,
      String address,
      String zip,
      String city,
      String custom1,
      String created)
      throws SQLException {
    Db.update(
        c,
        "INSERT INTO loyalty_users (id, account_id, email, first_name, last_name, phone, address, zip, city,"
            + " custom_1, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id("loyalty_users", demoId),
        id("accounts", account),
        email,
        first,
        last,
        phone,
        address,
        zip,
        city,
        custom1,
        created);
  }

  private void cardUser(
      long card, long user, int points, int stamps, int voided, int wallet, String created)
      throws SQLException {
    Db.update(
        c,
        "INSERT INTO loyalty_card_users VALUES (?, ?, ?, ?, ?, ?, ?)",
        id("loyalty_cards", card),
        id("loyalty_users", user),
        points,
        stamps,
        voided,
        wallet,
        created);
  }

  private void teammate(long demoId, String first, String last, String email) throws SQLException {
    Db.update(
        c,
        "INSERT INTO teammates VALUES (?, ?, ?, ?, ?, '2025-09-01 08:00:00')",
        id("teammates", demoId),
        id("accounts", MAIN_ACCOUNT),
        first,
        last,
        email);
  }

  private void smsContact(
      long demoId,
      long group,
      String phone,
      String first,
      String last,
      String unsubscribed,
      String created)
      throws SQLException {
    Db.update(
        c,
        "INSERT INTO sms_contacts (id, group_id, phone, first_name, last_name, unsubscribed_at, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
        id("sms_contacts", demoId),
        id("sms_groups", group),
        phone,
        first,
        last,
        unsubscribed,
        created);
  }

  private void emailGroup(long demoId, String name) throws SQLException {
    Db.update(
        c,
        "INSERT INTO email_groups VALUES (?, ?, ?)",
        id("email_groups", demoId),
        id("accounts", MAIN_ACCOUNT),
        name);
  }

  private void directory(
      long demoId, String code, String name, String title, int paid, String created)
      throws SQLException {
    Db.update(
        c,
        "INSERT INTO directories VALUES (?, ?, ?, ?, ?, 'active', ?, ?)",
        id("directories", demoId),
        id("accounts", MAIN_ACCOUNT),
        unique(code, Ids.LOWER_ALNUM),
        name,
        title,
        paid,
        created);
  }

  private void regUser(
      long demoId,
      long dir,
      String email,
      String first,
      String last,
      String phone,
      String registered,
      String payment,
      String expiry)
      throws SQLException {
    Db.update(
        c,
        "INSERT INTO registered_users (id, directory_id, email, first_name, last_name, phone,"
            + " registration_date, payment_status, expiry_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id("registered_users", demoId),
        id("directories", dir),
        email,
        first,
        last,
        phone,
        registered,
        payment,
        expiry);
  }

  private void smsGroup(long demoId, String name) throws SQLException {
    Db.update(
        c,
        "INSERT INTO sms_groups VALUES (?, ?, ?)",
        id("sms_groups", demoId),
        id("accounts", MAIN_ACCOUNT),
        name);
  }
}
