package com.coupontools.sandbox.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;

/**
 * SQLite access. One writer connection behind a lock (SQLite allows one writer; queuing in Java
 * avoids SQLITE_BUSY), and in file mode a small pool of read-only connections that WAL lets read
 * while the writer writes. In memory mode everything shares the one connection.
 */
public final class Db implements AutoCloseable {
  /** A unit of work on a connection. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private static final int READERS = 4;

  private final String url;
  private final boolean memory;
  private final Connection writer;
  private final ReentrantLock writeLock = new ReentrantLock(true);
  private final BlockingQueue<Connection> readers;
  private final List<Connection> all = new ArrayList<>();
  private final java.util.concurrent.atomic.AtomicLong writes = new java.util.concurrent.atomic.AtomicLong();
  private final java.util.concurrent.ConcurrentMap<String, java.util.concurrent.ConcurrentMap<?, ?>> caches =
      new java.util.concurrent.ConcurrentHashMap<>();
  /** The data directory's lock (file mode only): one sandbox per SQLite directory. */
  private DataDirLock dirLock;

  private Db(String url, boolean memory) throws SQLException {
    this.url = url;
    this.memory = memory;
    this.writer = open(false);
    migrate();
    this.readers = new ArrayBlockingQueue<>(READERS);
    if (!memory) {
      for (int i = 0; i < READERS; i++) {
        readers.add(open(true));
      }
    }
  }

  /** A database file {@code sandbox.db} in {@code dir} (created if needed), or in memory when null. */
  public static Db open(Path dir) {
    try {
      if (dir == null) {
        // A named shared-cache memory database, so Flyway's own connection sees the same one.
        return new Db("jdbc:sqlite:file:sandbox-" + UUID.randomUUID() + "?mode=memory&cache=shared", true);
      }
      Files.createDirectories(dir);
      DataDirLock lock = DataDirLock.acquire(dir); // DataDirectoryInUseException when another sandbox has it
      try {
        Db db = new Db("jdbc:sqlite:" + dir.resolve("sandbox.db").toAbsolutePath(), false);
        db.dirLock = lock;
        return db;
      } catch (SQLException | RuntimeException e) {
        lock.close();
        throw e;
      }
    } catch (SQLException | java.io.IOException e) {
      throw new IllegalStateException("Cannot open the sandbox database"
          + (dir == null ? " in memory" : " in " + dir) + ": " + e.getMessage(), e);
    }
  }

  private Connection open(boolean readOnly) throws SQLException {
    Properties p = new Properties();
    p.setProperty("busy_timeout", "30000");
    Connection c = DriverManager.getConnection(url, p);
    try (Statement s = c.createStatement()) {
      if (!memory) {
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA synchronous=NORMAL"); // durable at checkpoints; safe against app crashes
      }
      s.execute("PRAGMA temp_store=MEMORY");
      s.execute("PRAGMA cache_size=-64000"); // 64 MB: the unique code indexes of a big account
      if (readOnly) {
        s.execute("PRAGMA query_only=1");
      }
    }
    all.add(c);
    return c;
  }

  private void migrate() {
    Flyway.configure()
        .dataSource(url, null, null)
        .locations("classpath:db/migration")
        .load()
        .migrate();
  }

  /** Runs {@code work} in one transaction on the writer connection; rolls back on any exception. */
  public <T> T write(Work<T> work) {
    writeLock.lock();
    try {
      writer.setAutoCommit(false);
      try {
        T result = work.run(writer);
        writer.commit();
        writes.incrementAndGet();
        return result;
      } catch (RuntimeException | SQLException | Error e) {
        writer.rollback();
        throw e;
      } finally {
        writer.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new DbException(e);
    } finally {
      writeLock.unlock();
    }
  }

  /** A cache that lives and dies with this database (several sandboxes may share a JVM). */
  @SuppressWarnings("unchecked")
  <K, V> java.util.concurrent.ConcurrentMap<K, V> cache(String name) {
    return (java.util.concurrent.ConcurrentMap<K, V>) caches.computeIfAbsent(name,
        k -> new java.util.concurrent.ConcurrentHashMap<>());
  }

  /** How many write transactions committed so far (lets caches notice that something changed). */
  long writes() {
    return writes.get();
  }

  /** Runs read-only {@code work} on a pooled reader (or the shared connection in memory mode). */
  public <T> T read(Work<T> work) {
    if (memory) {
      writeLock.lock();
      try {
        return work.run(writer);
      } catch (SQLException e) {
        throw new DbException(e);
      } finally {
        writeLock.unlock();
      }
    }
    Connection c;
    try {
      c = readers.poll(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for a database connection", e);
    }
    if (c == null) {
      throw new IllegalStateException("No database connection free for 30 s");
    }
    try {
      return work.run(c);
    } catch (SQLException e) {
      throw new DbException(e);
    } finally {
      readers.add(c);
    }
  }

  @Override
  public void close() {
    writeLock.lock();
    try {
      for (Connection c : all) {
        try {
          c.close();
        } catch (SQLException ignored) {
          // closing anyway
        }
      }
      if (dirLock != null) {
        dirLock.close();
      }
    } finally {
      writeLock.unlock();
    }
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
  static List<Map<String, Object>> rows(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
      List<Map<String, Object>> out = new ArrayList<>();
      java.sql.ResultSetMetaData md = rs.getMetaData();
      String[] labels = new String[md.getColumnCount()];
      for (int i = 0; i < labels.length; i++) {
        labels[i] = md.getColumnLabel(i + 1);
      }
      while (rs.next()) {
        Map<String, Object> row = new LinkedHashMap<>(labels.length * 2);
        for (int i = 0; i < labels.length; i++) {
          row.put(labels[i], rs.getObject(i + 1));
        }
        out.add(row);
      }
      return out;
    }
  }

  static Map<String, Object> row(Connection c, String sql, Object... args) throws SQLException {
    List<Map<String, Object>> r = rows(c, sql, args);
    return r.isEmpty() ? null : r.get(0);
  }

  static long count(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  static int update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = prepare(c, sql, args)) {
      return ps.executeUpdate();
    }
  }

  static long insert(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = prepare(c, sql, args)) {
      ps.executeUpdate();
    }
    return count(c, "SELECT last_insert_rowid()");
  }
}
