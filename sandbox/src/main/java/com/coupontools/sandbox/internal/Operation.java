package com.coupontools.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One operation of the bundle, compiled: its call style, request rules (path parameters, query
 * parameters, the body's properties or its bare array, the schema's {@code x-required-when} and
 * {@code x-required-any-of}), credentials, documented errors and success status and shape.
 */
public final class Operation {
  /** What the request body is: none, a JSON (or form) object, or a bare JSON array. */
  enum BodyKind {
    NONE,
    OBJECT,
    ARRAY
  }

  /** {@code x-required-when} entry: when {@code property} equals {@code value}, each name is required. */
  record RequiredWhen(String property, String value, List<String> names) {}

  /** {@code x-required-any-of}: without any of the names, the 200 of the example {@code exampleKey}. */
  record RequiredAnyOf(List<String> names, String exampleKey) {}

  private final String id;
  private final PathTemplate path;
  private final String method;
  private final Style style;
  private final String handlerId;
  private final Set<Integer> errorCodes;
  private final Set<Integer> statuses;
  private final int successStatus;
  private final Shape success;
  private final Security security;
  private final List<ParamRule> pathParams;
  private final List<ParamRule> queryParams;
  private final Set<String> deepObjects;
  private final BodyKind bodyKind;
  private final boolean bodyRequired;
  private final boolean formBodies;
  private final List<ParamRule> bodyParams;
  private final String bodyName;
  private final List<RequiredWhen> requiredWhen;
  private final RequiredAnyOf requiredAnyOf;
  private final Errors errors;

  /**
   * {@code itemParameters}: the path item's own {@code parameters}; {@code sameAs}: the
   * operationId whose behaviour this one shares (the POST beside an rpc GET form), or null.
   */
  Operation(
      ApiSpec spec,
      String path,
      String method,
      JsonNode op,
      JsonNode itemParameters,
      String sameAs) {
    this.path = new PathTemplate(path);
    this.method = method;
    this.id = op.path("operationId").asText(path);
    this.style = Style.of(op.path("x-api-style").asText(Style.RPC.key()));
    this.handlerId = sameAs == null ? id : sameAs;
    Set<Integer> codes = new LinkedHashSet<>();
    op.path("x-error-codes").forEach(c -> codes.add(c.asInt()));
    this.errorCodes = Collections.unmodifiableSet(codes);

    Set<Integer> st = new LinkedHashSet<>();
    op.path("responses").fieldNames().forEachRemaining(s -> {
      if (s.matches("\\d{3}")) {
        st.add(Integer.parseInt(s));
      }
    });
    this.statuses = Collections.unmodifiableSet(st);
    int ok = 0;
    for (int s : st) {
      if (s >= 200 && s < 300) {
        ok = s;
        break;
      }
    }
    if (ok == 0) {
      throw new IllegalStateException(id + " documents no success status");
    }
    this.successStatus = ok;
    JsonNode okSchema = spec.deref(op.path("responses").path(String.valueOf(ok)))
        .path("content")
        .path("application/json")
        .path("schema");
    this.success = okSchema.isMissingNode() ? Shape.any() : Shape.compile(spec, okSchema);

    // Parameters: the path item's and the operation's (the operation's win by name and place).
    List<ParamRule> inPath = new ArrayList<>();
    List<ParamRule> inQuery = new ArrayList<>();
    Set<String> deep = new LinkedHashSet<>();
    List<JsonNode> parameters = new ArrayList<>();
    itemParameters.forEach(parameters::add);
    op.path("parameters").forEach(parameters::add);
    for (JsonNode p : parameters) {
      JsonNode param = spec.deref(p);
      String name = param.path("name").asText();
      ParamRule rule = new ParamRule(
          spec,
          name,
          param.path("schema"),
          param.path("required").asBoolean(false)
              || "path".equals(param.path("in").asText()));
      switch (param.path("in").asText()) {
        case "path" -> replace(inPath, rule);
        case "query" -> {
          replace(inQuery, rule);
          if ("deepObject".equals(param.path("style").asText())) {
            deep.add(name);
          }
        }
        default -> {} // headers and cookies carry no parameters the sandbox reads
      }
    }
    this.pathParams = List.copyOf(inPath);
    this.queryParams = List.copyOf(inQuery);
    this.deepObjects = Collections.unmodifiableSet(deep);

    JsonNode body = spec.deref(op.path("requestBody"));
    this.bodyRequired = body.path("required").asBoolean(false);
    JsonNode content = body.path("content");
    this.formBodies = content.has("application/x-www-form-urlencoded");
    JsonNode reqSchema = content.path("application/json").path("schema");
    if (reqSchema.isMissingNode()) {
      reqSchema = content.path("application/x-www-form-urlencoded").path("schema");
    }
    this.bodyName = op.path("x-codegen-request-body-name").asText("body");
    List<RequiredWhen> when = new ArrayList<>();
    RequiredAnyOf anyOf = null;
    if (reqSchema.isMissingNode()) {
      this.bodyKind = BodyKind.NONE;
      this.bodyParams = List.of();
    } else {
      JsonNode s = spec.deref(reqSchema);
      if ("array".equals(s.path("type").asText())) {
        this.bodyKind = BodyKind.ARRAY;
        this.bodyParams = List.of(new ParamRule(spec, bodyName, s, bodyRequired));
      } else {
        this.bodyKind = BodyKind.OBJECT;
        this.bodyParams = ParamRule.compileObject(spec, s);
        for (JsonNode w : s.path("x-required-when")) {
          List<String> names = new ArrayList<>();
          w.path("required").forEach(n -> names.add(n.asText()));
          when.add(new RequiredWhen(
              w.path("if").path("property").asText(),
              w.path("if").path("equals").asText(),
              List.copyOf(names)));
        }
        JsonNode any = s.path("x-required-any-of");
        if (any.isObject()) {
          List<String> names = new ArrayList<>();
          any.path("names").forEach(n -> names.add(n.asText()));
          anyOf =
              new RequiredAnyOf(List.copyOf(names), any.path("error-example").asText());
        }
      }
    }
    this.requiredWhen = List.copyOf(when);
    this.requiredAnyOf = anyOf;
    // Credentials in body fields only where there is a body to carry them (rpc POSTs).
    this.security =
        new Security(spec, op.path("security"), style == Style.RPC && bodyKind != BodyKind.NONE);

    List<Errors.Example> examples = new ArrayList<>();
    op.path("responses").fields().forEachRemaining(r -> {
      if (!r.getKey().startsWith("4")) {
        return;
      }
      spec.deref(r.getValue())
          .path("content")
          .path("application/json")
          .path("examples")
          .fields()
          .forEachRemaining(e -> {
            ErrorCatalogue.Parsed parsed =
                spec.catalogue().parse(spec.deref(e.getValue()).path("value"), style);
            if (parsed != null) {
              examples.add(new Errors.Example(
                  e.getKey(), parsed.code(), parsed.sentence(), parsed.parameter()));
            }
          });
    });
    this.errors = new Errors(spec.catalogue(), errorCodes, examples);
  }

  private static void replace(List<ParamRule> rules, ParamRule rule) {
    rules.removeIf(r -> r.name().equals(rule.name()));
    rules.add(rule);
  }

  public String id() {
    return id;
  }

  /** The path as the bundle writes it (with {@code {parameter}} segments on REST paths). */
  public String path() {
    return path.path();
  }

  PathTemplate template() {
    return path;
  }

  /** The HTTP method, upper case. */
  public String method() {
    return method;
  }

  Style style() {
    return style;
  }

  /** Whose handler answers it: its own id, or the POST's beside an rpc GET form. */
  String handlerId() {
    return handlerId;
  }

  /** The codes listed in {@code x-error-codes}. */
  public Set<Integer> errorCodes() {
    return errorCodes;
  }

  public boolean declares(int errorCode) {
    return errorCodes.contains(errorCode);
  }

  /** Whether the operation documents a response with this HTTP status. */
  public boolean hasStatus(int httpStatus) {
    return statuses.contains(httpStatus);
  }

  /** The one success status: 200, or 201 for a REST create. */
  int successStatus() {
    return successStatus;
  }

  Shape success() {
    return success;
  }

  Security security() {
    return security;
  }

  List<ParamRule> pathParams() {
    return pathParams;
  }

  List<ParamRule> queryParams() {
    return queryParams;
  }

  boolean deepObject(String queryParam) {
    return deepObjects.contains(queryParam);
  }

  BodyKind bodyKind() {
    return bodyKind;
  }

  public boolean bodyRequired() {
    return bodyRequired;
  }

  /** Whether form-encoded bodies are read (rpc); REST bodies are JSON only. */
  boolean formBodies() {
    return formBodies;
  }

  List<ParamRule> bodyParams() {
    return bodyParams;
  }

  /** The name of a bare-array body ({@code x-codegen-request-body-name}), for error sentences. */
  String bodyName() {
    return bodyName;
  }

  List<RequiredWhen> requiredWhen() {
    return requiredWhen;
  }

  RequiredAnyOf requiredAnyOf() {
    return requiredAnyOf;
  }

  Errors errors() {
    return errors;
  }

  @Override
  public String toString() {
    return id + " (" + method + " " + path + ")";
  }
}
