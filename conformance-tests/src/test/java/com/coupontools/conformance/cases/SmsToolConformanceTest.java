package com.coupontools.conformance.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.api.SmsToolGroup;
import com.coupontools.api.SmsToolGroupListResponse;
import com.coupontools.conformance.harness.Call;
import com.coupontools.conformance.harness.ConformanceCase;
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
    if (!call
        .onLive()) { // the demo groups first (ToolsConformanceTest's "add group" runs may add more
      // after them)
      assertTrue(
          r.group().stream()
              .map(g -> g.id() + " " + g.name())
              .collect(Collectors.joining(", "))
              .startsWith("gro_3301 Newsletter subscribers, gro_3302 VIP customers"),
          r::toString);
    }
  }
}
