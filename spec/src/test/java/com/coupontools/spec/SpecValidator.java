package com.coupontools.spec;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Swagger Parser gate: every given description (the split sources and the bundles) must
 * parse with zero messages. Run by the build (exec:java, before the tests) and by the tests.
 */
public final class SpecValidator {

  private SpecValidator() {}

  /** Parser messages for one description; empty means valid. */
  public static List<String> messages(Path location) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIParser()
        .readLocation(location.toAbsolutePath().toUri().toString(), null, options);
    List<String> messages = new ArrayList<>();
    if (result.getMessages() != null) {
      messages.addAll(result.getMessages());
    }
    if (result.getOpenAPI() == null) {
      messages.add("not an OpenAPI description: " + location);
    } else if (!"3.0.3".equals(result.getOpenAPI().getOpenapi())) {
      messages.add("openapi must be 3.0.3, is " + result.getOpenAPI().getOpenapi());
    }
    return messages;
  }

  public static void main(String[] args) {
    int total = 0;
    for (String arg : args) {
      List<String> messages = messages(Path.of(arg));
      System.out.printf("[swagger-parser] %s: %d message(s)%n", arg, messages.size());
      messages.forEach(m -> System.out.println("[swagger-parser]   " + m));
      total += messages.size();
    }
    if (total > 0) {
      // Thrown, not System.exit: exec:java runs inside Maven's JVM.
      throw new IllegalStateException(
          "Swagger Parser reported " + total + " message(s); the spec is not valid");
    }
  }
}
