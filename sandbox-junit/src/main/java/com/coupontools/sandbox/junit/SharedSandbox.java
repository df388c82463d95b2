package com.coupontools.sandbox.junit;

import com.coupontools.client.CoupontoolsClient;
import com.coupontools.sandbox.Sandbox;
import com.coupontools.sandbox.SandboxConfig;
import com.coupontools.sandbox.WebhookConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The JVM's one sandbox and its webhook receiver, started on first use and stopped by a
 * shutdown hook: in memory (SQLite), 127.0.0.1 on a free port, retries compressed to
 * 1 s, 2 s, 5 s so a test sees a redelivery quickly. Each tenant's main account delivers to
 * {@code /hooks/<tenant>} of the receiver, so tenants' inboxes never mix.
 *
 * <p>System properties, read once: {@code coupontools.sandbox.webhookEvents} (the inferred event
 * types to send too, comma-separated, e.g. {@code coupon_claimed,coupon_voided}).
 */
final class SharedSandbox {
  static final String EVENTS_PROPERTY = "coupontools.sandbox.webhookEvents";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static volatile SharedSandbox instance;

  final Sandbox sandbox;
  final URI baseUrl;
  private final HttpServer receiver;
  private final ExecutorService receiverThreads;
  private final String hookBase;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Map<String, WebhookInbox> inboxes = new ConcurrentHashMap<>();

  private SharedSandbox() {
    try {
      receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the kit's webhook receiver on 127.0.0.1", e);
    }
    receiverThreads = Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "sandbox-junit-webhook-receiver");
      t.setDaemon(true);
      return t;
    });
    receiver.setExecutor(receiverThreads);
    receiver.createContext("/hooks/", this::receive);
    receiver.start();
    hookBase = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks/";
    WebhookConfig hooks = WebhookConfig.defaults()
        .retries(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5))
        .timeout(Duration.ofSeconds(5))
        .events(inferredEvents());
    sandbox = Sandbox.start(SandboxConfig.defaults().port(0).inMemory().webhooks(hooks));
    baseUrl = URI.create(sandbox.baseUrl());
  }

  static SharedSandbox get() {
    SharedSandbox s = instance;
    if (s == null) {
      synchronized (SharedSandbox.class) {
        s = instance;
        if (s == null) {
          s = new SharedSandbox();
          SharedSandbox started = s;
          Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "sandbox-junit-stop"));
          instance = s;
        }
      }
    }
    return s;
  }

  private static Set<String> inferredEvents() {
    String v = System.getProperty(EVENTS_PROPERTY, "").trim();
    Set<String> out = new LinkedHashSet<>();
    if (!v.isEmpty()) {
      Arrays.stream(v.split(",")).map(String::trim).filter(x -> !x.isEmpty()).forEach(out::add);
    }
    return out;
  }

  /** A new tenant (its own accounts and demo data), its endpoint on this receiver, its client. */
  SandboxTenant newTenant(String name) {
    JsonNode t = control("POST", "/_sandbox/tenants", "{\"name\":" + quote(name) + "}", 201);
    String id = t.path("tenant").asText();
    WebhookInbox inbox = new WebhookInbox();
    inboxes.put(id, inbox);
    sandbox.webhooks().setEndpoint(id, "main", hookBase + id);
    Map<String, String> ids = new HashMap<>();
    t.path("ids")
        .fields()
        .forEachRemaining(e -> ids.put(e.getKey(), e.getValue().asText()));
    String clientId = t.path("client_id").asText();
    String clientSecret = t.path("client_secret").asText();
    CoupontoolsClient client = CoupontoolsClient.builder()
        .baseUrl(baseUrl.toString())
        .credentials(clientId, clientSecret)
        .build();
    return new SandboxTenant(this, id, clientId, clientSecret, ids, client, inbox);
  }

  void deleteTenant(String id) {
    try {
      control("DELETE", "/_sandbox/tenants/" + id, null, 200);
    } finally {
      inboxes.remove(id);
    }
  }

  String signDeliveries(String tenant) {
    return sandbox.webhooks().setSigningSecret(tenant, "main", "generate");
  }

  private JsonNode control(String method, String path, String body, int expected) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(baseUrl.resolve(path)).timeout(Duration.ofSeconds(30));
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != expected) {
        throw new IllegalStateException(
            "sandbox " + method + " " + path + ": HTTP " + r.statusCode() + " " + r.body());
      }
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException("sandbox " + method + " " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted calling the sandbox", e);
    }
  }

  private void receive(HttpExchange x) throws IOException {
    try (x) {
      String tenant = x.getRequestURI().getPath().substring("/hooks/".length());
      byte[] body = x.getRequestBody().readAllBytes();
      WebhookInbox inbox = inboxes.get(tenant);
      int status = inbox == null ? 410 : inbox.answer();
      if (inbox != null) {
        Map<String, List<String>> headers = new HashMap<>();
        x.getRequestHeaders()
            .forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), List.copyOf(v)));
        inbox.add(new ReceivedWebhook(new String(body, StandardCharsets.UTF_8), headers, status));
      }
      x.sendResponseHeaders(status, -1);
    }
  }

  private static String quote(String s) {
    try {
      return JSON.writeValueAsString(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void stop() {
    sandbox.close();
    receiver.stop(0);
    receiverThreads.shutdownNow();
  }
}
