package com.coupontools.sandbox.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/** Single-use access URLs: create one, create many (up to 100,000, streamed back), remove. */
final class SingleUseOps {
  private static final int SESSION_CODE_LENGTH = 21;
  private static final int SHORT_CODE_LENGTH = 6;
  private static final int READ_CHUNK = 2000;
  /** Spaces up to this size are enumerated when they are nearly full, instead of guessed into. */
  private static final long ENUMERABLE_SPACE = 4_000_000;

  private static final int BATCH = 50;
  private static final String INSERT_MANY = "INSERT OR IGNORE INTO sessions (account_id, campaign_id, code,"
      + " short_code, sequence_id, custom_code, initial_status, created_at, voided_at) VALUES ";
  private static final String INSERT = INSERT_MANY + "(?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private SingleUseOps() { }

  static void register(Map<String, OpHandler> h) {
    h.put("singleuse_create", SingleUseOps::create);
    h.put("multiplesingleuse_create", SingleUseOps::createMultiple);
    h.put("singleuse_remove", SingleUseOps::remove);
  }

  // ---- multiple ----

  private static Map<String, Object> createMultiple(Call call) {
    Params p = call.p();
    int amount = (int) p.lng("amount", 10);
    String status = p.str("status", "normal");
    CodePlan plan = null;
    if (p.flag("automated_codes")) {
      if (!p.has("code_length")) {
        throw p.errors().missing("code_length");
      }
      if (!p.has("code_type")) {
        throw p.errors().missing("code_type");
      }
      plan = new CodePlan(p.str("code_prefix", ""), p.lng("code_length").intValue(),
          "numeric".equals(p.str("code_type")) ? Ids.DIGITS : Ids.ALNUM);
    }
    CodePlan codes = plan;
    String now = call.now();
    long[] range = call.db().write(c -> {
      Map<String, Object> cam = Campaigns.findOr502(c, call, "campaign");
      long campaignId = Campaigns.id(cam);
      long accountId = ((Number) cam.get("account_id")).longValue();
      CodeSource source = codes == null ? null : codes.source(c, accountId, amount, call);
      long first = ((Number) cam.get("next_sequence")).longValue();
      Db.update(c, "UPDATE campaigns SET next_sequence = ? WHERE id = ?", first + amount, campaignId);
      insertMany(c, call, accountId, campaignId, first, amount, status, now, source);
      return new long[] {campaignId, first, first + amount};
    });
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("campaign", Ids.campaign(range[0]));
    out.put("action", "multiple_single_use_codes_created");
    out.put("data", (Iterable<Map<String, Object>>) () -> new Created(call.db(), range[0], range[1], range[2]));
    return out;
  }

  /**
   * Inserts {@code amount} sessions with sequence numbers from {@code first}, {@value #BATCH} rows
   * per statement (a multi-row INSERT is ~30 % faster in SQLite than one row per call). A row the
   * database refuses for a duplicate code is inserted again alone with new codes.
   */
  private static void insertMany(Connection c, Call call, long accountId, long campaignId, long first, int amount,
      String status, String now, CodeSource source) throws SQLException {
    String voided = "voided".equals(status) ? now : "";
    SplittableRandom rnd = Ids.fastRandom();
    StringBuilder sql = new StringBuilder(INSERT_MANY);
    for (int i = 0; i < BATCH; i++) {
      sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }
    try (PreparedStatement many = c.prepareStatement(sql.toString());
         PreparedStatement one = c.prepareStatement(INSERT)) {
      one.setLong(1, accountId);
      one.setLong(2, campaignId);
      one.setString(7, status);
      one.setString(8, now);
      one.setString(9, voided);
      long seq = first;
      long end = first + amount;
      while (end - seq >= BATCH) {
        for (int i = 0; i < BATCH; i++) {
          int o = i * 9;
          String code = Ids.random(rnd, Ids.LOWER_ALNUM, SESSION_CODE_LENGTH);
          many.setLong(o + 1, accountId);
          many.setLong(o + 2, campaignId);
          many.setString(o + 3, code);
          many.setString(o + 4, code.substring(0, SHORT_CODE_LENGTH));
          many.setLong(o + 5, seq + i);
          many.setString(o + 6, source == null ? "" : source.next(rnd));
          many.setString(o + 7, status);
          many.setString(o + 8, now);
          many.setString(o + 9, voided);
        }
        if (many.executeUpdate() < BATCH) {
          retryMissing(c, one, rnd, source, call, campaignId, seq, seq + BATCH);
        }
        seq += BATCH;
      }
      for (; seq < end; seq++) {
        one.setLong(5, seq);
        insertUnique(one, rnd, source, call);
      }
    }
  }

  private static void retryMissing(Connection c, PreparedStatement one, SplittableRandom rnd, CodeSource source,
      Call call, long campaignId, long from, long to) throws SQLException {
    BitSet present = new BitSet();
    try (PreparedStatement ps = Db.prepare(c, "SELECT sequence_id FROM sessions WHERE campaign_id = ?"
        + " AND sequence_id >= ? AND sequence_id < ?", campaignId, from, to);
         ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        present.set((int) (rs.getLong(1) - from));
      }
    }
    for (long seq = from; seq < to; seq++) {
      if (!present.get((int) (seq - from))) {
        one.setLong(5, seq);
        insertUnique(one, rnd, source, call);
      }
    }
  }

  /**
   * Inserts one session, drawing new random codes while the database reports a conflict on one of
   * its unique indexes (session code, short code, custom code): uniqueness is enforced there.
   */
  private static void insertUnique(PreparedStatement ps, SplittableRandom rnd, CodeSource codes, Call call)
      throws SQLException {
    for (int attempt = 0; ; attempt++) {
      String code = Ids.random(rnd, Ids.LOWER_ALNUM, SESSION_CODE_LENGTH);
      ps.setString(3, code);
      ps.setString(4, code.substring(0, SHORT_CODE_LENGTH));
      ps.setString(6, codes == null ? "" : codes.next(rnd));
      if (ps.executeUpdate() == 1) {
        return;
      }
      if (attempt >= 200) {
        throw lowOnCodes(call);
      }
    }
  }

  static ApiError lowOnCodes(Call call) {
    return call.errors().byCode(601,
        "Low on unique generated validation codes. Use a longer code_length or another code_prefix.");
  }

  /** How generated validation codes look: prefix + {@code length} characters of {@code alphabet}. */
  record CodePlan(String prefix, int length, String alphabet) {
    double space() {
      return Math.pow(alphabet.length(), length);
    }

    /**
     * Checks that the space left for this prefix and length can take {@code amount} more codes
     * (else 601, before anything is written) and picks the way to draw them.
     */
    CodeSource source(Connection c, long accountId, int amount, Call call) throws SQLException {
      double space = space();
      if (amount * 1000.0 < space) {
        // Plenty of room: guess, and let the unique index catch the rare repeat (601 if it keeps failing).
        return rnd -> prefix + Ids.random(rnd, alphabet, length);
      }
      BitSet used = space <= ENUMERABLE_SPACE ? new BitSet((int) space) : null;
      long usedCount = 0;
      try (PreparedStatement ps = Db.prepare(c, "SELECT custom_code FROM sessions WHERE account_id = ?"
          + " AND custom_code >= ? AND custom_code < ? AND length(custom_code) = ?",
          accountId, prefix, prefix + "\uDBFF\uDFFF", prefix.length() + length);
           ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String code = rs.getString(1);
          if (!code.startsWith(prefix)) {
            continue;
          }
          long index = indexOf(code.substring(prefix.length()));
          if (index >= 0) {
            usedCount++;
            if (used != null) {
              used.set((int) index);
            }
          }
        }
      }
      double free = space - usedCount;
      if (free < amount) {
        throw lowOnCodes(call);
      }
      if (used != null && amount > free / 4) {
        return new Enumerated(this, used, (int) space, call);
      }
      return rnd -> prefix + Ids.random(rnd, alphabet, length);
    }

    /** The position of a suffix in the space, or -1 when it is not made of this alphabet. */
    long indexOf(String suffix) {
      long index = 0;
      for (int i = 0; i < suffix.length(); i++) {
        int d = alphabet.indexOf(suffix.charAt(i));
        if (d < 0) {
          return -1;
        }
        index = index * alphabet.length() + d;
      }
      return index;
    }

    String at(long index) {
      char[] ch = new char[length];
      for (int i = length - 1; i >= 0; i--) {
        ch[i] = alphabet.charAt((int) (index % alphabet.length()));
        index /= alphabet.length();
      }
      return prefix + new String(ch);
    }
  }

  @FunctionalInterface
  interface CodeSource {
    String next(SplittableRandom rnd);
  }

  /** A nearly full small space: hand out the free codes in random order instead of guessing. */
  static final class Enumerated implements CodeSource {
    private final CodePlan plan;
    private final int[] free;
    private final Call call;
    private int next;

    Enumerated(CodePlan plan, BitSet used, int space, Call call) {
      this.plan = plan;
      this.call = call;
      this.free = new int[space - used.cardinality()];
      int n = 0;
      for (int i = used.nextClearBit(0); i < space; i = used.nextClearBit(i + 1)) {
        free[n++] = i;
      }
    }

    @Override
    public String next(SplittableRandom rnd) {
      if (next >= free.length) {
        throw lowOnCodes(call);
      }
      int j = next + rnd.nextInt(free.length - next); // partial Fisher–Yates
      int pick = free[j];
      free[j] = free[next];
      free[next++] = pick;
      return plan.at(pick);
    }
  }

  /** Streams the created sessions back from the database in chunks, so the heap stays small. */
  private static final class Created implements Iterator<Map<String, Object>> {
    private final Db db;
    private final long campaignId;
    private final long end;
    private long after;
    private Iterator<Map<String, Object>> chunk = List.<Map<String, Object>>of().iterator();
    private boolean exhausted;

    Created(Db db, long campaignId, long first, long end) {
      this.db = db;
      this.campaignId = campaignId;
      this.after = first - 1;
      this.end = end;
    }

    @Override
    public boolean hasNext() {
      while (!chunk.hasNext() && !exhausted) {
        List<Map<String, Object>> rows = db.read(c -> {
          List<Map<String, Object>> out = new ArrayList<>(READ_CHUNK);
          try (PreparedStatement ps = Db.prepare(c, "SELECT s.code, s.short_code, s.sequence_id,"
              + " s.custom_code, s.expirydate, s.created_at, s.voided_at, c.code FROM sessions s"
              + " JOIN campaigns c ON c.id = s.campaign_id WHERE s.campaign_id = ? AND s.sequence_id > ?"
              + " AND s.sequence_id < ? ORDER BY s.sequence_id LIMIT " + READ_CHUNK, campaignId, after, end);
               ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              Map<String, Object> m = new LinkedHashMap<>(12);
              String code = rs.getString(1);
              m.put("single_use_code", code);
              m.put("sequence_id", rs.getLong(3));
              m.put("single_use_url", Sessions.URL_BASE + rs.getString(8) + "/" + code);
              m.put("widget_validation_code", rs.getString(2));
              m.put("custom_validation_code", rs.getString(4));
              m.put("expirydate", rs.getString(5));
              m.put("create_date", rs.getString(6));
              m.put("voided", !rs.getString(7).isEmpty());
              out.add(m);
            }
          }
          return out;
        });
        if (rows.size() < READ_CHUNK) {
          exhausted = true;
        }
        if (!rows.isEmpty()) {
          after = ((Number) rows.get(rows.size() - 1).get("sequence_id")).longValue();
        }
        chunk = rows.iterator();
      }
      return chunk.hasNext();
    }

    @Override
    public Map<String, Object> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return chunk.next();
    }
  }

  // ---- one ----

  private static final String[] DATA_FIELDS = {"firstname", "lastname", "email", "phone", "customid",
      "customfield1", "customfield2", "customfield3", "customfield4", "customfield5", "customfield6",
      "customfield7"};

  private static Map<String, Object> create(Call call) {
    Params p = call.p();
    String now = call.now();
    Map<String, Object> session = call.db().write(c -> {
      Map<String, Object> cam = Campaigns.findOr502(c, call, "campaign");
      long campaignId = Campaigns.id(cam);
      long accountId = ((Number) cam.get("account_id")).longValue();
      String check = p.str("duplicate_check");
      if (check != null && !p.str(check, "").isEmpty()) {
        Map<String, Object> existing = Db.row(c, Sessions.SELECT + " WHERE s.campaign_id = ? AND s." + column(check)
            + " = ? ORDER BY s.id LIMIT 1", campaignId, p.str(check));
        if (existing != null) {
          return existing;
        }
      }
      String custom = p.str("customvalcode", "");
      int autoDigits = custom.isEmpty() && p.has("autovalcode")
          ? Integer.parseInt(p.str("autovalcode").replace("digits", "")) : 0;
      if (!custom.isEmpty() && Db.count(c, "SELECT count(*) FROM sessions WHERE account_id = ? AND custom_code = ?",
          accountId, custom) > 0) {
        throw new ApiError(300, "Incorrect value in parameter: customvalcode. This validation code is already in use.");
      }
      long seq = ((Number) cam.get("next_sequence")).longValue();
      Db.update(c, "UPDATE campaigns SET next_sequence = ? WHERE id = ?", seq + 1, campaignId);
      SplittableRandom rnd = Ids.fastRandom();
      CodeSource codes = autoDigits > 0
          ? new CodePlan("", autoDigits, Ids.DIGITS).source(c, accountId, 1, call) : rnd2 -> custom;
      long id;
      try (PreparedStatement ps = c.prepareStatement(INSERT)) {
        ps.setLong(1, accountId);
        ps.setLong(2, campaignId);
        ps.setLong(5, seq);
        ps.setString(7, "normal");
        ps.setString(8, now);
        ps.setString(9, "");
        insertUnique(ps, rnd, codes, call);
      }
      id = Db.count(c, "SELECT last_insert_rowid()");
      List<Object> args = new ArrayList<>();
      StringBuilder set = new StringBuilder("expirydate = ?, utm = ?");
      args.add(p.has("expiry_date") ? normaliseExpiry(p.str("expiry_date")) : "");
      args.add(utm(p));
      for (String f : DATA_FIELDS) {
        if (p.has(f)) {
          set.append(", ").append(f).append(" = ?");
          args.add(p.str(f));
        }
      }
      args.add(id);
      Db.update(c, "UPDATE sessions SET " + set + " WHERE id = ?", args.toArray());
      return Sessions.byId(c, id);
    });
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("campaign", Ids.campaign(((Number) session.get("campaign_id")).longValue()));
    out.put("action", "single_use_code_created");
    out.put("single_use_code", session.get("code"));
    out.put("single_use_url", Sessions.url(session));
    out.put("widget_validation_code", session.get("short_code"));
    out.put("custom_validation_code", session.get("custom_code"));
    out.put("customid", session.get("customid"));
    return out;
  }

  /** {@code yyyy-MM-dd:HH:mm:ss} (the older form) and {@code yyyy-MM-dd HH:mm:ss} mean the same. */
  private static String normaliseExpiry(String v) {
    return v.length() > 10 ? v.substring(0, 10) + " " + v.substring(11) : v;
  }

  private static String column(String check) {
    return switch (check) {
      case "email" -> "email";
      case "phone" -> "phone";
      default -> "customid";
    };
  }

  private static String utm(Params p) {
    StringBuilder b = new StringBuilder();
    for (String k : new String[] {"utm_campaign", "utm_source", "utm_medium", "utm_term", "utm_content"}) {
      if (p.has(k)) {
        b.append(b.length() == 0 ? "" : "&").append(k).append('=')
            .append(java.net.URLEncoder.encode(p.str(k), java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    return b.toString();
  }

  // ---- remove ----

  private static Map<String, Object> remove(Call call) {
    String code = call.db().write(c -> {
      Map<String, Object> cam = Campaigns.findOr502(c, call, "campaign");
      Map<String, Object> s = Sessions.find(c, call.caller(), call.p().str("couponsession"));
      if (s == null || ((Number) s.get("campaign_id")).longValue() != Campaigns.id(cam)) {
        throw call.errors().notFound(505, "couponsession", "Couponsession not found.");
      }
      Db.update(c, "DELETE FROM sessions WHERE id = ?", s.get("id"));
      return (String) s.get("code");
    });
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("campaign", Ids.campaign(call.p().id("campaign")));
    out.put("action", "single_use_code_removed");
    out.put("single_use_code", code);
    return out;
  }
}
