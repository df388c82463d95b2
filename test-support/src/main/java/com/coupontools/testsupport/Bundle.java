package com.coupontools.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one reading of the bundle the kit's tests share (independent of any server's or SDK's
 * compiled rules): operations of every method, their parameters wherever they sit, request
 * examples, documented error examples, and the error catalogue ({@code x-error-catalogue}):
 * families, statuses, exception families and the envelope parser.
 *
 * <p>A request is one flat object of parameters by name, wherever they go on the wire: path
 * parameters, query parameters (a deepObject one as a nested object), body properties (a
 * bare-array body under its body name). A client puts each where the operation takes it, so a
 * scenario can drop or spoil any parameter the same way.
 */
public final class Bundle {
  /** JSON for requests and answers (YAML only reads the bundle). */
  public static final ObjectMapper JSON = new ObjectMapper();

  /** One documented error example: its key, code, sentence and (REST) parameter. */
  public record ErrorExample(String key, int code, String text, String parameter) {}

  /** One operation. {@code in}: where each parameter goes ({@code path}, {@code query}, {@code body}); {@code node}: its node in the bundle. */
  public record Op(
      String id,
      String path,
      String method,
      String style,
      Set<Integer> codes,
      Map<String, JsonNode> requestExamples,
      List<ErrorExample> errors,
      Map<String, JsonNode> params,
      Map<String, String> in,
      Set<String> deepObjects,
      Set<String> required,
      boolean body,
      boolean form,
      boolean arrayBody,
      String bodyName,
      int successStatus,
      JsonNode node) {
    /** Whether it is the rpc GET form of a read (its parameters in the query string). */
    public boolean isGet() {
      return method.equals("GET") && style.equals("rpc");
    }

    public boolean rest() {
      return style.equals("rest");
    }

    public JsonNode firstExample() {
      return requestExamples.isEmpty()
          ? JSON.createObjectNode()
          : requestExamples.values().iterator().next();
    }

    @Override
    public String toString() {
      return id;
    }
  }

  /** What an error body says, read where the catalogue's envelopes say (rpc or rest). */
  public record ParsedError(int code, String sentence, String parameter) {}

  private final JsonNode root;
  private final List<Op> ops = new ArrayList<>();
  private final JsonNode catalogue;

  private Bundle(JsonNode root) {
    this.root = root;
    this.catalogue = root.path("x-error-catalogue");
    root.path("paths").fields().forEachRemaining(e -> {
      JsonNode item = deref(e.getValue());
      for (String m : List.of("get", "post", "put", "patch", "delete")) {
        if (item.path(m).isObject()) {
          ops.add(
              op(e.getKey(), m.toUpperCase(Locale.ROOT), item.path(m), item.path("parameters")));
        }
      }
    });
  }

  private Op op(String path, String method, JsonNode op, JsonNode itemParameters) {
    String style = op.path("x-api-style").asText("rpc");
    Set<Integer> codes = new LinkedHashSet<>();
    op.path("x-error-codes").forEach(c -> codes.add(c.asInt()));
    Map<String, JsonNode> params = new LinkedHashMap<>();
    Map<String, String> in = new LinkedHashMap<>();
    Set<String> deep = new LinkedHashSet<>();
    Set<String> required = new LinkedHashSet<>();
    ObjectNode paramExample = JSON.createObjectNode();
    List<JsonNode> parameters = new ArrayList<>();
    itemParameters.forEach(parameters::add);
    op.path("parameters").forEach(parameters::add);
    for (JsonNode p : parameters) {
      JsonNode param = deref(p);
      String name = param.path("name").asText();
      params.put(name, deref(param.path("schema")));
      in.put(name, param.path("in").asText());
      if ("deepObject".equals(param.path("style").asText())) {
        deep.add(name);
      }
      if (param.path("required").asBoolean(false)) {
        required.add(name);
      }
      if (param.has("example")) {
        paramExample.set(name, param.get("example"));
      }
    }
    Map<String, JsonNode> reqExamples = new LinkedHashMap<>();
    JsonNode requestBody = deref(op.path("requestBody"));
    JsonNode content = requestBody.path("content");
    JsonNode json = content.path("application/json");
    JsonNode schema = deref(json.path("schema"));
    boolean arrayBody = "array".equals(schema.path("type").asText());
    String bodyName = op.path("x-codegen-request-body-name").asText("body");
    if (arrayBody) {
      params.put(bodyName, schema);
      in.put(bodyName, "body");
      if (requestBody.path("required").asBoolean(false)) {
        required.add(bodyName);
      }
    } else {
      schema.path("properties").fields().forEachRemaining(p -> {
        params.put(p.getKey(), deref(p.getValue()));
        in.put(p.getKey(), "body");
      });
      schema.path("required").forEach(r -> required.add(r.asText()));
    }
    json.path("examples").fields().forEachRemaining(x -> {
      ObjectNode flat = paramExample.deepCopy();
      JsonNode value = deref(x.getValue()).path("value");
      if (arrayBody) {
        flat.set(bodyName, value);
      } else if (value.isObject()) {
        flat.setAll((ObjectNode) value);
      }
      reqExamples.put(x.getKey(), flat);
    });
    if (reqExamples.isEmpty() && !(content.isObject() && content.size() > 0)) {
      // No body: the one request is made of the parameters' examples (the rpc GET forms: "query").
      reqExamples.put(
          method.equals("GET") && style.equals("rpc") ? "query" : "params", paramExample);
    }
    List<ErrorExample> errors = new ArrayList<>();
    op.path("responses").fields().forEachRemaining(r -> {
      if (!r.getKey().startsWith("4")) {
        return;
      }
      deref(r.getValue())
          .path("content")
          .path("application/json")
          .path("examples")
          .fields()
          .forEachRemaining(x -> {
            ParsedError e = error(deref(x.getValue()).path("value"));
            if (e != null) {
              errors.add(new ErrorExample(x.getKey(), e.code(), e.sentence(), e.parameter()));
            }
          });
    });
    int success = 200;
    for (var it = op.path("responses").fieldNames(); it.hasNext(); ) {
      String s = it.next();
      if (s.startsWith("2")) {
        success = Integer.parseInt(s);
        break;
      }
    }
    return new Op(
        op.path("operationId").asText(),
        path,
        method,
        style,
        codes,
        reqExamples,
        errors,
        params,
        in,
        deep,
        required,
        content.isObject() && content.size() > 0,
        content.has("application/x-www-form-urlencoded"),
        arrayBody,
        bodyName,
        success,
        op);
  }

  /** Reads a bundle file (YAML or JSON). */
  public static Bundle load(Path file) {
    try {
      return new Bundle(new ObjectMapper(new YAMLFactory()).readTree(file.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundle " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads a bundle from the class path (e.g. a server's copy). */
  public static Bundle fromClasspath(String resource) {
    try (var in = Bundle.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no " + resource + " on the class path");
      }
      return new Bundle(new ObjectMapper(new YAMLFactory()).readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bundle's root node. */
  public JsonNode root() {
    return root;
  }

  /** Every operation, in the bundle's order. */
  public List<Op> ops() {
    return List.copyOf(ops);
  }

  public JsonNode deref(JsonNode n) {
    while (n.has("$ref")
        || (n.has("allOf") && n.get("allOf").size() == 1 && !n.has("properties"))) {
      n = n.has("$ref")
          ? root.at(n.get("$ref").asText().substring(1))
          : n.get("allOf").get(0);
    }
    return n;
  }

  // ---------------------------------------------------------------- the error catalogue

  /** The HTTP status the catalogue gives a code in a style (the family's {@code http-status}). */
  public int httpStatus(int code, String style) {
    for (JsonNode f : catalogue.path("families")) {
      for (JsonNode r : f.path("ranges")) {
        if (code >= r.path("from").asInt() && code <= r.path("to").asInt()) {
          return f.path("http-status").path(style).asInt();
        }
      }
    }
    throw new IllegalArgumentException("Code " + code + " is in no family of the catalogue");
  }

  /** Whether the catalogue lists the code. */
  public boolean catalogued(int code) {
    for (JsonNode c : catalogue.path("codes")) {
      if (c.path("code").asInt() == code) {
        return true;
      }
    }
    return false;
  }

  /** The error in a body, by the catalogue's envelopes (rpc first, then rest), or null. */
  public ParsedError error(JsonNode body) {
    for (String style : List.of("rpc", "rest")) {
      JsonNode env = catalogue.path("envelopes").path(style);
      for (JsonNode pointer : env.path("errors")) {
        JsonNode at = body.at(pointer.asText());
        if (at.isObject()) {
          JsonNode code = at.path(env.path("code").asText());
          JsonNode sentence = at.path(env.path("sentence").asText());
          JsonNode parameter =
              env.has("parameter") ? at.path(env.path("parameter").asText()) : null;
          return new ParsedError(
              code.isArray() ? code.path(0).asInt() : code.asInt(),
              sentence.isArray() ? sentence.path(0).asText("") : sentence.asText(""),
              parameter != null && parameter.isTextual() ? parameter.asText() : null);
        }
      }
    }
    return null;
  }

  /** Every code in an error body (an rpc {@code error_code} may be an array), by the catalogue's envelopes. */
  public List<Integer> errorCodes(JsonNode body) {
    List<Integer> out = new ArrayList<>();
    for (String style : List.of("rpc", "rest")) {
      JsonNode env = catalogue.path("envelopes").path(style);
      for (JsonNode pointer : env.path("errors")) {
        JsonNode c = body.at(pointer.asText()).path(env.path("code").asText());
        if (c.isArray()) {
          c.forEach(x -> out.add(x.asInt()));
        } else if (c.isNumber() || c.isTextual()) {
          out.add(c.asInt());
        }
      }
    }
    return out;
  }

  /** The catalogue's family of a code ({@code not-found}), or null for a code of none. */
  public JsonNode family(int code) {
    for (JsonNode f : catalogue.path("families")) {
      for (JsonNode r : f.path("ranges")) {
        if (code >= r.path("from").asInt() && code <= r.path("to").asInt()) {
          return f;
        }
      }
    }
    return null;
  }

  /**
   * The simple name of the SDK exception the catalogue gives a code: its family's
   * {@code exception} in Java form ({@code not-found} → {@code NotFoundException}); a code of no
   * family is {@code ApiException}.
   */
  public String exceptionName(int code) {
    JsonNode f = family(code);
    if (f == null) {
      return "ApiException";
    }
    StringBuilder b = new StringBuilder();
    for (String part : f.path("exception").asText().split("-")) {
      b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return b.append("Exception").toString();
  }

  /** The code a constraint check answers with ({@code required} → 200), from the catalogue's rules. */
  public int ruleCode(String check) {
    for (JsonNode r : catalogue.path("constraints").path("rules")) {
      if (r.path("check").asText().equals(check)) {
        return r.path("code").asInt();
      }
    }
    throw new IllegalArgumentException("no constraint rule " + check + " in the catalogue");
  }

  /** The catalogue itself ({@code x-error-catalogue}). */
  public JsonNode catalogue() {
    return catalogue;
  }

  // ---------------------------------------------------------------- routing

  /**
   * The path of the bundle a concrete path is an instance of (literal, else the template whose
   * literal segments come first), or null.
   */
  public String template(String path) {
    if (root.path("paths").has(path) && !path.contains("{")) {
      return path;
    }
    String[] segs = path.substring(1).split("/", -1);
    String best = null;
    String bestKey = null;
    for (var it = root.path("paths").fieldNames(); it.hasNext(); ) {
      String t = it.next();
      String[] ts = t.substring(1).split("/", -1);
      if (ts.length != segs.length) {
        continue;
      }
      StringBuilder key = new StringBuilder();
      boolean match = true;
      for (int i = 0; i < ts.length && match; i++) {
        boolean param = ts[i].startsWith("{");
        match = param ? !segs[i].isEmpty() : ts[i].equals(segs[i]);
        key.append(param ? '0' : '1');
      }
      if (match && (bestKey == null || key.toString().compareTo(bestKey) > 0)) {
        best = t;
        bestKey = key.toString();
      }
    }
    return best;
  }

  /** The operation of {@code method} on a concrete path (dereferenced), or null when the bundle has none. */
  public JsonNode operation(String path, String method) {
    String t = template(path);
    if (t == null) {
      return null;
    }
    JsonNode op = deref(root.path("paths").path(t)).path(method.toLowerCase(Locale.ROOT));
    return op.isObject() ? op : null;
  }

  /** The style of the operations on a concrete path ({@code rpc} for a path the bundle lacks). */
  public String styleOf(String path) {
    String t = template(path);
    if (t == null) {
      return "rpc";
    }
    JsonNode item = deref(root.path("paths").path(t));
    for (String m : List.of("get", "post", "put", "patch", "delete")) {
      if (item.path(m).isObject()) {
        return item.path(m).path("x-api-style").asText("rpc");
      }
    }
    return "rpc";
  }

  public Op op(String id) {
    return ops.stream()
        .filter(o -> o.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No operation " + id + " in the bundle"));
  }

  public static ObjectNode copy(JsonNode n) {
    return n.isObject() ? ((ObjectNode) n).deepCopy() : JSON.createObjectNode();
  }
}
