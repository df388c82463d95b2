package com.coupontools.client;

import com.coupontools.api.generated.CampaignsApi;
import com.coupontools.api.generated.CouponSessionsApi;
import com.coupontools.api.generated.DirectoriesApi;
import com.coupontools.api.generated.LoyaltyCardsApi;
import com.coupontools.api.generated.SingleUseApi;
import com.coupontools.api.generated.SmsToolApi;
import com.coupontools.api.generated.SubaccountsApi;
import com.coupontools.api.generated.WebhooksApi;
import com.coupontools.internal.Sleeper;
import com.coupontools.internal.Transport;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point of the SDK: one object, built once and shared between threads, that hands out
 * one API per resource of the Coupontools API.
 *
 * <pre>{@code
 * CoupontoolsClient client = CoupontoolsClient.builder()
 *     .credentialsFromEnvironment()            // COUPONTOOLS_CLIENT_ID / COUPONTOOLS_CLIENT_SECRET
 *     .maxRetries(2)
 *     .build();
 * CampaignInfoResponse info = client.campaigns().info(CampaignInfoRequest.of("cam_123456"));
 * }</pre>
 *
 * <p>Every call POSTs with both {@code X-Client-Id} and {@code X-Client-Secret}. Failures throw
 * {@link com.coupontools.errors.CoupontoolsException} subclasses. For one call with other
 * settings, derive a client: {@code client.withTimeout(Duration.ofMinutes(5))} or
 * {@link #withOptions}; derived clients share the connection pool.
 */
public final class CoupontoolsClient {
  /**
   * The default budget of one whole call: connecting, writing, waiting, reading the whole body
   * and any retries with their backoff ({@link Builder#timeout}).
   */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  private final Transport transport;

  private CoupontoolsClient(Transport transport) {
    this.transport = transport;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Subaccounts: list, info, create, update, single sign on, password reset URL. */
  public SubaccountsApi subaccounts() {
    return transport.api(SubaccountsApi.class);
  }

  /** Campaigns (coupons): list, info, usage data, push notifications. */
  public CampaignsApi campaigns() {
    return transport.api(CampaignsApi.class);
  }

  /** Coupon sessions: data, update, search. */
  public CouponSessionsApi couponSessions() {
    return transport.api(CouponSessionsApi.class);
  }

  /** Loyalty cards and their users. */
  public LoyaltyCardsApi loyaltyCards() {
    return transport.api(LoyaltyCardsApi.class);
  }

  /** Directories, their categories, campaigns and registered users. */
  public DirectoriesApi directories() {
    return transport.api(DirectoriesApi.class);
  }

  /** Single-use access URLs: create one, create many, remove. */
  public SingleUseApi singleUse() {
    return transport.api(SingleUseApi.class);
  }

  /** Webhook event verification. */
  public WebhooksApi webhooks() {
    return transport.api(WebhooksApi.class);
  }

  /** The SMS tool's groups. */
  public SmsToolApi smsTool() {
    return transport.api(SmsToolApi.class);
  }

  /** The same APIs, returning {@link RawResponse}s with the HTTP status and headers. */
  public Raw withRawResponse() {
    return new Raw();
  }

  /** A client with changed settings (timeouts, retries, encoding…) sharing this one's connections. */
  public CoupontoolsClient withOptions(Consumer<Builder> changes) {
    Builder b = new Builder(transport.config());
    changes.accept(b);
    return b.build(transport.pool());
  }

  /** A client whose calls may take up to {@code timeout} each (read and whole-call timeouts). */
  public CoupontoolsClient withTimeout(Duration timeout) {
    return withOptions(b -> b.timeout(timeout));
  }

  /** The effective settings, for tests. */
  Transport.Config settings() {
    return transport.config();
  }

  @Override
  public String toString() {
    Transport.Config c = transport.config();
    return "CoupontoolsClient{" + c.baseUrl + ", clientId=" + c.clientId + ", "
        + (c.formEncoding ? BodyEncoding.FORM : BodyEncoding.JSON) + "}";
  }

  /** The {@code WithRawResponse} variant of each API. */
  public final class Raw {
    private Raw() {}

    public SubaccountsApi.WithRawResponse subaccounts() {
      return transport.api(SubaccountsApi.WithRawResponse.class);
    }

    public CampaignsApi.WithRawResponse campaigns() {
      return transport.api(CampaignsApi.WithRawResponse.class);
    }

    public CouponSessionsApi.WithRawResponse couponSessions() {
      return transport.api(CouponSessionsApi.WithRawResponse.class);
    }

    public LoyaltyCardsApi.WithRawResponse loyaltyCards() {
      return transport.api(LoyaltyCardsApi.WithRawResponse.class);
    }

    public DirectoriesApi.WithRawResponse directories() {
      return transport.api(DirectoriesApi.WithRawResponse.class);
    }

    public SingleUseApi.WithRawResponse singleUse() {
      return transport.api(SingleUseApi.WithRawResponse.class);
    }

    public WebhooksApi.WithRawResponse webhooks() {
      return transport.api(WebhooksApi.WithRawResponse.class);
    }

    public SmsToolApi.WithRawResponse smsTool() {
      return transport.api(SmsToolApi.WithRawResponse.class);
    }
  }

  /**
   * Settings of a {@link CoupontoolsClient}. Only the credentials are required; the defaults are
   * the production server, JSON bodies, 10 s to connect, 60 s per read, 60 s per whole call
   * ({@link CoupontoolsClient#DEFAULT_TIMEOUT}) and 2 retries.
   */
  public static final class Builder {
    static final String ENV_ID = "COUPONTOOLS_CLIENT_ID";
    static final String ENV_SECRET = "COUPONTOOLS_CLIENT_SECRET";

    private final Transport.Config c;
    private Map<String, String> environment = System.getenv();

    private Builder() {
      c = new Transport.Config();
      c.baseUrl = "https://api4coupons.com";
      c.connectTimeout = Duration.ofSeconds(10);
      c.readTimeout = Duration.ofSeconds(60);
      c.callTimeout = DEFAULT_TIMEOUT;
      c.maxRetries = 2;
      c.logger = LoggerFactory.getLogger(CoupontoolsClient.class);
      c.sleeper = Sleeper.REAL;
    }

    private Builder(Transport.Config from) {
      c = from;
    }

    /** The credentials of the dashboard's JSON API page; sent as X-Client-Id and X-Client-Secret. */
    public Builder credentials(String clientId, String clientSecret) {
      c.clientId = requireText(clientId, "clientId");
      c.clientSecret = requireText(clientSecret, "clientSecret");
      return this;
    }

    /** Reads the credentials from {@code COUPONTOOLS_CLIENT_ID} and {@code COUPONTOOLS_CLIENT_SECRET}. */
    public Builder credentialsFromEnvironment() {
      String id = environment.get(ENV_ID);
      String secret = environment.get(ENV_SECRET);
      if (id == null || id.isBlank() || secret == null || secret.isBlank()) {
        throw new IllegalStateException("Set " + ENV_ID + " and " + ENV_SECRET
            + " (the JSON API page of the Coupontools dashboard), or call credentials(id, secret)");
      }
      return credentials(id.trim(), secret.trim());
    }

    /** The server, by default {@code https://api4coupons.com}. */
    public Builder baseUrl(String baseUrl) {
      HttpUrl url = HttpUrl.parse(Objects.requireNonNull(baseUrl, "baseUrl"));
      if (url == null) {
        throw new IllegalArgumentException("Not an http(s) URL: " + baseUrl);
      }
      String s = url.toString();
      c.baseUrl = s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
      return this;
    }

    public Builder connectTimeout(Duration timeout) {
      c.connectTimeout = requireNonNegative(timeout, "connectTimeout");
      return this;
    }

    /**
     * The longest wait for any single read or write (default 60 s). It is not a call budget: a
     * server sending one byte per second never trips it. The whole call is bounded by
     * {@link #timeout} (default {@link CoupontoolsClient#DEFAULT_TIMEOUT}).
     */
    public Builder readTimeout(Duration timeout) {
      c.readTimeout = requireNonNegative(timeout, "readTimeout");
      return this;
    }

    /**
     * The budget of a whole call (default {@link CoupontoolsClient#DEFAULT_TIMEOUT}): connecting,
     * sending, waiting, reading the whole body, and retries with their backoff. Also sets the
     * read timeout to it. {@code Duration.ZERO} means no limit.
     */
    public Builder timeout(Duration timeout) {
      c.callTimeout = requireNonNegative(timeout, "timeout");
      c.readTimeout = timeout;
      return this;
    }

    /** Retries after the first attempt (default 2); 0 disables retrying. */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must be >= 0: " + maxRetries);
      }
      c.maxRetries = maxRetries;
      return this;
    }

    /**
     * Also retry a request that may have reached the server (read timeout, connection reset,
     * 502/504). Off by default: the API has no idempotency keys, so such a retry can, for
     * example, create single-use codes twice.
     */
    public Builder retryNonIdempotent(boolean retry) {
      c.retryNonIdempotent = retry;
      return this;
    }

    /** JSON (default) or urlencoded form bodies. */
    public Builder bodyEncoding(BodyEncoding encoding) {
      c.formEncoding = Objects.requireNonNull(encoding, "encoding") == BodyEncoding.FORM;
      return this;
    }

    /** Where requests and responses are logged at debug level, secrets masked. */
    public Builder logger(Logger logger) {
      c.logger = Objects.requireNonNull(logger, "logger");
      return this;
    }

    /**
     * Check each request against the spec's constraints before sending it, throwing the error
     * the server would answer (same exception type and code) without a network call.
     */
    public Builder clientSideValidation(boolean validate) {
      c.validation = validate;
      return this;
    }

    Builder sleeper(Sleeper sleeper) {
      c.sleeper = Objects.requireNonNull(sleeper);
      return this;
    }

    Builder environment(Map<String, String> env) {
      environment = Map.copyOf(env);
      return this;
    }

    public CoupontoolsClient build() {
      return build(new OkHttpClient());
    }

    private CoupontoolsClient build(OkHttpClient pool) {
      if (c.clientId == null) {
        throw new IllegalStateException("No credentials: call credentials(id, secret) or credentialsFromEnvironment()");
      }
      return new CoupontoolsClient(new Transport(c, pool));
    }

    /** Non-empty printable ASCII: OkHttp would otherwise fail later, quoting the value in its message. */
    private static String requireText(String s, String name) {
      if (s == null || s.isBlank()) {
        throw new IllegalArgumentException(name + " must not be empty");
      }
      if (!s.chars().allMatch(ch -> ch > 0x20 && ch < 0x7f)) {
        throw new IllegalArgumentException(name + " may hold only printable ASCII without spaces");
      }
      return s;
    }

    private static Duration requireNonNegative(Duration d, String name) {
      if (Objects.requireNonNull(d, name).isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative: " + d);
      }
      return d;
    }
  }
}
