package com.coupontools.internal;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;
import org.slf4j.Logger;

/** Debug log of each exchange as it goes on the wire, with every secret masked. */
final class WireLogger implements Interceptor {
  private static final long MAX_BODY = 16 * 1024;

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
    StringBuilder out = new StringBuilder("--> ").append(request.method()).append(' ').append(request.url());
    headers(out, request.headers());
    if (request.body() != null) {
      Buffer body = new Buffer();
      request.body().writeTo(body);
      out.append("\n\n").append(redactor.text(body.readUtf8(Math.min(body.size(), MAX_BODY))));
    }
    log.debug(out.toString());
    long start = System.nanoTime();
    Response response = chain.proceed(request);
    out.setLength(0);
    out.append("<-- ").append(response.code()).append(' ').append(request.url()).append(" (")
        .append(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).append(" ms)");
    headers(out, response.headers());
    String encoding = response.header("Content-Encoding");
    out.append("\n\n").append(encoding != null && !encoding.equalsIgnoreCase("identity")
        ? "(" + encoding + " body)" : redactor.text(response.peekBody(MAX_BODY).string()));
    log.debug(out.toString());
    return response;
  }

  private void headers(StringBuilder out, Headers headers) {
    for (int i = 0; i < headers.size(); i++) {
      out.append('\n').append(redactor.header(headers.name(i), headers.value(i)));
    }
  }
}
