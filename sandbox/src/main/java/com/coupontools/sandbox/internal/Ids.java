package com.coupontools.sandbox.internal;

import java.security.SecureRandom;
import java.util.SplittableRandom;

/** ID formats of the API ({@code cam_123456}, {@code evt_…}) and random codes. */
final class Ids {
  static final String LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";
  static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  static final String DIGITS = "0123456789";
  static final String HEX = "0123456789abcdef";

  private static final SecureRandom SECURE = new SecureRandom();

  private Ids() {}

  /** The digits of an ID sent with or without its prefix; the rules already checked the shape. */
  static Long numeric(String id) {
    int us = id.indexOf('_');
    String digits = us >= 0 ? id.substring(us + 1) : id;
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      return -1L; // well-formed but out of range: matches nothing
    }
  }

  static String campaign(long id) {
    return "cam_" + id;
  }

  static String subaccount(long id) {
    return "sub_" + id;
  }

  static String loyaltyCard(long id) {
    return "loy_" + id;
  }

  static String loyaltyUser(long id) {
    return "lus_" + id;
  }

  static String directory(long id) {
    return "dir_" + id;
  }

  static String registeredUser(long id) {
    return "reg_" + id;
  }

  static String folder(long id) {
    return "fol_" + id;
  }

  /** SMS and email groups share the prefix (the docs show gro_ for both). */
  static String group(long id) {
    return "gro_" + id;
  }

  static String smsContact(long id) {
    return "con_" + id;
  }

  /** A fast generator for bulk codes, seeded from the secure one (codes are not secrets). */
  static SplittableRandom fastRandom() {
    return new SplittableRandom(SECURE.nextLong());
  }

  static String random(SplittableRandom rnd, String alphabet, int length) {
    char[] c = new char[length];
    for (int i = 0; i < length; i++) {
      c[i] = alphabet.charAt(rnd.nextInt(alphabet.length()));
    }
    return new String(c);
  }

  /** Credentials, tokens and event IDs: from the secure generator. */
  static String secure(String alphabet, int length) {
    char[] c = new char[length];
    for (int i = 0; i < length; i++) {
      c[i] = alphabet.charAt(SECURE.nextInt(alphabet.length()));
    }
    return new String(c);
  }

  /** Request IDs only correlate log lines: a fast generator is enough. */
  static String requestId() {
    long v = java.util.concurrent.ThreadLocalRandom.current().nextLong();
    char[] c = {'r', 'e', 'q', '_', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    for (int i = 19; i >= 4; i--, v >>>= 4) {
      c[i] = HEX.charAt((int) (v & 15));
    }
    return new String(c);
  }

  static String webhookEvent() {
    return "evt_" + secure(HEX, 10);
  }
}
