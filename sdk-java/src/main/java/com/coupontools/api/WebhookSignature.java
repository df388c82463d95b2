package com.coupontools.api;

import com.coupontools.errors.WebhookSignatureException;
import com.coupontools.errors.WebhookSignatureException.Reason;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signatures (<a href="https://www.standardwebhooks.com">standardwebhooks.com</a>)
 * — <b>a sandbox extension: Coupontools does not document signed deliveries</b>; the documented
 * way to confirm an event is {@code client.webhooks().verify(event)}. The sandbox signs when an
 * account has a secret ({@code whsec_…}): HMAC-SHA256 over {@code id.timestamp.body}, in the
 * headers {@code webhook-id}, {@code webhook-timestamp} and {@code webhook-signature}.
 *
 * <pre>{@code
 * WebhookSignature signature = WebhookSignature.of(System.getenv("WEBHOOK_SECRET"));
 * Map<String, String> headers = signature.headers("evt_8f3a2b1c9d", Instant.now(), "{}"); // what a sender adds
 * signature.verify("{}", headers::get);     // throws WebhookSignatureException unless it matches
 * }</pre>
 *
 * <p>Immutable and thread-safe. Verification compares in constant time, accepts any of several
 * space-separated {@code v1,…} signatures (a secret being rotated), and refuses a timestamp
 * more than the tolerance (default 5 minutes) away from now, so a captured delivery cannot be
 * replayed later. {@code toString()} never shows the secret.
 */
public final class WebhookSignature {
  /** The header names of the Standard Webhooks spec. */
  public static final String ID_HEADER = "webhook-id";

  public static final String TIMESTAMP_HEADER = "webhook-timestamp";
  public static final String SIGNATURE_HEADER = "webhook-signature";
  /** How far a timestamp may be from now, either way, unless {@link #tolerance(Duration)} says otherwise. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

  private static final String PREFIX = "whsec_";

  private final SecretKeySpec key;
  private final Duration tolerance;
  private final Clock clock;

  private WebhookSignature(SecretKeySpec key, Duration tolerance, Clock clock) {
    this.key = key;
    this.tolerance = tolerance;
    this.clock = clock;
  }

  /**
   * A verifier and signer for {@code secret}.
   *
   * @param secret {@code whsec_} and the key in base64 (the prefix may be left out)
   * @return the signature helper
   * @throws IllegalArgumentException when the secret is not base64 or shorter than 16 bytes
   *     (the message does not repeat it)
   */
  public static WebhookSignature of(String secret) {
    Objects.requireNonNull(secret, "secret");
    String b64 = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(b64);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the webhook secret is not whsec_ followed by base64");
    }
    if (bytes.length < 16) {
      throw new IllegalArgumentException(
          "the webhook secret holds " + bytes.length + " bytes; at least 16 are needed");
    }
    return new WebhookSignature(
        new SecretKeySpec(bytes, "HmacSHA256"), DEFAULT_TOLERANCE, Clock.systemUTC());
  }

  /**
   * The same secret with another timestamp tolerance.
   * @param value how far from now a timestamp may be, either way (zero or more)
   * @return a new helper
   */
  public WebhookSignature tolerance(Duration value) {
    if (Objects.requireNonNull(value, "value").isNegative()) {
      throw new IllegalArgumentException("the tolerance must not be negative: " + value);
    }
    return new WebhookSignature(key, value, clock);
  }

  /**
   * The same secret reading "now" from {@code value} (for tests of old and future timestamps).
   * @param value the clock
   * @return a new helper
   */
  public WebhookSignature clock(Clock value) {
    return new WebhookSignature(key, tolerance, Objects.requireNonNull(value, "value"));
  }

  /**
   * Checks a delivery's signature.
   *
   * @param body the request body exactly as received (not re-serialised)
   * @param headers the request's header by (lower-case) name, null when absent — a servlet's
   *     {@code request::getHeader}, or {@code map::get}
   * @throws WebhookSignatureException naming what is wrong
   */
  public void verify(String body, Function<String, String> headers) {
    Objects.requireNonNull(headers, "headers");
    verify(
        body,
        headers.apply(ID_HEADER),
        headers.apply(TIMESTAMP_HEADER),
        headers.apply(SIGNATURE_HEADER));
  }

  /**
   * Checks a delivery's signature from the three header values.
   *
   * @param body the request body exactly as received
   * @param id {@code webhook-id}
   * @param timestamp {@code webhook-timestamp} (Unix seconds)
   * @param signatures {@code webhook-signature} (one or more space-separated {@code v1,<base64>})
   * @throws WebhookSignatureException naming what is wrong
   */
  public void verify(String body, String id, String timestamp, String signatures) {
    Objects.requireNonNull(body, "body");
    for (String[] h : new String[][] {
      {ID_HEADER, id}, {TIMESTAMP_HEADER, timestamp}, {SIGNATURE_HEADER, signatures}
    }) {
      if (h[1] == null || h[1].isBlank()) {
        throw new WebhookSignatureException(
            Reason.MISSING_HEADER, "the " + h[0] + " header is missing");
      }
    }
    long seconds;
    try {
      seconds = Long.parseLong(timestamp.trim());
    } catch (NumberFormatException e) {
      throw new WebhookSignatureException(
          Reason.MALFORMED_TIMESTAMP, "webhook-timestamp is not a number of seconds");
    }
    long now = clock.instant().getEpochSecond();
    if (seconds < now - tolerance.getSeconds()) {
      throw new WebhookSignatureException(
          Reason.TIMESTAMP_TOO_OLD,
          "webhook-timestamp is " + (now - seconds) + " s old; at most " + tolerance.getSeconds()
              + " s are accepted");
    }
    if (seconds > now + tolerance.getSeconds()) {
      throw new WebhookSignatureException(
          Reason.TIMESTAMP_TOO_NEW,
          "webhook-timestamp is " + (seconds - now) + " s in the future; at most "
              + tolerance.getSeconds() + " s are accepted");
    }
    byte[] expected = mac(id.trim(), seconds, body);
    boolean match = false;
    for (String candidate : signatures.trim().split(" +")) {
      if (!candidate.startsWith("v1,")) {
        continue; // other schemes (v1a: asymmetric) are not ours
      }
      byte[] given;
      try {
        given = Base64.getDecoder().decode(candidate.substring(3));
      } catch (IllegalArgumentException e) {
        continue;
      }
      match |= MessageDigest.isEqual(expected, given); // no early exit: constant time over the list
    }
    if (!match) {
      throw new WebhookSignatureException(
          Reason.NO_MATCHING_SIGNATURE,
          "no v1 signature in webhook-signature matches the body (wrong secret, or the body was changed)");
    }
  }

  /**
   * The {@code webhook-signature} value for a body: {@code v1,<base64>} — to sign what your own
   * unit tests send to your receiver.
   *
   * @param id the {@code webhook-id}
   * @param timestamp Unix seconds ({@code webhook-timestamp})
   * @param body the body that will be sent
   * @return the header value
   */
  public String sign(String id, long timestamp, String body) {
    return "v1,"
        + Base64.getEncoder()
            .encodeToString(mac(
                Objects.requireNonNull(id, "id"), timestamp, Objects.requireNonNull(body, "body")));
  }

  /**
   * All three headers a signed delivery carries, for a test that posts to its receiver.
   *
   * @param id the {@code webhook-id}
   * @param at the {@code webhook-timestamp}
   * @param body the body that will be sent
   * @return header name → value, in the spec's order
   */
  public Map<String, String> headers(String id, Instant at, String body) {
    long ts = Objects.requireNonNull(at, "at").getEpochSecond();
    Map<String, String> h = new LinkedHashMap<>();
    h.put(ID_HEADER, id);
    h.put(TIMESTAMP_HEADER, Long.toString(ts));
    h.put(SIGNATURE_HEADER, sign(id, ts, body));
    return h;
  }

  private byte[] mac(String id, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  /** {@code WebhookSignature{secret=***, tolerance=PT5M}}: never the secret. */
  @Override
  public String toString() {
    return "WebhookSignature{secret=***, tolerance=" + tolerance + "}";
  }
}
