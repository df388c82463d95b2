package com.coupontools.sandbox.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The webhook outbox: the SQL of {@code webhook_deliveries} and {@code webhook_attempts}. A
 * delivery is written in the same transaction as the event that causes it (so an answered API
 * call never loses its delivery), claimed by one worker for one attempt, and completed by that
 * worker; the row carries the schedule, so a restart picks up where the last process stopped.
 *
 * <p>Claiming: {@code SELECT … WHERE state = 'pending' AND due_at <= now … LIMIT n} plus
 * {@link Dialect#claimRows()} ({@code FOR UPDATE SKIP LOCKED} on PostgreSQL, so replicas take
 * disjoint rows without waiting), then in the same transaction {@code attempts + 1},
 * {@code claimed_by} = the worker and {@code due_at} = the end of the claim's lease. A worker
 * that dies mid-attempt leaves the row pending; it is due again when the lease ends (at once on
 * the next start on SQLite, where one process owns the file).
 */
final class WebhookOutbox {
  static final String PENDING = "pending";
  static final String DELIVERED = "delivered";
  static final String FAILED = "failed";

  private WebhookOutbox() {}

  /** One claimed delivery: which attempt this worker is about to make. */
  record Claim(
      long id,
      String eventId,
      long account,
      long endpointAccount,
      String url,
      int attempt,
      String worker) {}

  /** Queues a delivery of {@code eventId} to {@code url}, due at {@code dueMillis}; returns its row ID. */
  static long enqueue(
      Connection c,
      String eventId,
      long account,
      WebhookEndpoints.Target to,
      long dueMillis,
      String now,
      String reason)
      throws SQLException {
    return Db.insert(
        c,
        "INSERT INTO webhook_deliveries (event_id, account_id, url, endpoint_account, state, attempts,"
            + " due_at, claimed_by, reason, created_at) VALUES (?, ?, ?, ?, 'pending', 0, ?, '', ?, ?)",
        eventId,
        account,
        to.url(),
        to.account(),
        dueMillis,
        reason,
        now);
  }

  /** When the next pending delivery is due (a claimed one: when its lease ends); MAX_VALUE if none. */
  static long nextDue(Connection c) throws SQLException {
    Map<String, Object> r =
        Db.row(c, "SELECT min(due_at) AS due FROM webhook_deliveries WHERE state = 'pending'");
    Object due = r == null ? null : r.get("due");
    return due == null ? Long.MAX_VALUE : ((Number) due).longValue();
  }

  /** Claims up to {@code limit} due deliveries for {@code worker} until {@code leaseUntil}. */
  static List<Claim> claim(
      Connection c, Dialect dialect, long now, int limit, String worker, long leaseUntil)
      throws SQLException {
    List<Claim> out = new ArrayList<>();
    for (Map<String, Object> r : Db.rows(
        c,
        "SELECT id, event_id, account_id, endpoint_account, url, attempts"
            + " FROM webhook_deliveries WHERE state = 'pending' AND due_at <= ? ORDER BY due_at, id LIMIT ?"
            + dialect.claimRows(),
        now,
        limit)) {
      long id = ((Number) r.get("id")).longValue();
      int attempt = ((Number) r.get("attempts")).intValue() + 1;
      Db.update(
          c,
          "UPDATE webhook_deliveries SET attempts = ?, claimed_by = ?, due_at = ? WHERE id = ?",
          attempt,
          worker,
          leaseUntil,
          id);
      out.add(new Claim(
          id,
          (String) r.get("event_id"),
          ((Number) r.get("account_id")).longValue(),
          ((Number) r.get("endpoint_account")).longValue(),
          (String) r.get("url"),
          attempt,
          worker));
    }
    return out;
  }

  /**
   * What an attempt sends: the event's type and body, the signing secret of the endpoint's
   * account and the tenant the event belongs to; null when the event is gone (its tenant deleted).
   */
  static Map<String, Object> details(Connection c, Claim claim) throws SQLException {
    return Db.row(
        c,
        "SELECT e.type, e.payload, (SELECT webhook_secret FROM accounts WHERE id = ?) AS secret,"
            + " a.tenant_id FROM webhook_events e JOIN accounts a ON a.id = e.account_id WHERE e.id = ?",
        claim.endpointAccount(),
        claim.eventId());
  }

  /** The result of one attempt, as stored. */
  record Result(
      String state,
      long nextDue,
      String startedAt,
      int httpStatus,
      long latencyMillis,
      String response,
      String error,
      String finishedAt) {}

  /**
   * Stores an attempt's result, if {@code claim} still holds the row (a claim whose lease ran out
   * may have been taken over; its attempt is recorded all the same). False when the delivery is
   * gone.
   */
  static boolean complete(Connection c, Claim claim, Result r) throws SQLException {
    Db.update(
        c,
        "UPDATE webhook_deliveries SET state = ?, due_at = ?, claimed_by = '', finished_at = ?"
            + " WHERE id = ? AND claimed_by = ? AND attempts = ?",
        r.state(),
        r.nextDue(),
        r.finishedAt(),
        claim.id(),
        claim.worker(),
        claim.attempt());
    if (Db.count(c, "SELECT count(*) FROM webhook_deliveries WHERE id = ?", claim.id()) == 0) {
      return false;
    }
    Db.update(
        c,
        "INSERT INTO webhook_attempts (delivery_id, account_id, attempt, started_at, http_status, latency_ms,"
            + " response, error, worker) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        claim.id(),
        claim.account(),
        claim.attempt(),
        r.startedAt(),
        r.httpStatus(),
        r.latencyMillis(),
        r.response(),
        r.error(),
        claim.worker());
    return true;
  }

  /** Gives an attempt that never ran back (the worker is stopping): due now, not counted. */
  static void release(Connection c, Claim claim, long now) throws SQLException {
    Db.update(
        c,
        "UPDATE webhook_deliveries SET attempts = attempts - 1, claimed_by = '', due_at = ?"
            + " WHERE id = ? AND claimed_by = ? AND attempts = ?",
        now,
        claim.id(),
        claim.worker(),
        claim.attempt());
  }

  /**
   * After a crash on SQLite (one process per file, so no other worker can hold a claim): every
   * claimed delivery is due now. Returns how many there were.
   */
  static int releaseAll(Connection c, long now) throws SQLException {
    return Db.update(
        c,
        "UPDATE webhook_deliveries SET claimed_by = '', due_at = ? WHERE state = 'pending'"
            + " AND claimed_by <> ''",
        now);
  }
}
