package com.coupontools.internal;

import com.coupontools.client.RawResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;

/**
 * Everything between a generated service and the network, for one client configuration: the
 * OkHttp stack (retries, redacted logging), turning an {@link Exchange} into an HTTP request,
 * and the answer into a model or an exception ({@link Answer}). Sync and async calls share all
 * of it. Thread-safe; built once per client.
 */
public final class Transport implements AutoCloseable {
  private static final String USER_AGENT = "coupontools-java/" + BuildInfo.VERSION + " (Java "
      + System.getProperty("java.version") + ")";
  private static final MediaType JSON = MediaType.get("application/json");
  private static final MediaType FORM =
      MediaType.get("application/x-www-form-urlencoded; charset=UTF-8");
  private static final RequestBody EMPTY_JSON = RequestBody.create("{}", JSON);
  private static final RequestBody NO_BODY = RequestBody.create(new byte[0], null);

  /** The settings of one client; filled in by {@code CoupontoolsClient.Builder}. */
  public static final class Config implements Cloneable {
    public String clientId;
    public String clientSecret;
    public String baseUrl;
    public Duration connectTimeout;
    public Duration readTimeout;
    public Duration callTimeout;
    public int maxRetries;
    public boolean retryNonIdempotent;
    public boolean formEncoding;
    public boolean validation;
    public Logger logger;
    public Sleeper sleeper;

    @Override
    public Config clone() {
      try {
        return (Config) super.clone();
      } catch (CloneNotSupportedException e) {
        throw new AssertionError(e);
      }
    }
  }

  private final Config config;
  private final OkHttpClient base;
  private final boolean ownsPool;
  private final OkHttpClient http;
  private final HttpUrl baseUrl;
  private final Answer answer;
  private final Map<Operation, HttpUrl> urls = new ConcurrentHashMap<>();

  /**
   * @param pool an interceptor-free OkHttp client whose connection pool and dispatcher are shared
   * @param ownsPool whether {@link #close()} releases the pool (false for derived clients)
   */
  public Transport(Config c, OkHttpClient pool, boolean ownsPool) {
    this.config = c.clone();
    this.base = pool;
    this.ownsPool = ownsPool;
    this.baseUrl = HttpUrl.get(config.baseUrl);
    Redactor redactor = Redactor.forCredentials(config.clientId, config.clientSecret);
    this.answer = new Answer(redactor);
    this.http = pool.newBuilder()
        .addInterceptor(new RetryInterceptor(
            config.maxRetries, config.retryNonIdempotent, config.sleeper, config.logger))
        .addNetworkInterceptor(RetryInterceptor.MARK_SENT)
        .addNetworkInterceptor(new WireLogger(config.logger, redactor))
        // RetryInterceptor is the only retry: OkHttp's own would re-send a POST that a dropped
        // pooled connection may already have delivered (issue 9, defect 10)
        .retryOnConnectionFailure(false)
        .connectTimeout(config.connectTimeout)
        .readTimeout(config.readTimeout)
        .writeTimeout(config.readTimeout)
        .callTimeout(config.callTimeout)
        .followRedirects(false) // a redirected POST would silently become a GET
        .followSslRedirects(false)
        .build();
  }

  /** Calls and returns the parsed body, or throws the call's {@code CoupontoolsException}. */
  public <T> T call(Exchange e, WireReader.Body<T> reader) {
    return execute(e, (op, r) -> answer.read(op, r, reader));
  }

  /** Calls and returns the parsed body with the HTTP status and headers. */
  public <T> RawResponse<T> callRaw(Exchange e, WireReader.Body<T> reader) {
    return execute(e, (op, r) -> answer.readRaw(op, r, reader));
  }

  public <T> CompletableFuture<T> callAsync(Exchange e, WireReader.Body<T> reader) {
    return enqueue(e, (op, r) -> answer.read(op, r, reader));
  }

  public <T> CompletableFuture<RawResponse<T>> callRawAsync(Exchange e, WireReader.Body<T> reader) {
    return enqueue(e, (op, r) -> answer.readRaw(op, r, reader));
  }

  /** Reads an answer into what the caller gets. */
  @FunctionalInterface
  private interface Reading<R> {
    R read(Operation op, Response response);
  }

  private <R> R execute(Exchange e, Reading<R> reading) {
    Call call = http.newCall(request(e));
    Response response;
    try {
      response = call.execute();
    } catch (IOException x) {
      throw answer.failed(e.op, x);
    }
    try (response) {
      return reading.read(e.op, response);
    }
  }

  private <R> CompletableFuture<R> enqueue(Exchange e, Reading<R> reading) {
    CompletableFuture<R> future = new CompletableFuture<>();
    Call call;
    try {
      call = http.newCall(request(e));
    } catch (RuntimeException x) { // client-side validation, an unencodable value
      future.completeExceptionally(x);
      return future;
    }
    call.enqueue(new Callback() {
      @Override
      public void onFailure(Call c, IOException x) {
        future.completeExceptionally(answer.failed(e.op, x));
      }

      @Override
      public void onResponse(Call c, Response response) {
        try (response) {
          future.complete(reading.read(e.op, response));
        } catch (RuntimeException x) {
          future.completeExceptionally(x);
        }
      }
    });
    future.whenComplete((v, x) -> {
      if (future.isCancelled()) {
        call.cancel();
      }
    });
    return future;
  }

  Request request(Exchange e) {
    if (config.validation && e.checks != null) {
      e.checks.accept(new Validator(e.op));
    }
    Request.Builder b = new Request.Builder()
        .url(url(e))
        .header("X-Client-Id", config.clientId)
        .header("X-Client-Secret", config.clientSecret)
        .header("User-Agent", USER_AGENT)
        .header("Accept", "application/json")
        .tag(RetryInterceptor.Attempt.class, new RetryInterceptor.Attempt());
    String method = e.op.method;
    if (method.equals("GET") || (method.equals("DELETE") && e.body == null)) {
      return b.method(method, null).build();
    }
    if (e.op.rest
        && e.body == null
        && e.wholeBody == null) { // a REST POST the contract gives no body: send none
      return b.method(method, NO_BODY).build();
    }
    return b.method(method, body(e)).build();
  }

  private RequestBody body(Exchange e) {
    if (config.formEncoding && e.op.formBodies) {
      StringBuilder form = new StringBuilder();
      if (e.body != null) {
        e.body.accept(WireWriter.Pairs.form(form));
      }
      return RequestBody.create(form.toString().getBytes(StandardCharsets.UTF_8), FORM);
    }
    if (e.wholeBody != null) { // a bare array body (JSON-only operations)
      return RequestBody.create(
          WireWriter.toJson(e.wholeBody).getBytes(StandardCharsets.UTF_8), JSON);
    }
    if (e.body == null) {
      return EMPTY_JSON;
    }
    // a small byte array: an okio Buffer's snapshot would pin a fresh 8 KiB segment per call
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(256);
    try {
      WireWriter.json(bytes, e.body);
    } catch (IOException x) {
      throw new IllegalStateException("cannot encode the request body", x);
    }
    return RequestBody.create(bytes.toByteArray(), JSON);
  }

  private HttpUrl url(Exchange e) {
    if (e.path.isEmpty() && e.query.isEmpty()) {
      return urls.computeIfAbsent(
          e.op, op -> baseUrl.newBuilder().addPathSegments(op.path.substring(1)).build());
    }
    HttpUrl.Builder url = baseUrl.newBuilder();
    for (String segment : e.op.path.substring(1).split("/")) {
      url.addPathSegment(
          segment.startsWith("{")
              ? pathValue(e, segment.substring(1, segment.length() - 1))
              : segment);
    }
    WireWriter.Pairs query = new WireWriter.Pairs(url::addQueryParameter);
    for (Object[] q : e.query) {
      query.pairs((String) q[0], q[1]);
    }
    return url.build();
  }

  private static String pathValue(Exchange e, String name) {
    for (Object[] p : e.path) {
      if (p[0].equals(name) && !Wire.isAbsent(p[1])) {
        return String.valueOf(p[1]);
      }
    }
    throw Validator.missing(e.op.name, name);
  }

  /** A copy of this transport's settings, to derive another one. */
  public Config config() {
    return config.clone();
  }

  /** The shared, interceptor-free OkHttp client, for deriving transports that reuse its connections. */
  public OkHttpClient pool() {
    return base;
  }

  /** Releases the dispatcher threads, the connection pool and the cache, when this transport owns them. */
  @Override
  public void close() {
    if (!ownsPool) {
      return;
    }
    base.dispatcher().executorService().shutdown();
    base.connectionPool().evictAll();
    if (base.cache() != null) {
      try {
        base.cache().close();
      } catch (IOException ignored) {
        // nothing left to release
      }
    }
  }
}
