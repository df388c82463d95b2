package com.coupontools.conformance.cases;

import static com.coupontools.conformance.cases.ExpectedErrors.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.client.WireValue;
import com.coupontools.conformance.harness.Call;
import com.coupontools.conformance.harness.ConformanceCase;
import com.coupontools.conformance.harness.TargetKind;
import com.coupontools.errors.InvalidParameterException;
import com.coupontools.errors.LimitException;
import com.coupontools.errors.MissingParameterException;
import com.coupontools.errors.NotFoundException;
import com.coupontools.api.MultipleSingleUseCreateRequest;
import com.coupontools.api.MultipleSingleUseCreateResponse;
import com.coupontools.api.SingleUseCode;
import com.coupontools.api.SingleUseCreateRequest;
import com.coupontools.api.SingleUseCreateResponse;
import com.coupontools.api.SingleUseRemoveRequest;
import com.coupontools.api.SingleUseRemoveResponse;
import java.util.UUID;

class SingleUseConformanceTest {

  private static final String CAMPAIGN = "cam_123456";
  private static final String UNKNOWN_CAMPAIGN = "cam_999999";

  // ---- multiplesingleuse_create ----

  @ConformanceCase(operation = "multiplesingleuse_create", writes = true)
  void createMultiple(Call call) {
    MultipleSingleUseCreateResponse r = call.client().singleUse().createMultiple(
        MultipleSingleUseCreateRequest.of("cam_123456").toBuilder().amount(2)
            .status(MultipleSingleUseCreateRequest.Status.ACTIVATED).build());
    assertEquals("cam_123456", r._campaign().asString());
    assertEquals(2, r.data().size());
    for (SingleUseCode code : r.data()) {
      assertTrue(code.singleUseUrl().toString().startsWith("https://"), code.toString());
      assertFalse(code.voided().orElse(false));
    }
  }

  @ConformanceCase(operation = "multiplesingleuse_create", code = 502, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void createMultipleForUnknownCampaign(Call call) {
    call.forceExampleOnMock("e502_campaign_not_found");
    NotFoundException e = assertThrows(NotFoundException.class, () -> call.client().singleUse().createMultiple(
        MultipleSingleUseCreateRequest.of("cam_999999").toBuilder().amount(1).build()));
    assertEquals(502, e.code());
  }

  @ConformanceCase(operation = "multiplesingleuse_create", code = 200)
  void createMultipleWithoutCampaign(Call call) {
    call.forceExampleOnMock("e200_missing_campaign");
    expect(MissingParameterException.class, 200, "campaign",
        () -> call.client().singleUse().createMultiple(MultipleSingleUseCreateRequest.builder().amount(1)._campaign(WireValue.missing()).build()));
  }

  @ConformanceCase(operation = "multiplesingleuse_create", code = 301)
  void createMultipleWithAmountOutOfRange(Call call) {
    call.forceExampleOnMock("e301_invalid_amount");
    expect(InvalidParameterException.class, 301, "amount",
        () -> call.client().singleUse().createMultiple(MultipleSingleUseCreateRequest.of(CAMPAIGN).toBuilder().amount(0).build()));
  }

  @ConformanceCase(operation = "multiplesingleuse_create", code = 301)
  void createMultipleWithCodeLengthOutOfRange(Call call) {
    call.forceExampleOnMock("e301_invalid_code_length");
    expect(InvalidParameterException.class, 301, "code_length",
        () -> call.client().singleUse().createMultiple(MultipleSingleUseCreateRequest.of(CAMPAIGN).toBuilder().amount(1)
            .automatedCodes(true).codeLength(31).codeType(MultipleSingleUseCreateRequest.CodeType.NUMERIC).build()));
  }

  @ConformanceCase(operation = "multiplesingleuse_create", code = 302)
  void createMultipleWithUnknownStatus(Call call) {
    call.forceExampleOnMock("e302_invalid_status");
    expect(InvalidParameterException.class, 302, "status",
        () -> call.client().singleUse().createMultiple(MultipleSingleUseCreateRequest.of(CAMPAIGN).toBuilder().amount(1)
            ._status(WireValue.of("unknown")).build()));
  }

  @ConformanceCase(operation = "multiplesingleuse_create", code = 302)
  void createMultipleWithUnknownCodeType(Call call) {
    call.forceExampleOnMock("e302_invalid_code_type");
    expect(InvalidParameterException.class, 302, "code_type",
        () -> call.client().singleUse().createMultiple(MultipleSingleUseCreateRequest.of(CAMPAIGN).toBuilder().amount(1)
            .automatedCodes(true).codeLength(12)._codeType(WireValue.of("unknown")).build()));
  }

  @ConformanceCase(operation = "multiplesingleuse_create", code = 601, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void createMultipleBeyondTheCodeSpace(Call call) {
    call.forceExampleOnMock("e601_low_on_codes");
    // Three digits after a fresh prefix make 1,000 codes: 1,001 cannot be unique, and nothing is written.
    expect(LimitException.class, 601,
        () -> call.client().singleUse().createMultiple(MultipleSingleUseCreateRequest.of(CAMPAIGN).toBuilder().amount(1001)
            .automatedCodes(true).codePrefix(uniquePrefix()).codeLength(3)
            .codeType(MultipleSingleUseCreateRequest.CodeType.NUMERIC).build()));
  }

  @ConformanceCase(operation = "multiplesingleuse_create", code = 1000)
  void createMultipleWithWrongCredentials(Call call) {
    AuthenticationCases.rejectsWrongCredentials(call, c -> c.singleUse().createMultiple(MultipleSingleUseCreateRequest.of(CAMPAIGN).toBuilder().amount(1).build()));
  }

  @ConformanceCase(operation = "multiplesingleuse_create", code = 101, targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = "101 needs an account whose expiry date has passed")
  void createMultipleWithExpiredAccount(Call call) {
    AuthenticationCases.rejectsExpiredAccount(call, c -> c.singleUse().createMultiple(MultipleSingleUseCreateRequest.of(CAMPAIGN).toBuilder().amount(1).build()));
  }

  // ---- singleuse_create ----

  @ConformanceCase(operation = "singleuse_create", writes = true)
  void create(Call call) {
    // The custom validation code must be unique in the account: a fresh one per run.
    String valCode = "CT" + uniquePrefix();
    SingleUseCreateResponse r = call.client().singleUse().create(SingleUseCreateRequest.of(CAMPAIGN).toBuilder()
        .firstName("Jan").lastName("Peeters").email("jan.peeters@example.com").customId("CRM-000451")
        .customValidationCode(valCode).customField1("gold")._expiresAt(WireValue.of("2026-06-30 23:59:59")).utmSource("newsletter").build());
    assertEquals(CAMPAIGN, r._campaign().asString());
    assertEquals("single_use_code_created", r._action().asString());
    assertTrue(r.singleUseCode().matches("[a-z0-9]{6,64}"), r.singleUseCode());
    assertEquals("https", r.singleUseUrl().getScheme());
    assertTrue(r.singleUseUrl().getPath().endsWith("/" + r.singleUseCode()), r._singleUseUrl().asString());
    assertTrue(r.widgetValidationCode().matches("[a-z0-9]{6}"), r.widgetValidationCode());
    assertEquals("CRM-000451", r.customId());
    assertEquals(call.onMock() ? "5412345678908" : valCode, r._customValidationCode().asString());
  }

  @ConformanceCase(operation = "singleuse_create", writes = true)
  void createWithDuplicateCheck(Call call) {
    // duplicate_check=email: a second request for the same e-mail returns the first URL, not a new one.
    String email = SubaccountFixtures.uniqueEmail("dup");
    SingleUseCreateRequest req = SingleUseCreateRequest.of(CAMPAIGN).toBuilder().email(email)
        .autoValidationCode(SingleUseCreateRequest.AutoValidationCode.EIGHT_DIGITS)
        .duplicateCheck(SingleUseCreateRequest.DuplicateCheck.EMAIL).build();
    SingleUseCreateResponse first = call.client().singleUse().create(req);
    SingleUseCreateResponse second = call.client().singleUse().create(req);
    assertEquals(first.singleUseCode(), second.singleUseCode());
    assertEquals(first._customValidationCode().asString(), second._customValidationCode().asString());
    if (!call.onMock()) {
      assertTrue(first._customValidationCode().asString().matches("[0-9]{8}"), first._customValidationCode().asString());
    }
  }

  @ConformanceCase(operation = "singleuse_create", code = 200)
  void createWithoutCampaign(Call call) {
    call.forceExampleOnMock("e200_missing_campaign");
    expect(MissingParameterException.class, 200, "campaign",
        () -> call.client().singleUse().create(SingleUseCreateRequest.builder().email("jan.peeters@example.com")._campaign(WireValue.missing()).build()));
  }

  @ConformanceCase(operation = "singleuse_create", code = 300)
  void createWithTooLongCustomId(Call call) {
    call.forceExampleOnMock("e300_parameter_too_long");
    InvalidParameterException e = expect(InvalidParameterException.class, 300, "customid",
        () -> call.client().singleUse().create(SingleUseCreateRequest.of(CAMPAIGN).toBuilder().customId("C".repeat(51)).build()));
    assertTrue(e.description().contains("50"), e.description());
  }

  @ConformanceCase(operation = "singleuse_create", code = 301)
  void createWithMalformedCampaign(Call call) {
    call.forceExampleOnMock("e301_invalid_campaign");
    expect(InvalidParameterException.class, 301, "campaign",
        () -> call.client().singleUse().create(SingleUseCreateRequest.of("cam_12x456")));
  }

  @ConformanceCase(operation = "singleuse_create", code = 302)
  void createWithUnknownAutovalcode(Call call) {
    call.forceExampleOnMock("e302_invalid_autovalcode");
    expect(InvalidParameterException.class, 302, "autovalcode",
        () -> call.client().singleUse().create(SingleUseCreateRequest.of(CAMPAIGN).toBuilder()
            ._autoValidationCode(WireValue.of("unknown")).build()));
  }

  @ConformanceCase(operation = "singleuse_create", code = 302)
  void createWithUnknownDuplicateCheck(Call call) {
    call.forceExampleOnMock("e302_invalid_duplicate_check");
    expect(InvalidParameterException.class, 302, "duplicate_check",
        () -> call.client().singleUse().create(SingleUseCreateRequest.of(CAMPAIGN).toBuilder().email("jan.peeters@example.com")
            ._duplicateCheck(WireValue.of("unknown")).build()));
  }

  @ConformanceCase(operation = "singleuse_create", code = 303)
  void createWithMalformedExpiryDate(Call call) {
    call.forceExampleOnMock("e303_invalid_expiry_date_datetime");
    expect(InvalidParameterException.class, 303, "expiry_date",
        () -> call.client().singleUse().create(SingleUseCreateRequest.of(CAMPAIGN).toBuilder()._expiresAt(WireValue.of("2026-06-30T23:59:59Z")).build()));
  }

  @ConformanceCase(operation = "singleuse_create", code = 305)
  void createWithInvalidEmail(Call call) {
    call.forceExampleOnMock("e305_invalid_email");
    expect(InvalidParameterException.class, 305,
        () -> call.client().singleUse().create(SingleUseCreateRequest.of(CAMPAIGN).toBuilder().email("jan.peeters@").build()));
  }

  @ConformanceCase(operation = "singleuse_create", code = 502, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void createForUnknownCampaign(Call call) {
    call.forceExampleOnMock("e502_campaign_not_found");
    expect(NotFoundException.class, 502, () -> call.client().singleUse().create(SingleUseCreateRequest.of(UNKNOWN_CAMPAIGN)));
  }

  @ConformanceCase(operation = "singleuse_create", code = 1000)
  void createWithWrongCredentials(Call call) {
    AuthenticationCases.rejectsWrongCredentials(call, c -> c.singleUse().create(SingleUseCreateRequest.of(CAMPAIGN)));
  }

  @ConformanceCase(operation = "singleuse_create", code = 101, targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = "101 needs an account whose expiry date has passed")
  void createWithExpiredAccount(Call call) {
    AuthenticationCases.rejectsExpiredAccount(call, c -> c.singleUse().create(SingleUseCreateRequest.of(CAMPAIGN)));
  }

  // ---- singleuse_remove ----

  @ConformanceCase(operation = "singleuse_remove", writes = true)
  void remove(Call call) {
    // Remove a URL made for this case (on the mock both answers are the documented 7h2k9m… code).
    String code = call.client().singleUse().create(SingleUseCreateRequest.of(CAMPAIGN)).singleUseCode();
    SingleUseRemoveResponse r = call.client().singleUse().remove(SingleUseRemoveRequest.of(CAMPAIGN, code));
    assertEquals(CAMPAIGN, r._campaign().asString());
    assertEquals("single_use_code_removed", r._action().asString());
    assertEquals(code, r.singleUseCode());
    if (call.onSandbox()) {
      // Gone: a second removal finds nothing.
      expect(NotFoundException.class, 505, () -> call.client().singleUse().remove(SingleUseRemoveRequest.of(CAMPAIGN, code)));
    }
  }

  @ConformanceCase(operation = "singleuse_remove", code = 200)
  void removeWithoutCouponsession(Call call) {
    call.forceExampleOnMock("e200_missing_couponsession");
    expect(MissingParameterException.class, 200, "couponsession",
        () -> call.client().singleUse().remove(SingleUseRemoveRequest.builder().campaign(CAMPAIGN)._couponSession(WireValue.missing()).build()));
  }

  @ConformanceCase(operation = "singleuse_remove", code = 301)
  void removeMalformedCouponsession(Call call) {
    call.forceExampleOnMock("e301_invalid_couponsession");
    expect(InvalidParameterException.class, 301, "couponsession",
        () -> call.client().singleUse().remove(SingleUseRemoveRequest.of(CAMPAIGN, "7h2k-9m4q")));
  }

  @ConformanceCase(operation = "singleuse_remove", code = 502, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void removeFromUnknownCampaign(Call call) {
    call.forceExampleOnMock("e502_campaign_not_found");
    expect(NotFoundException.class, 502,
        () -> call.client().singleUse().remove(SingleUseRemoveRequest.of(UNKNOWN_CAMPAIGN, "7h2k9m4q1w8e3r5t6y0u9")));
  }

  @ConformanceCase(operation = "singleuse_remove", code = 505, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void removeSessionOfAnotherCampaign(Call call) {
    call.forceExampleOnMock("e505_couponsession_not_found");
    // The session exists, but in campaign cam_123457: it must not be removed through cam_123456.
    expect(NotFoundException.class, 505,
        () -> call.client().singleUse().remove(SingleUseRemoveRequest.of(CAMPAIGN, "nw2b3c4d5e6f7g8h9i0j1")));
  }

  @ConformanceCase(operation = "singleuse_remove", code = 1000)
  void removeWithWrongCredentials(Call call) {
    AuthenticationCases.rejectsWrongCredentials(call, c -> c.singleUse().remove(SingleUseRemoveRequest.of(CAMPAIGN, "7h2k9m4q1w8e3r5t6y0u9")));
  }

  @ConformanceCase(operation = "singleuse_remove", code = 101, targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = "101 needs an account whose expiry date has passed")
  void removeWithExpiredAccount(Call call) {
    AuthenticationCases.rejectsExpiredAccount(call, c -> c.singleUse().remove(SingleUseRemoveRequest.of(CAMPAIGN, "7h2k9m4q1w8e3r5t6y0u9")));
  }

  /** A code prefix no earlier run used (codes are unique per account, across runs). */
  static String uniquePrefix() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(java.util.Locale.ROOT);
  }
}
