package com.coupontools.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bundled OpenAPI description, read once at start-up and compiled into per-operation rules.
 * It is the sandbox's only source of parameter rules, error texts and response shapes.
 */
public final class ApiSpec {
  /** Where the coupontools-openapi artifact puts the bundle on the classpath. */
  public static final String CLASSPATH_LOCATION = "openapi/openapi.yaml";

  private final JsonNode root;
  /** path → HTTP method (upper case) → operation. */
  private final Map<String, Map<String, Operation>> byPath = new LinkedHashMap<>();
  private final String sha256;

  private ApiSpec(byte[] yaml) {
    try {
      this.root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
    } catch (IOException e) {
      throw new IllegalStateException("The OpenAPI bundle is not valid YAML: " + e.getMessage(), e);
    }
    this.sha256 = sha256(yaml);
    JsonNode paths = root.path("paths");
    paths.fields().forEachRemaining(e -> {
      JsonNode item = deref(e.getValue());
      JsonNode post = item.path("post");
      if (post.isObject()) {
        Map<String, Operation> methods = new LinkedHashMap<>();
        Operation p = new Operation(this, e.getKey(), "POST", post, null);
        methods.put("POST", p);
        // The GET form of a read (x-sdk-skip) is answered like the POST beside it.
        JsonNode get = item.path("get");
        if (get.isObject()) {
          methods.put("GET", new Operation(this, e.getKey(), "GET", get, p.id()));
        }
        byPath.put(e.getKey(), java.util.Collections.unmodifiableMap(methods));
      }
    });
    if (byPath.isEmpty()) {
      throw new IllegalStateException("The OpenAPI bundle has no POST operations");
    }
  }

  /** Loads the bundle from the classpath (the coupontools-openapi artifact). */
  public static ApiSpec fromClasspath() {
    try (InputStream in = ApiSpec.class.getClassLoader().getResourceAsStream(CLASSPATH_LOCATION)) {
      if (in == null) {
        throw new IllegalStateException(CLASSPATH_LOCATION + " is not on the classpath: add the"
            + " com.coupontools:coupontools-openapi artifact (mvn -pl spec install)");
      }
      return new ApiSpec(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads a bundle from a file (to try a spec revision without rebuilding the jar). */
  public static ApiSpec fromFile(Path file) {
    try {
      return new ApiSpec(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the OpenAPI bundle " + file, e);
    }
  }

  /** Every operation, POST forms and the GET forms beside them. */
  public Collection<Operation> operations() {
    return byPath.values().stream().flatMap(m -> m.values().stream()).toList();
  }

  /** The operations of one path by HTTP method (upper case), or null for a path the bundle lacks. */
  public Map<String, Operation> byPath(String path) {
    return byPath.get(path);
  }

  public Operation byId(String operationId) {
    for (Operation op : operations()) {
      if (op.id().equals(operationId)) {
        return op;
      }
    }
    return null;
  }

  /** The deliveries the bundle describes ({@code x-webhooks}: event type → path item); empty if none. */
  JsonNode webhooks() {
    return root.path("x-webhooks");
  }

  /** SHA-256 of the bundle, sent as a response header so a failure can be traced to a spec revision. */
  public String sha256() {
    return sha256;
  }

  /** Follows local {@code $ref}s, and single-element {@code allOf}s used to annotate a {@code $ref}. */
  JsonNode deref(JsonNode node) {
    for (int hops = 0; hops < 64; hops++) {
      if (node.has("$ref")) {
        String ref = node.get("$ref").asText();
        if (!ref.startsWith("#/")) {
          throw new IllegalStateException("Only local $refs are expected in the bundle: " + ref);
        }
        node = root.at(ref.substring(1));
        if (node.isMissingNode()) {
          throw new IllegalStateException("Unresolved $ref in the bundle: " + ref);
        }
      } else if (node.has("allOf") && node.get("allOf").size() == 1 && !node.has("properties")) {
        node = node.get("allOf").get(0);
      } else {
        return node;
      }
    }
    throw new IllegalStateException("$ref cycle in the bundle");
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
