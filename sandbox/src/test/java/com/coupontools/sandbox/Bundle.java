package com.coupontools.sandbox;

import com.coupontools.sandbox.internal.ApiSpec;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tests' own reading of the bundle (independent of the server's compiled rules): operations,
 * their request examples, documented error examples and parameter schemas.
 */
final class Bundle {
  static final Bundle INSTANCE = load();

  record ErrorExample(String key, int code, String text) { }

  /**
   * One operation: a POST, or the GET form of a read (parameters in the query string; its one
   * request example is made of the parameters' examples). {@code body}: it takes a request body.
   */
  record Op(String id, String path, String method, Set<Integer> codes, Map<String, JsonNode> requestExamples,
      List<ErrorExample> errors, Map<String, JsonNode> params, Set<String> required, boolean body) {
    boolean isGet() {
      return method.equals("GET");
    }

    JsonNode firstExample() {
      return requestExamples.isEmpty() ? Api.JSON.createObjectNode() : requestExamples.values().iterator().next();
    }
  }

  final JsonNode root;
  final List<Op> ops = new ArrayList<>();

  private Bundle(JsonNode root) {
    this.root = root;
    root.path("paths").fields().forEachRemaining(e -> {
      JsonNode item = deref(e.getValue());
      ops.add(op(e.getKey(), "POST", item.path("post")));
      if (item.path("get").isObject()) {
        ops.add(op(e.getKey(), "GET", item.path("get")));
      }
    });
  }

  private Op op(String path, String method, JsonNode op) {
    Set<Integer> codes = new LinkedHashSet<>();
    op.path("x-error-codes").forEach(c -> codes.add(c.asInt()));
    Map<String, JsonNode> reqExamples = new LinkedHashMap<>();
    Map<String, JsonNode> params = new LinkedHashMap<>();
    Set<String> required = new LinkedHashSet<>();
    if (method.equals("GET")) {
      // The GET form: query parameters, and one request example made of their examples.
      ObjectNode example = Api.JSON.createObjectNode();
      for (JsonNode p : op.path("parameters")) {
        JsonNode param = deref(p);
        params.put(param.path("name").asText(), deref(param.path("schema")));
        if (param.path("required").asBoolean(false)) {
          required.add(param.path("name").asText());
        }
        if (param.has("example")) {
          example.set(param.path("name").asText(), param.get("example"));
        }
      }
      reqExamples.put("query", example);
    } else {
      JsonNode content = deref(op.path("requestBody")).path("content").path("application/json");
      content.path("examples").fields().forEachRemaining(x -> reqExamples.put(x.getKey(), deref(x.getValue()).path("value")));
      JsonNode schema = deref(content.path("schema"));
      schema.path("properties").fields().forEachRemaining(p -> params.put(p.getKey(), deref(p.getValue())));
      schema.path("required").forEach(r -> required.add(r.asText()));
    }
    List<ErrorExample> errors = new ArrayList<>();
    for (String status : List.of("401", "422")) {
      deref(op.path("responses").path(status)).path("content").path("application/json").path("examples")
          .fields().forEachRemaining(x -> {
            JsonNode v = deref(x.getValue()).path("value");
            JsonNode err = v.path("status").has("errors") ? v.path("status").path("errors") : v.path("errors");
            JsonNode code = err.path("error_code");
            errors.add(new ErrorExample(x.getKey(), code.isArray() ? code.path(0).asInt() : code.asInt(),
                err.path("error_message_description").path(0).asText("")));
          });
    }
    return new Op(op.path("operationId").asText(), path, method, codes, reqExamples, errors, params, required,
        op.has("requestBody"));
  }

  private static Bundle load() {
    try (InputStream in = ApiSpec.class.getClassLoader().getResourceAsStream(ApiSpec.CLASSPATH_LOCATION)) {
      return new Bundle(new ObjectMapper(new YAMLFactory()).readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  JsonNode deref(JsonNode n) {
    while (n.has("$ref") || (n.has("allOf") && n.get("allOf").size() == 1)) {
      n = n.has("$ref") ? root.at(n.get("$ref").asText().substring(1)) : n.get("allOf").get(0);
    }
    return n;
  }

  /** The operation of {@code method} on {@code path} (dereferenced), or null when the bundle has none. */
  JsonNode operation(String path, String method) {
    JsonNode item = root.path("paths").path(path);
    if (item.isMissingNode()) {
      return null;
    }
    JsonNode op = deref(item).path(method.toLowerCase(java.util.Locale.ROOT));
    return op.isObject() ? op : null;
  }

  Op op(String id) {
    return ops.stream().filter(o -> o.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("No operation " + id + " in the bundle"));
  }

  static ObjectNode copy(JsonNode n) {
    return n.isObject() ? ((ObjectNode) n).deepCopy() : Api.JSON.createObjectNode();
  }
}
