package com.coupontools.internal;

import com.coupontools.client.RawResponse;
import com.coupontools.errors.InvalidResponseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserSequence;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import feign.Response;
import feign.codec.Decoder;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads every response. A body is an API error when {@code status.status} is {@code failed},
 * whatever the HTTP status, so 2xx bodies are checked too: the decoder streams up to the
 * {@code status} field (normally the first), then either maps the error or lets Jackson bind the
 * rest of the same stream, without buffering the body (a 100,000-code response is ~27 MB).
 */
final class ResponseDecoder implements Decoder, ErrorDecoder {
  private static final int MAX_ERROR_BODY = 1 << 20;

  private final ObjectMapper mapper;
  private final Redactor redactor;

  ResponseDecoder(ObjectMapper mapper, Redactor redactor) {
    this.mapper = mapper;
    this.redactor = redactor;
  }

  @Override
  public Object decode(Response response, Type type) throws IOException {
    boolean raw = type instanceof ParameterizedType && ((ParameterizedType) type).getRawType() == RawResponse.class;
    Type bodyType = raw ? ((ParameterizedType) type).getActualTypeArguments()[0] : type;
    Object body = read(response, mapper.constructType(bodyType));
    return raw ? new RawResponse<>(response.status(), headers(response), body) : body;
  }

  private Object read(Response response, JavaType type) throws IOException {
    if (response.body() == null) {
      throw new InvalidResponseException(operation(response), response.status(), "empty body", null);
    }
    try (InputStream in = response.body().asInputStream(); JsonParser p = mapper.createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new InvalidResponseException(operation(response), response.status(), "not a JSON object", null);
      }
      TokenBuffer before = new TokenBuffer(p);
      before.writeStartObject();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (!"status".equals(name)) {
          before.writeFieldName(name);
          before.copyCurrentStructure(p);
          continue;
        }
        JsonNode status = mapper.readTree(p);
        if (ErrorMapper.isFailedStatus(status)) {
          ObjectNode root = rest(before, p);
          root.set("status", status);
          throw ErrorMapper.fromEnvelope(root, response.status(), operation(response), headers(response), redactor);
        }
        before.writeFieldName(name);
        mapper.writeTree(before, status);
        try (JsonParser all = JsonParserSequence.createFlattened(false, before.asParser(p.getCodec()), p)) {
          return mapper.readValue(all, type);
        }
      }
      before.writeEndObject(); // no status field at all: bind what we read
      return mapper.readValue(before.asParser(p.getCodec()), type);
    } catch (JsonProcessingException e) {
      throw new InvalidResponseException(operation(response), response.status(), redactor.text(e.getOriginalMessage()), e);
    }
  }

  /** The fields read before {@code status} plus the rest of the stream, as a tree (error bodies are small). */
  private ObjectNode rest(TokenBuffer before, JsonParser p) throws IOException {
    before.writeEndObject();
    ObjectNode root = (ObjectNode) mapper.readTree(before.asParser(p.getCodec()));
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      root.set(name, mapper.readTree(p));
    }
    return root;
  }

  /** Non-2xx: the envelope when there is one, else an {@code ApiException} with code 0. */
  @Override
  public Exception decode(String methodKey, Response response) {
    String op = operation(response);
    String detail = null;
    if (response.body() != null) {
      try (InputStream in = response.body().asInputStream()) {
        byte[] bytes = in.readNBytes(MAX_ERROR_BODY);
        JsonNode root = bytes.length == 0 ? null : mapper.readTree(bytes);
        if (root != null && root.isObject()) {
          if (ErrorMapper.isFailedStatus(root.path("status"))) {
            return ErrorMapper.fromEnvelope(root, response.status(), op, headers(response), redactor);
          }
          // problem+json (e.g. Prism's validation errors) or a plain {"message": …}
          String text = (root.path("title").asText("") + " " + root.path("detail").asText(root.path("message").asText(""))).trim();
          detail = text.isEmpty() ? null : redactor.text(text);
        }
      } catch (IOException | RuntimeException e) {
        // not JSON (a proxy's HTML page): the status says enough
      }
    }
    return ErrorMapper.fromHttpStatus(response.status(), detail, op, headers(response));
  }

  static String operation(Response response) {
    try {
      Operation o = response.request().requestTemplate().methodMetadata().method().getAnnotation(Operation.class);
      return o != null ? o.id() : response.request().requestTemplate().methodMetadata().configKey();
    } catch (RuntimeException e) {
      return "unknown operation";
    }
  }

  private static Map<String, List<String>> headers(Response response) {
    Map<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    response.headers().forEach((k, v) -> h.put(k, new ArrayList<>(v)));
    return h;
  }
}
