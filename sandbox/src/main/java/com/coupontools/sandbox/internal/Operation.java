package com.coupontools.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One operation of the bundle: its request rules (body properties for a POST, query parameters
 * for the GET form of a read), documented errors and success shape.
 */
public final class Operation {
  private final String id;
  private final String path;
  private final String method;
  private final String handlerId;
  private final Set<Integer> errorCodes;
  private final Set<Integer> statuses;
  private final boolean bodyRequired;
  private final List<ParamRule> params;
  private final Shape success;
  private final ErrorTexts errorTexts;

  /** {@code sameAs}: the operationId whose behaviour this one shares (the POST beside a GET form), or null. */
  Operation(ApiSpec spec, String path, String method, JsonNode post, String sameAs) {
    this.path = path;
    this.method = method;
    this.id = post.path("operationId").asText(path);
    this.handlerId = sameAs == null ? id : sameAs;
    Set<Integer> codes = new LinkedHashSet<>();
    post.path("x-error-codes").forEach(c -> codes.add(c.asInt()));
    this.errorCodes = Collections.unmodifiableSet(codes);

    Set<Integer> st = new LinkedHashSet<>();
    post.path("responses").fieldNames().forEachRemaining(s -> {
      if (s.matches("\\d{3}")) {
        st.add(Integer.parseInt(s));
      }
    });
    this.statuses = Collections.unmodifiableSet(st);

    JsonNode body = spec.deref(post.path("requestBody"));
    this.bodyRequired = body.path("required").asBoolean(false);
    JsonNode reqSchema = body.path("content").path("application/json").path("schema");
    if (reqSchema.isMissingNode()) {
      reqSchema = body.path("content").path("application/x-www-form-urlencoded").path("schema");
    }
    this.params = post.has("parameters") ? ParamRule.compileQuery(spec, post.path("parameters"))
        : reqSchema.isMissingNode() ? List.of() : ParamRule.compileObject(spec, reqSchema);

    JsonNode ok = spec.deref(post.path("responses").path("200"));
    JsonNode okSchema = ok.path("content").path("application/json").path("schema");
    this.success = okSchema.isMissingNode() ? Shape.any() : Shape.compile(spec, okSchema);

    List<ErrorTexts.Example> examples = new ArrayList<>();
    for (String status : List.of("401", "422")) {
      JsonNode resp = spec.deref(post.path("responses").path(status));
      resp.path("content").path("application/json").path("examples").fields().forEachRemaining(e -> {
        JsonNode value = spec.deref(e.getValue()).path("value");
        JsonNode errors = value.path("status").has("errors")
            ? value.path("status").path("errors") : value.path("errors");
        JsonNode codeNode = errors.path("error_code");
        int code = codeNode.isArray() ? codeNode.path(0).asInt() : codeNode.asInt();
        JsonNode desc = errors.path("error_message_description");
        String text = desc.isArray() && desc.size() > 0 ? desc.get(0).asText() : "";
        examples.add(new ErrorTexts.Example(e.getKey(), code, text));
      });
    }
    this.errorTexts = new ErrorTexts(this, examples);
  }

  public String id() {
    return id;
  }

  public String path() {
    return path;
  }

  /** The HTTP method, upper case. */
  public String method() {
    return method;
  }

  /** Whose handler answers it: its own id, or the POST's beside a GET form. */
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

  public boolean bodyRequired() {
    return bodyRequired;
  }

  List<ParamRule> params() {
    return params;
  }

  Shape success() {
    return success;
  }

  ErrorTexts errorTexts() {
    return errorTexts;
  }

  @Override
  public String toString() {
    return id + " (" + method + " " + path + ")";
  }
}
