package com.coupontools.internal;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Conversions between the API's wire strings ({@code x-coupontools-type}: "0"/"1" flags,
 * numeric strings, {@code yyyy-MM-dd} and {@code yyyy-MM-dd HH:mm:ss}; and URIs) and Java types,
 * used by the generated models' typed accessors. Reading is lenient: an absent, empty or
 * malformed value reads as null (a flag as false) so that one odd field never breaks a response.
 */
public final class Wire {
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

  private Wire() {}

  public static boolean flag(String raw) {
    return raw != null && (raw.trim().equals("1") || raw.trim().equalsIgnoreCase("true"));
  }

  public static String flag(boolean value) {
    return value ? "1" : "0";
  }

  public static Long integer(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(raw.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public static String integer(long value) {
    return Long.toString(value);
  }

  public static LocalDate date(String raw) {
    if (raw == null || raw.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(raw.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null; // e.g. "0000-00-00"
    }
  }

  public static String date(LocalDate value) {
    return value == null ? null : value.toString();
  }

  /** Reads {@code yyyy-MM-dd HH:mm:ss}; also the documented {@code yyyy-MM-dd:HH:mm:ss} and ISO {@code T}. */
  public static LocalDateTime dateTime(String raw) {
    if (raw == null || raw.length() != 19) {
      return null;
    }
    char sep = raw.charAt(10);
    String normal = sep == ' ' ? raw : raw.substring(0, 10) + ' ' + raw.substring(11);
    if (sep != ' ' && sep != ':' && sep != 'T') {
      return null;
    }
    try {
      return LocalDateTime.parse(normal, DATE_TIME);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public static String dateTime(LocalDateTime value) {
    return value == null ? null : DATE_TIME.format(value);
  }

  public static URI uri(String raw) {
    if (raw == null || raw.isEmpty()) {
      return null;
    }
    try {
      return new URI(raw);
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }

  public static String uri(URI value) {
    return value == null ? null : value.toString();
  }
}
