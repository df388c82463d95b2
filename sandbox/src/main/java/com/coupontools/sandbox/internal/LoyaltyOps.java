package com.coupontools.sandbox.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loyalty cards and their users, v3 (rpc): cards (list, info), users of the account (create,
 * link to a card, list and search a card's users, add points or stamps or void), pushes. A user
 * belongs to the account ({@code loyalty_users}) and stands on each card it is linked to
 * ({@code loyalty_card_users}: points, stamps, voided, wallet); v4 ({@link LoyaltyV4Ops}) shows
 * the same rows.
 */
final class LoyaltyOps {
  /** A card's users: the account's user joined with its standing on the card. */
  static final String CARD_USERS =
      "SELECT u.*, cu.card_id, cu.points, cu.stamps, cu.voided, cu.in_wallet,"
          + " cu.created_at AS joined_at FROM loyalty_card_users cu JOIN loyalty_users u ON u.id = cu.user_id";

  private LoyaltyOps() {}

  static void register(Map<String, OpHandler> h) {
    h.put("loyalty_list", LoyaltyOps::list);
    h.put("loyalty_info", LoyaltyOps::info);
    h.put("loyaltyusers_create", LoyaltyOps::create);
    h.put("loyaltyusers_link", LoyaltyOps::link);
    h.put("loyaltyusers_list", call -> users(call, false));
    h.put("loyaltyusers_search", call -> users(call, true));
    h.put("loyaltyusers_update", LoyaltyOps::update);
    h.put("loyalty_push_single", LoyaltyOps::pushSingle);
    h.put("loyalty_push_all", LoyaltyOps::pushAll);
  }

  private static Map<String, Object> item(Map<String, Object> card) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ID", Ids.loyaltyCard(((Number) card.get("id")).longValue()));
    m.put("code", card.get("code"));
    m.put("name", card.get("name"));
    m.put("type", card.get("type"));
    m.put("status", card.get("status"));
    m.put("domain", card.get("domain"));
    m.put("url", "https://" + card.get("domain") + "/l/" + card.get("code"));
    m.put("create_date", card.get("created_at"));
    return m;
  }

  private static Map<String, Object> list(Call call) {
    Params p = call.p();
    String order = "desc".equals(p.str("sorting")) ? "DESC" : "ASC";
    List<Map<String, Object>> items = call.db().read(c -> {
      List<Map<String, Object>> out = new ArrayList<>();
      for (Map<String, Object> card : Db.rows(
          c,
          "SELECT * FROM loyalty_cards WHERE account_id IN "
              + call.caller().in() + (p.flag("only_active") ? " AND status = 'active'" : "")
              + " ORDER BY created_at " + order + ", id " + order)) {
        out.add(item(card));
      }
      return out;
    });
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("amount_of_results", items.size());
    out.put("loyalty_info", items);
    return out;
  }

  private static Map<String, Object> info(Call call) {
    return Map.of("loyalty_info", call.db().read(c -> {
      Map<String, Object> card = card(c, call, call.p().id("loyaltycard"));
      Map<String, Object> m = item(card);
      m.put(
          "amount_of_users",
          Db.count(c, "SELECT count(*) FROM loyalty_card_users WHERE card_id = ?", card.get("id")));
      return m;
    }));
  }

  /** A card the caller sees, or the operation's not-found error for a card (505 or 507 by page). */
  static Map<String, Object> card(Connection c, Call call, long id) throws SQLException {
    Map<String, Object> card = Db.row(
        c,
        "SELECT * FROM loyalty_cards WHERE id = ? AND account_id IN "
            + call.caller().in(),
        id);
    if (card == null) {
      throw call.errors().notFound("loyaltycard", 505);
    }
    return card;
  }

  /** A user of the caller's accounts, or 505 (loyalty user). */
  private static Map<String, Object> user(Connection c, Call call, long id) throws SQLException {
    Map<String, Object> u = Db.row(
        c,
        "SELECT * FROM loyalty_users WHERE id = ? AND account_id IN "
            + call.caller().in(),
        id);
    if (u == null) {
      throw call.errors().notFound("loyaltyuser", 505);
    }
    return u;
  }

  /** A user on the card (its standing included), or 505 (loyalty user). */
  static Map<String, Object> cardUser(Connection c, Call call, Map<String, Object> card, long user)
      throws SQLException {
    Map<String, Object> u =
        Db.row(c, CARD_USERS + " WHERE cu.card_id = ? AND cu.user_id = ?", card.get("id"), user);
    if (u == null) {
      throw call.errors().notFound("loyaltyuser", 505);
    }
    return u;
  }

  private static Map<String, Object> create(Call call) {
    Params p = call.p();
    long id = call.db().write(c -> {
      long account = call.caller().id();
      if (Db.count(
              c,
              "SELECT count(*) FROM loyalty_users WHERE account_id = ? AND lower(email) = lower(?)",
              account,
              p.str("email"))
          > 0) {
        throw call.errors().byCode(304);
      }
      return Db.insert(
          c,
          "INSERT INTO loyalty_users (account_id, email, password_hash, phone, first_name, last_name,"
              + " gender, birthday, city, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          account,
          p.str("email"),
          Passwords.hash(p.str("password")),
          p.str("phone", ""),
          p.str("first_name", ""),
          p.str("last_name", ""),
          p.str("gender", ""),
          p.str("birthday", ""),
          p.str("city", ""),
          call.now());
    });
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("action", "loyalty_user_created");
    out.put("user", Ids.loyaltyUser(id));
    out.put("email", p.str("email"));
    return out;
  }

  private static Map<String, Object> link(Call call) {
    Params p = call.p();
    return call.db().write(c -> {
      Map<String, Object> card = card(c, call, p.id("loyaltycard"));
      Map<String, Object> u = user(c, call, p.id("user"));
      // Linking a user already on the card changes nothing (and is no error).
      Db.update(
          c,
          "INSERT INTO loyalty_card_users (card_id, user_id, created_at) VALUES (?, ?, ?)"
              + " ON CONFLICT DO NOTHING",
          card.get("id"),
          u.get("id"),
          call.now());
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("loyaltycard", Ids.loyaltyCard(((Number) card.get("id")).longValue()));
      out.put("user", Ids.loyaltyUser(((Number) u.get("id")).longValue()));
      out.put("action", "loyalty_user_linked");
      return out;
    });
  }

  /** The card's users (all, or those whose name, email, phone or ID contains {@code search}). */
  private static Map<String, Object> users(Call call, boolean search) {
    return call.db().read(c -> {
      Map<String, Object> card = card(c, call, call.p().id("loyaltycard"));
      List<Object> args = new ArrayList<>();
      args.add(card.get("id"));
      String where = " WHERE cu.card_id = ?";
      if (search) {
        where += matching(call.p().str("search"), args);
      }
      List<Map<String, Object>> items = new ArrayList<>();
      for (Map<String, Object> u :
          Db.rows(c, CARD_USERS + where + " ORDER BY u.id", args.toArray())) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ID", Ids.loyaltyUser(((Number) u.get("id")).longValue()));
        for (String f : new String[] {
          "first_name", "last_name", "email", "phone", "city", "points", "stamps", "voided"
        }) {
          m.put(f, u.get(f));
        }
        m.put("create_date", u.get("joined_at"));
        items.add(m);
      }
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("loyaltycard", Ids.loyaltyCard(((Number) card.get("id")).longValue()));
      out.put("amount_of_results", items.size());
      out.put("users", items);
      return out;
    });
  }

  /**
   * The SQL condition "first name, last name, email, phone or {@code lus_} ID contains the text",
   * case-insensitively; LIKE's wildcards in the text ({@code _} is one of the allowed characters)
   * are escaped.
   */
  static String matching(String text, List<Object> args) {
    String like = "%"
        + text.toLowerCase(java.util.Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_")
        + "%";
    StringBuilder b = new StringBuilder(" AND (");
    String[] columns = {
      "u.first_name", "u.last_name", "u.email", "u.phone", "('lus_' || CAST(u.id AS TEXT))"
    };
    for (int i = 0; i < columns.length; i++) {
      b.append(i == 0 ? "" : " OR ")
          .append("lower(")
          .append(columns[i])
          .append(") LIKE ? ESCAPE '\\'");
      args.add(like);
    }
    return b.append(")").toString();
  }

  private static Map<String, Object> update(Call call) {
    Params p = call.p(); // one of points, stamps, voided: x-required-any-of
    return call.db().write(c -> {
      Map<String, Object> card = card(c, call, p.id("loyaltycard"));
      Map<String, Object> user = cardUser(c, call, card, p.id("user"));
      boolean stampCard = "stamp".equals(card.get("type"));
      if (p.has("points") && stampCard) {
        throw p.errors().byKey("e300_points_stamps_card_type", 300, "points");
      }
      if (p.has("stamps") && !stampCard) {
        throw call.errors().refused(300, "stamps", "This loyalty card collects points.");
      }
      long id = ((Number) user.get("id")).longValue();
      Object cardId = card.get("id");
      if (p.has("points")) {
        Db.update(
            c,
            "UPDATE loyalty_card_users SET points = CASE WHEN points + ? < 0 THEN 0 ELSE points + ? END"
                + " WHERE card_id = ? AND user_id = ?",
            p.lng("points"),
            p.lng("points"),
            cardId,
            id);
      }
      if (p.has("stamps")) {
        Db.update(
            c,
            "UPDATE loyalty_card_users SET stamps = CASE WHEN stamps + ? < 0 THEN 0 ELSE stamps + ? END"
                + " WHERE card_id = ? AND user_id = ?",
            p.lng("stamps"),
            p.lng("stamps"),
            cardId,
            id);
      }
      if (p.has("voided")) {
        Db.update(
            c,
            "UPDATE loyalty_card_users SET voided = ? WHERE card_id = ? AND user_id = ?",
            p.flag("voided") ? 1 : 0,
            cardId,
            id);
      }
      Map<String, Object> u = cardUser(c, call, card, id);
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("loyaltycard", Ids.loyaltyCard(((Number) cardId).longValue()));
      out.put("user", Ids.loyaltyUser(id));
      out.put("action", "loyalty_user_updated");
      out.put("points", u.get("points"));
      out.put("stamps", u.get("stamps"));
      out.put("voided", u.get("voided"));
      return out;
    });
  }

  private static Map<String, Object> pushSingle(Call call) {
    call.db().write(c -> {
      Map<String, Object> card = card(c, call, call.p().id("loyaltycard"));
      Map<String, Object> user = cardUser(c, call, card, call.p().id("user"));
      boolean reaches = ((Number) user.get("in_wallet")).intValue() == 1
          && ((Number) user.get("voided")).intValue() == 0;
      CampaignOps.recordPush(
          c,
          call,
          ((Number) card.get("account_id")).longValue(),
          "loyalty_user",
          Ids.loyaltyUser(((Number) user.get("id")).longValue()),
          reaches ? 1 : 0);
      return null;
    });
    return Map.of();
  }

  private static Map<String, Object> pushAll(Call call) {
    call.db().write(c -> {
      Map<String, Object> card = card(c, call, call.p().id("loyaltycard"));
      long recipients = Db.count(
          c,
          "SELECT count(*) FROM loyalty_card_users WHERE card_id = ? AND in_wallet = 1"
              + " AND voided = 0",
          card.get("id"));
      CampaignOps.recordPush(
          c,
          call,
          ((Number) card.get("account_id")).longValue(),
          "loyalty_card",
          Ids.loyaltyCard(((Number) card.get("id")).longValue()),
          recipients);
      return null;
    });
    return Map.of();
  }
}
