package com.coupontools.sandbox.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Passwords are stored salted and hashed (never as sent), though nothing logs in with them. */
final class Passwords {
  private Passwords() {}

  static String hash(String password) {
    try {
      String salt = Ids.secure(Ids.HEX, 16);
      byte[] d = MessageDigest.getInstance("SHA-256")
          .digest((salt + password).getBytes(StandardCharsets.UTF_8));
      return salt + ":" + HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A random password for a user created without one (v4 directory users). */
  static String random() {
    return Ids.secure(Ids.LOWER_ALNUM, 20);
  }
}
