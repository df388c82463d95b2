package com.coupontools.sandbox.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The authenticated account of a request and the accounts whose data it may see: itself, and for
 * a main account also its subaccounts (the docs show a main account's campaign list naming the
 * owning subaccount of each campaign).
 */
record Caller(long id, Long parentId, List<Long> scope) {

  public boolean isSubaccount() {
    return parentId != null;
  }

  /** The tenant: the main account (itself, or its parent); the unit of write serialisation. */
  long tenant() {
    return parentId != null ? parentId : id;
  }

  /** The scope as an SQL list literal; only longs from the database, so nothing to inject. */
  String in() {
    return scope.stream().map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
  }

  boolean sees(long accountId) {
    return scope.contains(accountId);
  }

  /**
   * Checks the credentials and the account-level errors the operation documents: 1000 wrong or
   * missing credentials, 101 expired account, 102 subaccount credentials on subaccount
   * management, 103 / 104 no SMS / email integration. {@code credentials} is {client ID, secret}
   * as sent (null when absent or sent twice).
   */
  static Caller authenticate(Db db, Operation op, String[] credentials) {
    String clientId = credential(credentials[0]);
    String clientSecret = credential(credentials[1]);
    if (clientId == null || clientSecret == null) {
      throw op.errors().byCode(ApiError.INVALID_CREDENTIALS);
    }
    // Both ways to fail cost the same (response time must not tell which client IDs exist): the
    // lookup is one map probe whether or not the ID exists, and the secret is compared, as a
    // SHA-256 digest in constant time, against the account's or against a dummy.
    Account a = find(db, clientId);
    boolean ok =
        MessageDigest.isEqual(a == null ? DUMMY_DIGEST : a.secretDigest, digest(clientSecret));
    if (a == null || !ok) {
      throw op.errors().byCode(ApiError.INVALID_CREDENTIALS);
    }
    Errors t = op.errors();
    if (!a.expiry.isEmpty() && a.expiry.compareTo(LocalDate.now(ZoneOffset.UTC).toString()) < 0) {
      throw t.byCode(101);
    }
    if (a.parent != null && op.declares(102)) {
      throw t.byCode(102);
    }
    if (op.declares(103) && !a.sms) {
      throw t.byCode(103);
    }
    if (op.declares(104) && !a.email) {
      throw t.byCode(104);
    }
    return new Caller(a.id, a.parent, a.scope);
  }

  /**
   * A credential as compared: the value without HTTP whitespace (SP, HTAB) at its ends, or null
   * when it is absent, empty, longer than 200 characters or holds any other control character
   * (NUL, CR, LF, 0x01 … 0x1F, DEL), which no issued ID or secret contains.
   */
  static String credential(String raw) {
    if (raw == null) {
      return null;
    }
    int from = 0;
    int to = raw.length();
    while (from < to && (raw.charAt(from) == ' ' || raw.charAt(from) == '\t')) {
      from++;
    }
    while (to > from && (raw.charAt(to - 1) == ' ' || raw.charAt(to - 1) == '\t')) {
      to--;
    }
    if (to == from || to - from > 200) {
      return null;
    }
    for (int i = from; i < to; i++) {
      char c = raw.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return null;
      }
    }
    return raw.substring(from, to);
  }

  private static final byte[] DUMMY_DIGEST =
      digest("no account has this secret " + System.nanoTime());

  private static byte[] digest(String secret) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The account with this client ID, or null. On SQLite from the in-process snapshot; on
   * PostgreSQL, where other replicas write, one indexed query (with the subaccounts joined in),
   * the same query whether or not the ID exists.
   */
  private static Account find(Db db, String clientId) {
    Map<String, Accounts> cache = db.cache("accounts");
    if (cache != null) {
      return Accounts.of(db, cache).byKey.get(clientId);
    }
    return db.read(c -> {
      List<Map<String, Object>> rows = Db.rows(
          c,
          "SELECT a.id, a.parent_id, a.api_secret, a.expiry_date,"
              + " a.sms_integration, a.email_integration, s.id AS sub FROM accounts a"
              + " LEFT JOIN accounts s ON s.parent_id = a.id AND a.parent_id IS NULL"
              + " WHERE a.api_key = ? ORDER BY s.id",
          clientId);
      if (rows.isEmpty() || rows.get(0).get("api_secret") == null) {
        return null;
      }
      Map<String, Object> r = rows.get(0);
      long id = ((Number) r.get("id")).longValue();
      Long parent = r.get("parent_id") == null ? null : ((Number) r.get("parent_id")).longValue();
      List<Long> scope = new ArrayList<>();
      scope.add(id);
      for (Map<String, Object> row : rows) {
        if (row.get("sub") != null) {
          scope.add(((Number) row.get("sub")).longValue());
        }
      }
      return Account.of(r, id, parent, scope);
    });
  }

  /** What authentication needs of an account. */
  private record Account(
      long id,
      Long parent,
      byte[] secretDigest,
      String expiry,
      boolean sms,
      boolean email,
      List<Long> scope) {
    /** From an accounts row ({@code api_secret}, {@code expiry_date}, the integration flags). */
    static Account of(Map<String, Object> r, long id, Long parent, List<Long> scope) {
      return new Account(
          id,
          parent,
          digest((String) r.get("api_secret")),
          (String) r.get("expiry_date"),
          ((Number) r.get("sms_integration")).intValue() == 1,
          ((Number) r.get("email_integration")).intValue() == 1,
          List.copyOf(scope));
    }
  }

  /**
   * Every account by client ID, read in one query and kept until the next committed write (any
   * write may change accounts; reads are the hot path). A whole snapshot, so that an unknown ID
   * is a map miss exactly as cheap as a hit, never a database query a known ID would not cost.
   */
  private record Accounts(long writes, Map<String, Account> byKey) {
    static Accounts of(Db db, Map<String, Accounts> cache) {
      Accounts cached = cache.get("all");
      long writes = db.writes();
      if (cached != null && cached.writes == writes) {
        return cached;
      }
      Accounts fresh = db.read(c -> {
        List<Map<String, Object>> rows = Db.rows(
            c,
            "SELECT id, parent_id, api_key, api_secret, expiry_date,"
                + " sms_integration, email_integration FROM accounts ORDER BY id");
        Map<Long, List<Long>> children = new java.util.HashMap<>();
        for (Map<String, Object> r : rows) {
          if (r.get("parent_id") != null) {
            children
                .computeIfAbsent(((Number) r.get("parent_id")).longValue(), k -> new ArrayList<>())
                .add(((Number) r.get("id")).longValue());
          }
        }
        Map<String, Account> byKey = new java.util.HashMap<>(rows.size() * 2);
        for (Map<String, Object> r : rows) {
          if (r.get("api_key") == null || r.get("api_secret") == null) {
            continue; // no credentials, no login
          }
          long id = ((Number) r.get("id")).longValue();
          Long parent =
              r.get("parent_id") == null ? null : ((Number) r.get("parent_id")).longValue();
          List<Long> scope = new ArrayList<>();
          scope.add(id);
          if (parent == null) {
            scope.addAll(children.getOrDefault(id, List.of()));
          }
          byKey.put((String) r.get("api_key"), Account.of(r, id, parent, scope));
        }
        return new Accounts(writes, Map.copyOf(byKey));
      });
      cache.put("all", fresh);
      return fresh;
    }
  }
}
