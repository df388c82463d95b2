package com.coupontools.client;

import com.coupontools.api.AccountService;
import com.coupontools.api.CampaignsService;
import com.coupontools.api.CouponSessionsService;
import com.coupontools.api.DirectoriesService;
import com.coupontools.api.EmailToolService;
import com.coupontools.api.LoyaltyCardsService;
import com.coupontools.api.SendService;
import com.coupontools.api.SingleUseService;
import com.coupontools.api.SmsToolService;
import com.coupontools.api.SubaccountsService;
import com.coupontools.api.WebhooksService;
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
 * one service per resource of the Coupontools API. Close it when the application stops (or use
 * try-with-resources) to release its connection pool and threads at once.
 *
 * <pre>{@code
 * try (CoupontoolsClient client = CoupontoolsClient.builder()
 *     .credentialsFromEnvironment()            // COUPONTOOLS_CLIENT_ID / COUPONTOOLS_CLIENT_SECRET
 *     .timeout(Duration.ofSeconds(20))
 *     .build()) {
 *   CampaignInfo info = client.campaigns().info(CampaignInfoRequest.of("cam_123456")).couponInfo();
 *   CompletableFuture<CampaignListResponse> all = client.async().campaigns().list();
 * }
 * }</pre>
 *
 * <p>Failures throw {@link com.coupontools.errors.CoupontoolsException} subclasses. For calls with
 * other settings, derive a client: {@code client.withTimeout(Duration.ofMinutes(5))} or
 * {@link #withOptions}; derived clients share the connection pool (closing one of them releases
 * nothing; closing the original releases it for all).
 */
public final class CoupontoolsClient implements AutoCloseable {
  /**
   * The default budget of one whole call: connecting, writing, waiting, reading the whole body
   * and any retries with their backoff ({@link Builder#timeout}).
   */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
  /** The logger the client writes to unless {@link Builder#logger} names another. */
  public static final String LOGGER_NAME = "com.coupontools.http";

  private final Transport transport;
  private final CoupontoolsClientAsync async;
  private final SubaccountsService subaccounts;
  private final CampaignsService campaigns;
  private final CouponSessionsService couponSessions;
  private final LoyaltyCardsService loyaltyCards;
  private final DirectoriesService directories;
  private final SingleUseService singleUse;
  private final WebhooksService webhooks;
  private final SmsToolService smsTool;
  private final EmailToolService emailTool;
  private final SendService send;
  private final AccountService account;

  private CoupontoolsClient(Transport transport) {
    this.transport = transport;
    this.async = new CoupontoolsClientAsync(this, transport);
    this.subaccounts = new SubaccountsService(transport);
    this.campaigns = new CampaignsService(transport);
    this.couponSessions = new CouponSessionsService(transport);
    this.loyaltyCards = new LoyaltyCardsService(transport);
    this.directories = new DirectoriesService(transport);
    this.singleUse = new SingleUseService(transport);
    this.webhooks = new WebhooksService(transport);
    this.smsTool = new SmsToolService(transport);
    this.emailTool = new EmailToolService(transport);
    this.send = new SendService(transport);
    this.account = new AccountService(transport);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Subaccounts: list, info, create, update, single sign on, password reset URL. */
  public SubaccountsService subaccounts() {
    return subaccounts;
  }

  /** Campaigns (coupons): list, info, usage data, push notifications. */
  public CampaignsService campaigns() {
    return campaigns;
  }

  /** Coupon sessions: data, update, search. */
  public CouponSessionsService couponSessions() {
    return couponSessions;
  }

  /** Loyalty cards and their users. */
  public LoyaltyCardsService loyaltyCards() {
    return loyaltyCards;
  }

  /** Directories, their categories, campaigns and registered users. */
  public DirectoriesService directories() {
    return directories;
  }

  /** Single-use access URLs: create one, create many, remove. */
  public SingleUseService singleUse() {
    return singleUse;
  }

  /** Webhook event verification. */
  public WebhooksService webhooks() {
    return webhooks;
  }

  /** The SMS tool: groups and their contacts. */
  public SmsToolService smsTool() {
    return smsTool;
  }

  /** The email tool's groups. */
  public EmailToolService emailTool() {
    return emailTool;
  }

  /** Sending a campaign (a coupon or a directory) by email or SMS. */
  public SendService send() {
    return send;
  }

  /** The account itself: single sign on for the account and for a teammate. */
  public AccountService account() {
    return account;
  }

  /** The same services, returning {@link java.util.concurrent.CompletableFuture}s (same pool, retries and errors). */
  public CoupontoolsClientAsync async() {
    return async;
  }

  /** A client with changed settings (timeouts, retries, encoding…) sharing this one's connections. */
  public CoupontoolsClient withOptions(Consumer<Builder> changes) {
    Builder b = new Builder(transport.config());
    changes.accept(b);
    return b.build(transport.pool(), false);
  }

  /** A client whose calls may take up to {@code timeout} each (read and whole-call timeouts). */
  public CoupontoolsClient withTimeout(Duration timeout) {
    return withOptions(b -> b.timeout(timeout));
  }

  /**
   * Releases the connection pool, the dispatcher's threads and the cache right away (idle
   * connections would otherwise keep the JVM busy for up to 5 minutes, and its threads for 60 s).
   * Calls in flight fail; the client and every client derived from it cannot be used after.
   * Closing a derived client ({@link #withOptions}) does nothing.
   */
  @Override
  public void close() {
    transport.close();
  }

  /** The effective settings, for tests. */
  Transport.Config settings() {
    return transport.config();
  }

  /** The transport, for tests of generated code. */
  Transport transport() {
    return transport;
  }

  @Override
  public String toString() {
    Transport.Config c = transport.config();
    return "CoupontoolsClient{" + c.baseUrl + ", clientId=" + c.clientId + ", "
        + (c.formEncoding ? BodyEncoding.FORM : BodyEncoding.JSON) + "}";
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
      c.logger = LoggerFactory.getLogger(LOGGER_NAME);
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

    /**
     * Where requests, responses and retries are logged at debug level, secrets masked (default
     * the logger {@value CoupontoolsClient#LOGGER_NAME}).
     */
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
      OkHttpClient pool = new OkHttpClient();
      // async calls to the one API host may all run at once (OkHttp's default is 5 per host)
      pool.dispatcher().setMaxRequestsPerHost(pool.dispatcher().getMaxRequests());
      return build(pool, true);
    }

    private CoupontoolsClient build(OkHttpClient pool, boolean ownsPool) {
      if (c.clientId == null) {
        throw new IllegalStateException(
            "No credentials: call credentials(id, secret) or credentialsFromEnvironment()");
      }
      return new CoupontoolsClient(new Transport(c, pool, ownsPool));
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
