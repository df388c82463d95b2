package com.coupontools.conformance.cases;

import static com.coupontools.conformance.cases.ExpectedErrors.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

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
import com.coupontools.conformance.harness.Call;
import com.coupontools.conformance.harness.ConformanceCase;
import com.coupontools.conformance.harness.TargetKind;
import com.coupontools.errors.InvalidParameterException;
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
  private static final String WRITES_DEMO =
      "changes sessions it creates in the demo campaign; not run on a real account";

  // ---------------------------------------------------------------- couponsession_data

  @ConformanceCase(operation = "couponsession_data")
  void data(Call call) {
    String session = readableSession(call);
    CouponSessionDataResponse r =
        call.client().couponSessions().data(CouponSessionDataRequest.of(session));
    assertEquals(session, r.session());
    assertEquals("retrieve_all_session_data", r._action().asString());
    assertTrue(
        r.sessionUrl().toString().endsWith("/" + session), r._sessionUrl().asString());
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

  @ConformanceCase(
      operation = "couponsession_data",
      targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = "reads a demo session")
  void dataByShortCode(Call call) {
    // The 6-character short form names the same session; the answer carries the long form.
    CouponSessionDataResponse r =
        call.client().couponSessions().data(CouponSessionDataRequest.of(ANNA.substring(0, 6)));
    assertEquals(ANNA, r.session());
  }

  // ---------------------------------------------------------------- couponsession_update

  @ConformanceCase(
      operation = "couponsession_update",
      writes = true,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = WRITES_DEMO)
  void validate(Call call) {
    String session = call.onMock() ? ANNA : newSession(call);
    CouponSessionUpdateResponse r = call.client()
        .couponSessions()
        .update(CouponSessionUpdateRequest.of(session).toBuilder()
            .status(Status.VALIDATE)
            .validationValue("RECEIPT-20931")
            .build());
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
    assertTrue(
        r._webhook().asString().matches("^evt_[A-Za-z0-9]+$"), r._webhook().asString());
    if (call.onSandbox()) {
      CouponSessionDataStatus read = status(call, session);
      assertTrue(read.validated().orElse(false), "the validation is stored: " + read);
    }
  }

  @ConformanceCase(
      operation = "couponsession_update",
      writes = true,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = WRITES_DEMO)
  void updateCustomFields(Call call) {
    String session = call.onMock() ? ANNA : newSession(call);
    // Data fields alone are a change too; no status, so no webhook.
    CouponSessionUpdateResponse r = call.client()
        .couponSessions()
        .update(CouponSessionUpdateRequest.of(session).toBuilder()
            .customId("CRM-000417")
            .customField1("gold")
            .build());
    assertEquals(session, r.session());
    assertEquals("CRM-000417", r.customId());
    assertEquals("gold", r.data().user().orElseThrow().customField1().orElse(null));
    if (call.onSandbox()) {
      assertNull(r._webhook().asString());
      assertFalse(r.data().status().validated().orElse(false));
    }
  }

  @ConformanceCase(
      operation = "couponsession_update",
      writes = true,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = WRITES_DEMO)
  void voidAndUnvoid(Call call) {
    String session = call.onMock() ? ANNA : newSession(call);
    CouponSessionDataStatus voided = setStatus(call, session, Status.VOID);
    CouponSessionDataStatus unvoided = setStatus(call, session, Status.UNVOID);
    if (call.onSandbox()) { // the mock answers its validation example to both
      assertTrue(voided.voided().orElse(false), voided.toString());
      assertNotNull(voided.voidedDateUtc().orElse(null), voided.toString());
      assertFalse(unvoided.voided().orElse(false), unvoided.toString());
      assertNull(unvoided.voidedDateUtc().orElse(null), unvoided.toString());
    }
  }

  @ConformanceCase(
      operation = "couponsession_update",
      code = 300,
      writes = true,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = WRITES_DEMO)
  void claimVoidedSession(Call call) {
    refusedTransition(call, Status.VOID, Status.CLAIM, "e300_couponsession_voided", "voided");
  }

  @ConformanceCase(
      operation = "couponsession_update",
      code = 300,
      writes = true,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = WRITES_DEMO)
  void validateTwice(Call call) {
    refusedTransition(
        call,
        Status.VALIDATE,
        Status.VALIDATE,
        "e300_couponsession_already_validated",
        "already validated");
  }

  /**
   * A session put in one state ({@code first}; on the mock, the example's session as it is), then
   * sent a status that state refuses: 300 naming {@code status}, with a sentence that says why.
   */
  private static void refusedTransition(
      Call call, Status first, Status then, String example, String says) {
    String session = ANNA;
    if (!call.onMock()) {
      session = newSession(call);
      setStatus(call, session, first);
    }
    call.forceExampleOnMock(example);
    CouponSessionUpdateRequest refused =
        CouponSessionUpdateRequest.of(session).toBuilder().status(then).build();
    InvalidParameterException e = expect(
        InvalidParameterException.class,
        300,
        "status",
        () -> call.client().couponSessions().update(refused));
    assertTrue(e.description().contains(says), e.description());
  }

  // ---------------------------------------------------------------- couponsession_update_multiple

  @ConformanceCase(
      operation = "couponsession_update_multiple",
      writes = true,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = WRITES_DEMO)
  void voidMultiple(Call call) {
    // The mock's example voids Anna's session and session 1002; the sandbox voids two new ones.
    List<String> sessions = call.onMock()
        ? List.of(ANNA, "c9is0j8ht9lgmxg9edn58")
        : List.of(newSession(call), newSession(call));
    CouponSessionUpdateMultipleResponse r = call.client()
        .couponSessions()
        .updateMultiple(CouponSessionUpdateMultipleRequest.of(sessions).toBuilder()
            .status(CouponSessionUpdateMultipleRequest.Status.VOID)
            .build());
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

  @ConformanceCase(
      operation = "couponsession_update_multiple",
      code = 300,
      writes = true,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = WRITES_DEMO)
  void claimBatchWithAVoidedSession(Call call) {
    String fresh = ANNA;
    String voided = "c9is0j8ht9lgmxg9edn58";
    if (!call.onMock()) {
      fresh = newSession(call);
      voided = newSession(call);
      setStatus(call, voided, Status.VOID);
    }
    call.forceExampleOnMock("e300_couponsession_voided");
    CouponSessionUpdateMultipleRequest claimBoth =
        CouponSessionUpdateMultipleRequest.of(List.of(fresh, voided)).toBuilder()
            .status(CouponSessionUpdateMultipleRequest.Status.CLAIM)
            .build();
    expect(
        InvalidParameterException.class,
        300,
        "status",
        () -> call.client().couponSessions().updateMultiple(claimBoth));
    if (call.onSandbox()) {
      // All or nothing: the valid session of the refused batch was not claimed either.
      assertFalse(status(call, fresh).claimed());
    }
  }

  // ---------------------------------------------------------------- couponsession_search

  @ConformanceCase(operation = "couponsession_search")
  void searchByCustomCode(Call call) {
    CouponSessionSearchResponse r = call.client()
        .couponSessions()
        .search(
            CouponSessionSearchRequest.builder().customValidationCode(ANNA_CODE).build())
        .response();
    assertSearch(r);
    if (!call.onLive()) assertAnna(r);
  }

  @ConformanceCase(operation = "couponsession_search")
  void searchByPhoneInAnyFormat(Call call) {
    // Phone numbers match on their digits: spaces, dots and the + sign do not matter.
    CouponSessionSearchResponse r = call.client()
        .couponSessions()
        .search(CouponSessionSearchRequest.builder().phone("+32 475 12.34.56").build())
        .response();
    assertSearch(r);
    if (!call.onLive()) assertAnna(r);
  }

  // ---------------------------------------------------------------- couponsession_search_campaign

  @ConformanceCase(operation = "couponsession_search_campaign")
  void searchCampaignByEmail(Call call) {
    String campaign = CampaignsConformanceTest.readableCampaign(call);
    // Emails match whatever their case.
    CouponSessionSearchResponse r = call.client()
        .couponSessions()
        .searchCampaign(CouponSessionSearchCampaignRequest.of(campaign).toBuilder()
            .email("Anna.Peeters@example.com")
            .build())
        .response();
    assertSearch(r);
    for (CouponSessionSearchItem item : r.data())
      assertEquals(campaign, item._campaign().asString());
    if (!call.onLive()) assertAnna(r);
  }

  /** A new, unclaimed session of the demo campaign (single-use create), for a case to change as it likes. */
  private static String newSession(Call call) {
    String code =
        call.client().singleUse().create(SingleUseCreateRequest.of(SPRING_SALE)).singleUseCode();
    assertTrue(code.matches("^[A-Za-z0-9]{6,64}$"), code);
    return code;
  }

  /** Anna's session on the mock and the sandbox; on a real account the first session of its first campaign. */
  private static String readableSession(Call call) {
    if (!call.onLive()) return ANNA;
    List<CampaignDataItem> sessions = call.client()
        .campaigns()
        .data(CampaignDataRequest.of(CampaignsConformanceTest.readableCampaign(call)))
        .items();
    assumeFalse(sessions.isEmpty(), "live: the account's first campaign has no session to read");
    return sessions.get(0).session();
  }

  /** A session's stored state, read back through session data. */
  /** Updates one session's status; returns the status the answer gives. */
  private static CouponSessionDataStatus setStatus(Call call, String session, Status status) {
    return call.client()
        .couponSessions()
        .update(
            CouponSessionUpdateRequest.of(session).toBuilder().status(status).build())
        .data()
        .status();
  }

  private static CouponSessionDataStatus status(Call call, String session) {
    return call.client()
        .couponSessions()
        .data(CouponSessionDataRequest.of(session))
        .data()
        .status();
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
