package com.coupontools.internal;

import java.time.Duration;

/** Waits between retries; replaceable in tests so that backoff can be asserted without waiting. */
@FunctionalInterface
public interface Sleeper {
  Sleeper REAL = d -> Thread.sleep(d.toMillis());

  void sleep(Duration d) throws InterruptedException;
}
