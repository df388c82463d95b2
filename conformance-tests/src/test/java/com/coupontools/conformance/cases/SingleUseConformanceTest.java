package com.coupontools.conformance.cases;

import static com.coupontools.conformance.cases.ExpectedErrors.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.api.MultipleSingleUseCreateRequest;
import com.coupontools.api.MultipleSingleUseCreateResponse;
import com.coupontools.api.SingleUseCode;
import com.coupontools.api.SingleUseCreateRequest;
import com.coupontools.api.SingleUseCreateResponse;
import com.coupontools.api.SingleUseRemoveRequest;
import com.coupontools.api.SingleUseRemoveResponse;
import com.coupontools.client.WireValue;
import com.coupontools.conformance.harness.Call;
import com.coupontools.conformance.harness.ConformanceCase;
import com.coupontools.conformance.harness.TargetKind;
import com.coupontools.errors.LimitException;
import com.coupontools.errors.NotFoundException;
import java.util.UUID;

class SingleUseConformanceTest {

  private static final String CAMPAIGN = "cam_123456";

  // ---- multiplesingleuse_create ----

  @ConformanceCase(operation = "multiplesingleuse_create", writes = true)
  void createMultiple(Call call) {
    MultipleSingleUseCreateResponse r = call.client()
        .singleUse()
        .createMultiple(MultipleSingleUseCreateRequest.of("cam_123456").toBuilder()
            .amount(2)
            .status(MultipleSingleUseCreateRequest.Status.ACTIVATED)
            .build());
    assertEquals("cam_123456", r._campaign().asString());
    assertEquals(2, r.data().size());
    for (SingleUseCode code : r.data()) {
      assertTrue(code.singleUseUrl().toString().startsWith("https://"), code.toString());
      assertFalse(code.voided().orElse(false));
    }
  }

  @ConformanceCase(
      operation = "multiplesingleuse_create",
      code = 601,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void createMultipleBeyondTheCodeSpace(Call call) {
    call.forceExampleOnMock("e601_low_on_codes");
    // Three digits after a fresh prefix make 1,000 codes: 1,001 cannot be unique, and nothing is
    // written.
    expect(
        LimitException.class,
        601,
        () -> call.client()
            .singleUse()
            .createMultiple(MultipleSingleUseCreateRequest.of(CAMPAIGN).toBuilder()
                .amount(1001)
                .automatedCodes(true)
                .codePrefix(uniquePrefix())
                .codeLength(3)
                .codeType(MultipleSingleUseCreateRequest.CodeType.NUMERIC)
                .build()));
  }

  // ---- singleuse_create ----

  @ConformanceCase(operation = "singleuse_create", writes = true)
  void create(Call call) {
    // The custom validation code must be unique in the account: a fresh one per run.
    String valCode = "CT" + uniquePrefix();
    SingleUseCreateResponse r = call.client()
        .singleUse()
        .create(SingleUseCreateRequest.of(CAMPAIGN).toBuilder()
            .firstName("Jan")
            .lastName("Peeters")
            .email("jan.peeters@example.com")
            .customId("CRM-000451")
            .customValidationCode(valCode)
            .customField1("gold")
            ._expiresAt(WireValue.of("2026-06-30 23:59:59"))
            .utmSource("newsletter")
            .build());
    assertEquals(CAMPAIGN, r._campaign().asString());
    assertEquals("single_use_code_created", r._action().asString());
    assertTrue(r.singleUseCode().matches("[a-z0-9]{6,64}"), r.singleUseCode());
    assertEquals("https", r.singleUseUrl().getScheme());
    assertTrue(
        r.singleUseUrl().getPath().endsWith("/" + r.singleUseCode()),
        r._singleUseUrl().asString());
    assertTrue(r.widgetValidationCode().matches("[a-z0-9]{6}"), r.widgetValidationCode());
    assertEquals("CRM-000451", r.customId());
    assertEquals(
        call.onMock() ? "5412345678908" : valCode, r._customValidationCode().asString());
  }

  @ConformanceCase(operation = "singleuse_create", writes = true)
  void createWithDuplicateCheck(Call call) {
    // duplicate_check=email: a second request for the same e-mail returns the first URL, not a new
    // one.
    String email = SubaccountFixtures.uniqueEmail("dup");
    SingleUseCreateRequest req = SingleUseCreateRequest.of(CAMPAIGN).toBuilder()
        .email(email)
        .autoValidationCode(SingleUseCreateRequest.AutoValidationCode.EIGHT_DIGITS)
        .duplicateCheck(SingleUseCreateRequest.DuplicateCheck.EMAIL)
        .build();
    SingleUseCreateResponse first = call.client().singleUse().create(req);
    SingleUseCreateResponse second = call.client().singleUse().create(req);
    assertEquals(first.singleUseCode(), second.singleUseCode());
    assertEquals(
        first._customValidationCode().asString(), second._customValidationCode().asString());
    if (!call.onMock()) {
      assertTrue(
          first._customValidationCode().asString().matches("[0-9]{8}"),
          first._customValidationCode().asString());
    }
  }

  // ---- singleuse_remove ----

  @ConformanceCase(operation = "singleuse_remove", writes = true)
  void remove(Call call) {
    // Remove a URL made for this case (on the mock both answers are the documented 7h2k9m… code).
    String code =
        call.client().singleUse().create(SingleUseCreateRequest.of(CAMPAIGN)).singleUseCode();
    SingleUseRemoveResponse r =
        call.client().singleUse().remove(SingleUseRemoveRequest.of(CAMPAIGN, code));
    assertEquals(CAMPAIGN, r._campaign().asString());
    assertEquals("single_use_code_removed", r._action().asString());
    assertEquals(code, r.singleUseCode());
    if (call.onSandbox()) {
      // Gone: a second removal finds nothing.
      expect(
          NotFoundException.class,
          505,
          () -> call.client().singleUse().remove(SingleUseRemoveRequest.of(CAMPAIGN, code)));
    }
  }

  /** A code prefix no earlier run used (codes are unique per account, across runs). */
  static String uniquePrefix() {
    return UUID.randomUUID()
        .toString()
        .replace("-", "")
        .substring(0, 10)
        .toUpperCase(java.util.Locale.ROOT);
  }
}
