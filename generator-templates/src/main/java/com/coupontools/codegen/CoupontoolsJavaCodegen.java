package com.coupontools.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import java.util.ArrayList;
import java.util.List;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.CodegenProperty;
import org.openapitools.codegen.languages.JavaClientCodegen;
import org.openapitools.codegen.utils.ModelUtils;

/**
 * The stock {@code java} generator plus the facts a mustache template cannot compute, handed to
 * the templates as vendor extensions (mustache can test a flag but not compare a string):
 *
 * <ul>
 *   <li>{@code isPassword} on credential properties ({@code api_key}, {@code api_secret}, {@code token}…),
 *       so that the upstream {@code toString()} masks them as it does {@code format: password}.
 *   <li>{@code x-ct-wire} / {@code x-ct-java-type} / {@code x-ct-param-type} on a property: which
 *       typed view of the wire string to generate, from the spec's {@code x-coupontools-type}
 *       ({@code flag}, {@code integer}, {@code date}, {@code datetime}) or {@code format: uri}.
 *   <li>{@code x-ct-request-body} on a model used as a request body: it gets a factory taking the
 *       required properties.
 *   <li>{@code x-ct-documented-errors} on an operation: its documented 3xx error examples, so the
 *       SDK's client-side validation words and numbers an error exactly as the server does.
 * </ul>
 *
 * It also names each method after the operation's {@code x-sdk-method} when the spec gives one.
 * Everything else (options, templates, type mappings) is configured in sdk-java's pom.
 */
public class CoupontoolsJavaCodegen extends JavaClientCodegen {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Wire names of credentials in responses; the same names the SDK's log redactor masks. */
  private static final java.util.Set<String> SECRETS = java.util.Set.of("api_key", "api_secret", "client_secret", "password", "token");

  @Override
  public String getName() {
    return "coupontools-java";
  }

  @Override
  public void preprocessOpenAPI(OpenAPI openAPI) {
    super.preprocessOpenAPI(openAPI);
    if (openAPI.getPaths() == null) {
      return;
    }
    dropSdkSkipped(openAPI);
    openAPI.getPaths().values().forEach(item -> item.readOperations().forEach(op -> {
      if (op.getRequestBody() == null || op.getRequestBody().getContent() == null) {
        return;
      }
      for (MediaType media : op.getRequestBody().getContent().values()) {
        Schema<?> target = media.getSchema() == null ? null : ModelUtils.getReferencedSchema(openAPI, media.getSchema());
        if (target != null && target != media.getSchema()) {
          target.addExtension("x-ct-request-body", true);
        }
      }
    }));
  }

  /**
   * Operations marked {@code x-sdk-skip: true} are not generated: the GET forms of the campaign
   * reads exist in the contract for clients that read with GET, while the SDK sends the
   * documented POST beside them.
   */
  private static void dropSdkSkipped(OpenAPI openAPI) {
    openAPI.getPaths().values().forEach(item -> item.readOperationsMap().forEach((method, op) -> {
      if (op.getExtensions() != null && Boolean.TRUE.equals(op.getExtensions().get("x-sdk-skip"))) {
        item.operation(method, null);
      }
    }));
  }

  @Override
  public void postProcessModelProperty(CodegenModel model, CodegenProperty property) {
    super.postProcessModelProperty(model, property);
    if (SECRETS.contains(property.baseName)) {
      property.isPassword = true; // upstream pojo.mustache then prints "*" in toString()
    }
    Object kind = property.vendorExtensions.get("x-coupontools-type");
    String[] view = kind != null ? wireView(kind.toString()) : property.isUri ? wireView("uri") : null;
    if (view != null && "String".equals(property.dataType)) {
      property.vendorExtensions.put("x-ct-wire", view[0]);
      property.vendorExtensions.put("x-ct-java-type", view[1]);
      property.vendorExtensions.put("x-ct-param-type", view[2]);
    }
  }

  /** converter name in com.coupontools.internal.Wire, getter type, setter parameter type. */
  private static String[] wireView(String kind) {
    switch (kind) {
      case "flag": return new String[] {"flag", "boolean", "boolean"};
      case "integer": return new String[] {"integer", "Long", "long"};
      case "date": return new String[] {"date", "java.time.LocalDate", "java.time.LocalDate"};
      case "datetime": return new String[] {"dateTime", "java.time.LocalDateTime", "java.time.LocalDateTime"};
      case "uri": return new String[] {"uri", "java.net.URI", "java.net.URI"};
      default: throw new IllegalArgumentException("unknown x-coupontools-type: " + kind);
    }
  }

  @Override
  public CodegenOperation fromOperation(String path, String httpMethod, Operation operation, List<Server> servers) {
    CodegenOperation op = super.fromOperation(path, httpMethod, operation, servers);
    Object method = operation.getExtensions() == null ? null : operation.getExtensions().get("x-sdk-method");
    if (method != null) {
      op.nickname = method.toString();
    }
    List<String> documented = new ArrayList<>();
    if (operation.getResponses() != null) {
      for (ApiResponse response : operation.getResponses().values()) {
        ApiResponse r = response.get$ref() != null ? ModelUtils.getReferencedApiResponse(openAPI, response) : response;
        MediaType media = r.getContent() == null ? null : r.getContent().get("application/json");
        if (media != null && media.getExamples() != null) {
          media.getExamples().forEach((key, ex) -> addInvalidParameterExample(documented, key, ex));
        }
      }
    }
    op.vendorExtensions.put("x-ct-documented-errors", documented);
    return op;
  }

  /** Keeps the 3xx (invalid parameter) examples as Java string literals {@code "key|code|text"}. */
  private void addInvalidParameterExample(List<String> out, String key, Example example) {
    Example ex = example.get$ref() != null
        ? openAPI.getComponents().getExamples().get(ModelUtils.getSimpleRef(example.get$ref()))
        : example;
    if (ex == null || ex.getValue() == null) {
      return;
    }
    JsonNode value = JSON.valueToTree(ex.getValue());
    JsonNode errors = value.path("status").has("errors") ? value.path("status").path("errors") : value.path("errors");
    JsonNode code = errors.path("error_code");
    int first = code.isArray() ? code.path(0).asInt() : code.asInt();
    JsonNode text = errors.path("error_message_description").path(0);
    if (first >= 300 && first < 400 && text.isTextual()) {
      out.add(javaLiteral(key + "|" + first + "|" + text.asText()));
    }
  }

  private static String javaLiteral(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }
}
