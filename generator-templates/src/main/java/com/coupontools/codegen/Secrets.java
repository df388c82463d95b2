package com.coupontools.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The names the SDK's redactor masks, read from the spec's {@code x-secret} marks (spec README,
 * "Extensions"): every property marked {@code x-secret: true}, the {@code x-body-field} of a
 * secret security scheme, and that scheme's header name. {@code SecretNames.java} is generated
 * from them, so the redactor keeps no list of its own.
 */
final class Secrets {
  private Secrets() {}

  static void collect(OpenAPI openAPI, Map<String, Object> into) {
    TreeSet<String> fields = new TreeSet<>();
    TreeSet<String> headers = new TreeSet<>();
    if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
      openAPI
          .getComponents()
          .getSchemas()
          .values()
          .forEach(s -> walk(s, fields, new ArrayList<>()));
    }
    if (openAPI.getComponents() != null && openAPI.getComponents().getSecuritySchemes() != null) {
      for (SecurityScheme scheme : openAPI.getComponents().getSecuritySchemes().values()) {
        Map<String, Object> x = scheme.getExtensions();
        if (x == null || !Boolean.TRUE.equals(x.get("x-secret"))) {
          continue;
        }
        if (x.get("x-body-field") != null) {
          fields.add(x.get("x-body-field").toString());
        }
        if (scheme.getIn() == SecurityScheme.In.HEADER && scheme.getName() != null) {
          headers.add(scheme.getName().toLowerCase(Locale.ROOT));
        }
      }
    }
    // The bundle marks several (the redaction tests fail if they go missing); the test
    // fixture's small contract marks none and generates no supporting files.
    into.put("x-ct-secret-fields", new ArrayList<>(fields));
    into.put("x-ct-secret-headers", new ArrayList<>(headers));
  }

  /** Properties of a schema and of the inline objects and items inside it. */
  private static void walk(Schema<?> s, TreeSet<String> fields, List<Schema<?>> seen) {
    if (s == null || seen.contains(s)) {
      return;
    }
    seen.add(s);
    if (s.getProperties() != null) {
      s.getProperties().forEach((name, p) -> {
        if (p.getExtensions() != null && Boolean.TRUE.equals(p.getExtensions().get("x-secret"))) {
          fields.add(name);
        }
        walk(p, fields, seen);
      });
    }
    walk(s.getItems(), fields, seen);
  }
}
