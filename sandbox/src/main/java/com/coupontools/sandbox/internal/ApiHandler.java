package com.coupontools.sandbox.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
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
 * The one HTTP entry point: route by path, read and parse the body, authenticate, validate with
 * the operation's rules, run its handler and write the result through its response shape. Every
 * failure leaves as the spec's error envelope; nothing a client sends can produce a stack trace.
 */
public final class ApiHandler implements HttpHandler {
  private static final Logger LOG = Logger.getLogger("com.coupontools.sandbox");
  private static final JsonFactory JSON = new JsonFactory();
  private static final HttpString CLIENT_ID = HttpString.tryFromString("X-Client-Id");
  private static final HttpString CLIENT_SECRET = HttpString.tryFromString("X-Client-Secret");
  private static final HttpString SPEC_HASH = HttpString.tryFromString("X-Sandbox-Spec-Sha256");
  private static final HttpString REQUEST_ID = HttpString.tryFromString("X-Request-Id");

  /** How much of an oversized body is read and dropped before answering (then the connection closes). */
  public static final long DRAIN_LIMIT = 64L << 20;

  private final ApiSpec spec;
  private final Map<String, OpHandler> handlers;
  private final Db db;
  private final Clock clock;
  private final Set<String> missingFields = ConcurrentHashMap.newKeySet();

  public ApiHandler(ApiSpec spec, Db db, Clock clock) {
    this.spec = spec;
    this.db = db;
    this.clock = clock;
    this.handlers = Ops.handlers();
  }

  /** Operations of the bundle that have no handler (a newer spec than this sandbox). */
  public Set<String> unimplemented() {
    Set<String> out = new java.util.TreeSet<>();
    for (Operation op : spec.operations()) {
      if (!handlers.containsKey(op.id())) {
        out.add(op.id());
      }
    }
    return out;
  }

  /** Required response fields a handler left out (filled with an empty value); empty when healthy. */
  public Set<String> missingFields() {
    return Set.copyOf(missingFields);
  }

  @Override
  public void handleRequest(HttpServerExchange ex) throws Exception {
    if (ex.isInIoThread()) {
      ex.dispatch(this);
      return;
    }
    ex.startBlocking();
    String requestId = Ids.requestId();
    ex.getResponseHeaders().put(REQUEST_ID, requestId);
    ex.getResponseHeaders().put(SPEC_HASH, spec.sha256());
    String path = ex.getRelativePath();
    if (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    Operation op = spec.byPath(path);
    try {
      if (op == null) {
        ex.setPersistent(false);
        writeError(ex, 404, "HTTP/1.0 404 Not Found",
            new ApiError(300, "Unknown endpoint: " + printable(path) + ". See the API reference for the paths."));
        return;
      }
      if (!Methods.POST.equals(ex.getRequestMethod())) {
        ex.setPersistent(false);
        ex.getResponseHeaders().put(Headers.ALLOW, "POST");
        writeError(ex, 405, "HTTP/1.0 405 Method Not Allowed",
            new ApiError(300, "Method " + printable(ex.getRequestMethod().toString()) + " is not allowed on "
                + op.path() + ": every operation is a POST."));
        return;
      }
      Map<String, Object> result = run(ex, op);
      ex.setStatusCode(200);
      ex.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
      try (OutputStream out = ex.getOutputStream();
           JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
        op.success().write(g, result, op.id(), missingFields::add);
      }
    } catch (ApiError e) {
      writeError(ex, e.httpStatus(), e.httpStatus() == 401
          ? "HTTP/1.0 401 Unauthorized" : "HTTP/1.0 422 Unprocessable entity.", e);
    } catch (IOException e) {
      // A body that could not be read, or a client gone while we wrote: answer if still possible.
      LOG.log(Level.FINE, "I/O error on " + requestId, e);
      ex.setPersistent(false);
      writeError(ex, 422, "HTTP/1.0 422 Unprocessable entity.",
          new ApiError(300, "Invalid request body: it could not be read completely."));
    } catch (RuntimeException | Error e) {
      LOG.log(Level.SEVERE, "Internal error on " + requestId + " (" + (op == null ? path : op.id()) + ")", e);
      if (!ex.isResponseStarted()) {
        writeError(ex, 500, "HTTP/1.0 500 Internal Server Error",
            new ApiError(300, "Internal sandbox error; see the sandbox log for request " + requestId + "."));
      } else {
        ex.setPersistent(false);
      }
    }
  }

  private Map<String, Object> run(HttpServerExchange ex, Operation op) throws IOException {
    byte[] bytes = readBody(ex);
    Map<String, JsonNode> body = Map.of();
    ApiError bodyError = null;
    if (bytes == null) {
      bodyError = Body.tooLarge();
      ex.setPersistent(false); // the rest of the body is not read
    } else {
      try {
        body = Body.parse(ex.getRequestHeaders().getFirst(Headers.CONTENT_TYPE), bytes);
      } catch (ApiError e) {
        bodyError = e;
      }
    }
    String id = ex.getRequestHeaders().getFirst(CLIENT_ID);
    String secret = ex.getRequestHeaders().getFirst(CLIENT_SECRET);
    if (id == null && secret == null) {
      id = text(body.get("client_id"));
      secret = text(body.get("client_secret"));
    }
    Caller caller = Caller.authenticate(db, op, id, secret);
    if (bodyError != null) {
      // Operations without parameters document no 422: their body is not needed, so ignore it.
      if (op.hasStatus(422) || !op.params().isEmpty()) {
        throw bodyError;
      }
      body = Map.of();
    }
    Map<String, JsonNode> params = new LinkedHashMap<>(body);
    params.remove("client_id");
    params.remove("client_secret");
    Ops.normalize(op, params);
    Params p = Params.validate(op, params);
    OpHandler h = handlers.get(op.id());
    if (h == null) {
      throw new IllegalStateException("No handler for " + op.id() + " in this sandbox version");
    }
    return h.handle(new Call(op, caller, p, db, clock));
  }

  /**
   * The body, or null when it is larger than {@link Body#MAX_BYTES}. An oversized body is read
   * to its end (up to {@link #DRAIN_LIMIT}) and dropped, so the client, still sending, gets the
   * error instead of a reset connection.
   */
  private static byte[] readBody(HttpServerExchange ex) throws IOException {
    long declared = ex.getRequestContentLength();
    InputStream in = ex.getInputStream();
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
      // Undertow's own entity limit or a client that stopped sending: the answer is the same.
    }
  }

  private static String text(JsonNode n) {
    return n != null && n.isValueNode() && !n.isNull() ? n.asText() : null;
  }

  private static void writeError(HttpServerExchange ex, int status, String statusLine, ApiError e) {
    if (ex.isResponseStarted()) {
      ex.setPersistent(false);
      return;
    }
    ex.setStatusCode(status);
    ex.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
    try (OutputStream out = ex.getOutputStream(); JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeObjectFieldStart("status");
      g.writeStringField("status", "failed");
      g.writeObjectFieldStart("errors");
      g.writeArrayFieldStart("error_code");
      g.writeNumber(e.code());
      g.writeEndArray();
      g.writeStringField("error_message", statusLine);
      g.writeArrayFieldStart("error_message_description");
      g.writeString(e.description());
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException io) {
      ex.setPersistent(false);
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
