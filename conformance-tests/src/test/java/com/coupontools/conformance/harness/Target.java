package com.coupontools.conformance.harness;

import com.coupontools.client.CoupontoolsClient;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A started target: where the SDK points (through the recorder) and with which credentials. It
 * owns the SDK clients made for it — one per encoding and credentials, shared by every case — and
 * closes them with the target.
 */
final class Target implements AutoCloseable {

  /** What makes two clients the same: the encoding and the credentials they send. */
  record ClientKey(Encoding encoding, String clientId, String clientSecret) {}

  // One client per key, not one per case: each client has its own connection pool, and the
  // hundreds a run would make (wrong credentials, expired accounts) held hundreds of idle
  // connections to the recorder, which then closed them as fast as they came back (the JDK
  // server keeps at most 200 idle); the SDK's second request on such a connection read "unexpected
  // end of stream" (it does not resend a POST on a connection failure, by design).
  private final Map<ClientKey, CoupontoolsClient> clients = new ConcurrentHashMap<>();
  final TargetKind kind;
  final ExchangeRecorder recorder;
  final String clientId;
  final String clientSecret;
  final boolean writesAllowed;

  Target(
      TargetKind kind,
      ExchangeRecorder recorder,
      String clientId,
      String clientSecret,
      boolean writesAllowed) {
    this.kind = kind;
    this.recorder = recorder;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.writesAllowed = writesAllowed;
  }

  CoupontoolsClient client(ClientKey key, Supplier<CoupontoolsClient> make) {
    return clients.computeIfAbsent(key, k -> make.get());
  }

  @Override
  public void close() {
    clients.values().forEach(CoupontoolsClient::close);
    clients.clear();
    recorder.close();
  }
}
