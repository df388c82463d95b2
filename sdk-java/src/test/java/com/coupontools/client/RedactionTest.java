package com.coupontools.client;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.api.SubaccountCreateRequest;
import com.coupontools.api.SubaccountDetails;
import com.coupontools.api.SubaccountInfoRequest;
import com.coupontools.api.SubaccountListRequest;
import com.coupontools.errors.ApiException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The client secret, api_key/api_secret and passwords never appear in logs, messages or toString(). */
class RedactionTest extends ClientTestSupport {
  private static final String API_KEY = "7c1e9a4f2b8d6e03";
  private static final String API_SECRET = "5f2d8b7a1c9e4f6a0b3d7e2c8a1f9b4d";
  private static final String PASSWORD = "S3cure-Passw0rd!";
  private static final List<String> SECRETS = List.of(SECRET, API_KEY, API_SECRET, PASSWORD);

  private void assertNoSecret(String where, String text) {
    for (String s : SECRETS) {
      assertFalse(text.contains(s), where + " leaks " + s + ": " + text);
    }
  }

  @Test
  void logsShowTheExchangeWithSecretsMasked() {
    server.enqueue(fixture("subaccounts_info_ok"));
    server.enqueue(json("{\"status\":{\"status\":\"OK\"},\"subaccount\":{}}"));
    server.enqueue(json("{\"status\":{\"status\":\"OK\"},\"subaccount\":{}}"));
    SubaccountDetails details =
        client().subaccounts().info(SubaccountInfoRequest.of("sub_1001")).subaccount();
    SubaccountCreateRequest create = SubaccountCreateRequest.builder()
        .email("a@example.com")
        .password(PASSWORD)
        .build();
    client().subaccounts().create(create);
    builder().bodyEncoding(BodyEncoding.FORM).build().subaccounts().create(create);

    String log = String.join("\n", logLines);
    assertTrue(log.contains("--> POST"), log);
    assertTrue(log.contains("X-Client-Id: " + CLIENT_ID), "the id is not secret");
    assertTrue(log.contains("X-Client-Secret: ***"), log);
    assertTrue(log.contains("\"api_secret\":\"***\""), log);
    assertTrue(log.contains("password=***"), log);
    assertNoSecret("log", log);
    assertNoSecret("toString", details.toString());
    assertNoSecret("toString", create.toString());
    assertTrue(details.toString().contains("apiKey=***"), details.toString());
    assertTrue(
        details
            .toString()
            .startsWith("SubaccountDetails{id=sub_1001, email=shop.antwerp@example.com"),
        details.toString());
  }

  @Test
  void exceptionMessagesNeverCarryTheSecret() {
    // a server that echoes what it got must not make the SDK leak it
    server.enqueue(
        json("{\"status\":{\"status\":\"failed\",\"errors\":{\"error_code\":[1000],\"error_message\":"
                + "\"HTTP/1.0 401 Unauthorized\",\"error_message_description\":[\"Unknown client_secret="
                + SECRET
                + " for api_key=" + API_KEY + "\", \"Secret " + SECRET + " is not valid\"]}}}")
            .setResponseCode(401));
    ApiException e = assertThrows(
        ApiException.class,
        () -> client()
            .subaccounts()
            .list(SubaccountListRequest.builder()
                .putAdditionalProperty("client_secret", WireValue.of(SECRET))
                .build()));
    assertNoSecret("message", e.getMessage() + e.description());
    assertTrue(e.getMessage().contains("client_secret=***"), e.getMessage());
    assertNoSecret("log", String.join("\n", logLines));
  }

  /** The names come from the spec's x-secret marks (generated SecretNames), and a token inside its own SSO link is masked too. */
  @Test
  void aSecretFieldIsMaskedWhereverTheModelShowsIt() {
    String token = "dddba365f1e7694fa0f8dae8efa882b85b410dd12a81baf3";
    com.coupontools.api.DirectoryUserV4SsoToken t =
        com.coupontools.api.DirectoryUserV4SsoToken.builder()
            .token(token)
            .url(java.net.URI.create("https://digicpn.com/d/x7k2p9?sso=" + token))
            .build();
    assertFalse(t.toString().contains(token), t::toString);
    assertTrue(t.toString().contains("token=***"), t::toString);
    assertTrue(t.toString().contains("sso=***"), t::toString);
    assertTrue(t.url().toString().endsWith(token), "the accessor keeps the value");
  }

  @Test
  void clientToStringHidesTheSecret() {
    assertNoSecret("client", client().toString());
  }
}
