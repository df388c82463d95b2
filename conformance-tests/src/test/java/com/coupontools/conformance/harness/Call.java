package com.coupontools.conformance.harness;

import com.coupontools.client.BodyEncoding;
import com.coupontools.client.CoupontoolsClient;
import com.coupontools.testsupport.Bundle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a conformance case gets for one run: the target and encoding, an SDK client configured
 * for them, and a way to reach a documented error example on the mock.
 */
public final class Call {

  private final Target target;
  public final Encoding encoding;
  private final Bundle bundle;
  private final String operation;
  final List<ExchangeRecorder.Exchange> seen = new ArrayList<>();

  Call(Target target, Encoding encoding, Bundle bundle, String operation) {
    this.target = target;
    this.encoding = encoding;
    this.bundle = bundle;
    this.operation = operation;
  }

  /** The bundle the targets serve. */
  public Bundle bundle() {
    return bundle;
  }

  /** The SDK client for this target and encoding, with the target's credentials. */
  public CoupontoolsClient client() {
    return client(target.clientId, target.clientSecret);
  }

  /**
   * An SDK client for this target and encoding with other credentials (wrong ones, a
   * subaccount's); made once per target, encoding and credentials, and closed with the target.
   */
  public CoupontoolsClient client(String clientId, String clientSecret) {
    return target.client(
        new Target.ClientKey(encoding, clientId, clientSecret),
        () -> CoupontoolsClient.builder()
            .baseUrl(baseUrl())
            .credentials(clientId, clientSecret)
            .bodyEncoding(encoding == Encoding.FORM ? BodyEncoding.FORM : BodyEncoding.JSON)
            .maxRetries(0) // a retry would hide what the server answered first
            .timeout(Duration.ofSeconds(60))
            .build());
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
   * On the mock, makes Prism answer the next request with the case's operation's documented
   * example {@code key} (e.g. {@code e502_campaign_not_found}), under the HTTP status the error
   * catalogue gives its code in the operation's style; elsewhere does nothing, since real inputs
   * must provoke the error there.
   */
  public void forceExampleOnMock(String key) {
    if (!onMock()) return;
    Bundle.Op op = bundle.op(operation);
    // A case may force an example of another operation it calls (a scenario): the key says the
    // code.
    Bundle.ErrorExample example = Stream.concat(Stream.of(op), bundle.ops().stream())
        .flatMap(o -> o.errors().stream())
        .filter(e -> e.key().equals(key))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("no operation documents an error example " + key));
    target.recorder.preferNext(
        "code=" + bundle.httpStatus(example.code(), op.style()) + ", example=" + key);
  }

  /** Every exchange of this run so far, in order (the last one is the latest request). */
  public List<ExchangeRecorder.Exchange> exchanges() {
    seen.addAll(target.recorder.drain());
    return List.copyOf(seen);
  }
}
