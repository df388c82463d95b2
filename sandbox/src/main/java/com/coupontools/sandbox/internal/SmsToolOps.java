package com.coupontools.sandbox.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SMS tool of the calling account (an SMS integration is needed: 103 at authentication):
 * groups (list, add) and their contacts (list, add). A phone number is stored as the digits of
 * its E.164 form and is unique per group: adding a number the group has updates that contact.
 */
final class SmsToolOps {
  /** The docs' form of an unsubscription time: {@code 13/07/2025 19:47 UTC}. */
  private static final DateTimeFormatter UNSUBSCRIBED =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm 'UTC'");

  private SmsToolOps() {}

  static void register(Map<String, OpHandler> h) {
    h.put("smstool_grouplist", call -> groups(call, "sms_groups"));
    h.put("smstool_userlist", SmsToolOps::contacts);
    h.put("smstool_addgroup", SmsToolOps::addGroup);
    h.put("smstool_addcontact", SmsToolOps::addContact);
  }

  /** The caller's own groups of a tool ({@code sms_groups}, {@code email_groups}): the two lists have one shape. */
  static Map<String, Object> groups(Call call, String table) {
    List<Map<String, Object>> items = call.db().read(c -> {
      List<Map<String, Object>> out = new ArrayList<>();
      for (Map<String, Object> g : Db.rows(
          c,
          "SELECT * FROM " + table + " WHERE account_id = ? ORDER BY id",
          call.caller().id())) {
        out.add(Map.of("ID", Ids.group(((Number) g.get("id")).longValue()), "name", g.get("name")));
      }
      return out;
    });
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("amount_of_groups", items.size());
    out.put("group", items);
    return out;
  }

  /** The caller's own SMS group named by {@code smsgroup}, or 514. */
  private static Map<String, Object> group(Connection c, Call call) throws SQLException {
    Map<String, Object> g = Db.row(
        c,
        "SELECT * FROM sms_groups WHERE id = ? AND account_id = ?",
        call.p().id("smsgroup"),
        call.caller().id());
    if (g == null) {
      throw call.errors().notFound("group", 514);
    }
    return g;
  }

  private static Map<String, Object> contact(Map<String, Object> row) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ID", Ids.smsContact(((Number) row.get("id")).longValue()));
    m.put("phone", row.get("phone"));
    m.put("first_name", row.get("first_name"));
    m.put("last_name", row.get("last_name"));
    String unsubscribed = (String) row.get("unsubscribed_at");
    m.put("unsubscribed", !unsubscribed.isEmpty());
    if (!unsubscribed.isEmpty()) {
      m.put("unsubscribedate", LocalDateTime.parse(unsubscribed, Call.WIRE).format(UNSUBSCRIBED));
    }
    return m;
  }

  private static Map<String, Object> contacts(Call call) {
    return call.db().read(c -> {
      Map<String, Object> g = group(c, call);
      List<Map<String, Object>> items = new ArrayList<>();
      for (Map<String, Object> row :
          Db.rows(c, "SELECT * FROM sms_contacts WHERE group_id = ? ORDER BY id", g.get("id"))) {
        items.add(contact(row));
      }
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("group_id", Ids.group(((Number) g.get("id")).longValue()));
      out.put("group_name", g.get("name"));
      out.put("amount_of_contacts", items.size());
      out.put("contact", items);
      return out;
    });
  }

  private static Map<String, Object> addGroup(Call call) {
    return Map.of("group", call.db().write(c -> {
      long id = Db.insert(
          c,
          "INSERT INTO sms_groups (account_id, name) VALUES (?, ?)",
          call.caller().id(),
          call.p().str("group_name"));
      return Map.of("ID", Ids.group(id), "name", call.p().str("group_name"));
    }));
  }

  private static Map<String, Object> addContact(Call call) {
    Params p = call.p();
    String phone = p.str("phone").substring(1); // E.164 (checked by the schema) without its '+'
    return call.db().write(c -> {
      Map<String, Object> g = group(c, call);
      Map<String, Object> existing = Db.row(
          c, "SELECT id FROM sms_contacts WHERE group_id = ? AND phone = ?", g.get("id"), phone);
      long id;
      if (existing == null) {
        id = Db.insert(
            c,
            "INSERT INTO sms_contacts (group_id, phone, created_at) VALUES (?, ?, ?)",
            g.get("id"),
            phone,
            call.now());
      } else {
        id = ((Number) existing.get("id")).longValue();
      }
      List<Object> args = new ArrayList<>();
      StringBuilder set = new StringBuilder();
      for (String f : fields()) {
        if (p.has(f)) {
          set.append(set.length() == 0 ? "" : ", ").append(f).append(" = ?");
          args.add(p.str(f));
        }
      }
      if (set.length() > 0) {
        args.add(id);
        Db.update(c, "UPDATE sms_contacts SET " + set + " WHERE id = ?", args.toArray());
      }
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("group_id", Ids.group(((Number) g.get("id")).longValue()));
      out.put("contact", contact(Db.row(c, "SELECT * FROM sms_contacts WHERE id = ?", id)));
      return out;
    });
  }

  private static List<String> fields() {
    List<String> f = new ArrayList<>(List.of("first_name", "last_name", "birthday"));
    f.addAll(Ops.CUSTOM_FIELDS);
    return f;
  }
}
