package com.coupontools.sandbox;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.sandbox.internal.HttpLayer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the HTTP layer answers for requests it cannot parse (README, "What the HTTP layer answers";
 * issue #9 defects 5, 6 and the header part of 13), sent as raw bytes so that nothing in between
 * tidies them. Every answer is the sandbox's envelope and passes {@link ContractCheck}: an
 * operation's own code where the request names one, else 300 with the HTTP status of the failure.
 */
@ExtendWith(Env.Extension.class)
class HttpLimitsTest {
  private static final String AUTH = "X-Client-Id: " + Api.Creds.DEMO.id() + "\r\nX-Client-Secret: "
      + Api.Creds.DEMO.secret() + "\r\n";
  private final URI base;

  HttpLimitsTest(Env env) {
    this.base = URI.create(env.direct.base());
  }

  /** The raw answer: the status line and the rest, or "" when the server closed without a byte. */
  private String exchange(String head, String body) throws IOException {
    try (Socket s = new Socket(base.getHost(), base.getPort())) {
      s.setSoTimeout(20_000);
      OutputStream out = s.getOutputStream();
      ByteArrayOutputStream got = new ByteArrayOutputStream();
      try {
        out.write(
            (head + "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body)
                .getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        InputStream in = s.getInputStream();
        byte[] b = new byte[8192];
        for (int n; (n = in.read(b)) > 0; ) {
          got.write(b, 0, n);
        }
      } catch (SocketException reset) {
        // a reset while we still send is "no answer" too
      }
      return got.toString(StandardCharsets.ISO_8859_1);
    }
  }

  private String post(String extraHeaders) throws IOException {
    return exchange(
        "POST /v3/coupon/list HTTP/1.1\r\nHost: sandbox\r\n" + AUTH + extraHeaders, "{}");
  }

  /** An answer from an operation: status, and body valid for it ({@link ContractCheck}). */
  private static String fromTheSandbox(String answer, int status) {
    return fromTheSandbox("POST", "/v3/coupon/list", false, answer, status);
  }

  /** An answer of the HTTP layer (no operation): the envelope with 300, JSON, and the status. */
  private static void fromTheHttpLayer(String method, String path, String answer, int status) {
    String body =
        parse(answer, status, r -> ContractCheck.INSTANCE.verifyHttpLayer(method + " " + path, r));
    assertTrue(body.contains("\"error_code\":[300]"), answer);
    assertTrue(answer.split("\r\n\r\n", 2)[0].contains("Content-Type: application/json"), answer);
  }

  private static String fromTheSandbox(
      String method, String path, boolean offContract, String answer, int status) {
    return parse(answer, status, r -> ContractCheck.INSTANCE.verify(method, path, offContract, r));
  }

  private static String parse(
      String answer, int status, java.util.function.Consumer<Api.Resp> check) {
    String[] parts = answer.split("\r\n\r\n", 2);
    assertTrue(parts[0].startsWith("HTTP/1.1 " + status + " "), answer);
    okhttp3.Headers.Builder h = new okhttp3.Headers.Builder();
    for (String line : parts[0].split("\r\n")) {
      if (line.contains(":")) {
        h.addUnsafeNonAscii(
            line.substring(0, line.indexOf(':')).trim(),
            line.substring(line.indexOf(':') + 1).trim());
      }
    }
    check.accept(new Api.Resp(status, h.build(), parts[1]));
    return parts[1];
  }

  private static String distinctHeaders(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append("X-Pad-").append(i).append(": v\r\n");
    }
    return b.toString();
  }

  @Test
  void manyHeaderNamesAreAnswered() throws IOException {
    // The JDK server closed the connection without a word past 200 names; only the head's size
    // counts now.
    fromTheSandbox(post(distinctHeaders(2_000)), 200);
    fromTheSandbox(post("X-Pad: v\r\n".repeat(2_000)), 200);
  }

  @Test
  void aHeadUpTo64KiBIsAnsweredALargerOneGets431Or414WithTheEnvelope() throws IOException {
    fromTheSandbox(post("X-Big: " + "a".repeat(60_000) + "\r\n"), 200);
    fromTheHttpLayer(
        "POST",
        "/v3/coupon/list",
        post("X-Big: " + "a".repeat(HttpLayer.MAX_HEAD_BYTES) + "\r\n"),
        431);
    // a request line alone over the limit: 414, the same envelope
    fromTheHttpLayer(
        "GET",
        "/v3/coupon/info",
        exchange(
            "GET /v3/coupon/info?x=" + "a".repeat(HttpLayer.MAX_HEAD_BYTES)
                + " HTTP/1.1\r\nHost: sandbox\r\n",
            ""),
        414);
  }

  @Test
  void targetsThatAreNoUriAndOptionsStarGetTheEnvelope() throws IOException {
    // A malformed escape in the query reaches the operation, which names the parameter it cannot
    // read.
    String query = exchange("GET /v3/coupon/info?%zz=1 HTTP/1.1\r\nHost: sandbox\r\n" + AUTH, "");
    fromTheSandbox("GET", "/v3/coupon/info?%zz=1", false, query, 422);
    fromTheHttpLayer(
        "GET",
        "/v3/co%zzupon/info",
        exchange("GET /v3/co%zzupon/info HTTP/1.1\r\nHost: sandbox\r\n" + AUTH, ""),
        400);
    fromTheHttpLayer(
        "GET",
        "/v4/directory/%00",
        exchange("GET /v4/directory/%00 HTTP/1.1\r\nHost: sandbox\r\n" + AUTH, ""),
        400);
    fromTheHttpLayer("OPTIONS", "*", exchange("OPTIONS * HTTP/1.1\r\nHost: sandbox\r\n", ""), 404);
    fromTheHttpLayer("GET", "/", exchange("GARBAGE\r\n", ""), 400);
    // not a 505: a version the server does not speak is bad input too
    fromTheHttpLayer(
        "POST",
        "/v3/coupon/list",
        exchange("POST /v3/coupon/list HTTP/3.0\r\nHost: sandbox\r\n", ""),
        400);
  }

  @Test
  void aBodyCutShortIs300OnTheApiAndOnTheSandboxRoutesNeverA5xx() throws IOException {
    // Content-Length promises more than is sent; the client then closes its side.
    for (String path : new String[] {"/v3/coupon/list", "/_sandbox/tenants"}) {
      try (Socket s = new Socket(base.getHost(), base.getPort())) {
        s.setSoTimeout(20_000);
        s.getOutputStream()
            .write(("POST " + path + " HTTP/1.1\r\nHost: sandbox\r\n" + AUTH
                    + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"x\":")
                .getBytes(StandardCharsets.ISO_8859_1));
        s.shutdownOutput();
        String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        String body = path.startsWith("/_sandbox")
            ? parse(answer, 422, r -> ContractCheck.INSTANCE.verifyHttpLayer(path, r))
            : fromTheSandbox("POST", path, false, answer, 422);
        assertTrue(body.contains("\"error_code\":[300]"), answer);
      }
    }
  }

  @Test
  void conflictingLengthsGetTheEnvelope() throws IOException {
    fromTheHttpLayer("POST", "/v3/coupon/list", post("Content-Length: 3\r\n"), 400);
  }

  @Test
  void controlBytesInACredentialHeaderAre1000OnlyHttpWhitespaceAtTheEndsIsRemoved()
      throws IOException {
    String secret = Api.Creds.DEMO.secret();
    String head = "POST /v3/coupon/list HTTP/1.1\r\nHost: sandbox\r\nX-Client-Id: "
        + Api.Creds.DEMO.id() + "\r\n";
    for (String bad : new String[] {
      "\u0001" + secret,
      secret + "\u0000",
      secret.substring(0, 4) + "\u0001" + secret.substring(4),
      secret + "\u007f"
    }) {
      String answer = exchange(head + "X-Client-Secret: " + bad + "\r\n", "{}");
      assertTrue(fromTheSandbox(answer, 401).contains("[1000]"), answer);
    }
    fromTheSandbox(exchange(head + "X-Client-Secret: \t " + secret + " \t\r\n", "{}"), 200);
  }
}
