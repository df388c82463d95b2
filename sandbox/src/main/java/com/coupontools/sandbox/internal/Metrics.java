package com.coupontools.sandbox.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Request counts and latencies per operation and HTTP status, written in the Prometheus text
 * exposition format (version 0.0.4) at {@code GET /_sandbox/metrics}. A histogram per
 * (operation, status) with fixed buckets from 0.5 ms to 10 s; recording is a few lock-free
 * additions, so it stays on for every request. (Written here rather than with Micrometer: the
 * format is small and stable, and the sandbox's image and request path stay free of a metrics
 * library and its registry.)
 */
public final class Metrics {
  /** Upper bounds of the latency buckets, in seconds. */
  static final double[] BUCKETS = {
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10
  };

  private static final long[] BUCKET_NANOS = new long[BUCKETS.length];

  static {
    for (int i = 0; i < BUCKETS.length; i++) {
      BUCKET_NANOS[i] = (long) (BUCKETS[i] * 1e9);
    }
  }

  private final ConcurrentMap<String, Series> series = new ConcurrentHashMap<>();
  private final String backend;
  private final String specSha256;
  private final long startedNanos = System.nanoTime();

  public Metrics(String backend, String specSha256) {
    this.backend = backend;
    this.specSha256 = specSha256;
  }

  /** One answered request: {@code operation} is an operationId or a fixed route name, never a raw path. */
  void record(String operation, int status, long nanos) {
    String key = operation + '\u0000' + status;
    Series s = series.get(key);
    if (s == null) {
      s = series.computeIfAbsent(key, k -> new Series(operation, status));
    }
    s.add(nanos);
  }

  private static final class Series {
    final String operation;
    final int status;
    final LongAdder[] buckets = new LongAdder[BUCKETS.length];
    final LongAdder count = new LongAdder();
    final LongAdder sumNanos = new LongAdder();

    Series(String operation, int status) {
      this.operation = operation;
      this.status = status;
      for (int i = 0; i < buckets.length; i++) {
        buckets[i] = new LongAdder();
      }
    }

    void add(long nanos) {
      count.increment();
      sumNanos.add(nanos);
      for (int i = 0; i < BUCKET_NANOS.length; i++) {
        if (nanos <= BUCKET_NANOS[i]) {
          buckets[i].increment(); // non-cumulative here; summed when written
          return;
        }
      }
    }
  }

  /** The Prometheus text format. */
  void write(Writer w) throws IOException {
    Map<String, Series> sorted = new TreeMap<>(series);
    w.write("# HELP sandbox_info The sandbox: its database engine and the bundle it serves.\n");
    w.write("# TYPE sandbox_info gauge\n");
    w.write("sandbox_info{backend=\"" + backend + "\",spec_sha256=\"" + specSha256 + "\"} 1\n");
    w.write("# HELP sandbox_uptime_seconds Seconds since this sandbox started.\n");
    w.write("# TYPE sandbox_uptime_seconds gauge\n");
    w.write("sandbox_uptime_seconds " + fmt((System.nanoTime() - startedNanos) / 1e9) + "\n");
    w.write("# HELP sandbox_requests_total Requests answered, by operation and HTTP status.\n");
    w.write("# TYPE sandbox_requests_total counter\n");
    for (Series s : sorted.values()) {
      w.write("sandbox_requests_total{" + labels(s) + "} " + s.count.sum() + "\n");
    }
    w.write(
        "# HELP sandbox_request_duration_seconds Time from reading the request to the end of the response.\n");
    w.write("# TYPE sandbox_request_duration_seconds histogram\n");
    for (Series s : sorted.values()) {
      String l = labels(s);
      long cumulative = 0;
      for (int i = 0; i < BUCKETS.length; i++) {
        cumulative += s.buckets[i].sum();
        w.write("sandbox_request_duration_seconds_bucket{" + l + ",le=\"" + fmt(BUCKETS[i]) + "\"} "
            + cumulative + "\n");
      }
      long count = s.count.sum();
      w.write("sandbox_request_duration_seconds_bucket{" + l + ",le=\"+Inf\"} " + count + "\n");
      w.write(
          "sandbox_request_duration_seconds_sum{" + l + "} " + fmt(s.sumNanos.sum() / 1e9) + "\n");
      w.write("sandbox_request_duration_seconds_count{" + l + "} " + count + "\n");
    }
  }

  private static String labels(Series s) {
    return "operation=\"" + s.operation + "\",status=\"" + s.status + "\"";
  }

  private static String fmt(double v) {
    String s = String.format(Locale.ROOT, "%.6f", v);
    s = s.replaceAll("0+$", "");
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }
}
