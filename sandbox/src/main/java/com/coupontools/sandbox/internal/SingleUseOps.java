package com.coupontools.sandbox.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Single-use access URLs: create one, create many (up to 100,000, streamed back), remove. */
final class SingleUseOps {
  private static final int SESSION_CODE_LENGTH = 21;
  private static final int SHORT_CODE_LENGTH = 6;
  /** Spaces up to this size are enumerated when they are nearly full, instead of guessed into. */
  private static final long ENUMERABLE_SPACE = 4_000_000;

  private static final int BATCH = 200;
  private static final String[] SHARED_COLUMNS = {
    "account_id", "campaign_id", "initial_status", "created_at", "voided_at"
  };
  private static final String[] ROW_COLUMNS = {"code", "short_code", "sequence_id", "custom_code"};
  static final String INSERT = "INSERT INTO sessions (account_id, campaign_id, code, short_code,"
      + " sequence_id, custom_code, initial_status, created_at, voided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
      + " ON CONFLICT DO NOTHING";

  private SingleUseOps() {}

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
    if (p.flag("automated_codes")) { // code_length and code_type are then given: x-required-when
      plan = new CodePlan(
          p.str("code_prefix", ""),
          p.lng("code_length").intValue(),
          "numeric".equals(p.str("code_type")) ? Ids.DIGITS : Ids.ALNUM);
    }
    CodePlan codes = plan;
    String now = call.now();
    Batch batch = call.db().write(c -> {
      Map<String, Object> cam = Campaigns.findOr502(c, call, "campaign");
      long campaignId = Campaigns.id(cam);
      long accountId = ((Number) cam.get("account_id")).longValue();
      CodeSource source = codes == null ? null : codes.source(c, accountId, amount, call);
      long first = ((Number) cam.get("next_sequence")).longValue();
      Db.update(
          c, "UPDATE campaigns SET next_sequence = ? WHERE id = ?", first + amount, campaignId);
      Batch b = new Batch(
          campaignId, (String) cam.get("code"), first, amount, source != null, status, now);
      insertMany(c, call, accountId, b, source);
      return b;
    });
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("campaign", Ids.campaign(batch.campaignId));
    out.put("action", "multiple_single_use_codes_created");
    out.put("data", batch);
    return out;
  }

  /**
   * The sessions one call created, as committed: the long codes in one byte array (21 ASCII bytes
   * each) and the generated codes, about 5 MB for 100,000. The response is written from here
   * item by item as the JSON streams out, so neither the list nor the 27 MB body is ever built.
   */
  static final class Batch implements Iterable<Map<String, Object>> {
    final long campaignId;
    final String campaignCode;
    final long first;
    final int amount;
    final byte[] codes;
    final String[] custom;
    final String status;
    final String now;

    Batch(
        long campaignId,
        String campaignCode,
        long first,
        int amount,
        boolean withCustom,
        String status,
        String now) {
      this.campaignId = campaignId;
      this.campaignCode = campaignCode;
      this.first = first;
      this.amount = amount;
      this.codes = new byte[amount * SESSION_CODE_LENGTH];
      this.custom = withCustom ? new String[amount] : null;
      this.status = status;
      this.now = now;
    }

    void set(long seq, String code, String customCode) {
      int i = (int) (seq - first);
      for (int k = 0; k < SESSION_CODE_LENGTH; k++) {
        codes[i * SESSION_CODE_LENGTH + k] = (byte) code.charAt(k); // ASCII by construction
      }
      if (custom != null) {
        custom[i] = customCode;
      }
    }

    @Override
    public Iterator<Map<String, Object>> iterator() {
      String voided = "voided".equals(status) ? "1" : "0";
      return new Iterator<>() {
        private int i;

        @Override
        public boolean hasNext() {
          return i < amount;
        }

        @Override
        public Map<String, Object> next() {
          if (i >= amount) {
            throw new NoSuchElementException();
          }
          String code = new String(
              codes, i * SESSION_CODE_LENGTH, SESSION_CODE_LENGTH, StandardCharsets.ISO_8859_1);
          Map<String, Object> m = new HashMap<>(16);
          m.put("single_use_code", code);
          m.put("sequence_id", first + i);
          m.put("single_use_url", Sessions.URL_BASE + campaignCode + "/" + code);
          m.put("widget_validation_code", code.substring(0, SHORT_CODE_LENGTH));
          m.put("custom_validation_code", custom == null ? "" : custom[i]);
          m.put("expirydate", "");
          m.put("create_date", now);
          m.put("voided", voided);
          i++;
          return m;
        }
      };
    }
  }

  /**
   * Inserts {@code amount} sessions with sequence numbers from {@code first}, {@value #BATCH} rows
   * per statement (a multi-row INSERT is ~30 % faster in SQLite than one row per call, and saves
   * round trips to PostgreSQL). A row the
   * database refuses for a duplicate code is inserted again alone with new codes.
   */
  private static void insertMany(
      Connection c, Call call, long accountId, Batch b, CodeSource source) throws SQLException {
    long campaignId = b.campaignId;
    String status = b.status;
    String now = b.now;
    String voided = "voided".equals(status) ? now : "";
    SplittableRandom rnd = Ids.fastRandom();
    // The columns that are the same for every row are bound once; per row only the codes and the
    // sequence number vary.
    try (RowBatch many =
            new RowBatch(c, call.db().dialect(), "sessions", SHARED_COLUMNS, ROW_COLUMNS, BATCH);
        PreparedStatement one = c.prepareStatement(INSERT)) {
      many.shared(0, accountId);
      many.shared(1, campaignId);
      many.shared(2, status);
      many.shared(3, now);
      many.shared(4, voided);
      one.setLong(1, accountId);
      one.setLong(2, campaignId);
      one.setString(7, status);
      one.setString(8, now);
      one.setString(9, voided);
      long seq = b.first;
      long end = b.first + b.amount;
      while (end - seq >= BATCH) {
        for (int i = 0; i < BATCH; i++) {
          String code = Ids.random(rnd, Ids.LOWER_ALNUM, SESSION_CODE_LENGTH);
          String customCode = source == null ? "" : source.next(rnd);
          many.set(i, 0, code);
          many.set(i, 1, code.substring(0, SHORT_CODE_LENGTH));
          many.set(i, 2, seq + i);
          many.set(i, 3, customCode);
          b.set(seq + i, code, customCode);
        }
        if (many.execute() < BATCH) {
          retryMissing(c, one, accountId, rnd, source, call, b, seq, seq + BATCH);
        }
        seq += BATCH;
      }
      for (; seq < end; seq++) {
        one.setLong(5, seq);
        String[] used = insertUnique(c, one, accountId, null, rnd, source, () -> lowOnCodes(call));
        b.set(seq, used[0], used[1]);
      }
    }
  }

  private static void retryMissing(
      Connection c,
      PreparedStatement one,
      long accountId,
      SplittableRandom rnd,
      CodeSource source,
      Call call,
      Batch b,
      long from,
      long to)
      throws SQLException {
    long campaignId = b.campaignId;
    BitSet present = new BitSet();
    try (PreparedStatement ps = Db.prepare(
            c,
            "SELECT sequence_id FROM sessions WHERE campaign_id = ?"
                + " AND sequence_id >= ? AND sequence_id < ?",
            campaignId,
            from,
            to);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        present.set((int) (rs.getLong(1) - from));
      }
    }
    for (long seq = from; seq < to; seq++) {
      if (!present.get((int) (seq - from))) {
        one.setLong(5, seq);
        // the custom code this row was refused with is tried again first (see insertUnique)
        String refused = b.custom == null ? null : b.custom[(int) (seq - b.first)];
        String[] used =
            insertUnique(c, one, accountId, refused, rnd, source, () -> lowOnCodes(call));
        b.set(seq, used[0], used[1]);
      }
    }
  }

  /**
   * Inserts one session, drawing new random codes while the database reports a conflict on one of
   * its unique indexes (session code, short code, custom code): uniqueness is enforced there. A
   * refused custom code that no session holds (the clash was the session or the short code) is
   * kept for the next attempt: in a nearly full code space every free code is needed, and
   * dropping it made a request for exactly the codes left fail with 601.
   *
   * @param customCode the custom code to try first, or null to take one from {@code codes}
   */
  static String[] insertUnique(
      Connection c,
      PreparedStatement ps,
      long accountId,
      String customCode,
      SplittableRandom rnd,
      CodeSource codes,
      Supplier<ApiError> lowOnCodes)
      throws SQLException {
    for (int attempt = 0; ; attempt++) {
      String code = Ids.random(rnd, Ids.LOWER_ALNUM, SESSION_CODE_LENGTH);
      if (customCode == null) {
        customCode = codes == null ? "" : codes.next(rnd);
      }
      ps.setString(3, code);
      ps.setString(4, code.substring(0, SHORT_CODE_LENGTH));
      ps.setString(6, customCode);
      if (ps.executeUpdate() == 1) {
        return new String[] {code, customCode};
      }
      if (attempt >= 200) {
        throw lowOnCodes.get();
      }
      if (!customCode.isEmpty() && customCodeTaken(c, accountId, customCode)) {
        customCode = null;
      }
    }
  }

  private static boolean customCodeTaken(Connection c, long accountId, String customCode)
      throws SQLException {
    try (PreparedStatement ps = Db.prepare(
            c,
            "SELECT 1 FROM sessions WHERE account_id = ? AND custom_code = ?",
            accountId,
            customCode);
        ResultSet rs = ps.executeQuery()) {
      return rs.next();
    }
  }

  static ApiError lowOnCodes(Call call) {
    return call.errors().byCode(601);
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
        // Plenty of room: guess, and let the unique index catch the rare repeat (601 if it keeps
        // failing).
        return rnd -> prefix + Ids.random(rnd, alphabet, length);
      }
      BitSet used = space <= ENUMERABLE_SPACE ? new BitSet((int) space) : null;
      long usedCount = 0;
      // custom_code compares byte by byte on both engines (${text} in the migration), so this
      // range is exactly the codes that start with the prefix, read from the unique index.
      try (PreparedStatement ps = Db.prepare(
              c,
              "SELECT custom_code FROM sessions WHERE account_id = ?"
                  + " AND custom_code >= ? AND custom_code < ? AND length(custom_code) = ?",
              accountId,
              prefix,
              prefix + "\uDBFF\uDFFF",
              prefix.length() + length);
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
        return new Enumerated(this, used, (int) space, () -> lowOnCodes(call));
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
    private final Supplier<ApiError> lowOnCodes;
    private int next;

    Enumerated(CodePlan plan, BitSet used, int space, Supplier<ApiError> lowOnCodes) {
      this.plan = plan;
      this.lowOnCodes = lowOnCodes;
      this.free = new int[space - used.cardinality()];
      int n = 0;
      for (int i = used.nextClearBit(0); i < space; i = used.nextClearBit(i + 1)) {
        free[n++] = i;
      }
    }

    @Override
    public String next(SplittableRandom rnd) {
      if (next >= free.length) {
        throw lowOnCodes.get();
      }
      int j = next + rnd.nextInt(free.length - next); // partial Fisher–Yates
      int pick = free[j];
      free[j] = free[next];
      free[next++] = pick;
      return plan.at(pick);
    }
  }

  // ---- one ----

  /** What a create stores with the session: its user's data and the custom ID. */
  private static final List<String> DATA_FIELDS =
      Stream.concat(Sessions.USER_FIELDS.stream(), Stream.of("customid")).toList();

  private static Map<String, Object> create(Call call) {
    Params p = call.p();
    String now = call.now();
    Map<String, Object> session = call.db().write(c -> {
      Map<String, Object> cam = Campaigns.findOr502(c, call, "campaign");
      long campaignId = Campaigns.id(cam);
      long accountId = ((Number) cam.get("account_id")).longValue();
      String check = p.str("duplicate_check");
      if (check != null && !p.str(check, "").isEmpty()) {
        Map<String, Object> existing = Db.row(
            c,
            Sessions.SELECT + " WHERE s.campaign_id = ? AND s." + column(check)
                + " = ? ORDER BY s.id LIMIT 1",
            campaignId,
            p.str(check));
        if (existing != null) {
          return existing;
        }
      }
      String custom = p.str("customvalcode", "");
      int autoDigits = custom.isEmpty() && p.has("autovalcode")
          ? Integer.parseInt(p.str("autovalcode").replace("digits", ""))
          : 0;
      if (!custom.isEmpty()
          && Db.count(
                  c,
                  "SELECT count(*) FROM sessions WHERE account_id = ? AND custom_code = ?",
                  accountId,
                  custom)
              > 0) {
        throw call.errors()
            .refused(300, "customvalcode", "This validation code is already in use.");
      }
      CodeSource codes = autoDigits > 0
          ? new CodePlan("", autoDigits, Ids.DIGITS).source(c, accountId, 1, call)
          : rnd2 -> custom;
      long id = insertSession(c, call, cam, codes, now);
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

  /**
   * One new session of the campaign: the next sequence number, a fresh session code and the
   * custom code {@code codes} gives ({@code ""} for none). Returns its row ID.
   */
  static long insertSession(
      Connection c, Call call, Map<String, Object> cam, CodeSource codes, String now)
      throws SQLException {
    long campaignId = Campaigns.id(cam);
    long seq = ((Number) cam.get("next_sequence")).longValue();
    Db.update(c, "UPDATE campaigns SET next_sequence = ? WHERE id = ?", seq + 1, campaignId);
    try (PreparedStatement ps = c.prepareStatement(INSERT, new String[] {"id"})) {
      ps.setLong(1, ((Number) cam.get("account_id")).longValue());
      ps.setLong(2, campaignId);
      ps.setLong(5, seq);
      ps.setString(7, "normal");
      ps.setString(8, now);
      ps.setString(9, "");
      insertUnique(
          c,
          ps,
          ((Number) cam.get("account_id")).longValue(),
          null,
          Ids.fastRandom(),
          codes,
          () -> lowOnCodes(call));
      return Db.generatedId(ps);
    }
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
    for (String k :
        new String[] {"utm_campaign", "utm_source", "utm_medium", "utm_term", "utm_content"}) {
      if (p.has(k)) {
        b.append(b.length() == 0 ? "" : "&")
            .append(k)
            .append('=')
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
        throw call.errors().notFound("couponsession", 505);
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
