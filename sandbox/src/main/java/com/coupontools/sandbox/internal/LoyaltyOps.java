package com.coupontools.sandbox.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Loyalty cards and their users: list cards, list users, add points/stamps or void, pushes. */
final class LoyaltyOps {
  private LoyaltyOps() { }

  static void register(Map<String, OpHandler> h) {
    h.put("loyalty_list", LoyaltyOps::list);
    h.put("loyaltyusers_list", LoyaltyOps::users);
    h.put("loyaltyusers_update", LoyaltyOps::update);
    h.put("loyalty_push_single", LoyaltyOps::pushSingle);
    h.put("loyalty_push_all", LoyaltyOps::pushAll);
  }

  private static Map<String, Object> list(Call call) {
    Params p = call.p();
    String order = "desc".equals(p.str("sorting")) ? "DESC" : "ASC";
    List<Map<String, Object>> items = call.db().read(c -> {
      List<Map<String, Object>> out = new ArrayList<>();
      for (Map<String, Object> card : Db.rows(c, "SELECT * FROM loyalty_cards WHERE account_id IN "
          + call.caller().in() + (p.flag("only_active") ? " AND status = 'active'" : "")
          + " ORDER BY created_at " + order + ", id " + order)) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ID", Ids.loyaltyCard(((Number) card.get("id")).longValue()));
        m.put("code", card.get("code"));
        m.put("name", card.get("name"));
        m.put("type", card.get("type"));
        m.put("status", card.get("status"));
        m.put("domain", card.get("domain"));
        m.put("url", "https://" + card.get("domain") + "/l/" + card.get("code"));
        m.put("create_date", card.get("created_at"));
        out.add(m);
      }
      return out;
    });
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("amount_of_results", items.size());
    out.put("loyalty_info", items);
    return out;
  }

  private static Map<String, Object> card(Connection c, Call call) throws SQLException {
    Map<String, Object> card = Db.row(c, "SELECT * FROM loyalty_cards WHERE id = ? AND account_id IN "
        + call.caller().in(), call.p().id("loyaltycard"));
    if (card == null) {
      throw call.errors().notFound(505, "loyaltycard", "Loyalty card ID not found.");
    }
    return card;
  }

  private static Map<String, Object> user(Connection c, Call call, Map<String, Object> card) throws SQLException {
    Map<String, Object> user = Db.row(c, "SELECT * FROM loyalty_users WHERE id = ? AND card_id = ?",
        call.p().id("user"), card.get("id"));
    if (user == null) {
      throw call.errors().notFound(505, "loyaltyuser", "Loyalty card user ID not found.");
    }
    return user;
  }

  private static Map<String, Object> users(Call call) {
    return call.db().read(c -> {
      Map<String, Object> card = card(c, call);
      List<Map<String, Object>> items = new ArrayList<>();
      for (Map<String, Object> u : Db.rows(c, "SELECT * FROM loyalty_users WHERE card_id = ? ORDER BY id",
          card.get("id"))) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ID", Ids.loyaltyUser(((Number) u.get("id")).longValue()));
        for (String f : new String[] {"first_name", "last_name", "email", "phone", "city", "points", "stamps",
            "voided"}) {
          m.put(f, u.get(f));
        }
        m.put("create_date", u.get("created_at"));
        items.add(m);
      }
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("loyaltycard", Ids.loyaltyCard(((Number) card.get("id")).longValue()));
      out.put("amount_of_results", items.size());
      out.put("users", items);
      return out;
    });
  }

  private static Map<String, Object> update(Call call) {
    Params p = call.p();
    if (!p.has("points") && !p.has("stamps") && !p.has("voided")) {
      throw p.errors().missingAny("e200_missing_loyalty_change", "Missing parameter: points, stamps or voided");
    }
    return call.db().write(c -> {
      Map<String, Object> card = card(c, call);
      Map<String, Object> user = user(c, call, card);
      boolean stampCard = "stamp".equals(card.get("type"));
      if (p.has("points") && stampCard) {
        throw p.errors().byKey("e300_points_stamps_card_type", 300,
            "Incorrect value in parameter: points. This loyalty card collects stamps.");
      }
      if (p.has("stamps") && !stampCard) {
        throw new ApiError(300, "Incorrect value in parameter: stamps. This loyalty card collects points.");
      }
      long id = ((Number) user.get("id")).longValue();
      if (p.has("points")) {
        Db.update(c, "UPDATE loyalty_users SET points = CASE WHEN points + ? < 0 THEN 0 ELSE points + ? END"
            + " WHERE id = ?", p.lng("points"), p.lng("points"), id);
      }
      if (p.has("stamps")) {
        Db.update(c, "UPDATE loyalty_users SET stamps = CASE WHEN stamps + ? < 0 THEN 0 ELSE stamps + ? END"
            + " WHERE id = ?", p.lng("stamps"), p.lng("stamps"), id);
      }
      if (p.has("voided")) {
        Db.update(c, "UPDATE loyalty_users SET voided = ? WHERE id = ?", p.flag("voided") ? 1 : 0, id);
      }
      Map<String, Object> u = Db.row(c, "SELECT * FROM loyalty_users WHERE id = ?", id);
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("loyaltycard", Ids.loyaltyCard(((Number) card.get("id")).longValue()));
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
      Map<String, Object> card = card(c, call);
      Map<String, Object> user = user(c, call, card);
      boolean reaches = ((Number) user.get("in_wallet")).intValue() == 1 && ((Number) user.get("voided")).intValue() == 0;
      CampaignOps.recordPush(c, call, ((Number) card.get("account_id")).longValue(), "loyalty_user",
          Ids.loyaltyUser(((Number) user.get("id")).longValue()), reaches ? 1 : 0);
      return null;
    });
    return Map.of();
  }

  private static Map<String, Object> pushAll(Call call) {
    call.db().write(c -> {
      Map<String, Object> card = card(c, call);
      long recipients = Db.count(c, "SELECT count(*) FROM loyalty_users WHERE card_id = ? AND in_wallet = 1"
          + " AND voided = 0", card.get("id"));
      CampaignOps.recordPush(c, call, ((Number) card.get("account_id")).longValue(), "loyalty_card",
          Ids.loyaltyCard(((Number) card.get("id")).longValue()), recipients);
      return null;
    });
    return Map.of();
  }
}
