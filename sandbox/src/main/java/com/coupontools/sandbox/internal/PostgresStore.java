package com.coupontools.sandbox.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * PostgreSQL through a HikariCP pool (or a pool the embedding application owns). Reads run in
 * autocommit; a write runs in one READ COMMITTED transaction whose first statement is the
 * tenant's advisory lock ({@link Dialect#lockTenant}), so each of its statements sees every
 * write of that tenant committed before, on any replica. No state but the database is shared
 * between replicas.
 */
final class PostgresStore implements Store {
  private final DataSource ds;
  private final HikariDataSource owned;

  private PostgresStore(DataSource ds, HikariDataSource owned) {
    this.ds = ds;
    this.owned = owned;
  }

  static PostgresStore open(String jdbcUrl, String password, int poolSize) {
    HikariConfig cfg = new HikariConfig();
    cfg.setPoolName("sandbox-db");
    cfg.setJdbcUrl(jdbcUrl);
    if (password != null) {
      cfg.setPassword(password);
    }
    cfg.setMaximumPoolSize(poolSize);
    cfg.setMinimumIdle(Math.min(2, poolSize));
    cfg.setConnectionTimeout(10_000);
    // Fail at start, with the driver's reason, when the database cannot be reached.
    cfg.setInitializationFailTimeout(10_000);
    cfg.addDataSourceProperty("ApplicationName", "coupontools-sandbox");
    HikariDataSource pool = new HikariDataSource(cfg);
    return new PostgresStore(pool, pool); // closed with the store
  }

  static PostgresStore external(DataSource ds) {
    return new PostgresStore(ds, null);
  }

  DataSource dataSource() {
    return ds;
  }

  @Override
  public Dialect dialect() {
    return Dialect.POSTGRESQL;
  }

  @Override
  public <T> T write(long tenant, Db.Work<T> work) {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try {
        if (tenant != Db.NO_TENANT_LOCK) {
          Dialect.POSTGRESQL.lockTenant(c, tenant);
        }
        T result = work.run(c);
        c.commit();
        return result;
      } catch (RuntimeException | SQLException | Error e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new Db.DbException(e);
    }
  }

  @Override
  public <T> T read(Db.Work<T> work) {
    try (Connection c = ds.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new Db.DbException(e);
    }
  }

  @Override
  public <T> T snapshot(Db.Work<T> work) {
    // READ COMMITTED takes a snapshot per statement; REPEATABLE READ one for the transaction.
    // HikariCP resets auto-commit, isolation and read-only when the connection goes back.
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      c.setReadOnly(true);
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      try {
        return work.run(c);
      } finally {
        c.rollback(); // read only: nothing to keep
      }
    } catch (SQLException e) {
      throw new Db.DbException(e);
    }
  }

  @Override
  public long writes() {
    return -1; // other replicas write too: no in-process caching of rows
  }

  @Override
  public void close() {
    if (owned != null) {
      owned.close();
    }
  }
}
