package com.coupontools.sandbox.internal;

/**
 * A database engine behind {@link Db}: how connections are pooled and how write transactions are
 * serialised. {@link SqliteStore} and {@link PostgresStore}; chosen in {@link Db#open}.
 */
interface Store extends AutoCloseable {
  /** Runs {@code work} in one transaction that no other write of {@code tenant} interleaves with. */
  <T> T write(long tenant, Db.Work<T> work);

  /** Runs read-only {@code work} on a pooled connection (autocommit: each statement sees the latest commit). */
  <T> T read(Db.Work<T> work);

  /**
   * Runs read-only {@code work} in one read transaction: every statement sees the same committed
   * state (a row and the rows that belong to it, read one after the other, agree).
   */
  <T> T snapshot(Db.Work<T> work);

  Dialect dialect();

  /**
   * A counter that moves on every committed write this store can see, or -1 when writes happen
   * elsewhere too (other replicas) and in-process caches of database rows must not be used.
   */
  long writes();

  @Override
  void close();
}
