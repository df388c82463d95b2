package com.coupontools.sandbox;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Where a sandbox keeps its state: a SQLite file in a directory (the default), a SQLite database
 * in memory, or a PostgreSQL database that several sandbox processes (replicas) may share.
 *
 * <pre>{@code
 * Database.directory(Path.of("sandbox-data"));                 // sandbox.db inside
 * Database.memory();                                           // starts from the seed every time
 * Database.postgres("jdbc:postgresql://127.0.0.1:5432/sandbox?user=sandbox", password);
 * Database.postgres(myDataSource);                             // a pool you own (not closed by the sandbox)
 * }</pre>
 *
 * <p>A password is never part of the URL: pass it separately ({@code --data} reads it from
 * {@code SANDBOX_DB_PASSWORD}). {@link #toString()} shows the URL without its query.
 */
public final class Database {
  /** The environment variable {@code --data jdbc:postgresql://…} takes the password from. */
  public static final String PASSWORD_ENV = "SANDBOX_DB_PASSWORD";

  /** Which engine and how it is reached. */
  public enum Kind {
    MEMORY,
    DIRECTORY,
    POSTGRESQL
  }

  private final Kind kind;
  private final Path directory;
  private final String jdbcUrl;
  private final String password;
  private final DataSource dataSource;

  private Database(
      Kind kind, Path directory, String jdbcUrl, String password, DataSource dataSource) {
    this.kind = kind;
    this.directory = directory;
    this.jdbcUrl = jdbcUrl;
    this.password = password;
    this.dataSource = dataSource;
  }

  /** An in-memory SQLite database, seeded on every start and gone when the sandbox stops. */
  public static Database memory() {
    return new Database(Kind.MEMORY, null, null, null, null);
  }

  /** A SQLite file {@code sandbox.db} in {@code dir} (created if needed); one process at a time. */
  public static Database directory(Path dir) {
    return new Database(Kind.DIRECTORY, Objects.requireNonNull(dir, "dir"), null, null, null);
  }

  /**
   * A PostgreSQL database by JDBC URL ({@code jdbc:postgresql://host:port/db?user=…}); the
   * sandbox opens its own connection pool. {@code password} may be null (trust or peer auth).
   *
   * @throws IllegalArgumentException when the URL is not a PostgreSQL URL or carries a password
   */
  public static Database postgres(String jdbcUrl, String password) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException(
          "not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database): " + redact(jdbcUrl));
    }
    if (hasPasswordParameter(jdbcUrl)) {
      throw new IllegalArgumentException(
          "the JDBC URL must not contain the password; set " + PASSWORD_ENV + " instead");
    }
    return new Database(Kind.POSTGRESQL, null, jdbcUrl, password, null);
  }

  /** A PostgreSQL database through a pool the caller owns (and closes after the sandbox). */
  public static Database postgres(DataSource dataSource) {
    return new Database(
        Kind.POSTGRESQL, null, null, null, Objects.requireNonNull(dataSource, "dataSource"));
  }

  /**
   * The {@code --data} flag: {@code mem}, a {@code jdbc:postgresql:} URL (password from
   * {@value #PASSWORD_ENV} in {@code env}), or a directory.
   */
  public static Database parse(String value, Map<String, String> env) {
    if ("mem".equals(value)) {
      return memory();
    }
    if (value.startsWith("jdbc:")) {
      return postgres(value, env.get(PASSWORD_ENV));
    }
    return directory(Path.of(value));
  }

  public Kind kind() {
    return kind;
  }

  /** The directory of a SQLite file database; null for the other kinds. */
  public Path directory() {
    return directory;
  }

  /** The JDBC URL of a PostgreSQL database the sandbox connects to itself; null otherwise. */
  public String jdbcUrl() {
    return jdbcUrl;
  }

  /** The password for {@link #jdbcUrl()}, or null. */
  public String password() {
    return password;
  }

  /** A caller-owned PostgreSQL pool; null otherwise. */
  public DataSource dataSource() {
    return dataSource;
  }

  private static boolean hasPasswordParameter(String url) {
    int q = url.indexOf('?');
    if (q < 0) {
      return false;
    }
    for (String pair : url.substring(q + 1).split("&")) {
      if (pair.toLowerCase(Locale.ROOT).startsWith("password=")) {
        return true;
      }
    }
    return false;
  }

  /** The URL without its query (which may hold user names and settings) and without user info. */
  static String redact(String url) {
    int q = url.indexOf('?');
    String base = q < 0 ? url : url.substring(0, q) + "?…";
    return base.replaceAll("//[^/@]*@", "//…@");
  }

  @Override
  public String toString() {
    return switch (kind) {
      case MEMORY -> "memory";
      case DIRECTORY -> directory.toString();
      case POSTGRESQL -> jdbcUrl != null ? redact(jdbcUrl) : "PostgreSQL data source";
    };
  }
}
