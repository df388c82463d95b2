package com.coupontools.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.SupportingFile;
import org.openapitools.codegen.languages.JavaClientCodegen;
import org.openapitools.codegen.model.ModelMap;
import org.openapitools.codegen.model.ModelsMap;
import org.openapitools.codegen.model.OperationsMap;
import org.openapitools.codegen.utils.ModelUtils;

/**
 * The stock {@code java} generator driving our own templates: one immutable model class per
 * schema, one blocking and one async service per tag, and the native-image metadata. This class
 * decides every Java fact of the SDK's shape from the spec and hands it to the templates as
 * vendor extensions ({@code x-ct-…}): names ({@link Names}), field shapes ({@link Shapes}),
 * javadoc ({@link Docs}) and operations ({@link Operations}).
 *
 * <p>Before generation it also drops operations marked {@code x-sdk-skip: true} (servers answer
 * them, the SDK does not send them), and turns the path and query parameters of an operation,
 * with its body's properties, into one request model ({@code <OperationId>Request}), so that
 * every call takes one request value.
 */
public class CoupontoolsJavaCodegen extends JavaClientCodegen {
  static final String IN = "x-ct-in";
  /** Marks a request schema without fields (see {@link #preprocessOpenAPI}). */
  private static final String EMPTY_REQUEST = "x-ct-empty-request";
  /** Marks the request field that is the whole (bare array) body. */
  static final String WHOLE_BODY = "x-ct-whole-body";

  /** operationId → the raw operation, its path and method. */
  final Map<String, Operations.Raw> raw = new HashMap<>();
  /** Schemas sent by some operation (request bodies, parameter models, what they reference). */
  private final Set<String> sent = new HashSet<>();
  /** Schemas that are some operation's request (they get exchange() and client-side checks). */
  final Set<String> requestRoots = new HashSet<>();
  /** Schema name → the field facts of its model. */
  final Map<String, List<Map<String, Object>>> fieldsOf = new HashMap<>();

  @Override
  public String getName() {
    return "coupontools-java";
  }

  @Override
  public void processOpts() {
    super.processOpts();
    setApiNameSuffix("Service");
    modelTemplateFiles.clear();
    modelTemplateFiles.put("model.mustache", ".java");
    apiTemplateFiles.clear();
    apiTemplateFiles.put("api.mustache", ".java");
    apiTemplateFiles.put("coupontools_api_async.mustache", "Async.java");
    modelDocTemplateFiles.clear();
    apiDocTemplateFiles.clear();
    modelTestTemplateFiles.clear();
    apiTestTemplateFiles.clear();
    supportingFiles.clear();
    String nativeImage =
        "src/main/resources/META-INF/native-image/com.coupontools/coupontools-java";
    supportingFiles.add(new SupportingFile(
        "coupontools_reflect_config.mustache", nativeImage, "reflect-config.json"));
    supportingFiles.add(new SupportingFile(
        "coupontools_error_catalogue.mustache",
        sourceFolder + "/com/coupontools/internal",
        "ErrorCatalogue.java"));
    supportingFiles.add(new SupportingFile(
        "coupontools_secret_names.mustache",
        "src/main/java/com/coupontools/internal",
        "SecretNames.java"));
    // the SDK column of the endpoint coverage table (spec README, "Coverage"): what was generated
    // per operation
    supportingFiles.add(
        new SupportingFile("coupontools_coverage.mustache", "", "coverage-sdk.tsv"));
  }

  @Override
  public void preprocessOpenAPI(OpenAPI openAPI) {
    Secrets.collect(openAPI, additionalProperties);
    dropSkipped(openAPI);
    super.preprocessOpenAPI(openAPI);
    Map<String, Object> catalogue = Catalogue.data(openAPI);
    if (catalogue != null) {
      additionalProperties.put("x-ct-catalogue", catalogue);
    }
    if (openAPI.getPaths() == null) {
      return;
    }
    Deque<String> toVisit = new ArrayDeque<>();
    openAPI
        .getPaths()
        .forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
          String request = requestSchema(openAPI, path, item, method, op);
          raw.put(op.getOperationId(), new Operations.Raw(path, method.name(), op, request));
          if (request != null) {
            requestRoots.add(request);
            toVisit.add(request);
          }
        }));
    for (String request :
        requestRoots) { // a request without declared fields still gets its (empty) class
      Schema<?> s = openAPI.getComponents().getSchemas().get(request);
      if (s.getProperties() == null || s.getProperties().isEmpty()) {
        // in the generator's copy only: free-form and map schemas get no class
        ObjectSchema empty = new ObjectSchema();
        empty.setDescription(s.getDescription());
        empty.setExtensions(
            s.getExtensions() == null
                ? new LinkedHashMap<>()
                : new LinkedHashMap<>(s.getExtensions()));
        empty.addExtension("x-is-free-form", false);
        empty.addExtension(EMPTY_REQUEST, true);
        openAPI.getComponents().getSchemas().put(request, empty);
      }
    }
    Shapes shapes = new Shapes(openAPI, this::toModelName);
    while (!toVisit.isEmpty()) { // everything a request references is sent, so its enums are closed
      String name = toVisit.pop();
      Schema<?> s = openAPI.getComponents().getSchemas().get(name);
      if (s == null || !sent.add(name) || s.getProperties() == null) {
        continue;
      }
      for (Schema<?> p : s.getProperties().values()) {
        Shapes.Resolved r = shapes.resolve(p);
        Shapes.Resolved item =
            r.schema.getItems() != null ? shapes.resolve(r.schema.getItems()) : r;
        if (item.refName != null) {
          toVisit.add(item.refName);
        }
      }
    }
  }

  /** Operations marked {@code x-sdk-skip: true} (e.g. the GET twins of POST reads) get no SDK method. */
  private static void dropSkipped(OpenAPI openAPI) {
    if (openAPI.getPaths() == null) {
      return;
    }
    openAPI
        .getPaths()
        .values()
        .forEach(item -> item.readOperationsMap().forEach((method, op) -> {
          if (op.getExtensions() != null
              && Boolean.TRUE.equals(op.getExtensions().get("x-sdk-skip"))) {
            item.operation(method, null);
          }
        }));
    openAPI.getPaths().entrySet().removeIf(e -> e.getValue().readOperations().isEmpty());
  }

  /**
   * The request model of an operation: its body's schema, or (when it has path or query
   * parameters) a model made of those parameters and the body's properties; null for none.
   */
  private String requestSchema(
      OpenAPI openAPI, String path, PathItem item, PathItem.HttpMethod method, Operation op) {
    List<Parameter> params = new ArrayList<>();
    if (item.getParameters() != null) {
      params.addAll(item.getParameters());
    }
    if (op.getParameters() != null) {
      params.addAll(op.getParameters());
    }
    String body = bodySchema(op);
    if (params.isEmpty()) {
      return body;
    }
    ObjectSchema request = new ObjectSchema();
    request.setDescription("The parameters of {@code " + op.getOperationId() + "}: "
        + (op.getSummary() == null ? "" : op.getSummary()) + ".");
    request.setProperties(new LinkedHashMap<>());
    List<String> required = new ArrayList<>();
    for (Parameter p0 : params) {
      Parameter p = p0.get$ref() != null ? ModelUtils.getReferencedParameter(openAPI, p0) : p0;
      if (!"path".equals(p.getIn()) && !"query".equals(p.getIn())) {
        throw new IllegalArgumentException(op.getOperationId() + ": " + p.getIn() + " parameter "
            + p.getName() + " is not supported by the SDK's templates (path, query and body are)");
      }
      Schema<?> property = new Schema<>();
      property.setAllOf(List.of(p.getSchema()));
      property.setDescription(p.getDescription());
      property.addExtension(IN, p.getIn());
      if (p.getExtensions() != null) {
        p.getExtensions().forEach((k, v) -> property.addExtension(k, v));
      }
      request.getProperties().put(p.getName(), property);
      if (Boolean.TRUE.equals(p.getRequired())) {
        required.add(p.getName());
      }
    }
    if (body != null) {
      Schema<?> b = openAPI.getComponents().getSchemas().get(body);
      if (b.getProperties() != null) {
        b.getProperties().forEach((name, p0) -> {
          Schema<?> p = p0;
          Schema<?> copy = new Schema<>();
          copy.setAllOf(List.of(p));
          copy.setDescription(p.getDescription());
          copy.addExtension(IN, "body");
          if (p.getExtensions() != null) {
            p.getExtensions().forEach(copy::addExtension);
          }
          request.getProperties().put(name, copy);
        });
      }
      if (b.getRequired() != null) {
        required.addAll(b.getRequired());
      }
    }
    Schema<?> array = arrayBody(op);
    if (array
        != null) { // a bare JSON array body: one field, named by x-codegen-request-body-name, is
      // the body
      Object bodyName =
          op.getExtensions() == null ? null : op.getExtensions().get("x-codegen-request-body-name");
      if (bodyName == null) {
        throw new IllegalArgumentException(
            op.getOperationId() + ": a bare array body needs x-codegen-request-body-name");
      }
      Schema<?> copy = new Schema<>();
      copy.setAllOf(List.of(array));
      copy.setDescription(array.getDescription());
      copy.addExtension(IN, "body");
      copy.addExtension(WHOLE_BODY, true);
      if (array.getExtensions() != null) {
        array.getExtensions().forEach(copy::addExtension);
      }
      request.getProperties().put(bodyName.toString(), copy);
      if (Boolean.TRUE.equals(op.getRequestBody().getRequired())) {
        required.add(bodyName.toString());
      }
    }
    request.setRequired(required.isEmpty() ? null : required);
    request.addExtension("x-ct-parameters", true);
    String name = toModelName(op.getOperationId() + "_request");
    openAPI.getComponents().getSchemas().put(name, request);
    return name;
  }

  /** The operation's body schema when it is an inline array (a bare JSON array body), else null. */
  private static Schema<?> arrayBody(Operation op) {
    if (op.getRequestBody() == null || op.getRequestBody().getContent() == null) {
      return null;
    }
    for (MediaType media : op.getRequestBody().getContent().values()) {
      if (media.getSchema() != null
          && media.getSchema().get$ref() == null
          && "array".equals(media.getSchema().getType())) {
        return media.getSchema();
      }
    }
    return null;
  }

  private static String bodySchema(Operation op) {
    if (op.getRequestBody() == null || op.getRequestBody().getContent() == null) {
      return null;
    }
    for (MediaType media : op.getRequestBody().getContent().values()) {
      if (media.getSchema() != null && media.getSchema().get$ref() != null) {
        String ref = media.getSchema().get$ref();
        return ref.substring(ref.lastIndexOf('/') + 1);
      }
    }
    return null;
  }

  /**
   * An empty request is an object without properties that is not free-form (so it gets its
   * class); the stock type lookup calls that an unknown type and warns, then answers "object" —
   * the answer for a free-form object, which is asked for here instead, without the warning.
   */
  @Override
  public String getSchemaType(Schema p) {
    Schema<?> target = p != null && p.get$ref() != null && openAPI != null
        ? ModelUtils.getReferencedSchema(openAPI, p)
        : p;
    if (target != null
        && target.getExtensions() != null
        && Boolean.TRUE.equals(target.getExtensions().get(EMPTY_REQUEST))) {
      return super.getSchemaType(new ObjectSchema());
    }
    return super.getSchemaType(p);
  }

  /**
   * The stock Java generator derives a parameter example from a request body's {@code example}
   * and warns that it ignores complex ones; the templates never show parameter examples (the
   * javadoc's examples are built from the schemas' examples by {@link Models}), so nothing is
   * derived.
   */
  @Override
  public void setParameterExampleValue(
      org.openapitools.codegen.CodegenParameter codegenParameter,
      io.swagger.v3.oas.models.parameters.RequestBody requestBody) {
    // deliberately empty (see above)
  }

  @Override
  public Map<String, ModelsMap> postProcessAllModels(Map<String, ModelsMap> objs) {
    Map<String, ModelsMap> all = super.postProcessAllModels(objs);
    Shapes shapes = new Shapes(openAPI, this::toModelName);
    for (ModelsMap models : all.values()) {
      for (ModelMap mm : models.getModels()) {
        CodegenModel cm = mm.getModel();
        Schema<?> schema = openAPI.getComponents().getSchemas().get(cm.name);
        new Models(this, shapes)
            .describe(cm, schema, sent.contains(cm.name), requestRoots.contains(cm.name));
      }
    }
    return all;
  }

  @Override
  public CodegenOperation fromOperation(
      String path, String httpMethod, Operation operation, List<Server> servers) {
    CodegenOperation op = super.fromOperation(path, httpMethod, operation, servers);
    Object method =
        operation.getExtensions() == null ? null : operation.getExtensions().get("x-sdk-method");
    if (method != null) {
      op.nickname = method.toString();
    }
    return op;
  }

  @Override
  public OperationsMap postProcessOperationsWithModels(
      OperationsMap objs, List<ModelMap> allModels) {
    OperationsMap result = super.postProcessOperationsWithModels(objs, allModels);
    Operations ops = new Operations(this, openAPI);
    for (CodegenOperation op : result.getOperations().getOperation()) {
      ops.describe(op);
    }
    result.put("x-ct-service-doc", Operations.serviceDoc(openAPI, result));
    return result;
  }

  /** For {@link Operations}: the API response → model name mapping of the generator. */
  String modelClass(String schemaName) {
    return toModelName(schemaName);
  }

  /** The operation's success response (the first 2xx). */
  static ApiResponse success(Operation op) {
    if (op.getResponses() == null) {
      return null;
    }
    for (Map.Entry<String, ApiResponse> e : op.getResponses().entrySet()) {
      if (e.getKey().startsWith("2")) {
        return e.getValue();
      }
    }
    return null;
  }
}
