package com.coupontools.sandbox;

import com.coupontools.testsupport.Bundle;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.ConnectionPool;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** A raw HTTP client for the sandbox's tests: JSON, form and byte bodies, any credentials. */
final class Api {
  static final ObjectMapper JSON = new ObjectMapper();
  /**
   * Idle connections are dropped after 4 s: Prism (Node) closes a kept-alive connection after 5 s
   * idle, and without retries (on purpose) a request racing that close fails with a bare EOF.
   */
  private static final OkHttpClient HTTP = new OkHttpClient.Builder()
      .connectionPool(new ConnectionPool(8, 4, java.util.concurrent.TimeUnit.SECONDS))
      .readTimeout(Duration.ofSeconds(60))
      .retryOnConnectionFailure(false)
      .build();

  /** Credentials sent as the two headers ({@code X-Client-Id} / {@code X-Client-Secret}); NONE sends nothing. */
  record Creds(String id, String secret) {
    static final Creds DEMO =
        new Creds(SandboxConfig.DEFAULT_CLIENT_ID, SandboxConfig.DEFAULT_CLIENT_SECRET);
    static final Creds SUB_ANTWERP =
        new Creds("7c1e9a4f2b8d6e03", "5f2d8b7a1c9e4f6a0b3d7e2c8a1f9b4d");
    static final Creds SUB_NOORD =
        new Creds("2b6f0c8e4a1d7f35", "6c0e4a8f2d7b1e5c9a3f0d6b8e2c4a71");
    static final Creds NONE = new Creds(null, null);
  }

  /** One response, with the JSON body parsed on demand and Prism's violations if any. */
  record Resp(int status, Headers headers, String text) {
    JsonNode json() {
      try {
        return JSON.readTree(text);
      } catch (IOException e) {
        throw new AssertionError("Not JSON (HTTP " + status + "): " + abbreviate(text), e);
      }
    }

    boolean ok() {
      return status == 200 && "OK".equals(json().path("status").path("status").asText());
    }

    /** The error code, read where the catalogue's envelopes say (rpc or rest body); 0 when none. */
    int code() {
      Bundle.ParsedError e = SpecBundle.INSTANCE.error(json());
      return e == null ? 0 : e.code();
    }

    /** The error's sentence ({@code error_message_description[0]}, or a REST {@code message}). */
    String description() {
      Bundle.ParsedError e = SpecBundle.INSTANCE.error(json());
      return e == null ? "" : e.sentence();
    }

    /** The REST error's {@code parameter}, or null. */
    String parameter() {
      Bundle.ParsedError e = SpecBundle.INSTANCE.error(json());
      return e == null ? null : e.parameter();
    }

    /** The operation's success: its success status, and for rpc the {@code OK} status in the body. */
    boolean succeeded(Bundle.Op op) {
      return status == op.successStatus() && (op.rest() || ok());
    }

    /** Prism's {@code sl-violations} (empty without Prism or without violations). */
    List<JsonNode> violations() {
      String h = headers.get("sl-violations");
      List<JsonNode> out = new ArrayList<>();
      if (h != null) {
        try {
          JSON.readTree(h).forEach(out::add);
        } catch (IOException e) {
          throw new AssertionError("Unreadable sl-violations header: " + h, e);
        }
      }
      return out;
    }

    List<JsonNode> responseViolations() {
      List<JsonNode> out = new ArrayList<>();
      for (JsonNode v : violations()) {
        if ("response".equals(v.path("location").path(0).asText())) {
          out.add(v);
        }
      }
      return out;
    }

    @Override
    public String toString() {
      return "HTTP " + status + " " + abbreviate(text);
    }
  }

  private final String base;
  private final boolean offContract;

  Api(String base) {
    this(base, false);
  }

  private Api(String base, boolean offContract) {
    this.base = base;
    this.offContract = offContract;
  }

  /**
   * The same server, for requests a test sends off the contract on purpose (an unknown path,
   * another method): {@link ContractCheck} then asks only that the answer is the error envelope.
   */
  Api offContract() {
    return new Api(base, true);
  }

  String base() {
    return base;
  }

  Resp post(String path, Object body) {
    return post(path, body, Creds.DEMO);
  }

  Resp post(String path, Object body, Creds creds) {
    try {
      return send("POST", path, "application/json", JSON.writeValueAsBytes(body), creds, Map.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Resp form(String path, Map<String, ?> body, Creds creds) {
    return send(
        "POST",
        path,
        "application/x-www-form-urlencoded",
        formEncode(body).getBytes(StandardCharsets.UTF_8),
        creds,
        Map.of());
  }

  /**
   * Sends the flat parameters {@code params} (see {@link Bundle}) the way {@code op} takes them:
   * path parameters into the path, query parameters into the query string (a deepObject as
   * {@code name[field]=…}; everything on an rpc GET form), the rest as the body, JSON or (rpc) a
   * form; a bare-array body is the value under its body name. Credentials in the headers.
   */
  Resp call(Bundle.Op op, ObjectNode params, Creds creds, boolean form) {
    return call(op, params, creds, form, Map.of());
  }

  Resp call(
      Bundle.Op op, ObjectNode params, Creds creds, boolean form, Map<String, String> headers) {
    Target t = target(op, params);
    // An empty path segment leaves the API's paths: the answer is checked as an off-contract one.
    Api api = t.offContract ? offContract() : this;
    if (!op.body()) {
      return api.send(op.method(), t.pathAndQuery, null, null, creds, headers);
    }
    if (form && op.form()) {
      return api.send(
          op.method(),
          t.pathAndQuery,
          "application/x-www-form-urlencoded",
          formEncode(fields(t.body)).getBytes(StandardCharsets.UTF_8),
          creds,
          headers);
    }
    try {
      return api.send(
          op.method(),
          t.pathAndQuery,
          "application/json",
          JSON.writeValueAsBytes(t.body),
          creds,
          headers);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where a request of flat parameters goes: the path with its query, the body (object or array). */
  record Target(String pathAndQuery, JsonNode body, boolean offContract) {}

  static Target target(Bundle.Op op, ObjectNode params) {
    String path = op.path();
    boolean empty = false;
    List<String> query = new ArrayList<>();
    ObjectNode body = JSON.createObjectNode();
    var it = params.fields();
    while (it.hasNext()) {
      var e = it.next();
      String name = e.getKey();
      JsonNode v = e.getValue();
      String in = op.isGet() ? "query" : op.in().getOrDefault(name, "body");
      switch (in) {
        case "path" -> {
          String text = v.isValueNode() ? v.asText() : v.toString();
          empty |= text.isEmpty();
          path = path.replace("{" + name + "}", encodeSegment(text));
        }
        case "query" -> {
          if (op.deepObjects().contains(name) && v.isObject()) {
            v.fields()
                .forEachRemaining(f -> query.add(encode(name + "[" + f.getKey() + "]") + "="
                    + encode(
                        f.getValue().isValueNode()
                            ? f.getValue().asText()
                            : f.getValue().toString())));
          } else {
            fields(JSON.createObjectNode().set(name, v)).forEach((k, fv) -> {
              for (Object x : fv instanceof List<?> l ? l : List.of(fv)) {
                query.add(encode(k) + "=" + encode(String.valueOf(x)));
              }
            });
          }
        }
        default -> body.set(name, v);
      }
    }
    JsonNode payload = op.arrayBody() ? body.path(op.bodyName()) : body;
    if (payload.isMissingNode()) {
      payload = JSON.createArrayNode();
    }
    return new Target(
        path + (query.isEmpty() ? "" : "?" + String.join("&", query)), payload, empty);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** A path segment: percent-encoded (a space as %20, '/' as %2F) so it stays one segment. */
  static String encodeSegment(String s) {
    return encode(s).replace("+", "%20");
  }

  /** A JSON object as form fields: arrays as repeated fields, objects as their JSON text. */
  static Map<String, Object> fields(JsonNode body) {
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    body.fields().forEachRemaining(e -> {
      JsonNode v = e.getValue();
      if (v.isArray()) {
        List<String> items = new ArrayList<>();
        v.forEach(x -> items.add(x.isValueNode() ? x.asText() : x.toString()));
        out.put(e.getKey(), items);
      } else {
        out.put(e.getKey(), v.isObject() ? v.toString() : v.asText());
      }
    });
    return out;
  }

  static String formEncode(Map<String, ?> body) {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, ?> e : body.entrySet()) {
      List<?> values =
          e.getValue() instanceof List<?> l ? l : List.of(String.valueOf(e.getValue()));
      for (Object v : values) {
        b.append(b.length() == 0 ? "" : "&")
            .append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
            .append('=')
            .append(URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8));
      }
    }
    return b.toString();
  }

  Resp send(
      String method,
      String path,
      String contentType,
      byte[] body,
      Creds creds,
      Map<String, String> headers) {
    Request.Builder r = new Request.Builder().url(base + path);
    if (creds.id() != null) {
      r.header("X-Client-Id", creds.id());
    }
    if (creds.secret() != null) {
      r.header("X-Client-Secret", creds.secret());
    }
    headers.forEach(r::header);
    RequestBody rb = body == null
        ? null
        : RequestBody.create(body, contentType == null ? null : MediaType.parse(contentType));
    if (rb == null && (method.equals("POST") || method.equals("PUT"))) {
      rb = RequestBody.create(new byte[0], null);
    }
    r.method(method, rb);
    Resp out;
    try (Response resp = HTTP.newCall(r.build()).execute()) {
      out = new Resp(resp.code(), resp.headers(), resp.body().string());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path + " failed", e);
    }
    if (notHttp(path)) {
      ContractCheck.INSTANCE.verifyHttpLayer(method + " " + path, out);
    } else {
      ContractCheck.INSTANCE.verify(method, path, offContract, out);
    }
    return out;
  }

  /**
   * A path the HTTP layer refuses before any operation sees it: an encoded NUL in a segment
   * (sandbox README, "What the HTTP layer answers"); its answer is the HTTP layer's 400.
   */
  static boolean notHttp(String pathAndQuery) {
    return pathAndQuery.split("\\?", 2)[0].contains("%00");
  }

  static String abbreviate(String s) {
    return s.length() > 400 ? s.substring(0, 400) + "…" : s;
  }
}
