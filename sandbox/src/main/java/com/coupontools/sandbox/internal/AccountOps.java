package com.coupontools.sandbox.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The calling account: single sign on for itself and for a teammate. The tokens are stored with
 * what they open and lead nowhere (nothing is sent); the subaccount SSO and password reset use
 * the same tokens.
 */
final class AccountOps {
  static final String DASHBOARD = "https://www.coupontools.com/en/";
  static final String WHITELABEL = "https://dashboard.sandbox-coupons.example/en/";

  private AccountOps() {}

  static void register(Map<String, OpHandler> h) {
    h.put(
        "account_sso",
        call -> Map.of(
            "account", call.db().write(c -> sso(c, call, call.caller().id(), null, "", null))));
    h.put("teammate_sso", AccountOps::teammateSso);
  }

  private static Map<String, Object> teammateSso(Call call) {
    Params p = call.p();
    String page = p.str("page", "");
    return Map.of("teammate", call.db().write(c -> {
      Map<String, Object> t = Db.row(
          c,
          "SELECT * FROM teammates WHERE id = ? AND account_id = ?",
          p.id("teammate"),
          call.caller().id());
      if (t == null) {
        throw call.errors().notFound("teammate", 503);
      }
      Long campaign = null;
      if ("update_campaign".equals(page)) { // then campaign is given: x-required-when
        campaign = Campaigns.id(Campaigns.findOr502(c, call, "campaign"));
      }
      long id = ((Number) t.get("id")).longValue();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("ID", String.valueOf(id));
      m.putAll(sso(c, call, call.caller().id(), id, page, campaign));
      return m;
    }));
  }

  /** A one-hour login token for an account (or one of its teammates) and the URLs that use it. */
  static Map<String, Object> sso(
      Connection c, Call call, long account, Long teammate, String page, Long campaign)
      throws SQLException {
    String token = token(c, call, account, "sso", page, campaign, teammate, 1);
    String query = "sso?token=" + token + (page.isEmpty() ? "" : "&page=" + page)
        + (campaign == null ? "" : "&campaign=" + Ids.campaign(campaign));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("token", token);
    m.put("url", DASHBOARD + query);
    m.put("url_whitelabel", WHITELABEL + query);
    return m;
  }

  /** Stores a random token of {@code kind} ({@code sso}, {@code reset}) valid for some hours. */
  static String token(
      Connection c,
      Call call,
      long account,
      String kind,
      String page,
      Long campaign,
      Long teammate,
      int validHours)
      throws SQLException {
    String token = Ids.secure(Ids.HEX, 48);
    Db.update(
        c,
        "INSERT INTO account_tokens (token, account_id, kind, page, campaign_id, teammate_id, created_at,"
            + " expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        token,
        account,
        kind,
        page,
        campaign,
        teammate,
        call.now(),
        LocalDateTime.now(call.clock()).plusHours(validHours).format(Call.WIRE));
    return token;
  }
}
