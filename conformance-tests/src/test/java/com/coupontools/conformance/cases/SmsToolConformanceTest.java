package com.coupontools.conformance.cases;

import static com.coupontools.conformance.cases.ExpectedErrors.expect;
import static com.coupontools.conformance.cases.SubaccountFixtures.subaccountClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.conformance.harness.Call;
import com.coupontools.conformance.harness.ConformanceCase;
import com.coupontools.conformance.harness.TargetKind;
import com.coupontools.errors.AuthenticationException;
import com.coupontools.api.SmsToolGroup;
import com.coupontools.api.SmsToolGroupListResponse;
import java.util.stream.Collectors;

/** The SMS tool's group list: needs an account connected to the SMS services (else 103). */
class SmsToolConformanceTest {

  @ConformanceCase(operation = "smstool_grouplist")
  void listGroups(Call call) {
    SmsToolGroupListResponse r = call.client().smsTool().listGroups();
    assertEquals(r.group().size(), r.amountOfGroups());
    for (SmsToolGroup g : r.group()) {
      assertTrue(g.id().matches("^gro_[0-9]+$"), g.id());
      assertFalse(g.name().isBlank());
    }
    if (!call.onLive()) {
      assertEquals("gro_3301 Newsletter subscribers, gro_3302 VIP customers",
          r.group().stream().map(g -> g.id() + " " + g.name()).collect(Collectors.joining(", ")));
    }
  }

  @ConformanceCase(operation = "smstool_grouplist", code = 103, targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = "103 needs an account without the SMS integration (the demo subaccount)")
  void listGroupsWithoutSmsIntegration(Call call) {
    var sub = subaccountClient(call);
    call.forceExampleOnMock("e103_no_sms_integration");
    expect(AuthenticationException.class, 103, () -> sub.smsTool().listGroups());
  }

  @ConformanceCase(operation = "smstool_grouplist", code = 1000)
  void listGroupsWithWrongCredentials(Call call) {
    AuthenticationCases.rejectsWrongCredentials(call, c -> c.smsTool().listGroups());
  }

  @ConformanceCase(operation = "smstool_grouplist", code = 101, targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = "101 needs an account whose expiry date has passed")
  void listGroupsWithExpiredAccount(Call call) {
    AuthenticationCases.rejectsExpiredAccount(call, c -> c.smsTool().listGroups());
  }
}
