package com.coupontools.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One request as a generated request model describes it: which of its fields go into the path,
 * the query string and the body, and its client-side checks. The transport turns it into HTTP.
 */
public final class Exchange {
  final Operation op;
  final List<Object[]> path = new ArrayList<>(0);
  final List<Object[]> query = new ArrayList<>(0);
  Consumer<WireWriter> body;
  /** The stored value (a list) sent as the whole JSON body, for a bare array body; else null. */
  Object wholeBody;

  Consumer<Validator> checks;

  private Exchange(Operation op) {
    this.op = op;
  }

  public static Exchange of(Operation op) {
    return new Exchange(op);
  }

  /** Replaces {@code {name}} in the path. */
  public Exchange path(String name, Object value) {
    path.add(new Object[] {name, value});
    return this;
  }

  /** Adds a query parameter (absent values are left out). */
  public Exchange query(String name, Object value) {
    if (value != null && value != Wire.MISSING) {
      query.add(new Object[] {name, value});
    }
    return this;
  }

  /** Adds undeclared fields as query parameters. */
  public Exchange queries(java.util.Map<String, Object> extra) {
    if (extra != null) {
      extra.forEach(this::query);
    }
    return this;
  }

  /** The body object's fields. */
  public Exchange body(Consumer<WireWriter> fields) {
    body = fields;
    return this;
  }

  /** A bare JSON body: this stored value (a list of models) is the body; unset (null or missing) sends {@code []}. */
  public Exchange wholeBody(Object value) {
    wholeBody = value == null || value == Wire.MISSING ? java.util.List.of() : value;
    return this;
  }

  /** The request's client-side checks, run when the client validates. */
  public Exchange checks(Consumer<Validator> c) {
    checks = c;
    return this;
  }
}
