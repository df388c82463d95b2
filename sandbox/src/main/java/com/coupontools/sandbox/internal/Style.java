package com.coupontools.sandbox.internal;

/**
 * The two call styles of the contract ({@code x-api-style}): {@code rpc}, the docs' POST calls
 * with the v3 envelope, and {@code rest}, the v4 REST calls with path parameters, bare JSON
 * bodies and the small REST error body. The style decides the error body, the HTTP statuses (from
 * the catalogue), where credentials may come from and which body encodings are read.
 */
enum Style {
  RPC("rpc"),
  REST("rest");

  private final String key;

  Style(String key) {
    this.key = key;
  }

  /** The value of {@code x-api-style} and the key of the catalogue's per-style maps. */
  String key() {
    return key;
  }

  static Style of(String value) {
    for (Style s : values()) {
      if (s.key.equals(value)) {
        return s;
      }
    }
    throw new IllegalStateException("Unknown x-api-style in the bundle: " + value);
  }
}
