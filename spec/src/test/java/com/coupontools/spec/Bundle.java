package com.coupontools.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The bundled spec as a JSON tree, with the few look-ups the tests need. */
final class Bundle {

  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  final JsonNode root;

  private Bundle(JsonNode root) {
    this.root = root;
  }

  static Bundle load() {
    return load(Path.of(System.getProperty("spec.bundle", "target/openapi.yaml")));
  }

  static Bundle load(Path path) {
    try {
      return new Bundle(YAML.readTree(path.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundle " + path + " (run the build first)", e);
    }
  }

  /** One operation: its path template, HTTP method (lower case), operationId and node. */
  record Operation(String path, String method, String id, JsonNode node) {
    /** {@code rpc} (POST with a body) or {@code rest} (v4 REST), from {@code x-api-style}. */
    String style() {
      return node.path("x-api-style").asText("rpc");
    }
  }

  List<Operation> operations() {
    List<Operation> ops = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
        ops.add(new Operation(path.getKey(), op.getKey(), op.getValue().path("operationId").asText(), op.getValue()));
      }
    }
    return ops;
  }

  /** The success response's status (the lowest 2xx the operation documents). */
  static String successStatus(Operation op) {
    List<String> ok = new ArrayList<>();
    op.node().path("responses").fieldNames().forEachRemaining(s -> {
      if (s.startsWith("2")) ok.add(s);
    });
    return ok.stream().sorted().findFirst().orElseThrow(() -> new IllegalStateException(op.id() + " has no 2xx response"));
  }

  /** Follows local `$ref`s (`#/components/...`) until a concrete node. */
  JsonNode deref(JsonNode node) {
    while (node != null && node.has("$ref")) {
      String ref = node.get("$ref").asText();
      if (!ref.startsWith("#/")) {
        throw new IllegalStateException("the bundle must hold only local refs, found " + ref);
      }
      node = root.at(ref.substring(1));
    }
    return node;
  }
}
