package com.coupontools.conformance.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.conformance.harness.Call;
import com.coupontools.conformance.harness.ConformanceCase;
import com.coupontools.conformance.harness.TargetKind;
import com.coupontools.errors.NotFoundException;
import com.coupontools.model.MultipleSingleUseCreateRequest;
import com.coupontools.model.MultipleSingleUseCreateResponse;
import com.coupontools.model.SingleUseCode;

class SingleUseConformanceTest {

  @ConformanceCase(operation = "multiplesingleuse_create", writes = true)
  void createMultiple(Call call) {
    MultipleSingleUseCreateResponse r = call.client().singleUse().createMultiple(
        MultipleSingleUseCreateRequest.of("cam_123456").amount(2)
            .status(MultipleSingleUseCreateRequest.StatusEnum.ACTIVATED));
    assertEquals("cam_123456", r.getCampaign());
    assertEquals(2, r.getData().size());
    for (SingleUseCode code : r.getData()) {
      assertTrue(code.singleUseUrl().toString().startsWith("https://"), code.toString());
      assertFalse(code.voided());
    }
  }

  @ConformanceCase(operation = "multiplesingleuse_create", code = 502, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void createMultipleForUnknownCampaign(Call call) {
    call.forceExampleOnMock("e502_campaign_not_found");
    NotFoundException e = assertThrows(NotFoundException.class, () -> call.client().singleUse().createMultiple(
        MultipleSingleUseCreateRequest.of("cam_999999").amount(1)));
    assertEquals(502, e.code());
  }
}
