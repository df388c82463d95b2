package com.coupontools.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * What the JDK's HTTP server decides before the sandbox sees a request (README, "What the JDK's
 * HTTP server decides …"; issue #9 defects 5, 6 and the header part of 13), sent as raw bytes so
 * that nothing in between tidies them. The answers the JDK gives itself (text/html, or none) are
 * the README's documented exceptions and are not passed to {@link ContractCheck}; every answer
 * that comes from the sandbox is. When a JDK changes a figure, this fails until the README says so.
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
        out.write((head + "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body)
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
    return exchange("POST /v3/coupon/list HTTP/1.1\r\nHost: sandbox\r\n" + AUTH + extraHeaders, "{}");
  }

  private static void fromTheSandbox(String answer, int status) {
    String[] parts = answer.split("\r\n\r\n", 2);
    assertTrue(parts[0].startsWith("HTTP/1.1 " + status + " "), answer);
    okhttp3.Headers.Builder h = new okhttp3.Headers.Builder();
    for (String line : parts[0].split("\r\n")) {
      if (line.contains(":")) {
        h.addUnsafeNonAscii(line.substring(0, line.indexOf(':')).trim(), line.substring(line.indexOf(':') + 1).trim());
      }
    }
    ContractCheck.INSTANCE.verify("POST", "/v3/coupon/list", false, new Api.Resp(status, h.build(), parts[1]));
  }

  private static String distinctHeaders(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append("X-Pad-").append(i).append(": v\r\n");
    }
    return b.toString();
  }

  @Test
  void twoHundredHeaderNamesAreAnsweredAndOneMoreClosesTheConnection() throws IOException {
    // Host, the two credentials, Content-Length and Connection are 5 of them. The limit counts
    // distinct names: one name repeated is one.
    fromTheSandbox(post(distinctHeaders(195)), 200);
    assertEquals("", post(distinctHeaders(196)));
    fromTheSandbox(post("X-Pad: v\r\n".repeat(1000)), 200);
  }

  @Test
  void aHeadUpTo384KiBIsAnsweredALargerOneClosesTheConnection() throws IOException {
    fromTheSandbox(post("X-Big: " + "a".repeat(380_000) + "\r\n"), 200);
    assertEquals("", post("X-Big: " + "a".repeat(393_216) + "\r\n"));
  }

  @Test
  void aTargetThatIsNoUriAndOptionsStarGetTheJdksOwnHtml() throws IOException {
    String bad = exchange("GET /v3/coupon/info?%zz=1 HTTP/1.1\r\nHost: sandbox\r\n" + AUTH, "");
    assertTrue(bad.startsWith("HTTP/1.1 400 "), bad);
    assertTrue(bad.contains("Content-Type: text/html"), bad);
    String star = exchange("OPTIONS * HTTP/1.1\r\nHost: sandbox\r\n", "");
    assertTrue(star.startsWith("HTTP/1.1 404 "), star);
    assertTrue(star.contains("Content-Type: text/html"), star);
  }

  @Test
  void controlBytesAtTheEndsOfAHeaderValueAreStrippedByTheJdkInsideTheyAre1000() throws IOException {
    String secret = Api.Creds.DEMO.secret();
    String head = "POST /v3/coupon/list HTTP/1.1\r\nHost: sandbox\r\nX-Client-Id: " + Api.Creds.DEMO.id() + "\r\n";
    fromTheSandbox(exchange(head + "X-Client-Secret: \u0001" + secret + "\u0000\r\n", "{}"), 200);
    String inside = exchange(head + "X-Client-Secret: " + secret.substring(0, 4) + "\u0001" + secret.substring(4)
        + "\r\n", "{}");
    fromTheSandbox(inside, 401);
    assertTrue(inside.contains("[1000]"), inside);
  }
}
