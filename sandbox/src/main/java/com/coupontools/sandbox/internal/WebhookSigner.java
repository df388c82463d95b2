package com.coupontools.sandbox.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signatures (https://www.standardwebhooks.com), a sandbox extension that
 * Coupontools does not document: HMAC-SHA256 with the secret's bytes (the base64 after
 * {@code whsec_}) over {@code <webhook-id>.<webhook-timestamp>.<body>}, sent as
 * {@code webhook-signature: v1,<base64>}.
 */
final class WebhookSigner {
  static final String ID = "webhook-id";
  static final String TIMESTAMP = "webhook-timestamp";
  static final String SIGNATURE = "webhook-signature";

  private static final SecureRandom RANDOM = new SecureRandom();

  private WebhookSigner() {}

  /** The {@code webhook-signature} value for one attempt. */
  static String sign(String secret, String id, long timestampSeconds, String body) {
    byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] sig =
          mac.doFinal((id + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
      return "v1," + Base64.getEncoder().encodeToString(sig);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /** A new secret: {@code whsec_} and 32 random bytes in base64. */
  static String newSecret() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return "whsec_" + Base64.getEncoder().encodeToString(key);
  }
}
