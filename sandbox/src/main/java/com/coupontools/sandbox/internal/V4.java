package com.coupontools.sandbox.internal;

/** What the v4 REST views share: null for an unknown value (v3 shows ""), the page size. */
final class V4 {
  /** Items per page when {@code pagination[per_page]} is not given (also its maximum, decision 23). */
  static final long PAGE = 100;

  private V4() {}

  /** A stored value as v4 shows it: the empty string (v3's "not known") is null. */
  static Object orNull(Object v) {
    return v == null || "".equals(v) ? null : v;
  }
}
