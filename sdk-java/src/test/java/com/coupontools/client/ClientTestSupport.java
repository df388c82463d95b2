package com.coupontools.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.slf4j.Logger;
import org.slf4j.helpers.MessageFormatter;

/** A MockWebServer per test, a client pointed at it, recorded backoff sleeps and captured log lines. */
abstract class ClientTestSupport {
  static final String CLIENT_ID = "client-id-4711";
  static final String SECRET = "s3cr3t-Xq9-VALUE-7f3e";

  MockWebServer server;
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  final List<String> logLines = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startServer() throws IOException {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stopServer() throws IOException {
    server.shutdown();
  }

  CoupontoolsClient.Builder builder() {
    return CoupontoolsClient.builder()
        .credentials(CLIENT_ID, SECRET)
        .baseUrl(server.url("/").toString())
        .logger(capturingLogger())
        .sleeper(sleeps::add);
  }

  CoupontoolsClient client() {
    return builder().build();
  }

  static MockResponse json(String body) {
    return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
  }

  static MockResponse fixture(String name) {
    return json(read(name));
  }

  static String read(String name) {
    try (InputStream in =
        ClientTestSupport.class.getResourceAsStream("/fixtures/" + name + ".json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    if (r == null) {
      throw new AssertionError("no request reached the server");
    }
    return r;
  }

  /** An SLF4J logger with every level enabled that keeps each formatted line. */
  Logger capturingLogger() {
    return (Logger) Proxy.newProxyInstance(
        Logger.class.getClassLoader(), new Class<?>[] {Logger.class}, (proxy, method, args) -> {
          String name = method.getName();
          if (name.startsWith("is") && name.endsWith("Enabled")) {
            return true;
          }
          if (name.equals("getName")) {
            return "capture";
          }
          if (args == null || method.getReturnType() != void.class) {
            return null;
          }
          List<Object> rest = new ArrayList<>();
          String format = null;
          for (Object a : args) {
            if (format == null && a instanceof String) {
              format = (String) a;
            } else if (format != null && a instanceof Object[]) {
              rest.addAll(List.of((Object[]) a));
            } else if (format != null) {
              rest.add(a);
            }
          }
          if (format != null) {
            logLines.add(MessageFormatter.arrayFormat(format, rest.toArray()).getMessage());
          }
          return null;
        });
  }
}
