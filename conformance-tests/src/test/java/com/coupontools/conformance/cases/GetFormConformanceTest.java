package com.coupontools.conformance.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.conformance.harness.Call;
import com.coupontools.conformance.harness.ConformanceCase;
import com.coupontools.conformance.harness.Encoding;
import com.coupontools.conformance.harness.TargetKind;
import com.coupontools.conformance.harness.WireRequests;
import com.coupontools.conformance.harness.WireRequests.Answer;

/**
 * The happy paths of the GET forms of the two campaign reads ({@code campaign_list_get},
 * {@code campaign_info_get}), which the SDK does not send ({@code x-sdk-skip}; it sends the
 * documented POST): sent on the wire ({@link WireRequests}). Their documented errors are derived
 * cases ({@link DerivedConformanceTest}). A GET has no body: each case runs once per target
 * ({@code encodings = JSON}; the form run is reported as not applicable).
 */
class GetFormConformanceTest {
  private static final String DEMO_ONLY = "uses the demo data's campaign";

  @ConformanceCase(encodings = Encoding.JSON, operation = "campaign_list_get")
  void list(Call call) {
    Answer a = WireRequests.get(call, "/v3/coupon/list?only_active=true");
    assertEquals(200, a.status(), a::toString);
    assertEquals("OK", a.body().path("status").path("status").asText());
    assertTrue(a.body().path("coupon_info").isArray(), a::toString);
  }

  @ConformanceCase(
      encodings = Encoding.JSON,
      operation = "campaign_info_get",
      targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = DEMO_ONLY)
  void info(Call call) {
    Answer a = WireRequests.get(call, "/v3/coupon/info?campaign=cam_123456&show_usage_stats=true");
    assertEquals(200, a.status(), a::toString);
    assertEquals("cam_123456", a.body().path("coupon_info").path("ID").asText(), a::toString);
  }
}
