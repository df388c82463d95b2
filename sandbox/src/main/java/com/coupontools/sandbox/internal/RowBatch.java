package com.coupontools.sandbox.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A multi-row {@code INSERT … VALUES (…), (…) … ON CONFLICT DO NOTHING} of a fixed number of
 * rows, whose columns are split into the ones every row shares (bound once with
 * {@link #shared}) and the ones that vary (bound per row with {@link #set}). On SQLite the shared
 * values are numbered parameters ({@code ?1}) the rows reuse, which saves most of the binding;
 * on PostgreSQL every row carries its own copy. {@link #execute} returns how many rows the
 * database took (rows refused for a unique conflict are skipped, not errors).
 */
final class RowBatch implements AutoCloseable {
  private final PreparedStatement ps;
  private final boolean numbered;
  private final int sharedCount;
  private final int varCount;
  private final int rows;
  private final Object[] sharedValues;

  RowBatch(
      Connection c,
      Dialect dialect,
      String table,
      String[] sharedColumns,
      String[] varColumns,
      int rows)
      throws SQLException {
    this.numbered = dialect.numberedParameters();
    this.sharedCount = sharedColumns.length;
    this.varCount = varColumns.length;
    this.rows = rows;
    this.sharedValues = new Object[sharedCount];
    StringBuilder sql = new StringBuilder("INSERT INTO ")
        .append(table)
        .append(" (")
        .append(String.join(", ", sharedColumns))
        .append(", ")
        .append(String.join(", ", varColumns))
        .append(") VALUES ");
    for (int r = 0; r < rows; r++) {
      sql.append(r == 0 ? "(" : ", (");
      for (int i = 0; i < sharedCount + varCount; i++) {
        sql.append(i == 0 ? "" : ", ");
        if (!numbered) {
          sql.append('?');
        } else if (i < sharedCount) {
          sql.append('?').append(i + 1);
        } else {
          sql.append('?').append(sharedCount + r * varCount + (i - sharedCount) + 1);
        }
      }
      sql.append(')');
    }
    sql.append(" ON CONFLICT DO NOTHING");
    this.ps = c.prepareStatement(sql.toString());
  }

  /** Binds a value every row shares (index in {@code sharedColumns}). */
  void shared(int column, Object value) throws SQLException {
    sharedValues[column] = value;
    if (numbered) {
      ps.setObject(column + 1, value);
    } else {
      for (int r = 0; r < rows; r++) {
        ps.setObject(r * (sharedCount + varCount) + column + 1, value);
      }
    }
  }

  /** Binds a varying value of one row (index in {@code varColumns}). */
  void set(int row, int column, Object value) throws SQLException {
    int index = numbered
        ? sharedCount + row * varCount + column + 1
        : row * (sharedCount + varCount) + sharedCount + column + 1;
    if (value instanceof String s) {
      ps.setString(index, s);
    } else if (value instanceof Long l) {
      ps.setLong(index, l);
    } else {
      ps.setObject(index, value);
    }
  }

  /** Inserts the bound rows; returns how many the database took. */
  int execute() throws SQLException {
    return ps.executeUpdate();
  }

  @Override
  public void close() throws SQLException {
    ps.close();
  }
}
