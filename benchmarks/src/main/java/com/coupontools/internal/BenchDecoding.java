package com.coupontools.internal;

import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Benchmark access to the SDK's package-private decoder (same package, other jar): decoding a
 * body exactly as a call does, without the network.
 */
public final class BenchDecoding {
  private final ResponseDecoder decoder = new ResponseDecoder(Json.newMapper(), Redactor.forCredentials(null, null));

  public Object decode(byte[] body, Type type) throws IOException {
    return decoder.decode(response(body), type);
  }

  public Object decode(InputStream body, int length, Type type) throws IOException {
    return decoder.decode(response(body, length), type);
  }

  public static Response response(byte[] body) {
    return Response.builder().status(200).reason("OK").request(request())
        .headers(Map.of("Content-Type", List.of("application/json"))).body(body).build();
  }

  public static Response response(InputStream body, int length) {
    return Response.builder().status(200).reason("OK").request(request())
        .headers(Map.of("Content-Type", List.of("application/json"))).body(body, length).build();
  }

  private static Request request() {
    return Request.create(Request.HttpMethod.POST, "http://127.0.0.1/v3/multiplesingleuse/create", Map.of(),
        null, StandardCharsets.UTF_8, null);
  }
}
