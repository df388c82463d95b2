package com.coupontools.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;

/**
 * Retries with exponential backoff and jitter, honouring {@code Retry-After}. A request that
 * never reached the network (connect failure, DNS) and answers 429/503 are always safe to retry;
 * the API has no idempotency keys, so a POST that may have reached the server (read timeout,
 * reset, 502/504) is retried only when the client opted in.
 */
final class RetryInterceptor implements Interceptor {
  static final Duration INITIAL_DELAY = Duration.ofMillis(500);
  static final Duration MAX_DELAY = Duration.ofSeconds(8);
  static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

  /** Idle time after which a pooled connection is checked before a request goes out on it. */
  static final Duration VALIDATE_AFTER_IDLE = Duration.ofSeconds(1);
  /** Closed pooled connections skipped within one attempt (OkHttp keeps up to 5 idle). */
  static final int MAX_STALE_CONNECTIONS = 5;

  // When each connection last carried an exchange; weak keys, so closed connections drop out.
  private static final Map<Connection, Long> LAST_USED =
      Collections.synchronizedMap(new WeakHashMap<>());

  /**
   * Network interceptor: once it runs, a connection exists and the request is about to be written.
   * First it checks an HTTP/1 connection that has been idle for {@link #VALIDATE_AFTER_IDLE}:
   * servers close idle keep-alive connections (Node's default after 5 s, Prism's mock is one), and
   * OkHttp itself looks only at connections idle for 10 s or more, so a request written on one the
   * server had closed read "unexpected end of stream" — and, being a POST, could not be resent. A
   * connection found closed is closed here too and the request, provably not sent, goes out on
   * another (what Apache HttpClient calls validate-after-inactivity). A server that closes at the
   * very moment the request leaves is still possible; that one is reported as sent.
   */
  static final Interceptor MARK_SENT = chain -> {
    Connection connection = chain.connection();
    if (connection != null && idleTooLong(connection) && peerClosed(connection)) {
      connection.socket().close();
      throw new StaleConnectionException();
    }
    Attempt attempt = chain.request().tag(Attempt.class);
    if (attempt != null) {
      attempt.sent = true;
    }
    try {
      return chain.proceed(chain.request());
    } finally {
      if (connection != null) {
        LAST_USED.put(connection, System.nanoTime());
      }
    }
  };

  private static boolean idleTooLong(Connection c) {
    Long last = LAST_USED.get(c); // null: a new connection
    return last != null
        && System.nanoTime() - last >= VALIDATE_AFTER_IDLE.toNanos()
        && (c.protocol() == Protocol.HTTP_1_1
            || c.protocol() == Protocol.HTTP_1_0); // HTTP/2 reads its socket itself
  }

  /**
   * Whether the peer has closed an idle connection: a read that waits 1 ms ends the stream or
   * fails (closed, reset) rather than timing out. Any byte is wrong on an idle HTTP/1 connection,
   * so that counts as unusable too. The cost, 1 ms, is paid only after a second of idleness.
   */
  static boolean peerClosed(Connection c) {
    Socket socket = c.socket();
    try {
      int timeout = socket.getSoTimeout();
      try {
        socket.setSoTimeout(1);
        socket.getInputStream().read();
        return true;
      } catch (SocketTimeoutException open) {
        return false;
      } finally {
        socket.setSoTimeout(timeout);
      }
    } catch (IOException broken) {
      return true;
    }
  }

  private final int maxRetries;
  private final boolean retryNonIdempotent;
  private final Sleeper sleeper;
  private final Logger log;

  RetryInterceptor(int maxRetries, boolean retryNonIdempotent, Sleeper sleeper, Logger log) {
    this.maxRetries = maxRetries;
    this.retryNonIdempotent = retryNonIdempotent;
    this.sleeper = sleeper;
    this.log = log;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    long start = System.nanoTime();
    long budget = chain.call().timeout().timeoutNanos(); // the whole-call timeout, 0 = none
    Request request = chain.request();
    Attempt state = request.tag(Attempt.class);
    if (state == null) {
      state = new Attempt();
      request = request.newBuilder().tag(Attempt.class, state).build();
    }
    for (int attempt = 0; ; attempt++) {
      state.sent = false;
      Response response;
      try {
        response = proceedOnALiveConnection(chain, request);
      } catch (IOException e) {
        Duration wait = delay(attempt, null);
        if (attempt >= maxRetries
            || (state.sent && !retryNonIdempotent)
            || chain.call().isCanceled()
            || overBudget(start, budget, wait)) {
          throw state.sent ? e : new UnsentRequestException(e);
        }
        pause(attempt, wait, e.toString());
        continue;
      }
      int code = response.code();
      boolean retryable =
          code == 429 || code == 503 || (retryNonIdempotent && (code == 502 || code == 504));
      if (!retryable || attempt >= maxRetries) {
        return response;
      }
      Duration wait = delay(attempt, retryAfter(response));
      if (overBudget(start, budget, wait)) {
        return response; // waiting would outlast the call's timeout: report the answer now
      }
      response.close();
      pause(attempt, wait, "HTTP " + code);
    }
  }

  /** Skipping a pooled connection the server closed is no retry: the request was not sent. */
  private Response proceedOnALiveConnection(Chain chain, Request request) throws IOException {
    for (int skipped = 0; ; skipped++) {
      try {
        return chain.proceed(request);
      } catch (StaleConnectionException e) {
        if (skipped == MAX_STALE_CONNECTIONS) {
          throw e;
        }
        log.debug("The server had closed an idle pooled connection; sending on another");
      }
    }
  }

  private static boolean overBudget(long start, long budget, Duration wait) {
    return budget > 0 && System.nanoTime() - start + wait.toNanos() >= budget;
  }

  private void pause(int attempt, Duration d, String why) throws IOException {
    log.debug(
        "Retrying in {} ms (retry {} of {}) after {}", d.toMillis(), attempt + 1, maxRetries, why);
    try {
      sleeper.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to retry");
    }
  }

  /** Retry-After when sane (0–60 s), else min(500 ms × 2^attempt, 8 s) minus up to 25 % jitter. */
  static Duration delay(int attempt, Duration retryAfter) {
    if (retryAfter != null
        && !retryAfter.isNegative()
        && retryAfter.compareTo(MAX_RETRY_AFTER) <= 0) {
      return retryAfter;
    }
    long base = Math.min(MAX_DELAY.toMillis(), INITIAL_DELAY.toMillis() << Math.min(attempt, 16));
    return Duration.ofMillis(
        (long) (base * (1 - 0.25 * ThreadLocalRandom.current().nextDouble())));
  }

  /** {@code Retry-After}: delta-seconds or an HTTP date; null when absent or unreadable. */
  static Duration retryAfter(Response response) {
    String v = response.header("Retry-After");
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return Duration.ofSeconds(Long.parseLong(v.trim()));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(v.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
        return Duration.between(ZonedDateTime.now(at.getZone()), at);
      } catch (RuntimeException unreadable) {
        return null;
      }
    }
  }

  /** Per-attempt state shared with {@link #MARK_SENT} through the request's tag. */
  static final class Attempt {
    volatile boolean sent;
  }

  /** A pooled connection the server had closed while it was idle; nothing was written on it. */
  static final class StaleConnectionException extends IOException {
    private static final long serialVersionUID = 1L;

    StaleConnectionException() {
      super("the server had closed the idle pooled connection");
    }
  }

  /** The request failed before it reached the network: it had no effect on the server. */
  static final class UnsentRequestException extends IOException {
    private static final long serialVersionUID = 1L;

    UnsentRequestException(IOException cause) {
      super(cause.getMessage(), cause);
    }
  }
}
