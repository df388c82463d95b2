package com.coupontools.sandbox.internal;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
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
   * management, 103 / 104 no SMS / email integration.
   */
  static Caller authenticate(Db db, Operation op, String clientId, String clientSecret) {
    if (clientId == null || clientSecret == null || clientId.isEmpty() || clientSecret.isEmpty()
        || clientId.length() > 200 || clientSecret.length() > 200) {
      throw ApiError.invalidCredentials();
    }
    Account a = Account.find(db, clientId);
    // Compare secrets in constant time, and do the work even for an unknown key.
    boolean ok = MessageDigest.isEqual((a == null ? "-" : a.secret).getBytes(StandardCharsets.UTF_8),
        clientSecret.getBytes(StandardCharsets.UTF_8));
    if (a == null || !ok) {
      throw ApiError.invalidCredentials();
    }
    ErrorTexts t = op.errorTexts();
    if (!a.expiry.isEmpty() && a.expiry.compareTo(LocalDate.now(ZoneOffset.UTC).toString()) < 0) {
      throw t.byCode(101, "Your account has expired.");
    }
    if (a.parent != null && op.declares(102)) {
      throw t.byCode(102, "Subaccount credentials cannot be used to manage subaccounts.");
    }
    if (op.declares(103) && !a.sms) {
      throw t.byCode(103, "Your account is not connected with the Coupontools SMS services.");
    }
    if (op.declares(104) && !a.email) {
      throw t.byCode(104, "Your account has no email integration set up.");
    }
    return new Caller(a.id, a.parent, a.scope);
  }

  /**
   * What authentication needs of an account, cached by client ID. Any committed write may change
   * accounts, so an entry is only used while no write happened since it was read (reads are the
   * hot path; two queries fewer per request).
   */
  private record Account(long id, Long parent, String secret, String expiry, boolean sms, boolean email,
      List<Long> scope, long writes) {
    static Account find(Db db, String clientId) {
      Map<String, Account> cache = db.cache("accounts");
      Account cached = cache == null ? null : cache.get(clientId);
      long writes = db.writes();
      if (cached != null && cached.writes == writes) {
        return cached;
      }
      // One query: the account, and for a main account one row per subaccount (its scope).
      Account a = db.read(c -> {
        List<Map<String, Object>> rows = Db.rows(c, "SELECT a.id, a.parent_id, a.api_secret, a.expiry_date,"
            + " a.sms_integration, a.email_integration, s.id AS sub FROM accounts a"
            + " LEFT JOIN accounts s ON s.parent_id = a.id AND a.parent_id IS NULL"
            + " WHERE a.api_key = ? ORDER BY s.id", clientId);
        if (rows.isEmpty()) {
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
        return new Account(id, parent, (String) r.get("api_secret"), (String) r.get("expiry_date"),
            ((Number) r.get("sms_integration")).intValue() == 1, ((Number) r.get("email_integration")).intValue() == 1,
            List.copyOf(scope), writes);
      });
      if (a != null && cache != null) {
        if (cache.size() > 10_000) {
          cache.clear(); // unknown keys are not cached; this only bounds many real accounts
        }
        cache.put(clientId, a);
      }
      return a;
    }
  }
}
