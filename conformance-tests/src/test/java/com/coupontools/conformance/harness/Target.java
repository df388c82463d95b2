package com.coupontools.conformance.harness;

/** A started target: where the SDK points (through the recorder) and with which credentials. */
final class Target {
  final java.util.Map<Encoding, com.coupontools.client.CoupontoolsClient> clients =
      new java.util.concurrent.ConcurrentHashMap<>();
  final TargetKind kind;
  final ExchangeRecorder recorder;
  final String clientId;
  final String clientSecret;
  final boolean writesAllowed;

  Target(TargetKind kind, ExchangeRecorder recorder, String clientId, String clientSecret, boolean writesAllowed) {
    this.kind = kind;
    this.recorder = recorder;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.writesAllowed = writesAllowed;
  }
}
