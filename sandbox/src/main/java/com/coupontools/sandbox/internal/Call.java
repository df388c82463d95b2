package com.coupontools.sandbox.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** What an operation handler gets: the operation, the caller, its validated parameters, the store. */
record Call(Operation op, Caller caller, Params p, Db db, Clock clock) {
  static final DateTimeFormatter WIRE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /** Now, UTC, in the API's wire form. */
  String now() {
    return LocalDateTime.now(clock).format(WIRE);
  }

  Errors errors() {
    return op.errors();
  }
}
