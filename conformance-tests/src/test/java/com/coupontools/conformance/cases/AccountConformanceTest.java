package com.coupontools.conformance.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.coupontools.api.AccountSsoToken;
import com.coupontools.api.TeammateSsoRequest;
import com.coupontools.api.TeammateSsoToken;
import com.coupontools.conformance.harness.Call;
import com.coupontools.conformance.harness.ConformanceCase;
import com.coupontools.conformance.harness.TargetKind;

/** Single sign on for the account itself and for a teammate ({@code client.account()}). */
class AccountConformanceTest {
  private static final String TEAMMATE = "8812";

  @ConformanceCase(
      operation = "account_sso",
      writes = true,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void accountSso(Call call) {
    AccountSsoToken t = call.client().account().sso().account();
    assertFalse(t.token().isBlank());
    assertFalse(t.toString().contains(t.token()), "the token is masked in toString(): " + t);
    assertFalse(t.url().toString().isBlank());
  }

  @ConformanceCase(
      operation = "teammate_sso",
      writes = true,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void teammateSso(Call call) {
    TeammateSsoToken t = call.client()
        .account()
        .teammateSso(TeammateSsoRequest.of(TEAMMATE).toBuilder()
            .page(TeammateSsoRequest.Page.UPDATE_CAMPAIGN)
            .campaign("cam_123456")
            .build())
        .teammate();
    assertEquals(TEAMMATE, t.id());
    assertFalse(t.token().isBlank());
    assertFalse(t.toString().contains(t.token()), "the token is masked in toString(): " + t);
  }
}
