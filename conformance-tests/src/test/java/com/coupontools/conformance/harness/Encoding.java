package com.coupontools.conformance.harness;

/** The request body encoding a case runs with; every case runs with both. */
public enum Encoding {
  JSON("application/json"),
  FORM("application/x-www-form-urlencoded");

  public final String mediaType;

  Encoding(String mediaType) {
    this.mediaType = mediaType;
  }

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
