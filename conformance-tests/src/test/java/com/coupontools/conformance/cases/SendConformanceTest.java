package com.coupontools.conformance.cases;

import static com.coupontools.conformance.cases.ExpectedErrors.expect;
import static com.coupontools.conformance.cases.SubaccountFixtures.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.api.SendEmailRequest;
import com.coupontools.api.SendEmailResponse;
import com.coupontools.api.SendSmsRequest;
import com.coupontools.api.SendSmsResponse;
import com.coupontools.api.SubaccountDetails;
import com.coupontools.api.SubaccountInfoRequest;
import com.coupontools.client.CoupontoolsClient;
import com.coupontools.conformance.harness.Call;
import com.coupontools.conformance.harness.ConformanceCase;
import com.coupontools.conformance.harness.TargetKind;
import com.coupontools.errors.LimitException;

/** Sending a coupon or directory by email or SMS ({@code client.send()}). Every send writes (a session, a message). */
class SendConformanceTest {
  private static final String CAMPAIGN = "cam_123456";
  private static final String PHONE = "+447911123456";

  /** The demo subaccount whose email balance is spent (604). */
  private static CoupontoolsClient spentBalanceClient(Call call) {
    SubaccountDetails sub =
        call.client().subaccounts().info(SubaccountInfoRequest.of("sub_1235")).subaccount();
    return call.client(sub.apiKey(), sub.apiSecret());
  }

  // send_email

  @ConformanceCase(
      operation = "send_email",
      writes = true,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void email(Call call) {
    String email = uniqueEmail("send");
    SendEmailResponse r = call.client()
        .send()
        .email(SendEmailRequest.of(CAMPAIGN, email).toBuilder()
            .subject("Your coupon is here")
            .firstName("Ana")
            .lastName("Lopez")
            .checkUnique(true)
            .build());
    assertEquals("email_sent", r.action());
    if (call.onSandbox()) {
      assertEquals(email, r.email());
      assertEquals(CAMPAIGN, r.campaign());
    }
  }

  @ConformanceCase(
      operation = "send_email",
      code = 604,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = "604 needs an account whose email balance is spent (the demo subaccount sub_1235)")
  void emailBalanceSpent(Call call) {
    var sub = spentBalanceClient(call);
    call.forceExampleOnMock("e604_email_balance_too_low");
    expect(
        LimitException.class,
        604,
        () -> sub.send().email(SendEmailRequest.of("cam_223345", uniqueEmail("send"))));
  }

  // send_sms

  @ConformanceCase(
      operation = "send_sms",
      writes = true,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void sms(Call call) {
    SendSmsResponse r = call.client()
        .send()
        .sms(SendSmsRequest.of(CAMPAIGN, PHONE).toBuilder()
            .body("Here is your coupon")
            .build());
    assertEquals(PHONE.substring(1), r.phone()); // digits without the +
    assertFalse(r.singleUseCode().isBlank());
    assertTrue(r.message().startsWith("Here is your coupon"), r::toString);
  }
}
