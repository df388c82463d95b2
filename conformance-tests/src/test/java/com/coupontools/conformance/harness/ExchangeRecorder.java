package com.coupontools.conformance.harness;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;

/**
 * A transparent HTTP forwarder between the SDK and a target (Prism mock, Prism proxy, or a real
 * account). It lets the suite see every exchange on the wire — the content type the SDK really
 * sent and Prism's {@code sl-violations} header — while the tests use nothing but the SDK's public
 * API. It can also add Prism's {@code Prefer} header to the next request, to reach a documented
 * error example on the mock.
 */
public final class ExchangeRecorder implements AutoCloseable {

  /** One request/response pair as seen on the wire. */
  public record Exchange(
      String method,
      String path,
      String requestContentType,
      String requestBody,
      int status,
      String violations) {
    public boolean hasViolations() {
      return violations != null && !violations.isBlank() && !violations.equals("[]");
    }

    /**
     * Whether Prism found anything wrong besides the request: an error case sends a request that
     * breaks the contract on purpose (missing field → 200, bad pattern → 301 …), and Prism rightly
     * flags it; what the target answered must still conform. Unparsable headers count as violations.
     */
    public boolean hasViolationsBeyondRequest() {
      if (!hasViolations()) return false;
      try {
        for (com.fasterxml.jackson.databind.JsonNode v : VIOLATIONS.readTree(violations)) {
          if (!"request".equals(v.path("location").path(0).asText())) return true;
        }
        return false;
      } catch (IOException e) {
        return true;
      }
    }
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper VIOLATIONS =
      new com.fasterxml.jackson.databind.ObjectMapper();

  private static final Set<String> HOP_BY_HOP = Set.of(
      "host",
      "content-length",
      "connection",
      "transfer-encoding",
      "expect",
      "upgrade",
      "keep-alive");

  private final URI upstream;
  private final HttpServer server;
  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10))
      .build();
  private final List<Exchange> exchanges = new ArrayList<>();
  private volatile String preferNext;

  public ExchangeRecorder(URI upstream) {
    this.upstream = upstream;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    } catch (IOException e) {
      throw new HarnessException(
          "cannot open the exchange recorder on 127.0.0.1: " + e.getMessage(), e);
    }
    server.createContext("/", this::forward);
    server.setExecutor(Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "exchange-recorder");
      t.setDaemon(true);
      return t;
    }));
    server.start();
  }

  /** The URL the SDK should use as its base URL. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Adds {@code Prefer: <value>} (e.g. {@code code=422, example=e502_campaign_not_found}) to the next request only. */
  public void preferNext(String value) {
    preferNext = value;
  }

  /** Returns and forgets the exchanges seen since the last call. */
  public synchronized List<Exchange> drain() {
    List<Exchange> copy = List.copyOf(exchanges);
    exchanges.clear();
    return copy;
  }

  private void forward(HttpExchange in) throws IOException {
    try { // not try-with-resources: the catch below still answers on this exchange
      byte[] body;
      try (InputStream is = in.getRequestBody()) {
        body = is.readAllBytes();
      }
      HttpRequest.Builder out = HttpRequest.newBuilder(
              upstream.resolve(in.getRequestURI().toString()))
          .timeout(Duration.ofSeconds(120))
          .method(
              in.getRequestMethod(),
              body.length == 0
                  ? HttpRequest.BodyPublishers.noBody()
                  : HttpRequest.BodyPublishers.ofByteArray(body));
      for (Map.Entry<String, List<String>> h : in.getRequestHeaders().entrySet()) {
        if (HOP_BY_HOP.contains(h.getKey().toLowerCase(Locale.ROOT))) continue;
        for (String v : h.getValue()) out.header(h.getKey(), v);
      }
      String prefer = preferNext;
      preferNext = null;
      if (prefer != null) out.header("Prefer", prefer);
      HttpResponse<byte[]> res;
      try {
        res = http.send(out.build(), HttpResponse.BodyHandlers.ofByteArray());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
      for (Map.Entry<String, List<String>> h : res.headers().map().entrySet()) {
        if (HOP_BY_HOP.contains(h.getKey().toLowerCase(Locale.ROOT))
            || h.getKey().startsWith(":")) continue;
        in.getResponseHeaders().put(h.getKey(), h.getValue());
      }
      byte[] resBody = res.body();
      synchronized (this) {
        exchanges.add(new Exchange(
            in.getRequestMethod(),
            in.getRequestURI().getPath(),
            in.getRequestHeaders().getFirst("Content-Type"),
            new String(body, java.nio.charset.StandardCharsets.UTF_8),
            res.statusCode(),
            res.headers().firstValue("sl-violations").orElse(null)));
      }
      in.sendResponseHeaders(res.statusCode(), resBody.length == 0 ? -1 : resBody.length);
      if (resBody.length > 0) {
        try (OutputStream os = in.getResponseBody()) {
          os.write(resBody);
        }
      }
    } catch (IOException e) {
      String why = "the recorder could not complete the exchange with the target: " + e;
      synchronized (this) {
        exchanges.add(new Exchange(
            in.getRequestMethod(),
            in.getRequestURI().getPath(),
            null,
            "",
            502,
            VIOLATIONS
                .createArrayNode()
                .add(VIOLATIONS.createObjectNode().put("message", why))
                .toString()));
      }
      answerBadGateway(in, why);
    } finally {
      in.close();
    }
  }

  /**
   * Says why instead of closing the connection: a dropped connection reaches the test as the SDK's
   * "unexpected end of stream", which hides where the exchange broke. Nothing to do when the
   * response had begun (then the connection is the only signal left).
   */
  private static void answerBadGateway(HttpExchange in, String why) throws IOException {
    if (in.getResponseCode() != -1) throw new IOException(why);
    byte[] text = why.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    in.getResponseHeaders().put("Content-Type", List.of("text/plain; charset=utf-8"));
    in.sendResponseHeaders(502, text.length);
    try (OutputStream os = in.getResponseBody()) {
      os.write(text);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
