package com.coupontools.sandbox.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 4 (issue #12): a loyalty user belongs to the account, not to one card. "Create
 * loyalty user" makes a user with no card and "link user" puts it on cards, where it collects
 * points or stamps per card; v4 shows the same users per card. So {@code loyalty_users} becomes
 * the account's users (personal data, with the v4 fields) and {@code loyalty_card_users} holds a
 * user's standing on each card (points, stamps, voided, in the wallet), one row per card.
 *
 * <p>Java, not SQL, for the one step the engines do differently: the users' table is rebuilt
 * (SQLite cannot drop the old {@code card_id NOT NULL}) with every ID kept, and PostgreSQL's
 * identity sequence must then continue above the copied IDs ({@link Dialect#syncIdentity}).
 */
final class LoyaltyUsersMigration implements JavaMigration {
  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("4");
  }

  @Override
  public String getDescription() {
    return "loyalty users of the account";
  }

  @Override
  public Integer getChecksum() {
    return 4_000_001; // change it with the SQL below (Flyway compares it on every start)
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    Dialect d = Dialect.of(c);
    String id = d.placeholders().get("id");
    String text = d.placeholders().get("text");
    try (Statement s = c.createStatement()) {
      StringBuilder custom = new StringBuilder();
      for (int i = 1; i <= 8; i++) {
        custom
            .append(",\n  custom_")
            .append(i)
            .append(' ')
            .append(text)
            .append(" NOT NULL DEFAULT ''");
      }
      s.execute("CREATE TABLE loyalty_users_v4 (\n  id " + id + ",\n"
          + "  account_id BIGINT NOT NULL REFERENCES accounts(id),\n"
          + "  email " + text + " NOT NULL DEFAULT '',\n"
          + "  password_hash " + text + " NOT NULL DEFAULT '',\n"
          + "  first_name " + text + " NOT NULL DEFAULT '',\n"
          + "  last_name " + text + " NOT NULL DEFAULT '',\n"
          + "  phone " + text + " NOT NULL DEFAULT '',\n"
          + "  gender " + text + " NOT NULL DEFAULT '',\n"
          + "  birthday " + text + " NOT NULL DEFAULT '',\n"
          + "  address " + text + " NOT NULL DEFAULT '',\n"
          + "  zip " + text + " NOT NULL DEFAULT '',\n"
          + "  city " + text + " NOT NULL DEFAULT ''" + custom + ",\n"
          + "  created_at " + text + " NOT NULL\n)");
      s.execute(
          "INSERT INTO loyalty_users_v4 (id, account_id, email, first_name, last_name, phone, city, created_at)"
              + " SELECT u.id, c.account_id, u.email, u.first_name, u.last_name, u.phone, u.city, u.created_at"
              + " FROM loyalty_users u JOIN loyalty_cards c ON c.id = u.card_id");
      s.execute(
          "CREATE TABLE loyalty_card_users_v4 AS SELECT card_id, id AS user_id, points, stamps, voided,"
              + " in_wallet, created_at FROM loyalty_users");
      s.execute("DROP TABLE loyalty_users");
      s.execute("ALTER TABLE loyalty_users_v4 RENAME TO loyalty_users");
      s.execute("CREATE INDEX ix_loyalty_users_account ON loyalty_users(account_id)");
      s.execute("CREATE TABLE loyalty_card_users (\n"
          + "  card_id BIGINT NOT NULL REFERENCES loyalty_cards(id),\n"
          + "  user_id BIGINT NOT NULL REFERENCES loyalty_users(id),\n"
          + "  points INTEGER NOT NULL DEFAULT 0,\n"
          + "  stamps INTEGER NOT NULL DEFAULT 0,\n"
          + "  voided INTEGER NOT NULL DEFAULT 0,\n"
          + "  in_wallet INTEGER NOT NULL DEFAULT 0,\n"
          + "  created_at " + text + " NOT NULL,\n"
          + "  PRIMARY KEY (card_id, user_id)\n)");
      s.execute("CREATE INDEX ix_loyalty_card_users_user ON loyalty_card_users(user_id)");
      s.execute(
          "INSERT INTO loyalty_card_users SELECT card_id, user_id, points, stamps, voided, in_wallet, created_at"
              + " FROM loyalty_card_users_v4");
      s.execute("DROP TABLE loyalty_card_users_v4");
    }
    d.syncIdentity(c, "loyalty_users");
  }
}
