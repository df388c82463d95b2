package com.coupontools.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.coupontools.sandbox.internal.Db;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code Db.snapshot} reads one committed state across statements, where {@code Db.read} sees
 * each statement's latest commit (the webhook routes read a delivery and then its attempts: with
 * plain reads, an attempt could show without the state it set in the same transaction).
 * A write commits between the two statements of each read, on both engines.
 */
class SnapshotReadTest {
  @TempDir
  Path dir;

  private static long count(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM webhook_attempts")) {
      r.next();
      return r.getLong(1);
    }
  }

  /** Adds an attempt row from another thread, committed before it returns. */
  private static void commitAnAttempt(Db db) throws InterruptedException {
    Thread t = new Thread(() -> db.write(c -> {
      try (Statement s = c.createStatement()) {
        return s.executeUpdate(
            "INSERT INTO webhook_attempts (delivery_id, account_id, attempt, started_at,"
                + " http_status, latency_ms, response, error, worker) VALUES (1, 1, 1, '', 200, 1, '', '', 'test')");
      }
    }));
    t.start();
    t.join();
  }

  /** The attempt count before and after a commit made by another thread, inside one read. */
  private static long[] countAroundACommit(Db db, Connection c) throws SQLException {
    long before = count(c);
    try {
      commitAnAttempt(db);
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
    return new long[] {before, count(c)};
  }

  @Test
  void aSnapshotSeesOneStateAPlainReadSeesEachCommit() throws Exception {
    try (Db db = Db.open(TestDatabases.at(dir))) {
      long[] snap = db.snapshot(c -> countAroundACommit(db, c));
      assertEquals(snap[0], snap[1], "a snapshot read saw a commit made after it began");
      long[] plain = db.read(c -> countAroundACommit(db, c));
      assertNotEquals(
          plain[0], plain[1], "a plain read should see the commit (else this test proves nothing)");
    }
  }
}
