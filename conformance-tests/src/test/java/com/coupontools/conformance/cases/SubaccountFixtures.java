package com.coupontools.conformance.cases;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.api.SubaccountCreateRequest;
import com.coupontools.api.SubaccountDetails;
import com.coupontools.api.SubaccountInfoRequest;
import com.coupontools.client.CoupontoolsClient;
import com.coupontools.conformance.harness.Call;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Accounts the error cases need, obtained through the API only (the sandbox is a black box): the
 * credentials of a subaccount (subaccount info returns them) and an expired subaccount. On the mock
 * no account is needed — Prism answers the forced example whatever the credentials.
 */
final class SubaccountFixtures {

  /** The documented demo subaccount (the spec's examples and the sandbox's seed use it). */
  static final String DEMO_SUBACCOUNT = "sub_1234";

  record Credentials(String clientId, String clientSecret) {}

  /** One expired subaccount per started target: creating one per case would only grow the data. */
  private static final Map<String, Credentials> EXPIRED = new ConcurrentHashMap<>();

  private SubaccountFixtures() {}

  /** A client with the credentials of an account whose expiry date has passed (101 on every operation). */
  static CoupontoolsClient expiredClient(Call call) {
    Credentials c = expiredCredentials(call);
    return call.client(c.clientId(), c.clientSecret());
  }

  /** The credentials of an account whose expiry date has passed (made once per target through the SDK). */
  static Credentials expiredCredentials(Call call) {
    if (call.onMock()) return new Credentials("expired-client", "expired-secret");
    return EXPIRED.computeIfAbsent(call.baseUrl(), url -> {
      SubaccountDetails created = call.client()
          .subaccounts()
          .create(SubaccountCreateRequest.of(uniqueEmail("expired")).toBuilder()
              .expiresOn(LocalDate.of(2020, 1, 31))
              .build())
          .subaccount();
      assertTrue(created.expiresOn().orElseThrow().isBefore(LocalDate.now()), created.toString());
      return new Credentials(created.apiKey(), created.apiSecret());
    });
  }

  /**
   * A client with the demo subaccount's own credentials, read through subaccount info: 102 where
   * only a main account may act, and (on the sandbox's seed) an account with neither the SMS nor
   * an email integration, so 103 and 104.
   */
  static CoupontoolsClient subaccountClient(Call call) {
    Credentials c = subaccountCredentials(call);
    return call.client(c.clientId(), c.clientSecret());
  }

  /** The demo subaccount's own credentials, read through subaccount info. */
  static Credentials subaccountCredentials(Call call) {
    SubaccountDetails sub = call.client()
        .subaccounts()
        .info(SubaccountInfoRequest.of(DEMO_SUBACCOUNT))
        .subaccount();
    assertFalse(sub.apiKey().isBlank());
    assertFalse(sub.apiSecret().isBlank());
    return new Credentials(sub.apiKey(), sub.apiSecret());
  }

  /** The credentials no account has (1000). */
  static final Credentials WRONG = new Credentials("wrong-id", "wrong-secret");

  /** A client whose credentials no account has (1000). */
  static CoupontoolsClient wrongCredentials(Call call) {
    return call.client(WRONG.clientId(), WRONG.clientSecret());
  }

  /** An address no account uses yet, so that create never collides with an earlier run. */
  static String uniqueEmail(String tag) {
    return tag + "-" + UUID.randomUUID().toString().substring(0, 12).toLowerCase(Locale.ROOT)
        + "@conformance.example";
  }
}
