package com.coupontools.sandbox;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.coupontools.sandbox.internal.ApiSpec;
import com.coupontools.testsupport.Bundle;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The second, independent response check beside Prism: Atlassian's swagger-request-validator on
 * the bundle, plus the one rule no OpenAPI validator knows, the operation's {@code x-error-codes}.
 * {@link Api} sends every exchange of every sandbox test through {@link #verify}, which fails the
 * test on the first response outside the contract:
 *
 * <ul>
 *   <li>{@code 5xx}: a server error, whatever its body;
 *   <li>{@code undefined-operation}: a path or method the bundle does not define, unless the test
 *       said it sends one on purpose ({@link Api#offContract()}; its answer must still be the
 *       error envelope);
 *   <li>{@code undefined-status}: a status the operation does not define;
 *   <li>{@code invalid-body}: a body (or content type) that its status's schema does not allow;
 *   <li>{@code undocumented-code}: an {@code error_code} outside the operation's x-error-codes.
 * </ul>
 *
 * Requests are not checked (error cases break the request contract on purpose). Counts by kind
 * go to {@code target/contract-check.txt} at the end of the run. {@code -Dcontract.check=report}
 * records without failing (to count what an older sandbox does).
 */
final class ContractCheck {
  enum Kind {
    SERVER_ERROR("5xx"),
    UNDEFINED_OPERATION("undefined-operation"),
    UNDEFINED_STATUS("undefined-status"),
    INVALID_BODY("invalid-body"),
    UNDOCUMENTED_CODE("undocumented-code");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  record Violation(Kind kind, String detail) {
    @Override
    public String toString() {
      return kind.label + ": " + detail;
    }
  }

  static final boolean REPORT_ONLY = "report".equals(System.getProperty("contract.check"));
  static final ContractCheck INSTANCE = new ContractCheck(SpecBundle.INSTANCE, bundleText());

  static {
    Runtime.getRuntime()
        .addShutdownHook(new Thread(INSTANCE::writeReport, "contract-check-report"));
  }

  private final Bundle bundle;
  /** The bundle as swagger-parser reads it, once: the validator's model and the webhook schemas. */
  private final io.swagger.v3.oas.models.OpenAPI api;

  private final OpenApiInteractionValidator validator;
  private final AtomicLong exchanges = new AtomicLong();
  private final Map<Kind, AtomicLong> counts = new EnumMap<>(Kind.class);
  private final Map<Kind, Set<String>> samples = new ConcurrentHashMap<>();

  ContractCheck(Bundle bundle, String yaml) {
    this.bundle = bundle;
    io.swagger.v3.parser.core.models.ParseOptions options =
        new io.swagger.v3.parser.core.models.ParseOptions();
    options.setResolve(true);
    options.setResolveFully(
        true); // as the validator resolves a specification it parses itself ($ref responses)
    this.api = new io.swagger.v3.parser.OpenAPIV3Parser()
        .readContents(yaml, null, options)
        .getOpenAPI();
    this.validator = OpenApiInteractionValidator.createFor(api).build();
    for (Kind k : Kind.values()) {
      counts.put(k, new AtomicLong());
    }
  }

  static String bundleText() {
    try (InputStream in =
        ApiSpec.class.getClassLoader().getResourceAsStream(ApiSpec.CLASSPATH_LOCATION)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What is wrong with a webhook delivery's body for its event type: the type must be described
   * in the bundle's {@code x-webhooks}, and the body must be valid for that request body's schema
   * (the same validator, on the bundle's {@code components/schemas}). Empty when it is right.
   */
  List<String> webhookViolations(String type, String body) {
    JsonNode schemaRef = bundle
        .root()
        .path("x-webhooks")
        .path(type)
        .path("post")
        .path("requestBody")
        .path("content")
        .path("application/json")
        .path("schema")
        .path("$ref");
    if (schemaRef.isMissingNode()) {
      return List.of("event type " + type + " is not in the bundle's x-webhooks");
    }
    String name = schemaRef.asText().substring("#/components/schemas/".length());
    com.atlassian.oai.validator.schema.SchemaValidator sv =
        new com.atlassian.oai.validator.schema.SchemaValidator(
            api, new com.atlassian.oai.validator.report.MessageResolver());
    List<String> out = new ArrayList<>();
    for (ValidationReport.Message m :
        sv.validate(body, api.getComponents().getSchemas().get(name), "webhook").getMessages()) {
      if (m.getLevel() == ValidationReport.Level.ERROR) {
        out.add(m.getKey() + " " + m.getMessage());
      }
    }
    return out;
  }

  /** Checks one exchange, counts it, and fails (unless report-only) when it breaks the contract. */
  void verify(String method, String pathAndQuery, boolean offContract, Api.Resp r) {
    List<Violation> found = check(method, pathAndQuery, offContract, r);
    if (!found.isEmpty() && !REPORT_ONLY) {
      throw new AssertionError("Response outside the contract (" + method + " " + pathAndQuery
          + " → " + r + "): " + found);
    }
  }

  /**
   * An answer of the HTTP layer to a request that is not valid HTTP (README, "What the HTTP layer
   * answers"): it names no operation, so only "never a 5xx" and "the error envelope" apply.
   */
  void verifyHttpLayer(String request, Api.Resp r) {
    exchanges.incrementAndGet();
    List<Violation> out = new ArrayList<>();
    if (r.status() >= 500) {
      out.add(new Violation(Kind.SERVER_ERROR, "HTTP " + r.status()));
    }
    // Either error body: the style of the path's operations when the path was read, rpc when even
    // the path could not be (an encoded NUL).
    List<Violation> rpc = new ArrayList<>();
    List<Violation> rest = new ArrayList<>();
    envelopeOnly("rpc", r, rpc);
    envelopeOnly("rest", r, rest);
    if (!rpc.isEmpty() && !rest.isEmpty()) {
      out.addAll(rpc);
    }
    count(out, "(not HTTP)", request, r);
    if (!out.isEmpty() && !REPORT_ONLY) {
      throw new AssertionError("Response outside the contract (" + request + " → HTTP " + r.status()
          + " " + Api.abbreviate(r.text()) + "): " + out);
    }
  }

  /** The violations of one exchange (also counted). */
  List<Violation> check(String method, String pathAndQuery, boolean offContract, Api.Resp r) {
    exchanges.incrementAndGet();
    String path = pathAndQuery.split("\\?", 2)[0];
    if (path.length() > 1 && path.endsWith("/")) {
      path =
          path.substring(0, path.length() - 1); // the sandbox's documented leniency: same operation
    }
    List<Violation> out = new ArrayList<>();
    if (r.status() >= 500) {
      out.add(new Violation(Kind.SERVER_ERROR, "HTTP " + r.status()));
    }
    if (path.startsWith("/_sandbox/")) {
      // The sandbox's own routes (tenants, readiness, metrics) are outside the API contract by
      // design, with their own shapes (sandbox/README.md, "Sandbox routes"; TenantsTest,
      // HealthAndMetricsTest): only "never a 5xx" applies to them here.
      return count(out, method, pathAndQuery, r);
    }
    Request.Method m;
    try {
      m = Request.Method.valueOf(method.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      m = null;
    }
    JsonNode operation = m == null ? null : bundle.operation(path, method);
    if (operation == null) {
      if (!offContract) {
        out.add(new Violation(Kind.UNDEFINED_OPERATION, method + " " + path));
      }
      // Off the contract on purpose: the answer must still be the error body of the path's style.
      envelopeOnly(bundle.styleOf(path), r, out);
    } else {
      ValidationReport report = validator.validateResponse(path, m, response(r));
      for (ValidationReport.Message msg : report.getMessages()) {
        if (msg.getLevel() != ValidationReport.Level.ERROR) {
          continue;
        }
        Kind kind = msg.getKey().equals("validation.response.status.unknown")
            ? Kind.UNDEFINED_STATUS
            : msg.getKey().startsWith("validation.request.")
                ? Kind.UNDEFINED_OPERATION
                : Kind.INVALID_BODY;
        out.add(new Violation(kind, msg.getKey() + " " + msg.getMessage()));
      }
      Set<Integer> documented = new LinkedHashSet<>();
      operation.path("x-error-codes").forEach(c -> documented.add(c.asInt()));
      for (int code : errorCodes(r)) {
        if (!documented.contains(code)) {
          out.add(
              new Violation(Kind.UNDOCUMENTED_CODE, code + " (x-error-codes " + documented + ")"));
        }
      }
    }
    return count(out, method, pathAndQuery, r);
  }

  private List<Violation> count(
      List<Violation> out, String method, String pathAndQuery, Api.Resp r) {
    for (Violation v : out) {
      counts.get(v.kind()).incrementAndGet();
      Set<String> s = samples.computeIfAbsent(v.kind(), k -> ConcurrentHashMap.newKeySet());
      if (s.size() < 25) {
        s.add(method + " " + Api.abbreviate(pathAndQuery) + " → " + r.status() + ": "
            + Api.abbreviate(v.detail()));
      }
    }
    return out;
  }

  private void envelopeOnly(String style, Api.Resp r, List<Violation> out) {
    // Validated as an error response whose schema is the style's error body: the rpc envelope (the
    // 422 of campaign info) or the REST error (the 404 of a v4 directory).
    ValidationReport report = style.equals("rest")
        ? validator.validateResponse(
            "/v4/directory/1",
            Request.Method.GET,
            SimpleResponse.Builder.status(404)
                .withContentType(contentType(r))
                .withBody(r.text())
                .build())
        : validator.validateResponse(
            "/v3/coupon/info",
            Request.Method.POST,
            SimpleResponse.Builder.status(422)
                .withContentType(contentType(r))
                .withBody(r.text())
                .build());
    for (ValidationReport.Message msg : report.getMessages()) {
      if (msg.getLevel() == ValidationReport.Level.ERROR) {
        out.add(new Violation(
            Kind.INVALID_BODY, "not the error envelope: " + msg.getKey() + " " + msg.getMessage()));
      }
    }
  }

  private static SimpleResponse response(Api.Resp r) {
    SimpleResponse.Builder b = SimpleResponse.Builder.status(r.status()).withBody(r.text());
    String type = contentType(r);
    if (type != null) {
      b.withContentType(type);
    }
    return b.build();
  }

  private static String contentType(Api.Resp r) {
    return r.headers().get("Content-Type");
  }

  /** Every error code in the body, wherever the catalogue's envelopes put it (rpc or rest). */
  static List<Integer> errorCodes(Api.Resp r) {
    JsonNode body;
    try {
      body = Api.JSON.readTree(r.text());
    } catch (IOException e) {
      return List.of();
    }
    return body == null ? List.of() : SpecBundle.INSTANCE.errorCodes(body);
  }

  long exchanges() {
    return exchanges.get();
  }

  Map<String, Long> counts() {
    Map<String, Long> out = new TreeMap<>();
    counts.forEach((k, v) -> out.put(k.label, v.get()));
    return out;
  }

  String summary() {
    StringBuilder b = new StringBuilder();
    b.append("contract check: ")
        .append(exchanges())
        .append(" exchanges; violations ")
        .append(counts())
        .append('\n');
    samples.forEach((k, s) -> {
      b.append("  ").append(k.label).append(":\n");
      s.forEach(x -> b.append("    ").append(x).append('\n'));
    });
    return b.toString();
  }

  private void writeReport() {
    try {
      Path file = Path.of(System.getProperty("contract.check.report", "target/contract-check.txt"));
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, summary());
    } catch (IOException e) {
      System.err.println("contract check: cannot write the report: " + e.getMessage());
    }
  }
}
