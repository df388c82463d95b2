package com.coupontools.sandbox.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loyalty cards, v4 (rest): the card list, copying a card, and a card's users ("stats"): list,
 * one, create, create in bulk. The rows are v3's ({@link LoyaltyOps}); a v4 integer ID is the
 * digits of the v3 ID ({@code loy_5521} is 5521, decision 21), so a user created here is in the
 * v3 user list and a v3 update shows here.
 */
final class LoyaltyV4Ops {
  private static final String[] PERSONAL = {
    "first_name",
    "last_name",
    "address",
    "zip",
    "city",
    "phone",
    "email",
    "custom_1",
    "custom_2",
    "custom_3",
    "custom_4",
    "custom_5",
    "custom_6",
    "custom_7",
    "custom_8"
  };

  private LoyaltyV4Ops() {}

  static void register(Map<String, OpHandler> h) {
    h.put("v4_loyalty_card_list", LoyaltyV4Ops::cards);
    h.put("v4_loyalty_card_copy", LoyaltyV4Ops::copy);
    h.put("v4_loyalty_stats_list", LoyaltyV4Ops::users);
    h.put("v4_loyalty_stats_get", LoyaltyV4Ops::user);
    h.put("v4_loyalty_stats_create", LoyaltyV4Ops::create);
    h.put("v4_loyalty_stats_bulk", LoyaltyV4Ops::bulk);
  }

  static Map<String, Object> card(Map<String, Object> row) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", row.get("id"));
    m.put("code", row.get("code"));
    m.put("name", row.get("name"));
    m.put("domain", row.get("domain"));
    m.put("type", row.get("type"));
    return m;
  }

  /** A user on a card as v4 shows it: unknown personal data is null, flags are booleans. */
  static Map<String, Object> user(Map<String, Object> row) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", row.get("id"));
    for (String f : PERSONAL) {
      m.put(f, V4.orNull(row.get(f)));
    }
    m.put("points", row.get("points"));
    m.put("stamps", row.get("stamps"));
    m.put("voided", ((Number) row.get("voided")).intValue() == 1);
    m.put("created_at", row.get("joined_at"));
    return m;
  }

  private static List<Map<String, Object>> cards(Call call) {
    return call.db().read(c -> {
      List<Map<String, Object>> out = new ArrayList<>();
      for (Map<String, Object> row : Db.rows(
          c,
          "SELECT * FROM loyalty_cards WHERE account_id IN " + call.caller().in()
              + " ORDER BY created_at DESC, id DESC")) {
        out.add(card(row));
      }
      return out;
    });
  }

  /** A copy of the card (its settings, not its users) in the same account, under a new code. */
  private static Map<String, Object> copy(Call call) {
    Params p = call.p();
    return call.db().write(c -> {
      Map<String, Object> src = LoyaltyOps.card(c, call, p.lng("loyaltyCardId"));
      String name = p.str("name", src.get("name") + " (copy)");
      for (int attempt = 0; ; attempt++) {
        String code = Ids.secure(Ids.LOWER_ALNUM, 6);
        if (Db.count(c, "SELECT count(*) FROM loyalty_cards WHERE code = ?", code) > 0
            && attempt < 20) {
          continue; // codes are unique across the sandbox
        }
        long id = Db.insert(
            c,
            "INSERT INTO loyalty_cards (account_id, code, name, type, status, domain, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)",
            src.get("account_id"),
            code,
            name,
            src.get("type"),
            src.get("status"),
            src.get("domain"),
            call.now());
        return card(Db.row(c, "SELECT * FROM loyalty_cards WHERE id = ?", id));
      }
    });
  }

  /**
   * The card's users, oldest first: voided ones only with {@code include_voided}, filtered by
   * {@code filter[search]} (name, email, phone or ID contains it), one page of
   * {@code pagination[per_page]}.
   */
  private static List<Map<String, Object>> users(Call call) {
    Params p = call.p();
    return call.db().read(c -> {
      Map<String, Object> card = LoyaltyOps.card(c, call, p.lng("loyaltyCardId"));
      List<Object> args = new ArrayList<>();
      args.add(card.get("id"));
      StringBuilder where = new StringBuilder(" WHERE cu.card_id = ?");
      if (!p.flag("include_voided")) {
        where.append(" AND cu.voided = 0");
      }
      if (p.has("filter[search]")) {
        where.append(LoyaltyOps.matching(p.str("filter[search]"), args));
      }
      long perPage = p.lng("pagination[per_page]", V4.PAGE);
      args.add(perPage);
      args.add((p.lng("pagination[page]", 1) - 1) * perPage);
      List<Map<String, Object>> out = new ArrayList<>();
      for (Map<String, Object> row : Db.rows(
          c,
          LoyaltyOps.CARD_USERS + where + " ORDER BY cu.created_at, u.id LIMIT ? OFFSET ?",
          args.toArray())) {
        out.add(user(row));
      }
      return out;
    });
  }

  private static Map<String, Object> user(Call call) {
    return call.db().read(c -> {
      Map<String, Object> card = LoyaltyOps.card(c, call, call.p().lng("loyaltyCardId"));
      return user(LoyaltyOps.cardUser(c, call, card, call.p().lng("userId")));
    });
  }

  private static Map<String, Object> create(Call call) {
    Params p = call.p();
    return call.db().write(c -> {
      Map<String, Object> card = LoyaltyOps.card(c, call, p.lng("loyaltyCardId"));
      Map<String, Object> fields = new LinkedHashMap<>();
      for (String f : PERSONAL) {
        if (p.has(f)) {
          fields.put(f, p.str(f));
        }
      }
      return user(insert(c, call, card, fields));
    });
  }

  /** All or none: an invalid item was refused before anything was written (validation), so one transaction holds them. */
  private static List<Map<String, Object>> bulk(Call call) {
    Params p = call.p();
    return call.db().write(c -> {
      Map<String, Object> card = LoyaltyOps.card(c, call, p.lng("loyaltyCardId"));
      List<Map<String, Object>> out = new ArrayList<>();
      for (Map<String, Object> item : p.objects(call.op().bodyName())) {
        out.add(user(insert(c, call, card, item)));
      }
      return out;
    });
  }

  /** A new user of the card's account, on the card with 0 points and 0 stamps. */
  private static Map<String, Object> insert(
      Connection c, Call call, Map<String, Object> card, Map<String, Object> data)
      throws SQLException {
    StringBuilder cols = new StringBuilder("account_id, created_at");
    StringBuilder marks = new StringBuilder("?, ?");
    List<Object> args = new ArrayList<>(List.of(card.get("account_id"), call.now()));
    for (String f : PERSONAL) {
      Object v = data.get(f);
      if (v != null) {
        cols.append(", ").append(f);
        marks.append(", ?");
        args.add(v.toString());
      }
    }
    long id = Db.insert(
        c, "INSERT INTO loyalty_users (" + cols + ") VALUES (" + marks + ")", args.toArray());
    Db.update(
        c,
        "INSERT INTO loyalty_card_users (card_id, user_id, created_at) VALUES (?, ?, ?)",
        card.get("id"),
        id,
        call.now());
    return LoyaltyOps.cardUser(c, call, card, id);
  }
}
