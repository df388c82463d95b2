package com.coupontools.internal;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;
import org.slf4j.Logger;

/**
 * Debug log of each exchange as it goes on the wire (logger {@code com.coupontools.http} unless
 * the client names another), with every secret masked and bodies cut at 16 KiB with a marker
 * saying how much there was: {@code … [truncated, 27.3 MB total]}.
 */
final class WireLogger implements Interceptor {
  static final long MAX_BODY = 16 * 1024;

  private final Logger log;
  private final Redactor redactor;

  WireLogger(Logger log, Redactor redactor) {
    this.log = log;
    this.redactor = redactor;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!log.isDebugEnabled()) {
      return chain.proceed(request);
    }
    StringBuilder out = new StringBuilder("--> ")
        .append(request.method())
        .append(' ')
        .append(redactor.text(request.url().toString()));
    headers(out, request.headers());
    if (request.body() != null) {
      Buffer body = new Buffer();
      request.body().writeTo(body);
      long total = body.size();
      out.append("\n\n")
          .append(redactor.text(body.readUtf8(Math.min(total, MAX_BODY))))
          .append(marker(total));
    }
    log.debug(out.toString());
    long start = System.nanoTime();
    Response response = chain.proceed(request);
    out.setLength(0);
    out.append("<-- ")
        .append(response.code())
        .append(' ')
        .append(redactor.text(request.url().toString()))
        .append(" (")
        .append(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start))
        .append(" ms)");
    headers(out, response.headers());
    String encoding = response.header("Content-Encoding");
    if (encoding != null && !encoding.equalsIgnoreCase("identity")) {
      out.append("\n\n(").append(encoding).append(" body)");
    } else if (response.body() != null) {
      byte[] head = response.peekBody(MAX_BODY + 1).bytes();
      long shown = Math.min(head.length, MAX_BODY);
      out.append("\n\n")
          .append(redactor.text(
              new String(head, 0, (int) shown, java.nio.charset.StandardCharsets.UTF_8)))
          .append(head.length > MAX_BODY ? marker(response.body().contentLength()) : "");
    }
    log.debug(out.toString());
    return response;
  }

  /** {@code … [truncated, 27.3 MB total]} when a body was cut; total -1 when the server did not say. */
  static String marker(long total) {
    if (total >= 0 && total <= MAX_BODY) {
      return "";
    }
    return " … [truncated, " + (total < 0 ? "total size unknown" : size(total) + " total") + "]";
  }

  static String size(long bytes) {
    return bytes < 1_000_000
        ? String.format(Locale.ROOT, "%.1f kB", bytes / 1e3)
        : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
  }

  private void headers(StringBuilder out, Headers headers) {
    for (int i = 0; i < headers.size(); i++) {
      out.append('\n').append(redactor.header(headers.name(i), headers.value(i)));
    }
  }
}
