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
    String path = System.getProperty("spec.bundle", "target/openapi.yaml");
    try {
      return new Bundle(YAML.readTree(Path.of(path).toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundle " + path + " (run the build first)", e);
    }
  }

  /** One operation: its path, HTTP method (lower case, as in the bundle), operationId and node. */
  record Operation(String path, String method, String id, JsonNode node) {}

  List<Operation> operations() {
    List<Operation> ops = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
        ops.add(new Operation(path.getKey(), op.getKey(), op.getValue().path("operationId").asText(), op.getValue()));
      }
    }
    return ops;
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
