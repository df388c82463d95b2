package com.coupontools.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.testsupport.Prism;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Smoke test of the bundle as Prism sees it: Prism mocks the bundle, and every operation, called
 * with its documented request example and both credential headers, answers 200 with exactly its
 * documented response example; without credentials it answers the shared 401 example.
 */
class PrismSmokeTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static Prism prism;
  static String base;
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void startPrism() {
    prism = Prism.mock(Path.of(System.getProperty("node.bin", "../node_modules/.bin"), "prism"),
        Path.of(System.getProperty("spec.bundle", "target/openapi.yaml")),
        Path.of(System.getProperty("build.dir", "target"), "prism-smoke.log"));
    base = prism.url();
  }

  @AfterAll
  static void stopPrism() {
    if (prism != null) {
      prism.close();
    }
  }

  @Test
  void everyOperationAnswersItsDocumentedExample() throws Exception {
    Bundle bundle = Bundle.load();
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Bundle.Operation op : bundle.operations()) {
      JsonNode requestExample = firstExample(bundle,
          op.node().path("requestBody").path("content").path("application/json"));
      JsonNode expected = firstExample(bundle,
          bundle.deref(op.node().path("responses").path("200")).path("content").path("application/json"));
      HttpResponse<String> response = op.method().equals("get")
          ? get(op.path() + queryOf(op.node()))
          : post(op.path(), requestExample == null ? "{}" : JSON.writeValueAsString(requestExample), true);
      checked++;
      if (response.statusCode() != 200) {
        failures.add(op.id() + ": HTTP " + response.statusCode() + " " + response.headers().firstValue("sl-violations").orElse(response.body()));
      } else if (!JSON.readTree(response.body()).equals(expected)) {
        failures.add(op.id() + ": body differs from the documented example");
      }
    }
    assertTrue(checked > 0, "the bundle has no operations");
    assertEquals(List.of(), failures);
  }

  @Test
  void missingCredentialsGetTheShared401() throws Exception {
    Bundle bundle = Bundle.load();
    Bundle.Operation op = bundle.operations().get(0);
    JsonNode requestExample = firstExample(bundle,
        op.node().path("requestBody").path("content").path("application/json"));
    HttpResponse<String> response = post(op.path(), requestExample == null ? "{}" : JSON.writeValueAsString(requestExample), false);
    assertEquals(401, response.statusCode());
    JsonNode body = JSON.readTree(response.body());
    assertEquals("failed", body.path("status").path("status").asText());
    assertEquals(1000, body.path("status").path("errors").path("error_code").asInt(), response.body());
    assertFalse(response.headers().firstValue("sl-violations").isEmpty(), "Prism should name the security violation");
  }

  private static JsonNode firstExample(Bundle bundle, JsonNode media) {
    JsonNode examples = media.path("examples");
    if (!examples.isObject() || examples.isEmpty()) return null;
    return bundle.deref(examples.elements().next()).path("value");
  }

  /** The GET form's documented parameter examples as a query string. */
  private static String queryOf(JsonNode op) {
    StringBuilder q = new StringBuilder();
    for (JsonNode p : op.path("parameters")) {
      if ("query".equals(p.path("in").asText()) && p.has("example")) {
        q.append(q.length() == 0 ? "?" : "&").append(p.path("name").asText()).append('=')
            .append(java.net.URLEncoder.encode(p.path("example").asText(), java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    return q.toString();
  }

  private static HttpResponse<String> get(String pathAndQuery) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(20))
        .header("X-Client-Id", "smoke-client").header("X-Client-Secret", "smoke-secret").GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String path, String json, boolean credentials) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(20))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
    if (credentials) {
      b.header("X-Client-Id", "smoke-client").header("X-Client-Secret", "smoke-secret");
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
