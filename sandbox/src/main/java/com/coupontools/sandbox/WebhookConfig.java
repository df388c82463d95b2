package com.coupontools.sandbox;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * How a sandbox delivers webhook events: the demo main account's endpoint, the retry schedule,
 * the timeout that makes an attempt a failure, the optional Standard Webhooks signing secret and
 * which inferred event types are sent besides the documented {@code coupon_validated}.
 *
 * <pre>{@code
 * SandboxConfig config = SandboxConfig.defaults().port(0).inMemory()
 *     .webhooks(WebhookConfig.defaults()
 *         .url("http://127.0.0.1:" + receiverPort + "/hook")
 *         .retries(Duration.ofSeconds(1), Duration.ofSeconds(2)));
 * }</pre>
 *
 * @param url where events of the demo main account go (its {@code webhook_endpoint}, also used
 *     by subaccounts without an endpoint of their own); null leaves the stored endpoint as it is
 * @param retries the delay before each retry after a failed attempt; empty = one attempt only
 * @param timeout how long an attempt may take to get an answer (a 2xx within it is success)
 * @param secret the demo main account's signing secret ({@code whsec_…}), or null to leave it;
 *     "" turns signing off
 * @param events the inferred event types to send too ({@code coupon_claimed}, {@code coupon_voided},
 *     {@code coupon_unvoided}); {@code coupon_validated} is always on
 */
public record WebhookConfig(
    String url, List<Duration> retries, Duration timeout, String secret, Set<String> events) {
  /** The documented event type, always recorded and delivered. */
  public static final String COUPON_VALIDATED = "coupon_validated";

  /** Event types the docs do not name (designed, marked inferred in the contract), off by default. */
  public static final List<String> INFERRED_EVENTS =
      List.of("coupon_claimed", "coupon_voided", "coupon_unvoided");

  /**
   * Svix's schedule (after an immediate first attempt: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h),
   * so a receiver that is down for a day still gets the event.
   */
  public static final List<Duration> DEFAULT_RETRIES = List.of(
      Duration.ofSeconds(5),
      Duration.ofMinutes(5),
      Duration.ofMinutes(30),
      Duration.ofHours(2),
      Duration.ofHours(5),
      Duration.ofHours(10),
      Duration.ofHours(10));

  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  public WebhookConfig {
    Objects.requireNonNull(retries, "retries");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(events, "events");
    retries = List.copyOf(retries);
    for (Duration d : retries) {
      if (d.isNegative()) {
        throw new IllegalArgumentException("a retry delay must not be negative: " + d);
      }
    }
    if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(Duration.ofMinutes(5)) > 0) {
      throw new IllegalArgumentException(
          "the webhook timeout must be more than 0 and at most 5 minutes, was " + timeout);
    }
    if (url != null && !url.isEmpty()) {
      checkUrl(url);
    }
    if (secret != null && !secret.isEmpty()) {
      checkSecret(secret);
    }
    for (String e : events) {
      if (!INFERRED_EVENTS.contains(e)) {
        throw new IllegalArgumentException("unknown inferred webhook event type " + e + " (known: "
            + String.join(", ", INFERRED_EVENTS) + ")");
      }
    }
    events = Collections.unmodifiableSet(new LinkedHashSet<>(events));
  }

  public static WebhookConfig defaults() {
    return new WebhookConfig(null, DEFAULT_RETRIES, DEFAULT_TIMEOUT, null, Set.of());
  }

  public WebhookConfig url(String value) {
    return new WebhookConfig(value, retries, timeout, secret, events);
  }

  public WebhookConfig retries(List<Duration> value) {
    return new WebhookConfig(url, value, timeout, secret, events);
  }

  public WebhookConfig retries(Duration... value) {
    return retries(List.of(value));
  }

  public WebhookConfig timeout(Duration value) {
    return new WebhookConfig(url, retries, value, secret, events);
  }

  public WebhookConfig secret(String value) {
    return new WebhookConfig(url, retries, timeout, value, events);
  }

  public WebhookConfig events(Set<String> value) {
    return new WebhookConfig(url, retries, timeout, secret, value);
  }

  /** Whether {@code type} is recorded and delivered. */
  public boolean sends(String type) {
    return COUPON_VALIDATED.equals(type) || events.contains(type);
  }

  /** Attempts a delivery gets in all: the first one plus one per retry delay. */
  public int maxAttempts() {
    return 1 + retries.size();
  }

  /**
   * Parses {@code --webhook-retries}: comma-separated durations such as {@code 1s,2s,5s},
   * {@code 500ms,1m,2h}, or {@code none} (a single attempt).
   */
  public static List<Duration> parseRetries(String value) {
    String v = value.trim();
    if (v.equalsIgnoreCase("none") || v.isEmpty()) {
      return List.of();
    }
    List<Duration> out = new ArrayList<>();
    for (String part : v.split(",")) {
      out.add(parseDuration(part.trim()));
    }
    return out;
  }

  /** One duration: a number and a unit, {@code ms}, {@code s}, {@code m}, {@code h} or {@code d}. */
  public static Duration parseDuration(String value) {
    if (value.trim().equals("0")) {
      return Duration.ZERO;
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("([0-9]{1,9})(ms|s|m|h|d)")
        .matcher(value.toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "not a duration: '" + value + "' (write e.g. 500ms, 5s, 5m, 2h or 1d)");
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "ms" -> Duration.ofMillis(n);
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofDays(n);
    };
  }

  /** Parses {@code --webhook-events}: comma-separated inferred types, or {@code all}. */
  public static Set<String> parseEvents(String value) {
    Set<String> out = new LinkedHashSet<>();
    for (String part : value.split(",")) {
      String p = part.trim();
      if (p.equals("all")) {
        out.addAll(INFERRED_EVENTS);
      } else if (!p.isEmpty() && !p.equals(COUPON_VALIDATED)) {
        out.add(p);
      }
    }
    return out;
  }

  /** An endpoint URL: absolute {@code http} or {@code https} with a host. */
  public static void checkUrl(String url) {
    URI u;
    try {
      u = new URI(url);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException("not a URL: " + url);
    }
    String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https"))
        || u.getHost() == null
        || url.length() > 2000) {
      throw new IllegalArgumentException(
          "a webhook URL is an absolute http:// or https:// URL with a host, got: "
              + (url.length() > 100 ? url.substring(0, 100) + "…" : url));
    }
  }

  /** A Standard Webhooks secret: {@code whsec_} and the base64 of 24 to 64 random bytes. */
  public static void checkSecret(String secret) {
    boolean ok = secret.startsWith("whsec_");
    if (ok) {
      try {
        int n = Base64.getDecoder().decode(secret.substring(6)).length;
        ok = n >= 24 && n <= 64;
      } catch (IllegalArgumentException e) {
        ok = false;
      }
    }
    if (!ok) {
      throw new IllegalArgumentException(
          "a webhook signing secret is whsec_ followed by the base64 of 24 to 64 bytes");
    }
  }

  /** Without the secret. */
  @Override
  public String toString() {
    return "WebhookConfig[url=" + url + ", retries=" + retries + ", timeout=" + timeout
        + ", secret=" + (secret == null ? "unchanged" : secret.isEmpty() ? "off" : "set")
        + ", events=" + events + "]";
  }
}
