package com.coupontools.sandbox.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** The part of an HTTP exchange the API handler needs; the server adapter supplies it. */
interface Exchange {
  String method();

  String path();

  /** The path as sent, still percent-encoded (path parameters are decoded segment by segment). */
  default String rawPath() {
    return path();
  }

  /** The raw (still percent-encoded) query string, or null when the URL has none. */
  String rawQuery();

  /** A request header (case-insensitive name), or null. */
  String header(String name);

  /** Every value of a request header sent more than once (case-insensitive name); empty when absent. */
  java.util.List<String> headers(String name);

  /** The declared Content-Length, or -1 when unknown (chunked or absent). */
  long contentLength();

  InputStream body();

  void responseHeader(String name, String value);

  /**
   * Starts the response. Small bodies are sent with a Content-Length when the stream is closed;
   * larger ones switch to chunked transfer on the fly, so nothing big is ever held.
   */
  OutputStream respond(int status) throws IOException;

  boolean responseStarted();

  /** Close the connection after this response (e.g. an unread request body is left). */
  void closeConnection();

  /** The client's address (for the loopback-only control routes), or null when unknown. */
  java.net.InetAddress remoteAddress();

  /** The status of the response started with {@link #respond}, or 0 before it. */
  int status();
}
