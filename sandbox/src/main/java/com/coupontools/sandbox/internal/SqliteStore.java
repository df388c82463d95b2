package com.coupontools.sandbox.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * SQLite. One writer connection behind a lock (SQLite allows one writer; queuing in Java avoids
 * SQLITE_BUSY), and in file mode a small pool of read-only connections that WAL lets read while
 * the writer writes. In memory mode everything shares the one connection.
 */
final class SqliteStore implements Store {
  private static final int READERS = 4;

  final String url;
  private final boolean memory;
  private final Connection writer;
  private final ReentrantLock writeLock = new ReentrantLock(true);
  private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);
  private final List<Connection> all = new ArrayList<>();
  private final AtomicLong writes = new AtomicLong();
  /** The data directory's lock (file mode only), released on close. */
  DataDirLock dirLock;

  SqliteStore(String url, boolean memory) throws SQLException {
    this.url = url;
    this.memory = memory;
    this.writer = open(false);
  }

  /** Opens the read-only pool; after the migrations, which must see the writer's schema first. */
  void openReaders() throws SQLException {
    if (!memory) {
      for (int i = 0; i < READERS; i++) {
        readers.add(open(true));
      }
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
    Statements.register(c);
    return c;
  }

  @Override
  public Dialect dialect() {
    return Dialect.SQLITE;
  }

  @Override
  public <T> T write(long tenant, Db.Work<T> work) {
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
      throw new Db.DbException(e);
    } finally {
      writeLock.unlock();
    }
  }

  @Override
  public long writes() {
    return writes.get();
  }

  @Override
  public <T> T read(Db.Work<T> work) {
    if (memory) {
      writeLock.lock();
      try {
        return work.run(writer);
      } catch (SQLException e) {
        throw new Db.DbException(e);
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
      throw new Db.DbException(e);
    } finally {
      readers.add(c);
    }
  }

  @Override
  public <T> T snapshot(Db.Work<T> work) {
    if (memory) {
      return read(work); // one connection under the write lock: nothing commits meanwhile
    }
    // A read transaction: SQLite (WAL) keeps the snapshot of its first read until it ends.
    return read(c -> {
      c.setAutoCommit(false);
      try {
        return work.run(c);
      } finally {
        c.rollback();
        c.setAutoCommit(true);
      }
    });
  }

  @Override
  public void close() {
    writeLock.lock();
    try {
      for (Connection c : all) {
        Statements.forget(c);
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
}
