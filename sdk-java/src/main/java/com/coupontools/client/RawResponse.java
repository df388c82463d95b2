package com.coupontools.client;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A parsed response together with its HTTP status and headers, for the rare call that needs
 * them. Obtained from the {@code WithRawResponse} variant of each API:
 *
 * <pre>{@code
 * RawResponse<CampaignListResponse> r = client.withRawResponse().campaigns().list();
 * r.statusCode();            // 200
 * r.header("Content-Type");  // "application/json"
 * r.body().getData();
 * }</pre>
 *
 * @param <T> the body type
 */
public final class RawResponse<T> {
  private final int statusCode;
  private final Map<String, List<String>> headers;
  private final T body;

  public RawResponse(int statusCode, Map<String, List<String>> headers, T body) {
    this.statusCode = statusCode;
    TreeMap<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((k, v) -> h.put(k, List.copyOf(v)));
    this.headers = java.util.Collections.unmodifiableMap(h);
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

  public T body() {
    return body;
  }

  @Override
  public String toString() {
    return "RawResponse{status=" + statusCode + ", body=" + body + "}";
  }
}
