package com.coupontools.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.model.OperationsMap;
import org.openapitools.codegen.utils.ModelUtils;

/**
 * The facts of one operation for the service templates: its runtime {@code Operation}
 * constant, request and response types, the body reader, its paging rule
 * ({@code x-pagination}) and its javadoc.
 */
final class Operations {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String RT = "com.coupontools.internal";

  /** An operation as the spec has it. */
  static final class Raw {
    final String path;
    final String method;
    final Operation op;
    final String request;

    Raw(String path, String method, Operation op, String request) {
      this.path = path;
      this.method = method;
      this.op = op;
      this.request = request;
    }
  }

  private final CoupontoolsJavaCodegen codegen;
  private final OpenAPI openAPI;

  Operations(CoupontoolsJavaCodegen codegen, OpenAPI openAPI) {
    this.codegen = codegen;
    this.openAPI = openAPI;
  }

  void describe(CodegenOperation co) {
    Raw raw =
        codegen.raw.get(co.operationIdOriginal != null ? co.operationIdOriginal : co.operationId);
    if (raw == null) {
      throw new IllegalStateException("no raw operation for " + co.operationId);
    }
    Operation op = raw.op;
    Map<String, Object> x = co.vendorExtensions;
    String constant = Names.upperSnake(co.nickname);
    String service = Names.camel(
        op.getTags() == null || op.getTags().isEmpty()
            ? "default"
            : op.getTags().get(0));
    service = Character.toLowerCase(service.charAt(0)) + service.substring(1);
    boolean rest = "rest".equals(ext(op, "x-api-style"));
    x.put("x-ct-const", constant);
    x.put("x-ct-operation", operationInit(raw, service + "." + co.nickname, rest));

    String request = raw.request == null ? null : codegen.modelClass(raw.request);
    boolean requestOptional = request != null
        && !requiredFieldsOf(raw.request)
        && (op.getRequestBody() == null
            || !Boolean.TRUE.equals(op.getRequestBody().getRequired()));
    x.put("x-ct-request", request);
    x.put("x-ct-has-request", request != null);
    x.put("x-ct-request-optional", requestOptional);
    x.put(
        "x-ct-exchange",
        request == null
            ? RT + ".Exchange.of(" + constant + ")"
            : "java.util.Objects.requireNonNull(request, \"request\").exchange(" + constant + ")");

    Response response = response(op);
    x.put("x-ct-response", response.type);
    x.put("x-ct-body-reader", response.reader);
    Map<String, Object> paging = paging(raw, response, request);
    x.put("x-ct-paged", paging != null);
    x.put("x-ct-unpaged", paging == null);
    if (paging != null) {
      x.put("x-ct-page", paging);
      x.put(
          "x-ct-return",
          "com.coupontools.client.Page<" + paging.get("item") + ", " + response.type + ">");
    } else {
      x.put("x-ct-return", response.type);
    }
    x.put("x-ct-void", paging == null && "Void".equals(response.type));
    x.put(
        "x-ct-sync-return",
        paging == null && "Void".equals(response.type) ? "void" : x.get("x-ct-return"));
    x.put("x-ct-doc", doc(op, raw, request, requestOptional, response.type));
    x.put("x-ct-summary", Docs.inline(op.getSummary()));
    x.put("x-ct-overload", overload(op, raw, request, co.nickname));
    x.put(
        "x-ct-coverage",
        "`client." + service + "()." + co.nickname + "(" + (request == null ? "" : request)
            + ")` → " + simple(String.valueOf(x.get("x-ct-sync-return"))));
  }

  /** A Java type without its packages, for the coverage table ({@code Page<DirectoryUserV4, List<DirectoryUserV4>>}). */
  private static String simple(String type) {
    return type.replaceAll("\\b[a-z][a-z0-9_]*\\.", "");
  }

  /**
   * {@code x-sdk-overload} ({@code {from: Schema, param: name, fields: [wire…]}}): a second form
   * of the call that takes a model of {@code from} (a webhook event for its verification) and
   * sends those of its fields, as they were on the wire. Null without the extension.
   */
  private Map<String, Object> overload(Operation op, Raw raw, String request, String nickname) {
    Object o = ext(op, "x-sdk-overload");
    if (!(o instanceof Map)) {
      return null;
    }
    Map<?, ?> spec = (Map<?, ?>) o;
    String where = op.getOperationId() + " x-sdk-overload";
    String fromName = String.valueOf(spec.get("from"));
    Schema<?> from = openAPI.getComponents().getSchemas().get(fromName);
    Schema<?> to = request == null ? null : openAPI.getComponents().getSchemas().get(raw.request);
    if (from == null
        || to == null
        || !(spec.get("fields") instanceof List)
        || spec.get("param") == null) {
      throw new IllegalArgumentException(
          where + ": needs from (a schema), param and fields, on an operation with a request");
    }
    String model = codegen.modelClass(fromName);
    String param = String.valueOf(spec.get("param"));
    StringBuilder build = new StringBuilder(request + ".builder()");
    List<String> wires = new ArrayList<>();
    for (Object f : (List<?>) spec.get("fields")) {
      String wire = f.toString();
      Schema<?> a = from.getProperties() == null ? null : from.getProperties().get(wire);
      Schema<?> b = to.getProperties() == null ? null : to.getProperties().get(wire);
      if (a == null || b == null) {
        throw new IllegalArgumentException(
            where + ": " + wire + " is not a field of both " + fromName + " and " + raw.request);
      }
      build
          .append("._")
          .append(Names.field(wire, b.getExtensions(), where))
          .append('(')
          .append(param)
          .append("._")
          .append(Names.field(wire, a.getExtensions(), where))
          .append("())");
      wires.add("{@code " + wire + "}");
    }
    build.append(".build()");
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("model", model);
    m.put("param", param);
    m.put("build", build.toString());
    m.put("fields", String.join(", ", wires));
    return m;
  }

  private boolean requiredFieldsOf(String schema) {
    Schema<?> s = openAPI.getComponents().getSchemas().get(schema);
    return s.getRequired() != null && !s.getRequired().isEmpty();
  }

  private static Object ext(Operation op, String name) {
    return op.getExtensions() == null ? null : op.getExtensions().get(name);
  }

  private String operationInit(Raw raw, String name, boolean rest) {
    Operation op = raw.op;
    StringBuilder b = new StringBuilder(RT + ".Operation.of(")
        .append(Docs.literal(op.getOperationId()))
        .append(", ")
        .append(Docs.literal(name))
        .append(", \"")
        .append(raw.method)
        .append("\", ")
        .append(Docs.literal(raw.path))
        .append(')');
    if (rest) {
      b.append(".rest()");
    } else if (op.getRequestBody() != null
        && op.getRequestBody().getContent() != null
        && !op.getRequestBody().getContent().containsKey("application/x-www-form-urlencoded")) {
      b.append(".jsonOnly()");
    }
    Object codes = ext(op, "x-error-codes");
    if (codes instanceof List && !((List<?>) codes).isEmpty()) {
      List<String> c = new ArrayList<>();
      ((List<?>) codes).forEach(o -> c.add(o.toString()));
      b.append("\n      .errorCodes(").append(String.join(", ", c)).append(')');
    }
    List<String> documented = documentedErrors(op);
    if (!documented.isEmpty()) {
      b.append("\n      .documentedErrors(\n          ")
          .append(String.join(",\n          ", documented))
          .append(')');
    }
    return b.toString();
  }

  /** The missing- and invalid-parameter examples of the operation's error responses, {@code "key|code|text"}. */
  private List<String> documentedErrors(Operation op) {
    List<String> out = new ArrayList<>();
    if (op.getResponses() == null) {
      return out;
    }
    for (ApiResponse response : op.getResponses().values()) {
      ApiResponse r = response.get$ref() != null
          ? ModelUtils.getReferencedApiResponse(openAPI, response)
          : response;
      MediaType media =
          r == null || r.getContent() == null ? null : r.getContent().get("application/json");
      if (media == null || media.getExamples() == null) {
        continue;
      }
      new TreeMap<>(media.getExamples()).forEach((key, example) -> {
        Example ex = example.get$ref() != null
            ? openAPI.getComponents().getExamples().get(ModelUtils.getSimpleRef(example.get$ref()))
            : example;
        if (ex == null || ex.getValue() == null) {
          return;
        }
        JsonNode value = JSON.valueToTree(ex.getValue());
        JsonNode errors = value.path("status").has("errors")
            ? value.path("status").path("errors")
            : value.path("errors");
        JsonNode code = errors.path("error_code");
        int first = code.isArray() ? code.path(0).asInt() : code.asInt();
        JsonNode text = errors.path("error_message_description").path(0);
        if (value.has("error")) { // v4 REST error body
          first = value.path("error").path("code").asInt();
          text = value.path("error").path("message");
        }
        if (Catalogue.refinesChecks(openAPI, first) && text.isTextual()) {
          out.add(Docs.literal(key + "|" + first + "|" + text.asText()));
        }
      });
    }
    return out;
  }

  private static final class Response {
    String type = "Void";
    String reader = RT + ".WireReader.NO_BODY";
    String model; // the response model's schema, when the body is one object
    String itemModel; // the item model's schema, when the body is an array of objects
  }

  private Response response(Operation op) {
    Response out = new Response();
    ApiResponse ok = CoupontoolsJavaCodegen.success(op);
    if (ok != null && ok.get$ref() != null) {
      ok = ModelUtils.getReferencedApiResponse(openAPI, ok);
    }
    MediaType media =
        ok == null || ok.getContent() == null ? null : ok.getContent().get("application/json");
    Schema<?> s = media == null ? null : media.getSchema();
    if (s == null) {
      return out;
    }
    if (s.get$ref() != null) {
      out.model = ModelUtils.getSimpleRef(s.get$ref());
      String m = codegen.modelClass(out.model);
      out.type = m;
      out.reader = RT + ".WireReader.object(" + m + ".class, " + m + "::read)";
    } else if (s.getItems() != null && s.getItems().get$ref() != null) {
      out.itemModel = ModelUtils.getSimpleRef(s.getItems().get$ref());
      String m = codegen.modelClass(out.itemModel);
      out.type = "java.util.List<" + m + ">";
      out.reader = RT + ".WireReader.array(" + m + ".class, " + m + "::read)";
    } else {
      throw new IllegalArgumentException(
          op.getOperationId() + ": the success body must be a $ref'd object or an array of one");
    }
    return out;
  }

  /**
   * {@code x-pagination}: {@code page} (the request field with the page number, from 1;
   * {@code outer.inner} for a field of an object parameter), {@code items} (the response field
   * with the items; absent when the body is the array), {@code per-page} (a full page's size)
   * and optionally {@code per-page-field} (the request field that sets it).
   */
  private Map<String, Object> paging(Raw raw, Response response, String request) {
    Object p = ext(raw.op, "x-pagination");
    if (!(p instanceof Map)) {
      return null;
    }
    Map<?, ?> rule = (Map<?, ?>) p;
    String where = raw.op.getOperationId() + " x-pagination";
    if (request == null) {
      throw new IllegalArgumentException(
          where + ": a paged operation needs a request with a page field");
    }
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    out.put("request", request);
    String items;
    String item;
    if (rule.get("items") != null) {
      Map<String, Object> f = field(response.model, rule.get("items").toString(), where);
      item = String.valueOf(f.get("javaType"))
          .replaceAll("^(java\\.util\\.Optional<)?java\\.util\\.List<(.*?)>>?$", "$2");
      items = Boolean.TRUE.equals(f.get("optional"))
          ? "r -> r." + f.get("javaName") + "().orElse(java.util.List.of())"
          : response.type + "::" + f.get("javaName");
    } else {
      if (response.itemModel == null) {
        throw new IllegalArgumentException(where + ": without `items` the body must be an array");
      }
      item = codegen.modelClass(response.itemModel);
      items = "r -> r";
    }
    out.put("item", item);
    out.put("items", items);
    String[] page = rule.get("page").toString().split("\\.");
    int perPage = rule.get("per-page") == null
        ? 100
        : Integer.parseInt(rule.get("per-page").toString());
    out.put("pageOf", "r -> " + read(raw.request, page, "1", where));
    out.put("withPage", "(r, n) -> " + write(raw.request, page, where));
    out.put(
        "perPage",
        "r -> "
            + (rule.get("per-page-field") == null
                ? String.valueOf(perPage)
                : read(
                    raw.request,
                    rule.get("per-page-field").toString().split("\\."),
                    String.valueOf(perPage),
                    where)));
    return out;
  }

  private Map<String, Object> field(String schema, String wire, String where) {
    for (Map<String, Object> f : codegen.fieldsOf.getOrDefault(schema, List.of())) {
      if (f.get("wireName").equals(wire)) {
        return f;
      }
    }
    throw new IllegalArgumentException(where + ": no field " + wire + " in " + schema);
  }

  /** {@code r.page().orElse(1)}, or through an object field {@code r.pagination().flatMap(o -> o.page()).orElse(1)}. */
  private String read(String schema, String[] path, String orElse, String where) {
    Map<String, Object> f = field(schema, path[0], where);
    String get = "r." + f.get("javaName") + "()";
    boolean optional = Boolean.TRUE.equals(f.get("optional"));
    if (path.length == 1) {
      return optional ? get + ".orElse(" + orElse + ")" : get;
    }
    String nested = nestedSchema(f, where);
    Map<String, Object> inner = field(nested, path[1], where);
    String innerGet = "o." + inner.get("javaName") + "()";
    boolean innerOptional = Boolean.TRUE.equals(inner.get("optional"));
    if (optional) {
      return get
          + (innerOptional ? ".flatMap(o -> " + innerGet + ")" : ".map(o -> " + innerGet + ")")
          + ".orElse(" + orElse + ")";
    }
    return get + "." + inner.get("javaName") + "()"
        + (innerOptional ? ".orElse(" + orElse + ")" : "");
  }

  /** {@code r.toBuilder().page(n).build()}, or through an object field, keeping its other values. */
  private String write(String schema, String[] path, String where) {
    Map<String, Object> f = field(schema, path[0], where);
    String name = (String) f.get("javaName");
    if (path.length == 1) {
      return "r.toBuilder()." + name + "(n).build()";
    }
    String nestedClass = (String) f.get("setterType");
    Map<String, Object> inner = field(nestedSchema(f, where), path[1], where);
    String current = Boolean.TRUE.equals(f.get("optional"))
        ? "r." + name + "().map(" + nestedClass + "::toBuilder).orElseGet(" + nestedClass
            + "::builder)"
        : "r." + name + "().toBuilder()";
    return "r.toBuilder()." + name + "(" + current + "." + inner.get("javaName")
        + "(n).build()).build()";
  }

  private String nestedSchema(Map<String, Object> f, String where) {
    String cls = (String) f.get("setterType");
    for (String schema : codegen.fieldsOf.keySet()) {
      if (codegen.modelClass(schema).equals(cls)) {
        return schema;
      }
    }
    throw new IllegalArgumentException(where + ": " + cls + " is not a model");
  }

  private String doc(
      Operation op, Raw raw, String request, boolean requestOptional, String response) {
    StringBuilder b = new StringBuilder();
    b.append(Docs.inline(op.getSummary()))
        .append(" (")
        .append(Docs.code(raw.method + " " + raw.path))
        .append(", {@code ")
        .append(op.getOperationId())
        .append("}).");
    String description = Docs.html(op.getDescription());
    if (!description.isEmpty()) {
      b.append("\n *\n * ").append(description);
    }
    Object codes = ext(op, "x-error-codes");
    if (codes instanceof List && !((List<?>) codes).isEmpty()) {
      b.append("\n *\n * <p>Errors: ").append(errorFamilies((List<?>) codes)).append('.');
    }
    if (ext(op, "x-pagination") != null) {
      b.append(
          "\n *\n * <p>Paged: the {@link com.coupontools.client.Page} holds this page; {@code autoPager()} walks every page.");
    }
    if (request != null) {
      b.append("\n *\n * @param request the request")
          .append(requestOptional ? " (no field is required)" : "");
    }
    if (!"Void".equals(response)) {
      b.append("\n * @return the parsed answer");
    }
    Object source = ext(op, "x-doc-source");
    if (source != null) {
      b.append("\n * @see <a href=\"")
          .append(source)
          .append("\">")
          .append(Docs.inline(op.getSummary()))
          .append("</a>");
    }
    return b.toString();
  }

  private String errorFamilies(List<?> codes) {
    Map<String, List<String>> byType = new java.util.LinkedHashMap<>();
    for (Object o : codes) {
      int c = Integer.parseInt(o.toString());
      String type = Catalogue.exceptionOf(openAPI, c);
      byType.computeIfAbsent(type, k -> new ArrayList<>()).add(String.valueOf(c));
    }
    List<String> parts = new ArrayList<>();
    byType.forEach((type, c) ->
        parts.add(String.join(", ", c) + " ({@link com.coupontools.errors." + type + "})"));
    return String.join("; ", parts);
  }

  /** The service's class javadoc: its tag's description. */
  static String serviceDoc(OpenAPI openAPI, OperationsMap ops) {
    String tag = String.valueOf(
        ops.getOperations().get("pathPrefix") != null ? ops.getOperations().get("pathPrefix") : "");
    String base = ops.getOperations().getClassname();
    if (openAPI.getTags() != null) {
      for (Tag t : openAPI.getTags()) {
        if (base.equals(t.getName() + "Service") || t.getName().equals(tag)) {
          return Docs.html(t.getDescription());
        }
      }
    }
    return "<p>The " + base + " operations of the Coupontools API.</p>";
  }
}
