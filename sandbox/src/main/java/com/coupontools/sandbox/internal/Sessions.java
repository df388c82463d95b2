package com.coupontools.sandbox.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Coupon sessions: lookups in the caller's scope and the session-data map the responses share. */
final class Sessions {
  /** What a session holds of its user, in the answers' order. */
  static final List<String> USER_FIELDS = Stream.concat(
          Stream.of("firstname", "lastname", "email", "phone"), Ops.CUSTOM_FIELDS.stream())
      .toList();

  static final String URL_BASE = "https://digicpn.com/p/";
  static final String SELECT = "SELECT s.*, c.code AS campaign_code FROM sessions s"
      + " JOIN campaigns c ON c.id = s.campaign_id";

  private Sessions() {}

  /**
   * A session by its long code or its 6-character short form, in the caller's scope. The short
   * form is the first 6 characters of the long one, so the one unique index on
   * (account, short code) finds both and keeps both unique within an account.
   */
  static Map<String, Object> find(Connection c, Caller caller, String code) throws SQLException {
    if (code.length() < 6) {
      return null;
    }
    String sql = SELECT + " WHERE s.short_code = ? AND s.account_id IN " + caller.in()
        + (code.length() == 6 ? "" : " AND s.code = ?") + " ORDER BY s.id LIMIT 1";
    return code.length() == 6 ? Db.row(c, sql, code) : Db.row(c, sql, code.substring(0, 6), code);
  }

  static Map<String, Object> findOr505(Connection c, Call call, String code) throws SQLException {
    Map<String, Object> s = find(c, call.caller(), code);
    if (s == null) {
      throw call.errors().notFound("couponsession", 505);
    }
    return s;
  }

  static Map<String, Object> byId(Connection c, long id) throws SQLException {
    return Db.row(c, SELECT + " WHERE s.id = ?", id);
  }

  static String url(Map<String, Object> s) {
    return URL_BASE + s.get("campaign_code") + "/" + s.get("code");
  }

  static boolean happened(Map<String, Object> s, String column) {
    return !((String) s.get(column)).isEmpty();
  }

  /** The usage state of a session ({@code data.status} in session data, {@code status} in lists). */
  static Map<String, Object> status(Map<String, Object> s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("created_date_utc", s.get("created_at"));
    m.put("opened", happened(s, "opened_at"));
    m.put("open_date_utc", s.get("opened_at"));
    m.put("played", happened(s, "played_at"));
    m.put("played_date_utc", s.get("played_at"));
    m.put("claimed", happened(s, "claimed_at"));
    m.put("claim_date_utc", s.get("claimed_at"));
    m.put("claimtype", s.get("claimtype"));
    m.put("saved_to_passbook", s.get("saved_to_passbook"));
    m.put("validated", happened(s, "validated_at"));
    m.put("validation_date_utc", s.get("validated_at"));
    m.put("validation_value", s.get("validation_value"));
    m.put("voided", happened(s, "voided_at"));
    m.put("voided_date_utc", s.get("voided_at"));
    m.put("locked", s.get("locked"));
    m.put("value", s.get("value"));
    m.put("own_validation_code", s.get("custom_code"));
    return m;
  }

  static Map<String, Object> user(Map<String, Object> s) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (String f : USER_FIELDS) {
      m.put(f, s.get(f));
    }
    return m;
  }

  /** Everything "retrieve all data from one coupon session" returns (minus status and action). */
  static Map<String, Object> data(Map<String, Object> s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("campaign", Ids.campaign(((Number) s.get("campaign_id")).longValue()));
    m.put("session", s.get("code"));
    m.put("session_url", url(s));
    m.put("sequenceid", s.get("sequence_id"));
    m.put("customid", s.get("customid"));
    m.put("data", Map.of("status", status(s), "user", user(s)));
    return m;
  }

  /** An item of the campaign usage lists (data, opens, claims, validations). */
  static Map<String, Object> listItem(Map<String, Object> s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("sequenceid", s.get("sequence_id"));
    m.put("session", s.get("code"));
    m.put("status", status(s));
    return m;
  }
}
