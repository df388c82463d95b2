package com.coupontools.sandbox.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one HTTP entry point: route by path and method (templated paths too), read and parse the
 * body, authenticate, validate with the operation's rules, run its handler and write the result
 * through its response shape with its success status. Every failure leaves as the error body of
 * the operation's style with the catalogue's status; nothing a client sends can produce a stack
 * trace.
 */
public final class ApiHandler {
  private static final Logger LOG = Logger.getLogger("com.coupontools.sandbox");
  /** No auto-closing: a response that fails half-way must end as broken JSON, never as a shorter valid list. */
  private static final JsonFactory JSON =
      new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);

  /** How much of an oversized body is read and dropped before answering (then the connection closes). */
  public static final long DRAIN_LIMIT = 64L << 20;

  private final ApiSpec spec;
  private final Map<String, OpHandler> handlers;
  private final Db db;
  private final Clock clock;
  private final Set<String> missingFields = ConcurrentHashMap.newKeySet();
  private final Metrics metrics;
  private final Control control;

  /**
   * @param controlToken the token the control routes require, or null for loopback clients only
   */
  public ApiHandler(ApiSpec spec, Db db, Clock clock, String controlToken) {
    this.spec = spec;
    this.db = db;
    this.clock = clock;
    this.handlers = Ops.handlers();
    this.metrics =
        new Metrics(db.dialect().name().toLowerCase(java.util.Locale.ROOT), spec.sha256());
    this.control = new Control(db, metrics, controlToken, clock);
  }

  /** Operations of the bundle that have no handler (a newer spec than this sandbox). */
  public Set<String> unimplemented() {
    Set<String> out = new java.util.TreeSet<>();
    for (Operation op : spec.operations()) {
      if (!handlers.containsKey(op.handlerId())) {
        out.add(op.id());
      }
    }
    return out;
  }

  /** Required response fields a handler left out (filled with an empty value); empty when healthy. */
  public Set<String> missingFields() {
    return Set.copyOf(missingFields);
  }

  /** Handles one request on the calling (worker) thread and records it in the metrics. Never throws. */
  void handle(Exchange ex) {
    long start = System.nanoTime();
    String route = serve(ex);
    metrics.record(route, ex.status(), System.nanoTime() - start);
  }

  /**
   * Answers a request the HTTP layer could not parse (README, "What the HTTP layer answers"). A
   * head with a control character in a header value, on an API operation, is answered as a
   * request without credentials — its credential headers cannot be trusted — so the operation's
   * own 1000. Everything else (a target that is no URI, a head too large, conflicting lengths)
   * gets the envelope with 300 and the HTTP status of the failure. Never throws.
   */
  void handleUnreadable(
      Exchange ex, int status, String statusText, String reason, boolean badHeaderValue) {
    String rawPath = ex.rawPath();
    if (rawPath.length() > 1 && rawPath.endsWith("/")) {
      rawPath = rawPath.substring(0, rawPath.length() - 1);
    }
    ApiSpec.Route target = rawPath.startsWith(Control.PREFIX) ? null : spec.route(rawPath);
    if (badHeaderValue && target != null && target.operation(ex.method()) != null) {
      handle(new WithoutHead(ex));
      return;
    }
    long start = System.nanoTime();
    ex.responseHeader("X-Request-Id", Ids.requestId());
    ex.responseHeader("X-Sandbox-Spec-Sha256", spec.sha256());
    // the style of the path's operations (a REST path answers the REST error body), rpc otherwise
    Style style = target == null || target.item() == null
        ? Style.RPC
        : target.item().methods().values().iterator().next().style();
    writeError(
        ex,
        style,
        ApiError.http(
            status,
            "HTTP/1.0 " + status + " " + statusText,
            300,
            "The request is not valid HTTP: " + printable(reason) + "."));
    metrics.record("unreadable_request", ex.status(), System.nanoTime() - start);
  }

  /** A request seen without its headers and body: what is left of one whose head could not be read. */
  private static final class WithoutHead implements Exchange {
    private final Exchange ex;

    WithoutHead(Exchange ex) {
      this.ex = ex;
    }

    @Override
    public String method() {
      return ex.method();
    }

    @Override
    public String path() {
      return ex.path();
    }

    @Override
    public String rawPath() {
      return ex.rawPath();
    }

    @Override
    public String rawQuery() {
      return null;
    }

    @Override
    public String header(String name) {
      return null;
    }

    @Override
    public java.util.List<String> headers(String name) {
      return java.util.List.of();
    }

    @Override
    public long contentLength() {
      return 0;
    }

    @Override
    public InputStream body() {
      return InputStream.nullInputStream();
    }

    @Override
    public void responseHeader(String name, String value) {
      ex.responseHeader(name, value);
    }

    @Override
    public OutputStream respond(int status) throws IOException {
      return ex.respond(status);
    }

    @Override
    public boolean responseStarted() {
      return ex.responseStarted();
    }

    @Override
    public void closeConnection() {
      ex.closeConnection();
    }

    @Override
    public java.net.InetAddress remoteAddress() {
      return ex.remoteAddress();
    }

    @Override
    public int status() {
      return ex.status();
    }
  }

  /** Answers one request; returns its route for the metrics (an operationId, or a fixed name). */
  private String serve(Exchange ex) {
    String requestId = Ids.requestId();
    ex.responseHeader("X-Request-Id", requestId);
    ex.responseHeader("X-Sandbox-Spec-Sha256", spec.sha256());
    String path = ex.path();
    if (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    if (path.startsWith(Control.PREFIX)) {
      String route = Control.route(path);
      try {
        control.handle(ex, path);
      } catch (IOException e) {
        // A body cut short (or a client gone): answered like the API's unreadable body, if still
        // possible.
        LOG.log(Level.FINE, "I/O error on " + requestId, e);
        ex.closeConnection();
        writeError(ex, Style.RPC, Body.unreadable("it could not be read completely."));
      } catch (RuntimeException | Error e) {
        LOG.log(Level.SEVERE, "Internal error on " + requestId + " (" + route + ")", e);
        writeError(ex, Style.RPC, internalError(requestId));
      }
      return route;
    }
    String rawPath = ex.rawPath();
    if (rawPath.length() > 1 && rawPath.endsWith("/")) {
      rawPath = rawPath.substring(0, rawPath.length() - 1);
    }
    ApiSpec.Route target = spec.route(rawPath);
    Operation op = target.operation(ex.method());
    // Errors of the HTTP layer (no operation) use the style of the path's operations, rpc for an
    // unknown path.
    Style style = op != null
        ? op.style()
        : target.item() == null
            ? Style.RPC
            : target.item().methods().values().iterator().next().style();
    String route =
        op != null ? op.id() : target.item() == null ? "unknown_path" : "method_not_allowed";
    try {
      if (target.item() == null) {
        throw ApiError.http(
            404,
            "HTTP/1.0 404 Not Found",
            ApiError.UNKNOWN_REQUEST,
            "Unknown endpoint: " + printable(path) + ". See the API reference for the paths.");
      }
      if (op == null) {
        Set<String> methods = new java.util.TreeSet<>(target.item().methods().keySet());
        String allowed = String.join(", ", methods);
        ex.responseHeader("Allow", allowed);
        throw ApiError.http(
            405,
            "HTTP/1.0 405 Method Not Allowed",
            ApiError.UNKNOWN_REQUEST,
            "Method " + printable(ex.method()) + " is not allowed on " + printable(path) + ": use "
                + String.join(" or ", methods) + ".");
      }
      Object result = run(ex, op, target.rawParams());
      ex.responseHeader("Content-Type", "application/json");
      try (OutputStream out = ex.respond(op.successStatus());
          JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
        op.success().write(g, result, op.id(), missingFields::add);
      }
    } catch (ApiError e) {
      writeError(ex, style, e);
    } catch (IOException e) {
      // A body that could not be read, or a client gone while we wrote: answer if still possible.
      LOG.log(Level.FINE, "I/O error on " + requestId, e);
      ex.closeConnection();
      writeError(ex, style, Body.unreadable("it could not be read completely."));
    } catch (RuntimeException | Error e) {
      LOG.log(
          Level.SEVERE,
          "Internal error on " + requestId + " (" + (op == null ? path : op.id()) + ")",
          e);
      writeError(ex, style, internalError(requestId));
    }
    return route;
  }

  private static ApiError internalError(String requestId) {
    return ApiError.http(
        500,
        "HTTP/1.0 500 Internal Server Error",
        ApiError.UNKNOWN_REQUEST,
        "Internal sandbox error; see the sandbox log for request " + requestId + ".");
  }

  /**
   * Reads, authenticates, validates and runs one operation: credentials first (1000 / 1xx), then
   * an unreadable body (300: every operation with a body documents it), then the parameters in
   * the order path, query, body.
   */
  private Object run(Exchange ex, Operation op, Map<String, String> rawPath) throws IOException {
    byte[] bytes = readBody(ex);
    JsonNode body = null;
    ApiError bodyError = null;
    if (op.bodyKind() == Operation.BodyKind.NONE) {
      // No body is documented (a GET, a DELETE, a POST action): one sent is ignored. It was read,
      // so the connection stays usable, unless it was too large to read.
      if (bytes == null) {
        ex.closeConnection();
      }
    } else if (bytes == null) {
      bodyError = Body.tooLarge();
      ex.closeConnection(); // the rest of the body may be unread
    } else {
      try {
        body = Body.parse(ex.header("Content-Type"), bytes, op.formBodies());
        boolean array = op.bodyKind() == Operation.BodyKind.ARRAY;
        if (body != null ? !body.isContainerNode() || body.isArray() != array : array) {
          bodyError = Body.unreadable(array ? "expected a JSON array." : "expected a JSON object.");
        }
      } catch (ApiError e) {
        bodyError = e;
      }
    }
    Caller caller = Caller.authenticate(db, op, op.security().credentials(ex, body));
    if (bodyError != null) {
      throw bodyError;
    }
    if (body != null && body.isObject() && !op.security().bodyFieldNames().isEmpty()) {
      ObjectNode copy = ((ObjectNode) body).deepCopy();
      copy.remove(op.security().bodyFieldNames());
      body = copy;
    }
    Map<String, JsonNode> path = new LinkedHashMap<>();
    rawPath.forEach((k, v) -> path.put(k, Body.pathValue(v)));
    Params p = Params.validate(op, path, Body.query(ex.rawQuery()), body);
    OpHandler h = handlers.get(op.handlerId());
    if (h == null) {
      throw new IllegalStateException("No handler for " + op.id() + " in this sandbox version");
    }
    return h.handle(new Call(op, caller, p, db.forTenant(caller.tenant()), clock));
  }

  /**
   * The body, or null when it is larger than {@link Body#MAX_BYTES}. An oversized body is read
   * to its end (up to {@link #DRAIN_LIMIT}) and dropped, so the client, still sending, gets the
   * error instead of a reset connection.
   */
  private static byte[] readBody(Exchange ex) throws IOException {
    long declared = ex.contentLength();
    InputStream in = ex.body();
    if (declared > Body.MAX_BYTES) {
      if (declared <= DRAIN_LIMIT) {
        drain(in);
      }
      return null;
    }
    byte[] buf = new byte[declared > 0 ? (int) declared : 8192];
    int n = 0;
    while (true) {
      if (n == buf.length) {
        if (buf.length > Body.MAX_BYTES) {
          drain(in);
          return null;
        }
        buf = Arrays.copyOf(buf, Math.min(buf.length * 2, Body.MAX_BYTES + 1));
      }
      int r = in.read(buf, n, buf.length - n);
      if (r < 0) {
        break;
      }
      n += r;
    }
    return n == buf.length ? buf : Arrays.copyOf(buf, n);
  }

  private static void drain(InputStream in) {
    byte[] skip = new byte[64 * 1024];
    long total = 0;
    try {
      for (int r; total < DRAIN_LIMIT && (r = in.read(skip)) >= 0; ) {
        total += r;
      }
    } catch (IOException e) {
      // A client that stopped sending: the answer is the same.
    }
  }

  /**
   * Writes an error in the style's body with the catalogue's HTTP status for its code: rpc, the
   * envelope ({@code errors} inside {@code status}, {@code error_code} an array, the family's
   * status line); rest, {@code {"error": {"code", "message", "parameter"}}}.
   */
  private void writeError(Exchange ex, Style style, ApiError e) {
    if (ex.responseStarted()) {
      ex.closeConnection(); // too late for an error body: cut the response short
      return;
    }
    ErrorCatalogue catalogue = spec.catalogue();
    int status = e.httpOverride() != 0 ? e.httpOverride() : catalogue.httpStatus(e.code(), style);
    ex.responseHeader("Content-Type", "application/json");
    try (OutputStream out = ex.respond(status);
        JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      if (style == Style.REST) {
        g.writeObjectFieldStart("error");
        g.writeNumberField("code", e.code());
        g.writeStringField("message", e.sentence());
        if (e.parameter() != null) {
          g.writeStringField("parameter", e.parameter());
        }
        g.writeEndObject();
      } else {
        g.writeObjectFieldStart("status");
        g.writeStringField("status", "failed");
        g.writeObjectFieldStart("errors");
        g.writeArrayFieldStart("error_code");
        g.writeNumber(e.code());
        g.writeEndArray();
        g.writeStringField(
            "error_message",
            e.statusLineOverride() != null
                ? e.statusLineOverride()
                : catalogue.statusLine(e.code()));
        g.writeArrayFieldStart("error_message_description");
        g.writeString(e.sentence());
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndObject();
    } catch (IOException io) {
      ex.closeConnection();
    }
  }

  private static String printable(String s) {
    StringBuilder b = new StringBuilder();
    for (char ch : s.toCharArray()) {
      if (b.length() >= 100) {
        b.append('…');
        break;
      }
      b.append(ch >= 0x20 && ch < 0x7f && ch != '<' && ch != '>' ? ch : '?');
    }
    return b.toString();
  }
}
