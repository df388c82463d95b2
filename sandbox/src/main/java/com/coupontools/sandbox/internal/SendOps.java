package com.coupontools.sandbox.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sending a coupon campaign or a directory to one person by email or SMS, through the calling
 * account's integration (104 / 103 at authentication without one). Nothing is delivered: each
 * send is recorded in {@code sent_messages}. A coupon send carries a new coupon session (its
 * unique URL) unless the request names one; an email costs one unit of the account's email
 * balance (604 when it is spent).
 */
final class SendOps {
  private SendOps() {}

  static void register(Map<String, OpHandler> h) {
    h.put("send_email", SendOps::email);
    h.put("send_sms", SendOps::sms);
  }

  /** What is sent: a campaign (with its row) or a directory (with its row). */
  private record Target(String id, Map<String, Object> campaign, Map<String, Object> directory) {
    boolean isDirectory() {
      return directory != null;
    }
  }

  /** The campaign ({@code cam_…} or bare digits) or directory ({@code dir_…}) the caller sees, or 502. */
  private static Target target(Connection c, Call call) throws SQLException {
    String given = call.p().str("campaign");
    long id = call.p().id("campaign");
    if (given.startsWith("dir_")) {
      Map<String, Object> d = Db.row(
          c,
          "SELECT * FROM directories WHERE id = ? AND account_id IN "
              + call.caller().in(),
          id);
      if (d == null) {
        throw call.errors().notFound("directory", 502);
      }
      return new Target(Ids.directory(id), null, d);
    }
    return new Target(Ids.campaign(id), Campaigns.findOr502(c, call, "campaign"), null);
  }

  /** A new session of the campaign for one recipient, with the recipient's data. */
  private static Map<String, Object> newSession(
      Connection c, Call call, Target t, Map<String, String> data) throws SQLException {
    long id = SingleUseOps.insertSession(c, call, t.campaign(), rnd -> "", call.now());
    for (Map.Entry<String, String> e : data.entrySet()) {
      Db.update(c, "UPDATE sessions SET " + e.getKey() + " = ? WHERE id = ?", e.getValue(), id);
    }
    return Sessions.byId(c, id);
  }

  private static void record(
      Connection c,
      Call call,
      String channel,
      Target t,
      String recipient,
      String subject,
      String body,
      String session)
      throws SQLException {
    Db.update(
        c,
        "INSERT INTO sent_messages (account_id, channel, target, recipient, subject, body, session_code,"
            + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        call.caller().id(),
        channel,
        t.id(),
        recipient,
        subject,
        body,
        session,
        call.now());
  }

  private static Map<String, Object> email(Call call) {
    Params p = call.p();
    String email = p.str("email");
    return call.db().write(c -> {
      Target t = target(c, call);
      if (t.isDirectory() && p.has("couponsession")) {
        throw call.errors()
            .refused(300, "couponsession", "Only a coupon campaign is sent with a coupon session.");
      }
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("campaign", t.id());
      out.put("action", "email_sent");
      out.put("email", email);
      if (p.flag("check_unique")) {
        Map<String, Object> earlier = Db.row(
            c,
            "SELECT session_code FROM sent_messages WHERE account_id = ?"
                + " AND channel = 'email' AND target = ? AND lower(recipient) = lower(?) ORDER BY id LIMIT 1",
            call.caller().id(),
            t.id(),
            email);
        if (earlier != null) {
          // Not mailed again (and not charged): the answer names the session it received.
          putSession(out, (String) earlier.get("session_code"));
          return out;
        }
      }
      long balance = Db.count(
          c, "SELECT email_balance FROM accounts WHERE id = ?", call.caller().id());
      if (balance <= 0) {
        throw call.errors().byCode(604);
      }
      String session = "";
      if (!t.isDirectory()) {
        Map<String, Object> s;
        if (p.has("couponsession")) {
          s = Sessions.find(c, call.caller(), p.str("couponsession"));
          if (s == null
              || ((Number) s.get("campaign_id")).longValue() != Campaigns.id(t.campaign())) {
            throw call.errors()
                .refused(300, "couponsession", "No such coupon session in this campaign.");
          }
        } else {
          Map<String, String> data = new LinkedHashMap<>();
          data.put("email", email);
          for (String f : new String[] {"firstname", "lastname"}) {
            if (p.has(f)) {
              data.put(f, p.str(f));
            }
          }
          s = newSession(c, call, t, data);
        }
        session = (String) s.get("code");
      }
      Db.update(
          c,
          "UPDATE accounts SET email_balance = email_balance - 1 WHERE id = ?",
          call.caller().id());
      record(c, call, "email", t, email, p.str("subject", ""), "", session);
      putSession(out, session);
      return out;
    });
  }

  private static void putSession(Map<String, Object> out, String session) {
    if (session != null && !session.isEmpty()) {
      out.put("single_use_code", session);
    }
  }

  /**
   * The SMS carries the body (when given) and the unique URL: a new session's for a coupon, the
   * directory's for a directory (whose code is then the {@code single_use_code}, the one the URL carries).
   */
  private static Map<String, Object> sms(Call call) {
    Params p = call.p();
    String phone = p.str("phone").substring(1); // E.164 (checked by the schema) without its '+'
    return call.db().write(c -> {
      Target t = target(c, call);
      String code;
      String url;
      if (t.isDirectory()) {
        code = (String) t.directory().get("code");
        url = DirectoryOps.URL_BASE + code;
      } else {
        Map<String, Object> s = newSession(c, call, t, Map.of("phone", p.str("phone")));
        code = (String) s.get("code");
        url = Sessions.url(s);
      }
      String text = p.has("body") ? p.str("body") + " " + url : url;
      record(c, call, "sms", t, phone, "", text, t.isDirectory() ? "" : code);
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("campaign", t.id());
      out.put("message", p.has("body") ? p.str("body") : url);
      out.put("phone", phone);
      out.put("single_use_code", code);
      return out;
    });
  }
}
