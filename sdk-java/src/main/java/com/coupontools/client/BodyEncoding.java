package com.coupontools.client;

/** How request bodies go on the wire; the API accepts both. */
public enum BodyEncoding {
  /** {@code application/json} (the default, as in the docs). */
  JSON,
  /** {@code application/x-www-form-urlencoded}: lists repeat the field, nested maps use {@code key[sub]}. */
  FORM
}
