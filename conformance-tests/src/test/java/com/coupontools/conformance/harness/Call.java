package com.coupontools.conformance.harness;

import com.coupontools.client.BodyEncoding;
import com.coupontools.client.CoupontoolsClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What a conformance case gets for one run: the target and encoding, an SDK client configured
 * for them, and a way to reach a documented error example on the mock.
 */
public final class Call {

  private final Target target;
  public final Encoding encoding;
  final List<ExchangeRecorder.Exchange> seen = new ArrayList<>();

  Call(Target target, Encoding encoding) {
    this.target = target;
    this.encoding = encoding;
  }

  /** The SDK client for this target and encoding, with the target's credentials. */
  public CoupontoolsClient client() {
    return target.clients.computeIfAbsent(encoding, e -> client(target.clientId, target.clientSecret));
  }

  /** An SDK client for this target and encoding with other credentials (wrong ones, a subaccount's). */
  public CoupontoolsClient client(String clientId, String clientSecret) {
    return CoupontoolsClient.builder()
        .baseUrl(baseUrl())
        .credentials(clientId, clientSecret)
        .bodyEncoding(encoding == Encoding.FORM ? BodyEncoding.FORM : BodyEncoding.JSON)
        .maxRetries(0) // a retry would hide what the server answered first
        .timeout(Duration.ofSeconds(60))
        .build();
  }

  public TargetKind target() {
    return target.kind;
  }

  public boolean onMock() {
    return target.kind == TargetKind.MOCK;
  }

  public boolean onSandbox() {
    return target.kind == TargetKind.SANDBOX;
  }

  public boolean onLive() {
    return target.kind == TargetKind.LIVE;
  }

  /** Base URL the SDK must use (the exchange recorder in front of the target). */
  public String baseUrl() {
    return target.recorder.baseUrl();
  }

  public String clientId() {
    return target.clientId;
  }

  public String clientSecret() {
    return target.clientSecret;
  }

  /**
   * On the mock, makes Prism answer the next request with the documented example {@code key}
   * (e.g. {@code e502_campaign_not_found}); elsewhere does nothing, since real inputs must
   * provoke the error there.
   */
  public void forceExampleOnMock(String key) {
    if (!onMock()) return;
    int code = Integer.parseInt(key.substring(1, key.indexOf('_')));
    int status = code == 1000 || (code >= 100 && code < 200) ? 401 : 422;
    target.recorder.preferNext("code=" + status + ", example=" + key);
  }

  /**
   * The same for a v4 REST operation ({@code x-api-style: rest}), whose error statuses differ:
   * 401 for the authentication family, 404 for the not-found family (5xx codes), 422 otherwise.
   */
  public void forceRestExampleOnMock(String key) {
    if (!onMock()) return;
    int code = Integer.parseInt(key.substring(1, key.indexOf('_')));
    int status = code == 1000 || (code >= 100 && code < 200) ? 401 : code >= 500 && code < 600 ? 404 : 422;
    target.recorder.preferNext("code=" + status + ", example=" + key);
  }

  /** Every exchange of this run so far, in order (the last one is the latest request). */
  public List<ExchangeRecorder.Exchange> exchanges() {
    seen.addAll(target.recorder.drain());
    return List.copyOf(seen);
  }
}
