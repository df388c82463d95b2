package com.coupontools.testsupport;

/** A test server that could not start: the message has its log's tail and how to fix it. */
public final class ServerStartException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ServerStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
