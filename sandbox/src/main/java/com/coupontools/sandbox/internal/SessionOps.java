package com.coupontools.sandbox.internal;

import com.coupontools.sandbox.WebhookConfig;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Coupon sessions: read, update one or many (claim, validate, void, unvoid, data), search. */
final class SessionOps {
  /** What an update may change besides the status: the custom ID and fields. */
  private static final List<String> DATA_FIELDS =
      Stream.concat(Stream.of("customid"), Ops.CUSTOM_FIELDS.stream()).toList();

  private static final String DIGITS_ONLY =
      "replace(replace(replace(replace(replace(replace(s.phone,"
          + " '+', ''), ' ', ''), '(', ''), ')', ''), '.', ''), '-', '')";

  private SessionOps() {}

  static void register(Map<String, OpHandler> h) {
    h.put("couponsession_data", SessionOps::data);
    h.put("couponsession_update", SessionOps::update);
    h.put("couponsession_update_multiple", SessionOps::updateMultiple);
    h.put("couponsession_search", call -> search(call, false));
    h.put("couponsession_search_campaign", call -> search(call, true));
  }

  private static Map<String, Object> data(Call call) {
    return call.db().read(c -> {
      Map<String, Object> out =
          Sessions.data(Sessions.findOr505(c, call, call.p().str("couponsession")));
      out.put("action", "retrieve_all_session_data");
      return out;
    });
  }

  private static Map<String, Object> update(Call call) {
    Map<String, Object> result = call.db().write(c -> {
      Map<String, Object> s = Sessions.findOr505(c, call, call.p().str("couponsession"));
      check(call, s);
      String webhook = apply(c, call, s);
      Map<String, Object> out = Sessions.data(Sessions.byId(c, ((Number) s.get("id")).longValue()));
      out.put("action", "coupon_session_updated");
      if (webhook != null) {
        out.put("webhook", webhook);
      }
      return out;
    });
    call.db().webhooks().wake(); // committed: deliver the events it recorded now
    return result;
  }

  private static Map<String, Object> updateMultiple(Call call) {
    Map<String, Object> result = call.db().write(c -> {
      // All-or-nothing: find and check every session before changing any.
      Map<Long, Map<String, Object>> sessions = new LinkedHashMap<>();
      for (String code : call.p().list("couponsessions")) {
        Map<String, Object> s = Sessions.findOr505(c, call, code);
        sessions.putIfAbsent(((Number) s.get("id")).longValue(), s);
      }
      for (Map<String, Object> s : sessions.values()) {
        check(call, s);
      }
      List<Map<String, Object>> items = new ArrayList<>();
      for (Map.Entry<Long, Map<String, Object>> e : sessions.entrySet()) {
        String webhook = apply(c, call, e.getValue());
        Map<String, Object> item = Sessions.data(Sessions.byId(c, e.getKey()));
        if (webhook != null) {
          item.put("webhook", webhook);
        }
        items.add(item);
      }
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("action", "coupon_sessions_updated");
      out.put("amount_of_results", items.size());
      out.put("data", items);
      return out;
    });
    call.db().webhooks().wake();
    return result;
  }

  /** Whether the status transition is allowed for this session (300 when it is not). */
  private static void check(Call call, Map<String, Object> s) {
    String status = call.p().str("status", "");
    boolean voided = Sessions.happened(s, "voided_at");
    if ((status.equals("claim") || status.equals("validate")) && voided) {
      throw call.errors().byKey("e300_couponsession_voided", 300, "status");
    }
    if (status.equals("validate") && Sessions.happened(s, "validated_at")) {
      throw call.errors().byKey("e300_couponsession_already_validated", 300, "status");
    }
  }

  /**
   * Applies the transition and the data fields, then records the webhook events of what changed
   * (with the session as it is after the whole change); returns the {@code coupon_validated}
   * event's ID of a validation. Claims, voids and unvoids that change the session record the
   * inferred types, which {@link Webhooks#record} keeps only when they are switched on.
   */
  private static String apply(Connection c, Call call, Map<String, Object> s) throws SQLException {
    Params p = call.p();
    long id = ((Number) s.get("id")).longValue();
    String now = call.now();
    List<String> events = new ArrayList<>(2);
    String claim =
        "UPDATE sessions SET claimed_at = ?, claimtype = 'api' WHERE id = ? AND claimed_at = ''";
    switch (p.str("status", "")) {
      case "claim" -> {
        if (Db.update(c, claim, now, id) == 1) {
          events.add("coupon_claimed");
        }
      }
      case "validate" -> {
        if (Db.update(c, claim, now, id) == 1) {
          events.add("coupon_claimed");
        }
        Db.update(
            c,
            "UPDATE sessions SET validated_at = ?, validation_value = ? WHERE id = ?",
            now,
            p.str("validation_value", ""),
            id);
        events.add(WebhookConfig.COUPON_VALIDATED);
      }
      case "void" -> {
        if (Db.update(
                c, "UPDATE sessions SET voided_at = ? WHERE id = ? AND voided_at = ''", now, id)
            == 1) {
          events.add("coupon_voided");
        }
      }
      case "unvoid" -> {
        if (Db.update(c, "UPDATE sessions SET voided_at = '' WHERE id = ? AND voided_at <> ''", id)
            == 1) {
          events.add("coupon_unvoided");
        }
      }
      default -> {}
    }
    List<Object> args = new ArrayList<>();
    StringBuilder set = new StringBuilder();
    for (String f : DATA_FIELDS) {
      if (p.has(f)) {
        set.append(set.length() == 0 ? "" : ", ").append(f).append(" = ?");
        args.add(p.str(f));
      }
    }
    if (set.length() > 0) {
      args.add(id);
      Db.update(c, "UPDATE sessions SET " + set + " WHERE id = ?", args.toArray());
    }
    String webhook = null;
    for (String type : events) {
      String event = call.db().webhooks().record(c, id, type, now);
      if (type.equals(WebhookConfig.COUPON_VALIDATED)) {
        webhook = event;
      }
    }
    return webhook;
  }

  private static Map<String, Object> search(Call call, boolean inCampaign) {
    Params p = call.p(); // one of custom_validation_code, email, phone: x-required-any-of
    return call.db().read(c -> {
      StringBuilder where =
          new StringBuilder(" WHERE s.account_id IN " + call.caller().in());
      List<Object> args = new ArrayList<>();
      if (inCampaign) {
        where.append(" AND s.campaign_id = ?");
        args.add(Campaigns.id(Campaigns.findOr502(c, call, "campaign")));
      }
      if (p.has("custom_validation_code")) {
        where.append(" AND s.custom_code = ?");
        args.add(p.str("custom_validation_code"));
      }
      if (p.has("email")) {
        where.append(" AND lower(s.email) = lower(?)");
        args.add(p.str("email"));
      }
      if (p.has("phone")) {
        String digits = p.str("phone").replaceAll("[^0-9]", "");
        where.append(" AND s.phone <> '' AND ").append(DIGITS_ONLY).append(" = ?");
        args.add(digits);
      }
      long total = Db.count(c, "SELECT count(*) FROM sessions s" + where, args.toArray());
      List<Object> pageArgs = new ArrayList<>(args);
      pageArgs.add(CampaignOps.PAGE_SIZE);
      pageArgs.add((p.lng("page", 1) - 1) * CampaignOps.PAGE_SIZE);
      List<Map<String, Object>> items = new ArrayList<>();
      for (Map<String, Object> s : Db.rows(
          c,
          Sessions.SELECT + where + " ORDER BY s.created_at DESC, s.id DESC LIMIT ? OFFSET ?",
          pageArgs.toArray())) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("session", s.get("code"));
        m.put("campaign", Ids.campaign(((Number) s.get("campaign_id")).longValue()));
        m.put("sequenceid", s.get("sequence_id"));
        m.put("session_url", Sessions.url(s));
        m.put("widget_validation_code", s.get("short_code"));
        m.put("custom_validation_code", s.get("custom_code"));
        m.put("customid", s.get("customid"));
        m.put("email", s.get("email"));
        m.put("phone", s.get("phone"));
        items.add(m);
      }
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("action", "search_coupon_session");
      out.put("amount_of_results", total);
      out.put("data", items);
      return out;
    });
  }
}
