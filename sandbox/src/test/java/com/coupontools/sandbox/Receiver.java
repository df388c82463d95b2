package com.coupontools.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import java.util.function.ToIntFunction;

/**
 * A webhook receiver for the tests: a small HTTP server on 127.0.0.1 that records every request
 * it gets and answers with the status {@code answer} gives for the n-th request (1-based) or for
 * the request itself, or holds the request until the test ends ({@link #HANG}).
 */
final class Receiver implements AutoCloseable {
  /** An answer that never comes (the request is held until {@link #close()}). */
  static final int HANG = -1;

  /** One received request. */
  record Hit(
      int n,
      String method,
      String path,
      Map<String, String> headers,
      String body,
      long receivedNanos) {
    JsonNode json() {
      try {
        return Api.JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    String header(String name) {
      return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
  }

  private final HttpServer server;
  private final BlockingQueue<Hit> hits = new LinkedBlockingQueue<>();
  private final List<Hit> all = new CopyOnWriteArrayList<>();
  private final AtomicInteger count = new AtomicInteger();
  private final CountDownLatch released = new CountDownLatch(1);
  private volatile ToIntFunction<Hit> answer;
  private final Duration delay;

  Receiver(IntUnaryOperator answer) {
    this(h -> answer.applyAsInt(h.n()), Duration.ZERO);
  }

  /** Answers each request with {@code answer(request)} after {@code delay} (a slow receiver). */
  Receiver(ToIntFunction<Hit> answer, Duration delay) {
    this.answer = answer;
    this.delay = delay;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "test-receiver");
      t.setDaemon(true);
      return t;
    }));
    server.createContext("/", x -> {
      long at = System.nanoTime();
      byte[] body = x.getRequestBody().readAllBytes();
      Map<String, String> headers = new TreeMap<>();
      x.getRequestHeaders()
          .forEach(
              (k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), String.join(",", v)));
      int n = count.incrementAndGet();
      Hit hit = new Hit(
          n,
          x.getRequestMethod(),
          x.getRequestURI().getPath(),
          headers,
          new String(body, StandardCharsets.UTF_8),
          at);
      all.add(hit);
      hits.add(hit);
      int status = this.answer.applyAsInt(hit);
      if (!delay.isZero()) {
        try {
          Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      if (status == HANG) {
        try {
          released.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        x.close();
        return;
      }
      byte[] out = ("answer " + n).getBytes(StandardCharsets.UTF_8);
      x.sendResponseHeaders(status, out.length);
      try (OutputStream o = x.getResponseBody()) {
        o.write(out);
      }
    });
    server.start();
  }

  /** Always answers 200. */
  static Receiver ok() {
    return new Receiver(n -> 200);
  }

  void answer(IntUnaryOperator value) {
    this.answer = h -> value.applyAsInt(h.n());
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  int port() {
    return server.getAddress().getPort();
  }

  /** The next request, waiting up to {@code timeout}; fails the test when none comes. */
  Hit next(Duration timeout) {
    try {
      Hit h = hits.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (h == null) {
        throw new AssertionError("no webhook delivery within " + timeout);
      }
      return h;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The next request within {@code timeout}, or null. */
  Hit poll(Duration timeout) {
    try {
      return hits.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** Forgets the requests not taken yet. */
  void drain() {
    hits.clear();
  }

  List<Hit> all() {
    return new ArrayList<>(all);
  }

  @Override
  public void close() {
    released.countDown();
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
