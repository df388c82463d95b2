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
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The bundled OpenAPI description, read once at start-up and compiled into per-operation rules
 * and a router over its paths (literal and templated, every method). It is the sandbox's only
 * source of parameter rules, credentials, error codes and sentences (the error catalogue) and
 * response shapes.
 */
public final class ApiSpec {
  /** Where the coupontools-openapi artifact puts the bundle on the classpath. */
  public static final String CLASSPATH_LOCATION = "openapi/openapi.yaml";

  private final JsonNode root;
  private final ErrorCatalogue catalogue;
  /** Every path of the bundle: its template and its operations by HTTP method (upper case). */
  private final Map<String, PathItem> byPath = new LinkedHashMap<>();
  /** The templated paths, most specific first (a literal segment before a parameter). */
  private final List<PathItem> templated = new ArrayList<>();

  private final String sha256;

  /** One path of the bundle and its operations by method. */
  record PathItem(PathTemplate template, Map<String, Operation> methods) {}

  /** Where a request lands: the path item (null for a path the bundle lacks) and its raw path parameters. */
  record Route(PathItem item, Map<String, String> rawParams) {
    /** The operation of this method on the path, or null. */
    Operation operation(String method) {
      return item == null ? null : item.methods().get(method);
    }
  }

  private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

  private ApiSpec(byte[] yaml) {
    try {
      this.root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
    } catch (IOException e) {
      throw new IllegalStateException("The OpenAPI bundle is not valid YAML: " + e.getMessage(), e);
    }
    this.sha256 = sha256(yaml);
    this.catalogue = new ErrorCatalogue(root.path("x-error-catalogue"));
    root.path("paths").fields().forEachRemaining(e -> {
      JsonNode item = deref(e.getValue());
      Map<String, Operation> methods = new LinkedHashMap<>();
      JsonNode post = item.path("post");
      for (String m : METHODS) {
        JsonNode op = item.path(m);
        if (!op.isObject()) {
          continue;
        }
        // The rpc GET form of a read (x-sdk-skip) is answered by the handler of the POST beside it.
        String sameAs = m.equals("get")
                && post.isObject()
                && Style.RPC.key().equals(op.path("x-api-style").asText())
            ? post.path("operationId").asText()
            : null;
        methods.put(
            m.toUpperCase(Locale.ROOT),
            new Operation(
                this, e.getKey(), m.toUpperCase(Locale.ROOT), op, item.path("parameters"), sameAs));
      }
      if (!methods.isEmpty()) {
        PathItem pi =
            new PathItem(new PathTemplate(e.getKey()), Collections.unmodifiableMap(methods));
        byPath.put(e.getKey(), pi);
        if (pi.template().templated()) {
          templated.add(pi);
        }
      }
    });
    templated.sort(
        Comparator.comparing((PathItem pi) -> pi.template().specificity()).reversed());
    if (byPath.isEmpty()) {
      throw new IllegalStateException("The OpenAPI bundle has no operations");
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

  /** Every operation of every path and method. */
  public Collection<Operation> operations() {
    return byPath.values().stream().flatMap(m -> m.methods().values().stream()).toList();
  }

  /**
   * The path item a raw request path (still percent-encoded, no trailing slash) lands on: a
   * literal path of the bundle, else the most specific template that matches.
   */
  Route route(String rawPath) {
    PathItem exact = byPath.get(rawPath);
    if (exact != null && !exact.template().templated()) {
      return new Route(exact, Map.of());
    }
    List<String> segments = PathTemplate.segments(rawPath);
    for (PathItem pi : templated) {
      Map<String, String> values = pi.template().match(segments);
      if (values != null) {
        return new Route(pi, values);
      }
    }
    return new Route(null, Map.of());
  }

  ErrorCatalogue catalogue() {
    return catalogue;
  }

  /** A security scheme of {@code components.securitySchemes} by name. */
  JsonNode securityScheme(String name) {
    JsonNode s = root.path("components").path("securitySchemes").path(name);
    if (!s.isObject()) {
      throw new IllegalStateException("Unknown security scheme in the bundle: " + name);
    }
    return deref(s);
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
