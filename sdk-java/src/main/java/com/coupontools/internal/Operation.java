package com.coupontools.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the spec says about one operation, as the generated services declare it once per
 * operation: its ids, HTTP method and path, style, and documented errors (for client-side
 * validation and messages).
 */
public final class Operation {
  final String id;
  final String name;
  final String method;
  final String path;
  boolean rest;
  boolean formBodies = true;
  int[] errorCodes = new int[0];
  final List<String[]> documentedErrors = new ArrayList<>();

  private Operation(String id, String name, String method, String path) {
    this.id = id;
    this.name = name;
    this.method = method;
    this.path = path;
  }

  /**
   * @param id the operationId ({@code campaign_info})
   * @param name the SDK's name ({@code campaigns.info})
   * @param method the HTTP method
   * @param path the path template ({@code /v4/directory/{directoryId}})
   */
  public static Operation of(String id, String name, String method, String path) {
    return new Operation(id, name, method, path);
  }

  /**
   * A REST operation ({@code x-api-style: rest}): the HTTP status alone says whether it failed,
   * bodies are JSON only and may be any JSON value.
   */
  public Operation rest() {
    rest = true;
    formBodies = false;
    return this;
  }

  /** The request body is JSON only (the spec lists no form media type). */
  public Operation jsonOnly() {
    formBodies = false;
    return this;
  }

  /** The operation's {@code x-error-codes}. */
  public Operation errorCodes(int... codes) {
    errorCodes = codes.clone();
    return this;
  }

  /** Documented invalid-parameter examples, each {@code "key|code|text"}. */
  public Operation documentedErrors(String... examples) {
    for (String e : examples) {
      documentedErrors.add(e.split("\\|", 3));
    }
    return this;
  }

  boolean declares(int code) {
    return Arrays.stream(errorCodes).anyMatch(c -> c == code);
  }

  @Override
  public String toString() {
    return name + " (" + method + " " + path + ")";
  }
}
