package com.coupontools.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.testsupport.Bundle;
import com.coupontools.testsupport.Bundle.Op;
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
 * with its method, its path parameters' examples, its documented request example and both
 * credential headers, answers its success status with exactly its documented response example;
 * v4 REST operations also accept the docs' x-api-key/x-api-secret pair; without credentials an
 * operation answers its style's shared 401 example.
 */
class PrismSmokeTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static Prism prism;
  static String base;
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void startPrism() {
    prism = Prism.mock(
        Path.of(System.getProperty("node.bin", "../node_modules/.bin"), "prism"),
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
    Bundle bundle = SpecBundle.INSTANCE;
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Op op : bundle.ops()) {
      String success = String.valueOf(op.successStatus());
      JsonNode expected = firstExample(
          bundle,
          bundle
              .deref(op.node().path("responses").path(success))
              .path("content")
              .path("application/json"));
      HttpResponse<String> response = call(bundle, op, Credentials.CLIENT_ID);
      checked++;
      if (response.statusCode() != Integer.parseInt(success)) {
        failures.add(op.id() + ": HTTP " + response.statusCode() + " (want " + success + ") "
            + response.headers().firstValue("sl-violations").orElse(response.body()));
      } else if (!JSON.readTree(response.body()).equals(expected)) {
        failures.add(op.id() + ": body differs from the documented example");
      }
    }
    assertTrue(checked > 0, "the bundle has no operations");
    assertEquals(List.of(), failures);
  }

  @Test
  void restOperationsAcceptTheDocsV4HeadersToo() throws Exception {
    Bundle bundle = SpecBundle.INSTANCE;
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Op op : bundle.ops()) {
      if (!op.style().equals("rest")) continue;
      checked++;
      HttpResponse<String> response = call(bundle, op, Credentials.API_KEY);
      if (response.statusCode() != op.successStatus()) {
        failures.add(op.id() + ": HTTP " + response.statusCode() + " with x-api-key/x-api-secret");
      }
    }
    assertTrue(checked > 0, "the bundle has no rest operations");
    assertEquals(List.of(), failures);
  }

  @Test
  void missingCredentialsGetTheShared401() throws Exception {
    Bundle bundle = SpecBundle.INSTANCE;
    Op rpc =
        bundle.ops().stream().filter(o -> o.style().equals("rpc")).findFirst().orElseThrow();
    HttpResponse<String> response = call(bundle, rpc, Credentials.NONE);
    assertEquals(401, response.statusCode());
    JsonNode body = JSON.readTree(response.body());
    assertEquals("failed", body.path("status").path("status").asText());
    assertEquals(
        1000, body.path("status").path("errors").path("error_code").asInt(), response.body());
    assertFalse(
        response.headers().firstValue("sl-violations").isEmpty(),
        "Prism should name the security violation");
  }

  @Test
  void missingCredentialsGetTheRest401OnV4() throws Exception {
    Bundle bundle = SpecBundle.INSTANCE;
    for (Op rest : bundle.ops()) {
      if (!rest.style().equals("rest")) continue;
      HttpResponse<String> response = call(bundle, rest, Credentials.NONE);
      assertEquals(401, response.statusCode(), rest.id());
      assertEquals(
          1000,
          JSON.readTree(response.body()).path("error").path("code").asInt(),
          rest.id() + ": " + response.body());
    }
  }

  enum Credentials {
    NONE,
    CLIENT_ID,
    API_KEY
  }

  private static JsonNode firstExample(Bundle bundle, JsonNode media) {
    JsonNode examples = media.path("examples");
    if (!examples.isObject() || examples.isEmpty()) return null;
    return bundle.deref(examples.elements().next()).path("value");
  }

  /**
   * Calls one operation as documented: its method, its path with each path parameter's example,
   * the query parameters that have a (scalar) example, its first JSON request example as the body
   * (none when it takes no body).
   */
  private static HttpResponse<String> call(Bundle bundle, Op op, Credentials credentials)
      throws Exception {
    String path = op.path();
    StringBuilder query = new StringBuilder();
    for (JsonNode p : op.node().path("parameters")) {
      JsonNode param = bundle.deref(p);
      String name = param.path("name").asText();
      if (param.path("in").asText().equals("path")) {
        JsonNode example =
            param.has("example") ? param.get("example") : param.path("schema").path("example");
        assertFalse(
            example.isMissingNode(), op.id() + ": path parameter " + name + " has no example");
        path = path.replace("{" + name + "}", example.asText());
      } else if (param.path("in").asText().equals("query")
          && param.has("example")
          && param.get("example").isValueNode()) {
        query
            .append(query.length() == 0 ? "?" : "&")
            .append(name)
            .append('=')
            .append(java.net.URLEncoder.encode(
                param.get("example").asText(), java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    path += query;
    JsonNode body = firstExample(
        bundle, op.node().path("requestBody").path("content").path("application/json"));
    boolean takesBody = op.node().has("requestBody");
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
    if (takesBody) {
      b.header("Content-Type", "application/json");
      b.method(
          op.method(),
          HttpRequest.BodyPublishers.ofString(body == null ? "{}" : JSON.writeValueAsString(body)));
    } else {
      b.method(op.method(), HttpRequest.BodyPublishers.noBody());
    }
    switch (credentials) {
      case CLIENT_ID ->
        b.header("X-Client-Id", "smoke-client").header("X-Client-Secret", "smoke-secret");
      case API_KEY -> b.header("x-api-key", "smoke-client").header("x-api-secret", "smoke-secret");
      case NONE -> {}
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
