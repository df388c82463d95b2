package com.coupontools.sandbox.junit;

import com.coupontools.api.WebhookEvent;
import com.coupontools.api.Webhooks;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One delivery the kit's receiver got: the body as sent, the headers, and the event in it. */
public final class ReceivedWebhook {
  private static final Pattern TYPE = Pattern.compile("\"type\"\\s*:\\s*\"([^\"]*)\"");

  private final String body;
  private final Map<String, List<String>> headers;
  private final int answeredStatus;
  private final String type;

  ReceivedWebhook(String body, Map<String, List<String>> headers, int answeredStatus) {
    this.body = body;
    this.headers = Map.copyOf(headers);
    this.answeredStatus = answeredStatus;
    String t;
    try {
      t = Webhooks.parse(body).type().value();
    } catch (RuntimeException notAnEvent) {
      Matcher m = TYPE.matcher(body);
      t = m.find() ? m.group(1) : "";
    }
    this.type = t;
  }

  /** The request body exactly as delivered (what a signature covers). */
  public String body() {
    return body;
  }

  /** The event in the body, through the SDK's {@link Webhooks#parse(String)}. */
  public WebhookEvent event() {
    return Webhooks.parse(body);
  }

  /** The event type ({@code coupon_validated}…). */
  public String type() {
    return type;
  }

  /** Every request header, names in lower case. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The first value of a header ({@code webhook-signature}…), any case. */
  public Optional<String> header(String name) {
    List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
  }

  /** The status the receiver answered this delivery with. */
  public int answeredStatus() {
    return answeredStatus;
  }

  @Override
  public String toString() {
    return "ReceivedWebhook{type=" + type + ", answered=" + answeredStatus + ", " + body.length()
        + " chars}";
  }
}
