package com.coupontools.internal;

import com.coupontools.client.RawResponse;
import com.coupontools.errors.CoupontoolsException;
import com.coupontools.errors.InvalidResponseException;
import com.coupontools.errors.TransportException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import okhttp3.Headers;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Reads one answer. A 2xx body is parsed in one streaming pass into the operation's model; for
 * the v3 operations it is an error all the same when its {@code status} says {@code failed}
 * (noted by {@link WireReader} on the way). Any other status is an error whose (small) body is
 * read as a tree and mapped by {@link ErrorMapper}.
 */
final class Answer {
  private static final int MAX_ERROR_BODY = 1 << 20;

  private final Redactor redactor;

  Answer(Redactor redactor) {
    this.redactor = redactor;
  }

  /** The parsed body alone (no header map is built on this, the common, path). */
  <T> T read(Operation op, Response response, WireReader.Body<T> reader) {
    return parse(op, response, reader);
  }

  /** The parsed body with the status and headers. */
  <T> RawResponse<T> readRaw(Operation op, Response response, WireReader.Body<T> reader) {
    T body = parse(op, response, reader);
    return new RawResponse<>(response.code(), headers(response.headers()), body);
  }

  private <T> T parse(Operation op, Response response, WireReader.Body<T> reader) {
    int status = response.code();
    String requestId = response.header("X-Request-Id");
    ResponseBody body = response.body();
    try {
      if (status < 200 || status >= 300) {
        throw ErrorMapper.fromBody(errorBody(body), context(op, response));
      }
      if (reader == WireReader.NO_BODY || status == 204) {
        return null;
      }
      WireReader r = WireReader.of(body.byteStream());
      try (var parser = r.parser()) {
        if (parser.nextToken() == null) {
          throw unreadable(op, status, requestId, "empty body", null);
        }
        T value = reader.read(r);
        if (!op.rest && r.failedEnvelope()) {
          throw ErrorMapper.fromEnvelope(r.errors(), context(op, response));
        }
        return value;
      }
    } catch (WireReader.Unexpected e) {
      throw unreadable(op, status, requestId, e.getMessage(), null);
    } catch (JsonProcessingException e) {
      throw unreadable(op, status, requestId, redactor.text(e.getOriginalMessage()), e);
    } catch (IOException e) {
      throw new TransportException(op.id, op.name, redactor.text(e.toString()), e, true);
    }
  }

  /** An exchange that failed on the network; whether it may have reached the server decides the flag. */
  CoupontoolsException failed(Operation op, IOException e) {
    boolean sent = !(e instanceof RetryInterceptor.UnsentRequestException);
    IOException cause = sent ? e : (IOException) e.getCause();
    return new TransportException(op.id, op.name, redactor.text(cause.toString()), cause, sent);
  }

  private InvalidResponseException unreadable(
      Operation op, int status, String requestId, String detail, Throwable cause) {
    return new InvalidResponseException(op.id, op.name, status, requestId, detail, cause);
  }

  /** The error body as a tree (null when empty or not JSON: a proxy's HTML page). */
  private static Object errorBody(ResponseBody body) throws IOException {
    if (body == null) {
      return null;
    }
    byte[] bytes;
    try (InputStream in = body.byteStream()) {
      bytes = in.readNBytes(MAX_ERROR_BODY);
    }
    if (bytes.length == 0) {
      return null;
    }
    try (var p = WireWriter.JSON.createParser(bytes)) {
      WireReader r = new WireReader(p);
      JsonToken t = p.nextToken();
      return t == null ? null : r.generic();
    } catch (JsonProcessingException notJson) {
      return null;
    }
  }

  private ErrorMapper.Response context(Operation op, Response response) {
    return new ErrorMapper.Response(
        op,
        response.code(),
        response.header("X-Request-Id"),
        headers(response.headers()),
        redactor);
  }

  private static Map<String, List<String>> headers(Headers headers) {
    Map<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 0; i < headers.size(); i++) {
      h.computeIfAbsent(headers.name(i), k -> new ArrayList<>(1)).add(headers.value(i));
    }
    return h;
  }
}
