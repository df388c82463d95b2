package com.coupontools.client;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A parsed response together with its HTTP status and headers, for the rare call that needs
 * them; every service has the same methods under {@code withRawResponse()}:
 *
 * <pre>{@code
 * RawResponse<CampaignListResponse> r = client.campaigns().withRawResponse().list();
 * int status = r.statusCode();                      // 200
 * String type = r.header("Content-Type");           // "application/json"
 * Optional<String> requestId = r.requestId();       // X-Request-Id, when the server sends one
 * CampaignListResponse campaigns = r.body();
 * }</pre>
 *
 * @param <T> the body type
 */
public final class RawResponse<T> {
  private final int statusCode;
  private final Map<String, List<String>> headers;
  private final T body;

  /**
   * @param statusCode the HTTP status
   * @param headers the response headers (names are compared case-insensitively)
   * @param body the parsed body
   */
  public RawResponse(int statusCode, Map<String, List<String>> headers, T body) {
    this.statusCode = statusCode;
    TreeMap<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((k, v) -> h.put(k, List.copyOf(v)));
    this.headers = Collections.unmodifiableMap(h);
    this.body = body;
  }

  public int statusCode() {
    return statusCode;
  }

  /** All headers; names are case-insensitive. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The first value of a header, or null. */
  public String header(String name) {
    List<String> v = headers.get(name);
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  /** The server's {@code X-Request-Id}, when it sent one: what support asks for. */
  public Optional<String> requestId() {
    return Optional.ofNullable(header("X-Request-Id"));
  }

  public T body() {
    return body;
  }

  @Override
  public String toString() {
    return "RawResponse{status=" + statusCode + ", body=" + body + "}";
  }
}
