package com.coupontools.sandbox.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.coupontools.sandbox.Database;
import java.sql.PreparedStatement;
import java.util.BitSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A nearly full code space loses no free code to a clash on another unique column: a session
 * refused for its short code (6 characters of a random code, so rare but certain over enough
 * rows) keeps the custom code it was given. ConcurrencyTest's "the last 1,000 still fit" failed
 * with 601 when one of the last 1,000 rows met such a clash.
 */
class CodeSpaceTest {
  private static final long ACCOUNT = 987_654;
  private static final String NOW = "2026-12-03 00:00:00";

  @Test
  void aSessionRefusedForItsShortCodeKeepsItsCustomCode() {
    Db db = Db.open(Database.memory());
    try {
      // The first session code a SplittableRandom seeded 42 draws; a session holds its short code.
      String clashing = Ids.random(new SplittableRandom(42), Ids.LOWER_ALNUM, 21);
      db.write(c -> Db.update(
          c,
          "INSERT INTO sessions (account_id, campaign_id, code, short_code, sequence_id, created_at)"
              + " VALUES (?, ?, ?, ?, ?, ?)",
          ACCOUNT,
          1,
          "other" + clashing.substring(5),
          clashing.substring(0, 6),
          1,
          NOW));
      // Q0…Q9 with Q0…Q8 taken: exactly one free custom code.
      BitSet used = new BitSet();
      used.set(0, 9);
      SingleUseOps.CodeSource lastFree = new SingleUseOps.Enumerated(
          new SingleUseOps.CodePlan("Q", 1, "0123456789"),
          used,
          10,
          () -> ApiError.http(422, "HTTP/1.0 422 Unprocessable Entity", 601, "no codes left"));
      String[] inserted = db.write(c -> {
        try (PreparedStatement ps = c.prepareStatement(SingleUseOps.INSERT)) {
          ps.setLong(1, ACCOUNT);
          ps.setLong(2, 1);
          ps.setLong(5, 2);
          ps.setString(7, "normal");
          ps.setString(8, NOW);
          ps.setString(9, "");
          return SingleUseOps.insertUnique(
              c, ps, ACCOUNT, null, new SplittableRandom(42), lastFree, () -> {
                throw new AssertionError("gave up");
              });
        }
      });
      assertNotEquals(clashing, inserted[0], "the clashing session code was drawn again");
      assertEquals("Q9", inserted[1]);
    } finally {
      db.close();
    }
  }
}
