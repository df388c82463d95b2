package com.coupontools.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.api.MultipleSingleUseCreateRequest;
import com.coupontools.api.SubaccountResetUrl;
import com.coupontools.api.SubaccountSsoRequest;
import com.coupontools.api.SubaccountSsoToken;
import com.coupontools.client.FaultyServer.Fault;
import com.coupontools.errors.ApiException;
import com.coupontools.errors.TransportException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Issue 9, defects 9–12: what fault drills and an echoing server found in the SDK. */
class HardeningTest extends ClientTestSupport {
  private static final String CREATED =
      "{\"status\":{\"status\":\"OK\"},\"campaign\":\"cam_1\",\"action\":\"x\",\"data\":[]}";
  private static final String TOKEN = "9f8e7d6c5b4a39281706f5e4d3c2b1a0";
  private static final MultipleSingleUseCreateRequest CREATE =
      MultipleSingleUseCreateRequest.builder().campaign("cam_1").amount(10).build();

  // Defect 9: the SSO token was masked as a field but printed inside the URLs that carry it.
  @Test
  void loginTokensAreMaskedInsideUrlsInToString() {
    server.enqueue(
        json("{\"status\":{\"status\":\"OK\"},\"subaccount\":{\"ID\":\"sub_1\",\"token\":\"" + TOKEN
            + "\",\"url\":\"https://www.coupontools.com/en/sso?token=" + TOKEN
            + "&page=dashboard\","
            + "\"url_whitelabel\":\"https://dash.example.com/en/sso?page=x&token=" + TOKEN
            + "\"}}"));
    SubaccountSsoToken sso =
        client().subaccounts().sso(SubaccountSsoRequest.of("sub_1")).subaccount();
    String s = sso.toString();
    assertFalse(s.contains(TOKEN), s);
    assertTrue(s.contains("https://www.coupontools.com/en/sso?token=***&page=dashboard"), s);
    assertTrue(s.contains("https://dash.example.com/en/sso?page=x&token=***"), s);
    assertTrue(sso.url().toString().contains(TOKEN), "the value itself is untouched");

    SubaccountResetUrl reset = SubaccountResetUrl.builder()
        .url(java.net.URI.create("https://www.coupontools.com/en/reset-password?token=" + TOKEN))
        .build();
    assertFalse(reset.toString().contains(TOKEN), reset.toString());
  }

  @Test
  void loginTokensAreMaskedInsideUrlsInExceptionMessages() {
    server.enqueue(
        json("{\"status\":{\"status\":\"failed\",\"errors\":{\"error_code\":[301],\"error_message\":"
                + "\"HTTP/1.0 422 Unprocessable entity.\",\"error_message_description\":[\"Invalid character in parameter: "
                + "page (https://x.example/sso?token=" + TOKEN + ")\"]}}}")
            .setResponseCode(422));
    ApiException e = assertThrows(
        ApiException.class, () -> client().subaccounts().sso(SubaccountSsoRequest.of("sub_1")));
    assertFalse(e.getMessage().contains(TOKEN), e.getMessage());
    assertTrue(e.getMessage().contains("sso?token=***"), e.getMessage());
  }

  // Defect 10: OkHttp's own connection-failure retry re-sent a create on a dropped pooled
  // connection.
  @ParameterizedTest
  @EnumSource(
      value = Fault.class,
      names = {"CLOSE_AFTER_REQUEST", "RESET_AFTER_REQUEST"})
  void aCreateOnADroppedPooledConnectionIsSentExactlyOnce(Fault fault) throws Exception {
    try (FaultyServer faulty = new FaultyServer(CREATED).then(Fault.ANSWER_OK, fault)) {
      CoupontoolsClient client = builder().baseUrl(faulty.url()).build();
      client.singleUse().createMultiple(CREATE); // leaves a pooled keep-alive connection
      TransportException e =
          assertThrows(TransportException.class, () -> client.singleUse().createMultiple(CREATE));
      assertTrue(e.requestSent(), e.getMessage());
      assertEquals(2, faulty.requestCount(), "the second create reached the server once");
      assertTrue(sleeps.isEmpty());
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Fault.class,
      names = {"CLOSE_AFTER_REQUEST", "RESET_AFTER_REQUEST"})
  void anOptedInRetryIsTheOnlyRetry(Fault fault) throws Exception {
    try (FaultyServer faulty =
        new FaultyServer(CREATED).then(Fault.ANSWER_OK, fault, fault, fault)) {
      CoupontoolsClient client =
          builder().baseUrl(faulty.url()).retryNonIdempotent(true).maxRetries(2).build();
      client.singleUse().createMultiple(CREATE);
      assertThrows(TransportException.class, () -> client.singleUse().createMultiple(CREATE));
      assertEquals(1 + 3, faulty.requestCount(), "one attempt plus maxRetries, nothing more");
      assertEquals(2, sleeps.size());
    }
  }

  // Found after issue 9 (the conformance suite's recorder, then Node): a server that closes an idle
  // keep-alive connection (Node after 5 s) before OkHttp's own check (10 s idle) broke the next
  // call with "unexpected end of stream", and a POST was not resent. The request must go out once,
  // on a new connection, with no retry needed.
  @Test
  void aPooledConnectionTheServerClosedWhileIdleIsNotUsed() throws Exception {
    try (FaultyServer faulty = new FaultyServer(CREATED).then(Fault.ANSWER_THEN_CLOSE_WHEN_IDLE)) {
      CoupontoolsClient client = builder().baseUrl(faulty.url()).maxRetries(0).build();
      client.singleUse().createMultiple(CREATE);
      Thread.sleep(1_300); // past the SDK's 1 s validate-after-idle, well inside OkHttp's 10 s
      client.singleUse().createMultiple(CREATE);
      assertEquals(2, faulty.requestCount(), "each create reached the server once");
      assertTrue(
          sleeps.isEmpty(), "no retry: the closed connection was skipped before anything was sent");
    }
  }

  // Defect 11: a server trickling its body one byte at a time held the SDK far past any budget.
  @Test
  void theDefaultsBoundTheWholeCallAndReadTimeoutIsNoCallBudget() {
    assertEquals(CoupontoolsClient.DEFAULT_TIMEOUT, client().settings().callTimeout);
    assertFalse(CoupontoolsClient.DEFAULT_TIMEOUT.isZero());
    assertEquals(
        CoupontoolsClient.DEFAULT_TIMEOUT,
        builder().readTimeout(Duration.ofSeconds(2)).build().settings().callTimeout,
        "a read timeout bounds each read only; the call keeps its default budget");
  }

  @Test
  void aTricklingBodyIsCutAtTheCallTimeout() {
    // 1 byte every 50 ms: no single read ever waits 1 s, the whole body would take ~20 s
    server.enqueue(json(CREATED + " ".repeat(400)).throttleBody(1, 50, TimeUnit.MILLISECONDS));
    CoupontoolsClient client =
        builder().readTimeout(Duration.ofSeconds(1)).build().withTimeout(Duration.ofSeconds(2));
    long start = System.nanoTime();
    TransportException e =
        assertThrows(TransportException.class, () -> client.singleUse().createMultiple(CREATE));
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertTrue(millis < 6_000, "held for " + millis + " ms");
    assertTrue(e.requestSent());
  }

  // Defect 12: a server echoing the secret with `/` escaped as `\/` made the debug log print it.
  @Test
  void everyEncodingOfTheSecretIsMasked() {
    String secret = "s3cr/t+Xq9-VALUE/7f3e";
    List<String> encodings = List.of(
        secret,
        secret.replace("/", "\\/"), // JSON, slash escaped
        secret.replace("/", "\\u002f").replace("+", "\\u002B"), // JSON, \\uXXXX (either case)
        "s\\u0033cr\\/t+Xq9-VALUE/7f3e", // mixed
        URLEncoder.encode(secret, StandardCharsets.UTF_8), // %2F %2B
        URLEncoder.encode(secret, StandardCharsets.UTF_8)
            .replace("%2F", "%2f")
            .replace("%2B", "%2b"),
        Base64.getEncoder()
            .encodeToString((CLIENT_ID + ":" + secret).getBytes(StandardCharsets.UTF_8)),
        Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)),
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
    StringBuilder echo = new StringBuilder(
        "{\"status\":{\"status\":\"OK\"},\"amount_of_subaccounts\":\"0\",\"subaccounts\":[]");
    for (int i = 0; i < encodings.size(); i++) {
      echo.append(",\"echo").append(i).append("\":\"").append(encodings.get(i)).append('"');
    }
    server.enqueue(json(echo.append('}').toString()));
    String description = String.join(" ", encodings).replace("\\", "\\\\").replace("\"", "\\\"");
    server.enqueue(json("{\"status\":{\"status\":\"failed\",\"errors\":{\"error_code\":[1000],"
            + "\"error_message_description\":[\"Rejected " + description + "\"]}}}")
        .setResponseCode(401));

    CoupontoolsClient client = CoupontoolsClient.builder()
        .credentials(CLIENT_ID, secret)
        .baseUrl(server.url("/").toString())
        .logger(capturingLogger())
        .sleeper(sleeps::add)
        .build();
    client.subaccounts().list();
    ApiException e = assertThrows(ApiException.class, () -> client.subaccounts().list());

    String log = String.join("\n", logLines);
    assertTrue(log.contains("echo0"), log);
    for (String encoded : encodings) {
      assertFalse(log.contains(encoded), "log leaks " + encoded + ":\n" + log);
      assertFalse(
          e.getMessage().contains(encoded), "message leaks " + encoded + ": " + e.getMessage());
    }
  }
}
