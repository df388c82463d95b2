package com.coupontools.conformance.cases;

import static com.coupontools.conformance.cases.ExpectedErrors.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.coupontools.api.AccountSsoToken;
import com.coupontools.api.TeammateSsoRequest;
import com.coupontools.api.TeammateSsoToken;
import com.coupontools.client.WireValue;
import com.coupontools.conformance.harness.Call;
import com.coupontools.conformance.harness.ConformanceCase;
import com.coupontools.conformance.harness.TargetKind;
import com.coupontools.errors.InvalidParameterException;
import com.coupontools.errors.MissingParameterException;
import com.coupontools.errors.NotFoundException;

/** Single sign on for the account itself and for a teammate ({@code client.account()}). */
class AccountConformanceTest {
  private static final String TEAMMATE = "8812";
  private static final String NOTE_101 = AuthenticationCases.EXPIRED_NOTE;
  private static final String NOTE_300 = UnreadableBodyConformanceTest.NOTE;

  @ConformanceCase(operation = "account_sso", writes = true, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void accountSso(Call call) {
    AccountSsoToken t = call.client().account().sso().account();
    assertFalse(t.token().isBlank());
    assertFalse(t.toString().contains(t.token()), "the token is masked in toString(): " + t);
    assertFalse(t.url().toString().isBlank());
  }

  @ConformanceCase(operation = "account_sso", code = 300, targets = TargetKind.MOCK, note = NOTE_300)
  void accountSsoUnreadable(Call call) {
    UnreadableBodyConformanceTest.unreadable(call, c -> c.account().sso());
  }

  @ConformanceCase(operation = "account_sso", code = 1000)
  void accountSsoWrongCredentials(Call call) {
    AuthenticationCases.rejectsWrongCredentials(call, c -> c.account().sso());
  }

  @ConformanceCase(operation = "account_sso", code = 101, targets = {TargetKind.MOCK, TargetKind.SANDBOX}, note = NOTE_101)
  void accountSsoExpired(Call call) {
    AuthenticationCases.rejectsExpiredAccount(call, c -> c.account().sso());
  }

  @ConformanceCase(operation = "teammate_sso", writes = true, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void teammateSso(Call call) {
    TeammateSsoToken t = call.client().account().teammateSso(TeammateSsoRequest.of(TEAMMATE).toBuilder()
        .page(TeammateSsoRequest.Page.UPDATE_CAMPAIGN).campaign("cam_123456").build()).teammate();
    assertEquals(TEAMMATE, t.id());
    assertFalse(t.token().isBlank());
    assertFalse(t.toString().contains(t.token()), "the token is masked in toString(): " + t);
  }

  @ConformanceCase(operation = "teammate_sso", code = 200, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void teammateSsoWithoutTeammate(Call call) {
    call.forceExampleOnMock("e200_missing_teammate");
    expect(MissingParameterException.class, 200, "teammate",
        () -> call.client().account().teammateSso(TeammateSsoRequest.builder()._teammate(WireValue.missing()).build()));
  }

  @ConformanceCase(operation = "teammate_sso", code = 200, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void teammateSsoUpdateCampaignWithoutCampaign(Call call) {
    call.forceExampleOnMock("e200_missing_campaign");
    expect(MissingParameterException.class, 200, "campaign",
        () -> call.client().account().teammateSso(TeammateSsoRequest.of(TEAMMATE).toBuilder()
            .page(TeammateSsoRequest.Page.UPDATE_CAMPAIGN).build()));
  }

  @ConformanceCase(operation = "teammate_sso", code = 300, targets = TargetKind.MOCK, note = NOTE_300)
  void teammateSsoUnreadable(Call call) {
    UnreadableBodyConformanceTest.unreadable(call, c -> c.account().teammateSso(TeammateSsoRequest.of(TEAMMATE)));
  }

  @ConformanceCase(operation = "teammate_sso", code = 301, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void teammateSsoMalformedTeammate(Call call) {
    call.forceExampleOnMock("e301_invalid_teammate");
    expect(InvalidParameterException.class, 301, "teammate",
        () -> call.client().account().teammateSso(TeammateSsoRequest.of("tm-8812")));
  }

  @ConformanceCase(operation = "teammate_sso", code = 302, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void teammateSsoUnknownPage(Call call) {
    call.forceExampleOnMock("e302_invalid_page");
    expect(InvalidParameterException.class, 302, "page",
        () -> call.client().account().teammateSso(TeammateSsoRequest.of(TEAMMATE).toBuilder()._page(WireValue.of("settings")).build()));
  }

  @ConformanceCase(operation = "teammate_sso", code = 502, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void teammateSsoUnknownCampaign(Call call) {
    call.forceExampleOnMock("e502_campaign_not_found");
    expect(NotFoundException.class, 502, () -> call.client().account().teammateSso(TeammateSsoRequest.of(TEAMMATE).toBuilder()
        .page(TeammateSsoRequest.Page.UPDATE_CAMPAIGN).campaign("cam_999999").build()));
  }

  @ConformanceCase(operation = "teammate_sso", code = 503, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void teammateSsoUnknownTeammate(Call call) {
    call.forceExampleOnMock("e503_teammate_not_found");
    expect(NotFoundException.class, 503, () -> call.client().account().teammateSso(TeammateSsoRequest.of("9999")));
  }

  @ConformanceCase(operation = "teammate_sso", code = 1000)
  void teammateSsoWrongCredentials(Call call) {
    AuthenticationCases.rejectsWrongCredentials(call, c -> c.account().teammateSso(TeammateSsoRequest.of(TEAMMATE)));
  }

  @ConformanceCase(operation = "teammate_sso", code = 101, targets = {TargetKind.MOCK, TargetKind.SANDBOX}, note = NOTE_101)
  void teammateSsoExpired(Call call) {
    AuthenticationCases.rejectsExpiredAccount(call, c -> c.account().teammateSso(TeammateSsoRequest.of(TEAMMATE)));
  }
}
