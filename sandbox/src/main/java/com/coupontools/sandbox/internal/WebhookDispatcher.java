package com.coupontools.sandbox.internal;

import com.coupontools.sandbox.WebhookAttempt;
import com.coupontools.sandbox.WebhookConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The delivery worker of one sandbox process: a loop that claims due deliveries from the outbox
 * ({@link WebhookOutbox}) and a small pool that POSTs them, each attempt bounded by the timeout.
 * Nothing here runs on a request thread or inside an API transaction, so a slow or dead
 * receiver never delays the API; the loop is woken at once when a handler commits an event and
 * otherwise polls (other replicas' events, retries coming due).
 */
final class WebhookDispatcher implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger("com.coupontools.sandbox.webhooks");
  /** Attempts running at once in one process (as many as API worker threads: an attempt mostly waits). */
  static final int SENDERS = 16;
  /** How much of a receiver's answer is kept. */
  static final int EXCERPT_BYTES = 1024;
  /** Beyond the timeout, how long a claim stays with its worker before another may take the row. */
  private static final Duration LEASE_MARGIN = Duration.ofSeconds(5);

  static final String USER_AGENT = "coupontools-sandbox-webhooks/1";

  private final Db db;
  private final Webhooks hub;
  private final WebhookConfig config;
  private final Clock clock;
  private final String worker;
  private final long pollMillis;
  private final ExecutorService senders;
  private final Semaphore wakeUps = new Semaphore(0);
  private final AtomicInteger inFlight = new AtomicInteger();
  private final Thread loop;
  private volatile boolean running = true;
  private volatile HttpClient http;

  WebhookDispatcher(Db db, Webhooks hub, WebhookConfig config, Clock clock) {
    this.db = db;
    this.hub = hub;
    this.config = config;
    this.clock = clock;
    this.worker = "pid" + ProcessHandle.current().pid() + "-" + Ids.secure(Ids.HEX, 6);
    // SQLite: one process writes the file, so only our own events (which wake us) and retries
    // (whose due time we know) appear; PostgreSQL: other replicas add rows too.
    this.pollMillis = db.dialect() == Dialect.POSTGRESQL ? 500 : 1000;
    AtomicInteger n = new AtomicInteger();
    this.senders = new ThreadPoolExecutor(
        SENDERS, SENDERS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
          Thread t = new Thread(r, "sandbox-webhook-sender-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    ((ThreadPoolExecutor) senders).allowCoreThreadTimeOut(true);
    this.loop = new Thread(this::run, "sandbox-webhooks");
    this.loop.setDaemon(true);
  }

  String worker() {
    return worker;
  }

  void start() {
    if (db.dialect() == Dialect.SQLITE) {
      int released = db.writeQueue(c -> WebhookOutbox.releaseAll(c, clock.millis()));
      if (released > 0) {
        LOG.info(released
            + " webhook deliveries were mid-attempt when the last sandbox stopped; due again now");
      }
    }
    loop.start();
  }

  /** Something was queued or finished: look at the outbox now. */
  void wake() {
    wakeUps.release();
  }

  private void run() {
    while (running) {
      try {
        long now = clock.millis();
        long due = db.read(WebhookOutbox::nextDue);
        int free = SENDERS - inFlight.get();
        if (due <= now && free > 0) {
          List<WebhookOutbox.Claim> claims = db.writeQueue(c -> WebhookOutbox.claim(
              c,
              db.dialect(),
              now,
              free,
              worker,
              now + config.timeout().plus(LEASE_MARGIN).toMillis()));
          for (WebhookOutbox.Claim claim : claims) {
            inFlight.incrementAndGet();
            senders.execute(() -> {
              try {
                attempt(claim);
              } finally {
                inFlight.decrementAndGet();
                wake();
              }
            });
          }
          if (!claims.isEmpty()) {
            continue;
          }
        }
        long sleep = free <= 0 ? pollMillis : Math.max(1, Math.min(pollMillis, due - now));
        if (wakeUps.tryAcquire(sleep, TimeUnit.MILLISECONDS)) {
          wakeUps.drainPermits();
        }
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        if (!running) {
          return;
        }
        LOG.log(Level.WARNING, "webhook delivery loop: " + e.getMessage(), e);
        sleepQuietly(pollMillis);
      }
    }
  }

  private void attempt(WebhookOutbox.Claim claim) {
    Map<String, Object> d;
    try {
      d = db.read(c -> WebhookOutbox.details(c, claim));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "webhook delivery " + claim.id() + ": " + e.getMessage(), e);
      return; // the lease ends and the row is due again
    }
    if (d == null) {
      return; // the event was deleted with its tenant
    }
    String type = (String) d.get("type");
    String body = (String) d.get("payload");
    String secret = (String) d.get("secret");
    long tenant = ((Number) d.get("tenant_id")).longValue();
    Instant started = clock.instant();
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("User-Agent", USER_AGENT);
    if (secret != null && !secret.isEmpty()) {
      long ts = started.getEpochSecond();
      headers.put(WebhookSigner.ID, claim.eventId());
      headers.put(WebhookSigner.TIMESTAMP, Long.toString(ts));
      headers.put(WebhookSigner.SIGNATURE, WebhookSigner.sign(secret, claim.eventId(), ts, body));
    }
    long t0 = System.nanoTime();
    int status = 0;
    String excerpt = "";
    String error;
    try {
      HttpResponse<byte[]> r = send(claim.url(), headers, body);
      status = r.statusCode();
      excerpt = text(r.body());
      error = status >= 200 && status < 300
          ? ""
          : status >= 300 && status < 400
              ? "HTTP " + status + " (redirects are not followed)"
              : "HTTP " + status;
    } catch (InterruptedException e) {
      // Stopping: the attempt never finished; give the row back, due now, not counted.
      try {
        db.writeQueue(c -> {
          WebhookOutbox.release(c, claim, clock.millis());
          return null;
        });
      } catch (RuntimeException ignored) {
        // the lease ends anyway
      }
      return;
    } catch (AttemptFailure e) {
      error = e.getMessage();
    }
    long latency = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    boolean ok = error.isEmpty();
    WebhookAttempt.Outcome outcome = ok
        ? WebhookAttempt.Outcome.DELIVERED
        : claim.attempt() >= config.maxAttempts()
            ? WebhookAttempt.Outcome.FAILED
            : WebhookAttempt.Outcome.RETRY_SCHEDULED;
    long nextDue = outcome == WebhookAttempt.Outcome.RETRY_SCHEDULED
        ? clock.millis() + config.retries().get(claim.attempt() - 1).toMillis()
        : 0;
    String state = ok
        ? WebhookOutbox.DELIVERED
        : outcome == WebhookAttempt.Outcome.FAILED ? WebhookOutbox.FAILED : WebhookOutbox.PENDING;
    String finished =
        outcome == WebhookAttempt.Outcome.RETRY_SCHEDULED ? "" : wire(clock.instant());
    WebhookOutbox.Result result = new WebhookOutbox.Result(
        state, nextDue, wire(started), status, latency, excerpt, error, finished);
    boolean stored;
    try {
      // Under the tenant's write lock: a tenant delete never races an attempt's record.
      stored = db.forTenant(tenant).write(c -> WebhookOutbox.complete(c, claim, result));
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "webhook delivery " + claim.id() + ": cannot store the attempt: " + e.getMessage(),
          e);
      return;
    }
    if (stored) {
      hub.notifyAttempt(new WebhookAttempt(
          claim.eventId(),
          type,
          Webhooks.deliveryId(claim.id()),
          claim.url(),
          claim.attempt(),
          status,
          Duration.ofMillis(latency),
          outcome,
          error,
          body,
          headers,
          started));
    }
  }

  /** A failed attempt with the reason as stored and listed ("connection refused", "no answer within 10s" …). */
  private static final class AttemptFailure extends Exception {
    private static final long serialVersionUID = 1L;

    AttemptFailure(String message) {
      super(message, null, false, false);
    }
  }

  private HttpResponse<byte[]> send(String url, Map<String, String> headers, String body)
      throws InterruptedException, AttemptFailure {
    HttpRequest.Builder rb;
    try {
      rb = HttpRequest.newBuilder(URI.create(url))
          .timeout(config.timeout())
          .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
      headers.forEach(rb::header);
    } catch (IllegalArgumentException e) {
      throw new AttemptFailure("invalid URL: " + e.getMessage());
    }
    CompletableFuture<HttpResponse<byte[]>> f =
        client().sendAsync(rb.build(), info -> new Excerpt(EXCERPT_BYTES));
    try {
      return f.get(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new AttemptFailure("no answer within " + human(config.timeout()));
    } catch (InterruptedException e) {
      f.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      throw new AttemptFailure(describe(e.getCause()));
    }
  }

  private String describe(Throwable t) {
    if (t instanceof HttpConnectTimeoutException) {
      return "could not connect within " + human(config.timeout());
    }
    if (t instanceof HttpTimeoutException) {
      return "no answer within " + human(config.timeout());
    }
    if (t instanceof ConnectException) {
      return "connection refused";
    }
    if (t instanceof java.nio.channels.UnresolvedAddressException
        || t instanceof java.net.UnknownHostException) {
      return "unknown host";
    }
    if (t instanceof IOException && t.getMessage() != null) {
      return t.getMessage();
    }
    return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
  }

  private static String human(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
  }

  /** One HTTP client per process, made on the first delivery (most sandboxes in tests never deliver). */
  private HttpClient client() {
    HttpClient c = http;
    if (c == null) {
      synchronized (this) {
        if (http == null) {
          http = HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1) // no h2c upgrade attempt on plain http
              .followRedirects(HttpClient.Redirect.NEVER)
              .connectTimeout(config.timeout())
              .build();
        }
        c = http;
      }
    }
    return c;
  }

  private static String text(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return "";
    }
  }

  static String wire(Instant t) {
    return LocalDateTime.ofInstant(t, ZoneOffset.UTC).format(Call.WIRE);
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops claiming, lets running attempts finish briefly, then gives unfinished ones back. */
  @Override
  public void close() {
    running = false;
    loop.interrupt();
    try {
      loop.join(5000);
      senders.shutdown();
      if (!senders.awaitTermination(2, TimeUnit.SECONDS)) {
        senders.shutdownNow(); // interrupted attempts release their rows
        senders.awaitTermination(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      senders.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /** Keeps the first {@code limit} bytes of an answer and drops the rest (then closes it). */
  private static final class Excerpt implements HttpResponse.BodySubscriber<byte[]> {
    private final int limit;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    Excerpt(int limit) {
      this.limit = limit;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      for (ByteBuffer b : items) {
        int n = Math.min(b.remaining(), limit - kept.size());
        byte[] chunk = new byte[n];
        b.get(chunk);
        kept.write(chunk, 0, n);
      }
      if (kept.size() >= limit) {
        result.complete(kept.toByteArray());
        subscription.cancel();
      } else {
        subscription.request(1);
      }
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      result.complete(kept.toByteArray());
    }
  }
}
