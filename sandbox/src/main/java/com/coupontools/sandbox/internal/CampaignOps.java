package com.coupontools.sandbox.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Campaigns: list, info, the four usage lists (data, opens, claims, validations) and pushes. */
final class CampaignOps {
  static final int PAGE_SIZE = 100;

  private CampaignOps() {}

  static void register(Map<String, OpHandler> h) {
    h.put("campaign_list", CampaignOps::list);
    h.put("campaign_info", CampaignOps::info);
    h.put("campaign_data", call -> usage(call, "created_at", "", "retrieve_all_campaign_data"));
    h.put(
        "campaign_opens", call -> usage(call, "opened_at", "opened_at", "retrieve_campaign_opens"));
    h.put(
        "campaign_claims",
        call -> usage(call, "claimed_at", "claimed_at", "retrieve_campaign_claims"));
    h.put(
        "campaign_validations",
        call -> usage(call, "validated_at", "validated_at", "retrieve_campaign_validations"));
    h.put("campaign_push_single", CampaignOps::pushSingle);
    h.put("campaign_push_all", CampaignOps::pushAll);
  }

  private static Map<String, Object> list(Call call) {
    Params p = call.p();
    List<Map<String, Object>> items = call.db().read(c -> {
      StringBuilder where =
          new StringBuilder(" WHERE c.account_id IN " + call.caller().in());
      List<Object> args = new ArrayList<>();
      if (p.flag("only_active")) {
        where.append(" AND c.status = 'active'");
      }
      if (p.has("folder")) {
        long folder = p.id("folder");
        if (Db.count(
                c,
                "SELECT count(*) FROM folders WHERE id = ? AND account_id IN "
                    + call.caller().in(),
                folder)
            == 0) {
          throw call.errors().byCode(515);
        }
        where.append(" AND c.folder_id = ?");
        args.add(folder);
      }
      if (p.has("category")) {
        where.append(" AND c.category_id = ?");
        args.add(p.str("category"));
      }
      List<String> tags = new ArrayList<>();
      if (p.has("tags")) {
        for (String t : p.str("tags").split(",")) {
          if (!t.isBlank()) {
            tags.add(t.trim().toLowerCase(Locale.ROOT));
          }
        }
      }
      List<Map<String, Object>> out = new ArrayList<>();
      for (Map<String, Object> cam :
          Db.rows(c, Campaigns.SELECT + where + " ORDER BY c.id", args.toArray())) {
        if (tags.isEmpty() || hasAnyTag((String) cam.get("tags"), tags)) {
          out.add(Campaigns.item(cam));
        }
      }
      return out;
    });
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("amount_of_results", items.size());
    out.put("coupon_info", items);
    return out;
  }

  private static boolean hasAnyTag(String stored, List<String> wanted) {
    for (String t : stored.split(",")) {
      if (wanted.contains(t.trim().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, Object> info(Call call) {
    Map<String, Object> item = call.db().read(c -> {
      Map<String, Object> cam = Campaigns.findOr502(c, call, "campaign");
      Map<String, Object> m = Campaigns.item(cam);
      if (call.p().flag("show_usage_stats")) {
        long id = Campaigns.id(cam);
        m.put(
            "amount_custom_validation_codes",
            Db.count(
                c,
                "SELECT count(*) FROM sessions WHERE campaign_id = ? AND custom_code <> ''",
                id));
        m.put(
            "amount_claimed_custom_validation_codes",
            Db.count(
                c,
                "SELECT count(*) FROM sessions WHERE campaign_id = ? AND custom_code <> '' AND claimed_at <> ''",
                id));
      }
      return m;
    });
    return Map.of("coupon_info", item);
  }

  /**
   * One page (100 sessions, by sequence number) of a campaign's sessions, restricted to those
   * where {@code mustHave} happened, with {@code start_date} / {@code end_date} on {@code dateColumn}.
   */
  private static Map<String, Object> usage(
      Call call, String dateColumn, String mustHave, String action) {
    Params p = call.p();
    String from = p.has("start_date") ? bound(p.str("start_date"), false) : null;
    String to = p.has("end_date") ? bound(p.str("end_date"), true) : null;
    long page = p.lng("page", 1);
    return call.db().read(c -> {
      Map<String, Object> cam = Campaigns.findOr502(c, call, "campaign");
      StringBuilder where = new StringBuilder(" WHERE s.campaign_id = ?");
      List<Object> args = new ArrayList<>();
      args.add(Campaigns.id(cam));
      if (!mustHave.isEmpty()) {
        where.append(" AND s.").append(mustHave).append(" <> ''");
      }
      if (from != null) {
        where.append(" AND s.").append(dateColumn).append(" >= ?");
        args.add(from);
      }
      if (to != null) {
        where
            .append(" AND s.")
            .append(dateColumn)
            .append(" <> '' AND s.")
            .append(dateColumn)
            .append(" <= ?");
        args.add(to);
      }
      long total = Db.count(c, "SELECT count(*) FROM sessions s" + where, args.toArray());
      List<Object> pageArgs = new ArrayList<>(args);
      pageArgs.add(PAGE_SIZE);
      pageArgs.add((page - 1) * PAGE_SIZE);
      List<Map<String, Object>> items = new ArrayList<>();
      for (Map<String, Object> s : Db.rows(
          c,
          Sessions.SELECT + where + " ORDER BY s.sequence_id LIMIT ? OFFSET ?",
          pageArgs.toArray())) {
        items.add(Sessions.listItem(s));
      }
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("campaign", Ids.campaign(Campaigns.id(cam)));
      out.put("action", action);
      out.put("amount_of_results", total);
      out.put("data", items);
      return out;
    });
  }

  /**
   * A date filter as an inclusive UTC bound: {@code yyyy-MM-dd}, {@code yyyy-MM-dd HH:mm} or the
   * docs' {@code yyyy-MM-dd HH-mm}; the end of a day or minute when it is an upper bound.
   */
  static String bound(String v, boolean upper) {
    if (v.length() == 10) {
      return v + (upper ? " 23:59:59" : " 00:00:00");
    }
    String minute = v.substring(0, 11) + v.substring(11, 13) + ":" + v.substring(14, 16);
    return minute + (upper ? ":59" : ":00");
  }

  private static Map<String, Object> pushSingle(Call call) {
    call.db().write(c -> {
      Map<String, Object> cam = Campaigns.findOr502(c, call, "campaign");
      Map<String, Object> s = Sessions.find(c, call.caller(), call.p().str("couponsession"));
      if (s == null
          || ((Number) s.get("campaign_id")).longValue() != Campaigns.id(cam)
          || ((Number) s.get("saved_to_passbook")).intValue() == 0) {
        throw call.errors().notFound("couponsession", 505);
      }
      recordPush(
          c,
          call,
          ((Number) s.get("account_id")).longValue(),
          "session",
          (String) s.get("code"),
          1);
      return null;
    });
    return Map.of();
  }

  private static Map<String, Object> pushAll(Call call) {
    call.db().write(c -> {
      Map<String, Object> cam = Campaigns.findOr502(c, call, "campaign");
      long recipients = Db.count(
          c,
          "SELECT count(*) FROM sessions WHERE campaign_id = ? AND saved_to_passbook = 1"
              + " AND voided_at = ''",
          Campaigns.id(cam));
      recordPush(
          c,
          call,
          ((Number) cam.get("account_id")).longValue(),
          "campaign",
          Ids.campaign(Campaigns.id(cam)),
          recipients);
      return null;
    });
    return Map.of();
  }

  /** Push notifications are recorded, never sent. */
  static void recordPush(
      Connection c, Call call, long accountId, String target, String targetId, long recipients)
      throws SQLException {
    Db.update(
        c,
        "INSERT INTO push_notifications (account_id, target, target_id, message, recipients, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        accountId,
        target,
        targetId,
        call.p().str("message"),
        recipients,
        call.now());
  }
}
