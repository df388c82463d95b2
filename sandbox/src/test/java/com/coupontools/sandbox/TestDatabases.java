package com.coupontools.sandbox;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engine the sandbox tests run on: SQLite by default, PostgreSQL with
 * {@code -Dsandbox.test.database=postgresql} (the {@code postgresql} Maven profile), so the same
 * suite proves both backends.
 */
final class TestDatabases {
  private static final Map<Path, Database> BY_DIR = new ConcurrentHashMap<>();

  private TestDatabases() {}

  static boolean postgres() {
    return "postgresql".equals(System.getProperty("sandbox.test.database", "sqlite"));
  }

  /** Where the shared test sandbox lives: in memory on SQLite, a fresh database on PostgreSQL. */
  static Database scratch() {
    return postgres() ? TestPostgres.get().newDatabase() : Database.memory();
  }

  /**
   * A persistent database that belongs to {@code dir}: the SQLite file in it, or on PostgreSQL
   * one database per directory (the same one again for the same directory, as a restart needs).
   */
  static Database at(Path dir) {
    return postgres()
        ? BY_DIR.computeIfAbsent(dir, d -> TestPostgres.get().newDatabase())
        : Database.directory(dir);
  }

  /** A plain JDBC connection to a database of {@link #at} (to look behind the API in a test). */
  static Connection connect(Database d) throws SQLException {
    if (d.kind() == Database.Kind.POSTGRESQL) {
      Properties p = new Properties();
      p.setProperty("password", d.password());
      return DriverManager.getConnection(d.jdbcUrl(), p);
    }
    return DriverManager.getConnection(
        "jdbc:sqlite:" + d.directory().resolve("sandbox.db").toAbsolutePath());
  }
}
