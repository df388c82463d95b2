package com.coupontools.sandbox.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prepared statements kept per SQLite connection, with their column labels. Preparing a
 * statement and asking SQLite for its column names cost more than running a short indexed query
 * (each name crosses JNI as a new string): on the read path they were a fifth of a request's
 * time. A connection is used by one thread at a time (the store lends it out), so each cache
 * is plain; the least recently used of more than {@value #MAX} statements is closed. PostgreSQL
 * connections are not registered: the driver keeps server-side prepared statements itself.
 */
final class Statements {
  private static final int MAX = 256;
  private static final Map<Connection, Statements> BY_CONNECTION = new ConcurrentHashMap<>();

  /** A cached statement; its labels are read once, on first use. */
  static final class Cached {
    final PreparedStatement ps;
    String[] labels;

    Cached(PreparedStatement ps) {
      this.ps = ps;
    }

    String[] labels(ResultSetMetaData md) throws SQLException {
      if (labels == null) {
        String[] l = new String[md.getColumnCount()];
        for (int i = 0; i < l.length; i++) {
          l[i] = md.getColumnLabel(i + 1);
        }
        labels = l;
      }
      return labels;
    }
  }

  private final Connection connection;
  private final LinkedHashMap<String, Cached> cache = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
      if (size() <= MAX) {
        return false;
      }
      try {
        eldest.getValue().ps.close();
      } catch (SQLException ignored) {
        // dropping it anyway
      }
      return true;
    }
  };

  private Statements(Connection connection) {
    this.connection = connection;
  }

  static void register(Connection c) {
    BY_CONNECTION.put(c, new Statements(c));
  }

  static void forget(Connection c) {
    BY_CONNECTION.remove(c);
  }

  /** The cached statement for {@code sql} on {@code c}, or null when {@code c} does not cache. Never close it. */
  static Cached get(Connection c, String sql) throws SQLException {
    Statements s = BY_CONNECTION.get(c);
    if (s == null) {
      return null;
    }
    Cached cached = s.cache.get(sql);
    if (cached == null) {
      cached = new Cached(s.connection.prepareStatement(sql));
      s.cache.put(sql, cached);
    }
    return cached;
  }
}
