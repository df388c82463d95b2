package com.coupontools.sandbox.internal;

import com.coupontools.sandbox.Database;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The sandbox's database, whichever engine holds it: {@link #open} picks the {@link Store}
 * (SQLite file or memory, or PostgreSQL) and runs the shared Flyway migrations with that
 * engine's {@link Dialect} placeholders. Handlers get a view bound to the caller's tenant
 * ({@link #forTenant}), whose writes never interleave with another write of the same tenant.
 */
public final class Db implements AutoCloseable {
  /** A unit of work on a connection. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /**
   * Connections of a PostgreSQL pool: one per worker thread, so no request waits for one, and 4
   * for webhook delivery (its loop and senders hold a connection only for short statements).
   */
  public static final int POOL_SIZE = 20;

  private static final String HISTORY = "flyway_schema_history";

  private final Store store;
  private final long tenant;
  private final Set<String> migrations;
  private final ConcurrentMap<String, ConcurrentMap<?, ?>> caches;
  /** The sandbox's webhook delivery (shared by every view of this database); set once at start. */
  private final java.util.concurrent.atomic.AtomicReference<Webhooks> webhooks;

  /** The "tenant" of {@link #writeQueue}: no tenant lock. */
  static final long NO_TENANT_LOCK = -1;

  private Db(
      Store store,
      long tenant,
      Set<String> migrations,
      ConcurrentMap<String, ConcurrentMap<?, ?>> caches,
      java.util.concurrent.atomic.AtomicReference<Webhooks> webhooks) {
    this.store = store;
    this.tenant = tenant;
    this.migrations = migrations;
    this.caches = caches;
    this.webhooks = webhooks;
  }

  /** Opens (creating and migrating as needed) the database {@code database} names. */
  public static Db open(Database database) {
    Store store = null;
    try {
      DataSource flywaySource = null;
      String flywayUrl = null;
      switch (database.kind()) {
        case MEMORY -> {
          // A named shared-cache memory database, so Flyway's own connection sees the same one.
          SqliteStore s = new SqliteStore(
              "jdbc:sqlite:file:sandbox-" + UUID.randomUUID() + "?mode=memory&cache=shared", true);
          store = s;
          flywayUrl = s.url;
        }
        case DIRECTORY -> {
          Files.createDirectories(database.directory());
          // One sandbox per SQLite directory: DataDirectoryInUseException when another one has it.
          DataDirLock lock = DataDirLock.acquire(database.directory());
          SqliteStore s;
          try {
            s = new SqliteStore(
                "jdbc:sqlite:" + database.directory().resolve("sandbox.db").toAbsolutePath(),
                false);
          } catch (SQLException | RuntimeException e) {
            lock.close();
            throw e;
          }
          s.dirLock = lock;
          store = s;
          flywayUrl = s.url;
        }
        case POSTGRESQL -> {
          PostgresStore s = database.dataSource() != null
              ? PostgresStore.external(database.dataSource())
              : PostgresStore.open(database.jdbcUrl(), database.password(), POOL_SIZE);
          store = s;
          flywaySource = s.dataSource();
        }
        default -> throw new IllegalArgumentException(database.kind().toString());
      }
      FluentConfiguration flyway = Flyway.configure()
          .locations("classpath:db/migration")
          .placeholders(store.dialect().placeholders())
          .javaMigrations(new LoyaltyUsersMigration()) // the one migration in Java (it says why)
          .table(HISTORY);
      flyway = flywaySource != null
          ? flyway.dataSource(flywaySource)
          : flyway.dataSource(flywayUrl, null, null);
      Flyway fw = flyway.load();
      fw.migrate();
      Set<String> versions = new java.util.LinkedHashSet<>(); // in the order Flyway applied them
      for (MigrationInfo m : fw.info().applied()) {
        if (m.getVersion() != null) {
          versions.add(m.getVersion().getVersion());
        }
      }
      if (store instanceof SqliteStore s) {
        s.openReaders();
      }
      return new Db(
          store,
          0,
          java.util.Collections.unmodifiableSet(versions),
          new ConcurrentHashMap<>(),
          new java.util.concurrent.atomic.AtomicReference<>());
    } catch (com.coupontools.sandbox.DataDirectoryInUseException e) {
      throw e; // Main names the directory and the holder
    } catch (SQLException | java.io.IOException | RuntimeException e) {
      if (store != null) {
        store.close();
      }
      throw new IllegalStateException(
          "Cannot open the sandbox database " + database + ": " + message(e), e);
    }
  }

  private static String message(Throwable e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }

  /** A view whose writes are serialised with the other writes of {@code tenantId} (its main account). */
  public Db forTenant(long tenantId) {
    return tenantId == tenant ? this : new Db(store, tenantId, migrations, caches, webhooks);
  }

  /** Connects the webhook delivery of the sandbox that opened this database (once, at start). */
  public void attach(Webhooks value) {
    if (!webhooks.compareAndSet(null, value)) {
      throw new IllegalStateException("webhooks already attached");
    }
  }

  /** The webhook delivery attached at start (records events in handlers' transactions). */
  Webhooks webhooks() {
    Webhooks w = webhooks.get();
    if (w == null) {
      throw new IllegalStateException("no webhook delivery attached to this database");
    }
    return w;
  }

  public Dialect dialect() {
    return store.dialect();
  }

  /** Runs {@code work} in one transaction; rolls back on any exception. */
  public <T> T write(Work<T> work) {
    return store.write(tenant, work);
  }

  /**
   * Runs {@code work} in one transaction that takes no tenant lock: for the webhook outbox, a
   * queue shared by all tenants whose rows are claimed with row locks
   * ({@link Dialect#claimRows()}), so replicas never wait for each other or for a tenant's writes.
   */
  <T> T writeQueue(Work<T> work) {
    return store.write(NO_TENANT_LOCK, work);
  }

  /** Runs read-only {@code work} on a pooled connection. */
  public <T> T read(Work<T> work) {
    return store.read(work);
  }

  /** Runs read-only {@code work} on one consistent snapshot ({@link Store#snapshot}). */
  public <T> T snapshot(Work<T> work) {
    return store.snapshot(work);
  }

  /**
   * A cache that lives and dies with this database (several sandboxes may share a JVM), or null
   * when rows must not be cached in the process because other replicas write too.
   */
  @SuppressWarnings("unchecked")
  <K, V> ConcurrentMap<K, V> cache(String name) {
    if (store.writes() < 0) {
      return null;
    }
    return (ConcurrentMap<K, V>) caches.computeIfAbsent(name, k -> new ConcurrentHashMap<>());
  }

  /** How many write transactions committed so far (lets caches notice that something changed). */
  long writes() {
    return store.writes();
  }

  /**
   * Readiness: the database answers and every migration this sandbox applied at start is still
   * recorded as applied. Returns null when ready, else why not.
   */
  public String notReady() {
    try {
      Set<String> applied = read(c -> {
        Set<String> v = new TreeSet<>();
        try (PreparedStatement ps =
            c.prepareStatement("SELECT version FROM " + HISTORY + " WHERE success = ?")) {
          ps.setBoolean(1, true);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              if (rs.getString(1) != null) {
                v.add(rs.getString(1));
              }
            }
          }
        }
        return v;
      });
      Set<String> missing = new TreeSet<>(migrations);
      missing.removeAll(applied);
      return missing.isEmpty() ? null : "migrations not applied: " + missing;
    } catch (RuntimeException e) {
      return "database unreachable: " + message(e);
    }
  }

  /** The migration versions applied at start ({@code 1}, {@code 2} …). */
  public Set<String> migrations() {
    return migrations;
  }

  /** Closes the engine (the view of {@link #forTenant} shares it: close the one {@link #open} gave). */
  @Override
  public void close() {
    store.close();
  }

  /** An unexpected SQL failure (a bug or a broken file, never bad input). */
  public static final class DbException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DbException(SQLException e) {
      super(e.getMessage(), e);
    }
  }

  // ---- small JDBC helpers used by the operations ----

  static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    for (int i = 0; i < args.length; i++) {
      ps.setObject(i + 1, args[i]);
    }
    return ps;
  }

  /** All rows as column-label → value maps (labels as written in the SELECT). */
  static List<Map<String, Object>> rows(Connection c, String sql, Object... args)
      throws SQLException {
    Statements.Cached cached = Statements.get(c, sql);
    if (cached != null) {
      bind(cached.ps, args);
      try (ResultSet rs = cached.ps.executeQuery()) { // closing the result set resets the statement
        return rows(rs, cached.labels(rs.getMetaData()));
      }
    }
    try (PreparedStatement ps = prepare(c, sql, args);
        ResultSet rs = ps.executeQuery()) {
      java.sql.ResultSetMetaData md = rs.getMetaData();
      String[] labels = new String[md.getColumnCount()];
      for (int i = 0; i < labels.length; i++) {
        labels[i] = md.getColumnLabel(i + 1);
      }
      return rows(rs, labels);
    }
  }

  private static List<Map<String, Object>> rows(ResultSet rs, String[] labels) throws SQLException {
    List<Map<String, Object>> out = new ArrayList<>();
    while (rs.next()) {
      Map<String, Object> row = new LinkedHashMap<>(labels.length * 2);
      for (int i = 0; i < labels.length; i++) {
        row.put(labels[i], rs.getObject(i + 1));
      }
      out.add(row);
    }
    return out;
  }

  private static void bind(PreparedStatement ps, Object[] args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      ps.setObject(i + 1, args[i]);
    }
  }

  static Map<String, Object> row(Connection c, String sql, Object... args) throws SQLException {
    List<Map<String, Object>> r = rows(c, sql, args);
    return r.isEmpty() ? null : r.get(0);
  }

  static long count(Connection c, String sql, Object... args) throws SQLException {
    Statements.Cached cached = Statements.get(c, sql);
    if (cached != null) {
      bind(cached.ps, args);
      try (ResultSet rs = cached.ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
    try (PreparedStatement ps = prepare(c, sql, args);
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  static int update(Connection c, String sql, Object... args) throws SQLException {
    Statements.Cached cached = Statements.get(c, sql);
    if (cached != null) {
      bind(cached.ps, args);
      return cached.ps.executeUpdate();
    }
    try (PreparedStatement ps = prepare(c, sql, args)) {
      return ps.executeUpdate();
    }
  }

  /** Runs an INSERT and returns the {@code id} the database generated for the row. */
  static long insert(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      ps.executeUpdate();
      return generatedId(ps);
    }
  }

  /** The {@code id} generated by the last INSERT of {@code ps} (prepared with {@code new String[] {"id"}}). */
  static long generatedId(PreparedStatement ps) throws SQLException {
    try (ResultSet keys = ps.getGeneratedKeys()) {
      if (!keys.next()) {
        throw new SQLException("no generated key");
      }
      return keys.getLong(1);
    }
  }
}
