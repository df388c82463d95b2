package com.coupontools.conformance.harness;

/** Where a conformance case runs. */
public enum TargetKind {
  /** Prism mocking the bundle: checks shape, URL, parameters and encodings only. */
  MOCK,
  /** The sandbox behind Prism's validating proxy: checks behaviour, and every response against the spec. */
  SANDBOX,
  /** A real Coupontools account (COUPONTOOLS_CLIENT_ID / _SECRET); read-only unless COUPONTOOLS_LIVE_WRITES=true. */
  LIVE;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
