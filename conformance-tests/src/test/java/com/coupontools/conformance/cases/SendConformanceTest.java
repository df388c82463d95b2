package com.coupontools.conformance.cases;

import static com.coupontools.conformance.cases.ExpectedErrors.expect;
import static com.coupontools.conformance.cases.SubaccountFixtures.subaccountClient;
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
import com.coupontools.client.WireValue;
import com.coupontools.conformance.harness.Call;
import com.coupontools.conformance.harness.ConformanceCase;
import com.coupontools.conformance.harness.TargetKind;
import com.coupontools.errors.AuthenticationException;
import com.coupontools.errors.InvalidParameterException;
import com.coupontools.errors.LimitException;
import com.coupontools.errors.MissingParameterException;
import com.coupontools.errors.NotFoundException;

/** Sending a coupon or directory by email or SMS ({@code client.send()}). Every send writes (a session, a message). */
class SendConformanceTest {
  private static final String CAMPAIGN = "cam_123456";
  private static final String PHONE = "+447911123456";
  private static final String NOTE_101 = AuthenticationCases.EXPIRED_NOTE;
  private static final String NOTE_300 = UnreadableBodyConformanceTest.NOTE;
  private static final String NOTE_INTEGRATION = "needs an account without the integration (the demo subaccount)";

  /** The demo subaccount whose email balance is spent (604). */
  private static CoupontoolsClient spentBalanceClient(Call call) {
    SubaccountDetails sub = call.client().subaccounts().info(SubaccountInfoRequest.of("sub_1235")).subaccount();
    return call.client(sub.apiKey(), sub.apiSecret());
  }

  // send_email

  @ConformanceCase(operation = "send_email", writes = true, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void email(Call call) {
    String email = uniqueEmail("send");
    SendEmailResponse r = call.client().send().email(SendEmailRequest.of(CAMPAIGN, email).toBuilder()
        .subject("Your coupon is here").firstName("Ana").lastName("Lopez").checkUnique(true).build());
    assertEquals("email_sent", r.action());
    if (call.onSandbox()) {
      assertEquals(email, r.email());
      assertEquals(CAMPAIGN, r.campaign());
    }
  }

  @ConformanceCase(operation = "send_email", code = 104, targets = {TargetKind.MOCK, TargetKind.SANDBOX}, note = NOTE_INTEGRATION)
  void emailWithoutIntegration(Call call) {
    var sub = subaccountClient(call);
    call.forceExampleOnMock("e104_no_email_integration");
    expect(AuthenticationException.class, 104, () -> sub.send().email(SendEmailRequest.of(CAMPAIGN, uniqueEmail("send"))));
  }

  @ConformanceCase(operation = "send_email", code = 200, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void emailWithoutAddress(Call call) {
    call.forceExampleOnMock("e200_missing_email");
    expect(MissingParameterException.class, 200, "email",
        () -> call.client().send().email(SendEmailRequest.builder().campaign(CAMPAIGN)._email(WireValue.missing()).build()));
  }

  @ConformanceCase(operation = "send_email", code = 300, targets = TargetKind.MOCK, note = NOTE_300)
  void emailUnreadable(Call call) {
    UnreadableBodyConformanceTest.unreadable(call, c -> c.send().email(SendEmailRequest.of(CAMPAIGN, "ana@example.com")));
  }

  @ConformanceCase(operation = "send_email", code = 301, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void emailBadFlag(Call call) {
    call.forceExampleOnMock("e301_invalid_check_unique");
    expect(InvalidParameterException.class, 301, "check_unique", () -> call.client().send().email(
        SendEmailRequest.of(CAMPAIGN, uniqueEmail("send")).toBuilder()._checkUnique(WireValue.of("sometimes")).build()));
  }

  @ConformanceCase(operation = "send_email", code = 305, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void emailBadAddress(Call call) {
    call.forceExampleOnMock("e305_invalid_email");
    expect(InvalidParameterException.class, 305, () -> call.client().send().email(SendEmailRequest.of(CAMPAIGN, "ana.lopez")));
  }

  @ConformanceCase(operation = "send_email", code = 502, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void emailUnknownCampaign(Call call) {
    call.forceExampleOnMock("e502_campaign_not_found");
    expect(NotFoundException.class, 502, () -> call.client().send().email(SendEmailRequest.of("cam_999999", uniqueEmail("send"))));
  }

  @ConformanceCase(operation = "send_email", code = 604, targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = "604 needs an account whose email balance is spent (the demo subaccount sub_1235)")
  void emailBalanceSpent(Call call) {
    var sub = spentBalanceClient(call);
    call.forceExampleOnMock("e604_email_balance_too_low");
    expect(LimitException.class, 604, () -> sub.send().email(SendEmailRequest.of("cam_223345", uniqueEmail("send"))));
  }

  @ConformanceCase(operation = "send_email", code = 1000)
  void emailWrongCredentials(Call call) {
    AuthenticationCases.rejectsWrongCredentials(call, c -> c.send().email(SendEmailRequest.of(CAMPAIGN, "ana@example.com")));
  }

  @ConformanceCase(operation = "send_email", code = 101, targets = {TargetKind.MOCK, TargetKind.SANDBOX}, note = NOTE_101)
  void emailExpired(Call call) {
    AuthenticationCases.rejectsExpiredAccount(call, c -> c.send().email(SendEmailRequest.of(CAMPAIGN, "ana@example.com")));
  }

  // send_sms

  @ConformanceCase(operation = "send_sms", writes = true, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void sms(Call call) {
    SendSmsResponse r = call.client().send().sms(SendSmsRequest.of(CAMPAIGN, PHONE).toBuilder().body("Here is your coupon").build());
    assertEquals(PHONE.substring(1), r.phone()); // digits without the +
    assertFalse(r.singleUseCode().isBlank());
    assertTrue(r.message().startsWith("Here is your coupon"), r::toString);
  }

  @ConformanceCase(operation = "send_sms", code = 103, targets = {TargetKind.MOCK, TargetKind.SANDBOX}, note = NOTE_INTEGRATION)
  void smsWithoutIntegration(Call call) {
    var sub = subaccountClient(call);
    call.forceExampleOnMock("e103_no_sms_integration");
    expect(AuthenticationException.class, 103, () -> sub.send().sms(SendSmsRequest.of(CAMPAIGN, PHONE)));
  }

  @ConformanceCase(operation = "send_sms", code = 200, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void smsWithoutPhone(Call call) {
    call.forceExampleOnMock("e200_missing_phone");
    expect(MissingParameterException.class, 200, "phone",
        () -> call.client().send().sms(SendSmsRequest.builder().campaign(CAMPAIGN)._phone(WireValue.missing()).build()));
  }

  @ConformanceCase(operation = "send_sms", code = 300, targets = TargetKind.MOCK, note = NOTE_300)
  void smsUnreadable(Call call) {
    UnreadableBodyConformanceTest.unreadable(call, c -> c.send().sms(SendSmsRequest.of(CAMPAIGN, PHONE)));
  }

  @ConformanceCase(operation = "send_sms", code = 301, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void smsBadPhone(Call call) {
    call.forceExampleOnMock("e301_invalid_phone");
    expect(InvalidParameterException.class, 301, "phone", () -> call.client().send().sms(SendSmsRequest.of(CAMPAIGN, "07911 123456")));
  }

  @ConformanceCase(operation = "send_sms", code = 502, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void smsUnknownCampaign(Call call) {
    call.forceExampleOnMock("e502_campaign_not_found");
    expect(NotFoundException.class, 502, () -> call.client().send().sms(SendSmsRequest.of("cam_999999", PHONE)));
  }

  @ConformanceCase(operation = "send_sms", code = 1000)
  void smsWrongCredentials(Call call) {
    AuthenticationCases.rejectsWrongCredentials(call, c -> c.send().sms(SendSmsRequest.of(CAMPAIGN, PHONE)));
  }

  @ConformanceCase(operation = "send_sms", code = 101, targets = {TargetKind.MOCK, TargetKind.SANDBOX}, note = NOTE_101)
  void smsExpired(Call call) {
    AuthenticationCases.rejectsExpiredAccount(call, c -> c.send().sms(SendSmsRequest.of(CAMPAIGN, PHONE)));
  }
}
