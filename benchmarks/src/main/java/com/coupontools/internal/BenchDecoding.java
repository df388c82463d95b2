package com.coupontools.internal;

import com.coupontools.api.BenchAccess;
import com.coupontools.api.MultipleSingleUseCreateResponse;
import java.io.InputStream;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Okio;

/**
 * Benchmark access to the SDK's package-private answer reader (same package, other jar):
 * decoding a body exactly as a call does (envelope check and streaming read into the generated
 * models), without the network.
 */
public final class BenchDecoding {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final Request REQUEST =
      new Request.Builder().url("http://127.0.0.1/v3/multiplesingleuse/create").build();

  private final Answer answer = new Answer(Redactor.forCredentials(null, null));

  /** From the bytes as a stream, as the network delivers them (no 28 MB copy into okio segments). */
  public MultipleSingleUseCreateResponse decode(byte[] body) {
    return decode(new java.io.ByteArrayInputStream(body), body.length);
  }

  public MultipleSingleUseCreateResponse decode(InputStream body, long length) {
    return read(ResponseBody.create(Okio.buffer(Okio.source(body)), JSON, length));
  }

  private MultipleSingleUseCreateResponse read(ResponseBody body) {
    Response r = new Response.Builder()
        .request(REQUEST)
        .protocol(Protocol.HTTP_1_1)
        .code(200)
        .message("OK")
        .body(body)
        .build();
    return answer.read(BenchAccess.createMultipleOperation(), r, BenchAccess.createMultipleBody());
  }
}
