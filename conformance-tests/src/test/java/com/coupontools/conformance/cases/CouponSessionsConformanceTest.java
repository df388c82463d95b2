package com.coupontools.conformance.cases;

import static com.coupontools.conformance.cases.AuthenticationCases.EXPIRED_NOTE;
import static com.coupontools.conformance.cases.AuthenticationCases.rejectsExpiredAccount;
import static com.coupontools.conformance.cases.AuthenticationCases.rejectsWrongCredentials;
import static com.coupontools.conformance.cases.ExpectedErrors.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.coupontools.client.WireValue;
import com.coupontools.conformance.harness.Call;
import com.coupontools.conformance.harness.ConformanceCase;
import com.coupontools.conformance.harness.TargetKind;
import com.coupontools.errors.InvalidParameterException;
import com.coupontools.errors.MissingParameterException;
import com.coupontools.errors.NotFoundException;
import com.coupontools.api.CampaignDataItem;
import com.coupontools.api.CampaignDataRequest;
import com.coupontools.api.CouponSessionDataRequest;
import com.coupontools.api.CouponSessionDataResponse;
import com.coupontools.api.CouponSessionDataStatus;
import com.coupontools.api.CouponSessionSearchCampaignRequest;
import com.coupontools.api.CouponSessionSearchItem;
import com.coupontools.api.CouponSessionSearchRequest;
import com.coupontools.api.CouponSessionSearchResponse;
import com.coupontools.api.CouponSessionUpdateMultipleItem;
import com.coupontools.api.CouponSessionUpdateMultipleRequest;
import com.coupontools.api.CouponSessionUpdateMultipleResponse;
import com.coupontools.api.CouponSessionUpdateRequest;
import com.coupontools.api.CouponSessionUpdateRequest.Status;
import com.coupontools.api.CouponSessionUpdateResponse;
import com.coupontools.api.SingleUseCreateRequest;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Coupon sessions: read one, update one or many (claim, validate, void, unvoid, data fields),
 * search in the account or in one campaign. Reads use the demo data's sessions (the mock's
 * examples and the sandbox's seed agree on them); every case that changes a session first creates
 * its own through single-use create, so the two runs per target and the other cases never see each
 * other's changes. On a real account the read-only happy paths look at its first campaign's
 * first session.
 */
class CouponSessionsConformanceTest {

  private static final String SPRING_SALE = CampaignsConformanceTest.SPRING_SALE;
  /** Anna's session of the spring sale: opened, claimed, saved to a wallet, not validated. */
  private static final String ANNA = CampaignsConformanceTest.WALLET_SESSION;
  private static final String ANNA_CODE = "SPRING-7Q2M9X4K1B3Z";
  private static final String ANNA_EMAIL = "anna.peeters@example.com";
  /** Well formed, but no account has it. */
  private static final String UNKNOWN_SESSION = "zzzzzz0000000000000000";
  private static final String WRITES_DEMO =
      "changes sessions it creates in the demo campaign; not run on a real account";

  // ---------------------------------------------------------------- couponsession_data

  @ConformanceCase(operation = "couponsession_data")
  void data(Call call) {
    String session = readableSession(call);
    CouponSessionDataResponse r = call.client().couponSessions().data(CouponSessionDataRequest.of(session));
    assertEquals(session, r.session());
    assertEquals("retrieve_all_session_data", r._action().asString());
    assertTrue(r.sessionUrl().toString().endsWith("/" + session), r._sessionUrl().asString());
    assertTrue(r.sequenceId() > 0, r._sequenceId().asString());
    assertNotNull(r.data().status().createdDateUtc(), r.toString());
    if (!call.onLive()) {
      assertEquals(SPRING_SALE, r._campaign().asString());
      assertEquals(1001L, r.sequenceId());
      assertEquals(URI.create("https://digicpn.com/p/ab12cd/" + ANNA), r.sessionUrl());
      assertEquals("CRM-000417", r.customId());
      CouponSessionDataStatus s = r.data().status();
      assertTrue(s.opened() && s.claimed() && s.savedToPassbook(), s.toString());
      assertEquals(LocalDateTime.of(2026, 3, 14, 9, 31, 40), s.claimDateUtc().orElse(null));
      assertFalse(s.voided().orElse(false));
      assertEquals(ANNA_CODE, s._ownValidationCode().asString());
      assertEquals(ANNA_EMAIL, r.data().user().orElseThrow()._email().asString());
    }
  }

  @ConformanceCase(operation = "couponsession_data", targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = "reads a demo session")
  void dataByShortCode(Call call) {
    // The 6-character short form names the same session; the answer carries the long form.
    CouponSessionDataResponse r = call.client().couponSessions()
        .data(CouponSessionDataRequest.of(ANNA.substring(0, 6)));
    assertEquals(ANNA, r.session());
  }

  @ConformanceCase(operation = "couponsession_data", code = 1000)
  void dataWithWrongCredentials(Call call) {
    rejectsWrongCredentials(call, c -> c.couponSessions().data(CouponSessionDataRequest.of(ANNA)));
  }

  @ConformanceCase(operation = "couponsession_data", code = 101, targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = EXPIRED_NOTE)
  void dataWithExpiredAccount(Call call) {
    rejectsExpiredAccount(call, c -> c.couponSessions().data(CouponSessionDataRequest.of(ANNA)));
  }

  @ConformanceCase(operation = "couponsession_data", code = 200)
  void dataWithoutSession(Call call) {
    call.forceExampleOnMock("e200_missing_couponsession");
    expect(MissingParameterException.class, 200, "couponsession",
        () -> call.client().couponSessions().data(CouponSessionDataRequest.builder()._couponSession(WireValue.missing()).build()));
  }

  @ConformanceCase(operation = "couponsession_data", code = 301)
  void dataMalformedSession(Call call) {
    call.forceExampleOnMock("e301_invalid_couponsession");
    // Shorter than the 6-character short form.
    expect(InvalidParameterException.class, 301, "couponsession",
        () -> call.client().couponSessions().data(CouponSessionDataRequest.of("ujz")));
  }

  @ConformanceCase(operation = "couponsession_data", code = 505)
  void dataUnknownSession(Call call) {
    call.forceExampleOnMock("e505_couponsession_not_found");
    expect(NotFoundException.class, 505,
        () -> call.client().couponSessions().data(CouponSessionDataRequest.of(UNKNOWN_SESSION)));
  }

  // ---------------------------------------------------------------- couponsession_update

  @ConformanceCase(operation = "couponsession_update", writes = true, targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = WRITES_DEMO)
  void validate(Call call) {
    String session = call.onMock() ? ANNA : newSession(call);
    CouponSessionUpdateResponse r = call.client().couponSessions().update(CouponSessionUpdateRequest.of(session).toBuilder()
        .status(Status.VALIDATE).validationValue("RECEIPT-20931").build());
    assertEquals(session, r.session());
    assertEquals(SPRING_SALE, r._campaign().asString());
    assertEquals("coupon_session_updated", r._action().asString());
    CouponSessionDataStatus s = r.data().status();
    // Validating an unclaimed coupon claims it too.
    assertTrue(s.validated().orElse(false) && s.claimed(), s.toString());
    assertNotNull(s.validationDateUtc().orElse(null), s.toString());
    assertNotNull(s.claimDateUtc().orElse(null), s.toString());
    assertEquals("RECEIPT-20931", s.validationValue());
    // A validation sends a webhook event; its ID is in the answer.
    assertTrue(r._webhook().asString().matches("^evt_[A-Za-z0-9]+$"), r._webhook().asString());
    if (call.onSandbox()) {
      CouponSessionDataStatus read = status(call, session);
      assertTrue(read.validated().orElse(false), "the validation is stored: " + read);
    }
  }

  @ConformanceCase(operation = "couponsession_update", writes = true, targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = WRITES_DEMO)
  void updateCustomFields(Call call) {
    String session = call.onMock() ? ANNA : newSession(call);
    // Data fields alone are a change too; no status, so no webhook.
    CouponSessionUpdateResponse r = call.client().couponSessions().update(CouponSessionUpdateRequest.of(session).toBuilder()
        .customId("CRM-000417").customField1("gold").build());
    assertEquals(session, r.session());
    assertEquals("CRM-000417", r.customId());
    assertEquals("gold", r.data().user().orElseThrow().customField1().orElse(null));
    if (call.onSandbox()) {
      assertNull(r._webhook().asString());
      assertFalse(r.data().status().validated().orElse(false));
    }
  }

  @ConformanceCase(operation = "couponsession_update", writes = true, targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = WRITES_DEMO)
  void voidAndUnvoid(Call call) {
    String session = call.onMock() ? ANNA : newSession(call);
    CouponSessionDataStatus voided = call.client().couponSessions()
        .update(CouponSessionUpdateRequest.of(session).toBuilder().status(Status.VOID).build()).data().status();
    CouponSessionDataStatus unvoided = call.client().couponSessions()
        .update(CouponSessionUpdateRequest.of(session).toBuilder().status(Status.UNVOID).build()).data().status();
    if (call.onSandbox()) { // the mock answers its validation example to both
      assertTrue(voided.voided().orElse(false), voided.toString());
      assertNotNull(voided.voidedDateUtc().orElse(null), voided.toString());
      assertFalse(unvoided.voided().orElse(false), unvoided.toString());
      assertNull(unvoided.voidedDateUtc().orElse(null), unvoided.toString());
    }
  }

  @ConformanceCase(operation = "couponsession_update", code = 1000)
  void updateWithWrongCredentials(Call call) {
    rejectsWrongCredentials(call,
        c -> c.couponSessions().update(CouponSessionUpdateRequest.of(ANNA).toBuilder().status(Status.CLAIM).build()));
  }

  @ConformanceCase(operation = "couponsession_update", code = 101, targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = EXPIRED_NOTE)
  void updateWithExpiredAccount(Call call) {
    rejectsExpiredAccount(call,
        c -> c.couponSessions().update(CouponSessionUpdateRequest.of(ANNA).toBuilder().status(Status.CLAIM).build()));
  }

  @ConformanceCase(operation = "couponsession_update", code = 200)
  void updateWithoutSession(Call call) {
    call.forceExampleOnMock("e200_missing_couponsession");
    expect(MissingParameterException.class, 200, "couponsession",
        () -> call.client().couponSessions().update(CouponSessionUpdateRequest.builder().status(Status.CLAIM)._couponSession(WireValue.missing()).build()));
  }

  @ConformanceCase(operation = "couponsession_update", code = 200)
  void updateWithoutAnyChange(Call call) {
    call.forceExampleOnMock("e200_missing_session_change");
    // Neither a status nor a data field: nothing to do.
    expect(MissingParameterException.class, 200, "status",
        () -> call.client().couponSessions().update(CouponSessionUpdateRequest.of(ANNA)));
  }

  @ConformanceCase(operation = "couponsession_update", code = 300, writes = true,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX}, note = WRITES_DEMO)
  void claimVoidedSession(Call call) {
    String session = ANNA;
    if (!call.onMock()) {
      session = newSession(call);
      call.client().couponSessions().update(CouponSessionUpdateRequest.of(session).toBuilder().status(Status.VOID).build());
    }
    call.forceExampleOnMock("e300_couponsession_voided");
    String s = session;
    InvalidParameterException e = expect(InvalidParameterException.class, 300, "status",
        () -> call.client().couponSessions().update(CouponSessionUpdateRequest.of(s).toBuilder().status(Status.CLAIM).build()));
    assertTrue(e.description().contains("voided"), e.description());
  }

  @ConformanceCase(operation = "couponsession_update", code = 300, writes = true,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX}, note = WRITES_DEMO)
  void validateTwice(Call call) {
    String session = ANNA;
    if (!call.onMock()) {
      session = newSession(call);
      call.client().couponSessions().update(CouponSessionUpdateRequest.of(session).toBuilder().status(Status.VALIDATE).build());
    }
    call.forceExampleOnMock("e300_couponsession_already_validated");
    String s = session;
    InvalidParameterException e = expect(InvalidParameterException.class, 300, "status",
        () -> call.client().couponSessions().update(CouponSessionUpdateRequest.of(s).toBuilder().status(Status.VALIDATE).build()));
    assertTrue(e.description().contains("already validated"), e.description());
  }

  @ConformanceCase(operation = "couponsession_update", code = 300)
  void updateValidationValueTooLong(Call call) {
    call.forceExampleOnMock("e300_validation_value_too_long");
    expect(InvalidParameterException.class, 300, "validation_value",
        () -> call.client().couponSessions().update(CouponSessionUpdateRequest.of(ANNA).toBuilder()
            .status(Status.VALIDATE).validationValue("R".repeat(101)).build()));
  }

  @ConformanceCase(operation = "couponsession_update", code = 301)
  void updateMalformedSession(Call call) {
    call.forceExampleOnMock("e301_invalid_couponsession");
    expect(InvalidParameterException.class, 301, "couponsession",
        () -> call.client().couponSessions().update(
            CouponSessionUpdateRequest.of("ujzde8_gxd6").toBuilder().status(Status.CLAIM).build()));
  }

  @ConformanceCase(operation = "couponsession_update", code = 302)
  void updateUnknownStatus(Call call) {
    call.forceExampleOnMock("e302_invalid_session_status");
    // The SDK's catch-all enum constant goes on the wire as a value the API does not know.
    InvalidParameterException e = expect(InvalidParameterException.class, 302, "status",
        () -> call.client().couponSessions().update(CouponSessionUpdateRequest.of(ANNA).toBuilder()
            ._status(WireValue.of("unknown")).build()));
    assertTrue(e.description().contains("claim, validate, void, unvoid"), e.description());
  }

  @ConformanceCase(operation = "couponsession_update", code = 505)
  void updateUnknownSession(Call call) {
    call.forceExampleOnMock("e505_couponsession_not_found");
    expect(NotFoundException.class, 505, () -> call.client().couponSessions().update(
        CouponSessionUpdateRequest.of(UNKNOWN_SESSION).toBuilder().status(Status.CLAIM).build()));
  }

  // ---------------------------------------------------------------- couponsession_update_multiple

  @ConformanceCase(operation = "couponsession_update_multiple", writes = true,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX}, note = WRITES_DEMO)
  void voidMultiple(Call call) {
    // The mock's example voids Anna's session and session 1002; the sandbox voids two new ones.
    List<String> sessions = call.onMock()
        ? List.of(ANNA, "c9is0j8ht9lgmxg9edn58") : List.of(newSession(call), newSession(call));
    CouponSessionUpdateMultipleResponse r = call.client().couponSessions().updateMultiple(
        CouponSessionUpdateMultipleRequest.of(sessions).toBuilder().status(CouponSessionUpdateMultipleRequest.Status.VOID).build());
    assertEquals("coupon_sessions_updated", r._action().asString());
    assertEquals(2L, r.amountOfResults());
    List<String> answered = new ArrayList<>();
    for (CouponSessionUpdateMultipleItem item : r.data()) {
      answered.add(item.session());
      assertEquals(SPRING_SALE, item._campaign().asString());
      assertTrue(item.data().status().voided().orElse(false), item.toString());
      assertNotNull(item.data().status().voidedDateUtc().orElse(null), item.toString());
    }
    assertEquals(sessions, answered, "one item per session, in the order asked");
  }

  @ConformanceCase(operation = "couponsession_update_multiple", code = 1000)
  void updateMultipleWithWrongCredentials(Call call) {
    rejectsWrongCredentials(call, c -> c.couponSessions().updateMultiple(voidAll(ANNA)));
  }

  @ConformanceCase(operation = "couponsession_update_multiple", code = 101,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = EXPIRED_NOTE)
  void updateMultipleWithExpiredAccount(Call call) {
    rejectsExpiredAccount(call, c -> c.couponSessions().updateMultiple(voidAll(ANNA)));
  }

  @ConformanceCase(operation = "couponsession_update_multiple", code = 200)
  void updateMultipleWithoutSessions(Call call) {
    call.forceExampleOnMock("e200_missing_couponsessions");
    expect(MissingParameterException.class, 200, "couponsessions", () -> call.client().couponSessions().updateMultiple(
        CouponSessionUpdateMultipleRequest.builder().status(CouponSessionUpdateMultipleRequest.Status.VOID)._couponSessions(WireValue.missing()).build()));
  }

  @ConformanceCase(operation = "couponsession_update_multiple", code = 300)
  void updateMoreThanAHundred(Call call) {
    call.forceExampleOnMock("e300_too_many_couponsessions");
    List<String> sessions = new ArrayList<>();
    for (int i = 0; i < 101; i++) sessions.add(String.format("zzzzzz%016d", i));
    expect(InvalidParameterException.class, 300, "couponsessions",
        () -> call.client().couponSessions().updateMultiple(voidAll(sessions.toArray(new String[0]))));
  }

  @ConformanceCase(operation = "couponsession_update_multiple", code = 300, writes = true,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX}, note = WRITES_DEMO)
  void claimBatchWithAVoidedSession(Call call) {
    String fresh = ANNA;
    String voided = "c9is0j8ht9lgmxg9edn58";
    if (!call.onMock()) {
      fresh = newSession(call);
      voided = newSession(call);
      call.client().couponSessions().update(CouponSessionUpdateRequest.of(voided).toBuilder().status(Status.VOID).build());
    }
    call.forceExampleOnMock("e300_couponsession_voided");
    CouponSessionUpdateMultipleRequest claimBoth = CouponSessionUpdateMultipleRequest.of(List.of(fresh, voided)).toBuilder()
        .status(CouponSessionUpdateMultipleRequest.Status.CLAIM).build();
    expect(InvalidParameterException.class, 300, "status",
        () -> call.client().couponSessions().updateMultiple(claimBoth));
    if (call.onSandbox()) {
      // All or nothing: the valid session of the refused batch was not claimed either.
      assertFalse(status(call, fresh).claimed());
    }
  }

  @ConformanceCase(operation = "couponsession_update_multiple", code = 301)
  void updateMultipleMalformedSession(Call call) {
    call.forceExampleOnMock("e301_invalid_couponsessions");
    expect(InvalidParameterException.class, 301, "couponsessions",
        () -> call.client().couponSessions().updateMultiple(voidAll(ANNA, "not a session")));
  }

  @ConformanceCase(operation = "couponsession_update_multiple", code = 302)
  void updateMultipleUnknownStatus(Call call) {
    call.forceExampleOnMock("e302_invalid_session_status");
    expect(InvalidParameterException.class, 302, "status", () -> call.client().couponSessions().updateMultiple(
        CouponSessionUpdateMultipleRequest.of(List.of(ANNA)).toBuilder()
            ._status(WireValue.of("unknown")).build()));
  }

  @ConformanceCase(operation = "couponsession_update_multiple", code = 505)
  void updateMultipleWithAnUnknownSession(Call call) {
    call.forceExampleOnMock("e505_couponsession_not_found");
    // One unknown session fails the whole batch (Anna's session is left as it was).
    expect(NotFoundException.class, 505,
        () -> call.client().couponSessions().updateMultiple(voidAll(ANNA, UNKNOWN_SESSION)));
    if (call.onSandbox()) {
      assertFalse(status(call, ANNA).voided().orElse(false));
    }
  }

  // ---------------------------------------------------------------- couponsession_search

  @ConformanceCase(operation = "couponsession_search")
  void searchByCustomCode(Call call) {
    CouponSessionSearchResponse r = call.client().couponSessions().search(
        CouponSessionSearchRequest.builder().customValidationCode(ANNA_CODE).build()).response();
    assertSearch(r);
    if (!call.onLive()) assertAnna(r);
  }

  @ConformanceCase(operation = "couponsession_search")
  void searchByPhoneInAnyFormat(Call call) {
    // Phone numbers match on their digits: spaces, dots and the + sign do not matter.
    CouponSessionSearchResponse r = call.client().couponSessions().search(
        CouponSessionSearchRequest.builder().phone("+32 475 12.34.56").build()).response();
    assertSearch(r);
    if (!call.onLive()) assertAnna(r);
  }

  @ConformanceCase(operation = "couponsession_search", code = 1000)
  void searchWithWrongCredentials(Call call) {
    rejectsWrongCredentials(call, c -> c.couponSessions().search(CouponSessionSearchRequest.builder().email(ANNA_EMAIL).build()).response());
  }

  @ConformanceCase(operation = "couponsession_search", code = 101, targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = EXPIRED_NOTE)
  void searchWithExpiredAccount(Call call) {
    rejectsExpiredAccount(call, c -> c.couponSessions().search(CouponSessionSearchRequest.builder().email(ANNA_EMAIL).build()).response());
  }

  @ConformanceCase(operation = "couponsession_search", code = 200)
  void searchWithoutCriteria(Call call) {
    call.forceExampleOnMock("e200_missing_search_criteria");
    // The body is optional, but one of the three criteria is needed.
    expect(MissingParameterException.class, 200, "custom_validation_code",
        () -> call.client().couponSessions().search().response());
  }

  @ConformanceCase(operation = "couponsession_search", code = 301)
  void searchMalformedPhone(Call call) {
    call.forceExampleOnMock("e301_invalid_phone");
    expect(InvalidParameterException.class, 301, "phone",
        () -> call.client().couponSessions().search(CouponSessionSearchRequest.builder().phone("call me").build()).response());
  }

  @ConformanceCase(operation = "couponsession_search", code = 301)
  void searchPageZero(Call call) {
    call.forceExampleOnMock("e301_invalid_page");
    expect(InvalidParameterException.class, 301, "page",
        () -> call.client().couponSessions().search(CouponSessionSearchRequest.builder().email(ANNA_EMAIL).page(0).build()).response());
  }

  @ConformanceCase(operation = "couponsession_search", code = 300)
  void searchCustomCodeTooLong(Call call) {
    call.forceExampleOnMock("e300_custom_validation_code_too_long");
    expect(InvalidParameterException.class, 300, "custom_validation_code", () -> call.client().couponSessions()
        .search(CouponSessionSearchRequest.builder().customValidationCode("X".repeat(101)).build()).response());
  }

  @ConformanceCase(operation = "couponsession_search", code = 305)
  void searchMalformedEmail(Call call) {
    call.forceExampleOnMock("e305_invalid_email");
    expect(InvalidParameterException.class, 305,
        () -> call.client().couponSessions().search(
            CouponSessionSearchRequest.builder().email("anna.peeters(at)example.com").build()).response());
  }

  // ---------------------------------------------------------------- couponsession_search_campaign

  @ConformanceCase(operation = "couponsession_search_campaign")
  void searchCampaignByEmail(Call call) {
    String campaign = CampaignsConformanceTest.readableCampaign(call);
    // Emails match whatever their case.
    CouponSessionSearchResponse r = call.client().couponSessions().searchCampaign(
        CouponSessionSearchCampaignRequest.of(campaign).toBuilder().email("Anna.Peeters@example.com").build()).response();
    assertSearch(r);
    for (CouponSessionSearchItem item : r.data()) assertEquals(campaign, item._campaign().asString());
    if (!call.onLive()) assertAnna(r);
  }

  @ConformanceCase(operation = "couponsession_search_campaign", code = 1000)
  void searchCampaignWithWrongCredentials(Call call) {
    rejectsWrongCredentials(call, c -> c.couponSessions().searchCampaign(
        CouponSessionSearchCampaignRequest.of(SPRING_SALE).toBuilder().email(ANNA_EMAIL).build()).response());
  }

  @ConformanceCase(operation = "couponsession_search_campaign", code = 101,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = EXPIRED_NOTE)
  void searchCampaignWithExpiredAccount(Call call) {
    rejectsExpiredAccount(call, c -> c.couponSessions().searchCampaign(
        CouponSessionSearchCampaignRequest.of(SPRING_SALE).toBuilder().email(ANNA_EMAIL).build()).response());
  }

  @ConformanceCase(operation = "couponsession_search_campaign", code = 200)
  void searchCampaignWithoutCampaign(Call call) {
    call.forceExampleOnMock("e200_missing_campaign");
    expect(MissingParameterException.class, 200, "campaign", () -> call.client().couponSessions().searchCampaign(
        CouponSessionSearchCampaignRequest.builder().email(ANNA_EMAIL)._campaign(WireValue.missing()).build()).response());
  }

  @ConformanceCase(operation = "couponsession_search_campaign", code = 200)
  void searchCampaignWithoutCriteria(Call call) {
    call.forceExampleOnMock("e200_missing_search_criteria");
    expect(MissingParameterException.class, 200, "custom_validation_code",
        () -> call.client().couponSessions().searchCampaign(CouponSessionSearchCampaignRequest.of(SPRING_SALE)).response());
  }

  @ConformanceCase(operation = "couponsession_search_campaign", code = 301)
  void searchCampaignMalformedCampaign(Call call) {
    call.forceExampleOnMock("e301_invalid_campaign");
    expect(InvalidParameterException.class, 301, "campaign", () -> call.client().couponSessions().searchCampaign(
        CouponSessionSearchCampaignRequest.of("spring").toBuilder().email(ANNA_EMAIL).build()).response());
  }

  @ConformanceCase(operation = "couponsession_search_campaign", code = 300)
  void searchCampaignCustomCodeTooLong(Call call) {
    call.forceExampleOnMock("e300_custom_validation_code_too_long");
    expect(InvalidParameterException.class, 300, "custom_validation_code", () -> call.client().couponSessions()
        .searchCampaign(CouponSessionSearchCampaignRequest.of(SPRING_SALE).toBuilder().customValidationCode("X".repeat(101)).build()).response());
  }

  @ConformanceCase(operation = "couponsession_search_campaign", code = 305)
  void searchCampaignMalformedEmail(Call call) {
    call.forceExampleOnMock("e305_invalid_email");
    expect(InvalidParameterException.class, 305, () -> call.client().couponSessions().searchCampaign(
        CouponSessionSearchCampaignRequest.of(SPRING_SALE).toBuilder().email("anna.peeters@").build()).response());
  }

  @ConformanceCase(operation = "couponsession_search_campaign", code = 502)
  void searchCampaignUnknownCampaign(Call call) {
    call.forceExampleOnMock("e502_campaign_not_found");
    expect(NotFoundException.class, 502, () -> call.client().couponSessions().searchCampaign(
        CouponSessionSearchCampaignRequest.of(CampaignsConformanceTest.UNKNOWN_CAMPAIGN).toBuilder().email(ANNA_EMAIL).build()).response());
  }

  // ---------------------------------------------------------------- helpers

  /** A new, unclaimed session of the demo campaign (single-use create), for a case to change as it likes. */
  private static String newSession(Call call) {
    String code = call.client().singleUse().create(SingleUseCreateRequest.of(SPRING_SALE)).singleUseCode();
    assertTrue(code.matches("^[A-Za-z0-9]{6,64}$"), code);
    return code;
  }

  /** Anna's session on the mock and the sandbox; on a real account the first session of its first campaign. */
  private static String readableSession(Call call) {
    if (!call.onLive()) return ANNA;
    List<CampaignDataItem> sessions = call.client().campaigns()
        .data(CampaignDataRequest.of(CampaignsConformanceTest.readableCampaign(call))).items();
    assumeFalse(sessions.isEmpty(), "live: the account's first campaign has no session to read");
    return sessions.get(0).session();
  }

  /** A session's stored state, read back through session data. */
  private static CouponSessionDataStatus status(Call call, String session) {
    return call.client().couponSessions().data(CouponSessionDataRequest.of(session)).data().status();
  }

  private static CouponSessionUpdateMultipleRequest voidAll(String... sessions) {
    return CouponSessionUpdateMultipleRequest.of(List.of(sessions)).toBuilder()
        .status(CouponSessionUpdateMultipleRequest.Status.VOID).build();
  }

  private static void assertSearch(CouponSessionSearchResponse r) {
    assertEquals("search_coupon_session", r._action().asString());
    assertTrue(r.amountOfResults() >= r.data().size(), r.toString());
    for (CouponSessionSearchItem item : r.data()) {
      assertTrue(item.session().matches("^[A-Za-z0-9]{6,64}$"), item.toString());
      assertTrue(item._campaign().asString().startsWith("cam_"), item.toString());
      assertEquals("https", item.sessionUrl().getScheme(), item.toString());
      assertTrue(item.sequenceId() > 0, item.toString());
    }
  }

  /** The documented match: exactly Anna's session of the spring sale. */
  private static void assertAnna(CouponSessionSearchResponse r) {
    assertEquals(1L, r.amountOfResults(), r.toString());
    CouponSessionSearchItem item = r.data().get(0);
    assertEquals(ANNA, item.session());
    assertEquals(SPRING_SALE, item._campaign().asString());
    assertEquals(1001L, item.sequenceId());
    assertEquals(ANNA_CODE, item._customValidationCode().asString());
    assertEquals(ANNA_EMAIL, item._email().asString());
    assertEquals(URI.create("https://digicpn.com/p/ab12cd/" + ANNA), item.sessionUrl());
  }
}
