package com.coupontools.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Feign;
import feign.Request;
import feign.Retryer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;

/**
 * Everything between a generated API interface and the network, for one client configuration:
 * the OkHttp stack (auth headers, retries, redacted logging), Feign with the SDK's encoder,
 * decoder and invocation handler, and the API proxies it hands out (built once, thread-safe).
 */
public final class Transport {
  private static final String USER_AGENT = "coupontools-java/" + BuildInfo.VERSION
      + " (Java " + System.getProperty("java.version") + ")";

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
  private final OkHttpClient http;
  private final Feign feign;
  private final Map<Class<?>, Object> apis = new ConcurrentHashMap<>();

  /** @param pool an interceptor-free OkHttp client whose connection pool and dispatcher are shared */
  public Transport(Config c, OkHttpClient pool) {
    this.config = c.clone();
    this.base = pool;
    String id = config.clientId;
    String secret = config.clientSecret;
    boolean validation = config.validation;
    Redactor redactor = Redactor.forCredentials(id, secret);
    this.http = pool.newBuilder()
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
            .header("X-Client-Id", id)
            .header("X-Client-Secret", secret)
            .header("User-Agent", USER_AGENT)
            .build()))
        .addInterceptor(new RetryInterceptor(config.maxRetries, config.retryNonIdempotent, config.sleeper, config.logger))
        .addNetworkInterceptor(RetryInterceptor.MARK_SENT)
        .addNetworkInterceptor(new WireLogger(config.logger, redactor))
        .connectTimeout(config.connectTimeout)
        .readTimeout(config.readTimeout)
        .writeTimeout(config.readTimeout)
        .callTimeout(config.callTimeout)
        // RetryInterceptor is the only retry: OkHttp's own would re-send a POST that a dropped
        // pooled connection may already have delivered (issue 9, defect 10)
        .retryOnConnectionFailure(false)
        .followRedirects(false) // a redirected POST would silently become a GET
        .followSslRedirects(false)
        .build();
    ObjectMapper mapper = Json.newMapper();
    ResponseDecoder decoder = new ResponseDecoder(mapper, redactor);
    this.feign = Feign.builder()
        .client(new feign.okhttp.OkHttpClient(http))
        .encoder(new BodyEncoder(mapper, config.formEncoding))
        .decoder(decoder)
        .errorDecoder(decoder)
        .retryer(Retryer.NEVER_RETRY) // RetryInterceptor decides, knowing whether the request was sent
        // the same values as the OkHttp client, so feign-okhttp does not derive a client per call
        .options(new Request.Options(config.connectTimeout.toMillis(), TimeUnit.MILLISECONDS,
            config.readTimeout.toMillis(), TimeUnit.MILLISECONDS, false))
        .invocationHandlerFactory((target, dispatch) -> new ResourceHandler(target, dispatch, validation, redactor))
        .build();
  }

  /** The proxy implementing a generated API interface (or its {@code WithRawResponse}). */
  public <T> T api(Class<T> type) {
    return type.cast(apis.computeIfAbsent(type, t -> feign.newInstance(new feign.Target.HardCodedTarget<>(t, config.baseUrl))));
  }

  /** A copy of this transport's settings, to derive another one. */
  public Config config() {
    return config.clone();
  }

  /** The shared, interceptor-free OkHttp client, for deriving transports that reuse its connections. */
  public OkHttpClient pool() {
    return base;
  }
}
