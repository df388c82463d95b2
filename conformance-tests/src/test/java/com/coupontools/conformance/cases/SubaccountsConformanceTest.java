package com.coupontools.conformance.cases;

import static com.coupontools.conformance.cases.ExpectedErrors.expect;
import static com.coupontools.conformance.cases.SubaccountFixtures.DEMO_SUBACCOUNT;
import static com.coupontools.conformance.cases.SubaccountFixtures.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.coupontools.api.OkStatus;
import com.coupontools.api.SubaccountCreateRequest;
import com.coupontools.api.SubaccountDetails;
import com.coupontools.api.SubaccountInfoRequest;
import com.coupontools.api.SubaccountListItem;
import com.coupontools.api.SubaccountListResponse;
import com.coupontools.api.SubaccountResetUrl;
import com.coupontools.api.SubaccountResetUrlRequest;
import com.coupontools.api.SubaccountSsoRequest;
import com.coupontools.api.SubaccountSsoToken;
import com.coupontools.api.SubaccountUpdateRequest;
import com.coupontools.conformance.harness.Call;
import com.coupontools.conformance.harness.ConformanceCase;
import com.coupontools.conformance.harness.TargetKind;
import com.coupontools.errors.InvalidParameterException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Subaccount management (list, info, create, update, reset URL, SSO). Only a main account may
 * call these: subaccount credentials get 102, an expired account 101, wrong credentials 1000.
 */
class SubaccountsConformanceTest {

  private static final String SUB_ID = "^sub_[0-9]+$";
  /** Seed subaccount the error cases aim at, so that a case that wrongly succeeds changes nothing we read. */
  private static final String OTHER_SUBACCOUNT = "sub_1235";

  private static final String TAKEN_EMAIL = "shop.antwerp@example.com";

  // ---- subaccount_list ----

  @ConformanceCase(operation = "subaccount_list")
  void list(Call call) {
    SubaccountListResponse r = call.client().subaccounts().list();
    assertEquals(OkStatus.Status.OK, r.status().status());
    assertEquals(r.subaccounts().size(), r.amountOfSubaccounts());
    for (SubaccountListItem s : r.subaccounts()) {
      assertTrue(s.id().matches(SUB_ID), s.id());
      assertTrue(s._email().asString().contains("@"), s._email().asString());
      assertTrue(s.loginCount() >= 0 && s.maxCampaigns() >= 0, s.toString());
    }
    if (!call.onLive()) {
      List<String> ids =
          r.subaccounts().stream().map(SubaccountListItem::id).collect(Collectors.toList());
      assertTrue(ids.contains(DEMO_SUBACCOUNT), ids.toString());
    }
  }

  // ---- subaccount_info ----

  @ConformanceCase(operation = "subaccount_info")
  void info(Call call) {
    // The first subaccount of the list, so the case also holds on a real account.
    List<SubaccountListItem> all = call.client().subaccounts().list().subaccounts();
    assumeFalse(all.isEmpty(), "the account has no subaccount to read");
    String id = call.onLive() ? all.get(0).id() : DEMO_SUBACCOUNT;
    SubaccountDetails s =
        call.client().subaccounts().info(SubaccountInfoRequest.of(id)).subaccount();
    assertEquals(id, s.id());
    assertFalse(s.apiKey().isBlank());
    assertFalse(s.apiSecret().isBlank());
    assertFalse(s.toString().contains(s.apiSecret()), "toString() must mask api_secret");
    assertTrue(
        s.availableCampaigns() >= 0 && s.maxCampaigns() >= s.availableCampaigns(), s.toString());
    assertNotNull(s.accessDashboard());
    s.campaigns().forEach(c -> {
      assertTrue(c.id().matches("^cam_[0-9]+$"), c.id());
      assertEquals("https", c.url().getScheme());
    });
    if (!call.onLive()) {
      assertEquals("shop.antwerp@example.com", s._email().asString());
      assertTrue(s.campaigns().stream().anyMatch(c -> c.id().equals("cam_123456")), s.toString());
    }
  }

  // ---- subaccount_create ----

  @ConformanceCase(operation = "subaccount_create", writes = true)
  void create(Call call) {
    String email = uniqueEmail("create");
    LocalDate expiry = LocalDate.of(2026, 12, 31);
    SubaccountDetails s = call.client()
        .subaccounts()
        .create(SubaccountCreateRequest.of(email).toBuilder()
            .packageId("pac_basic")
            .status(SubaccountCreateRequest.Status.CUSTOMER)
            .firstName("Jonas")
            .lastName("Claes")
            .country("BE")
            .companyName("Claes Optics")
            .expiresOn(expiry)
            .build())
        .subaccount();
    assertTrue(s.id().matches(SUB_ID), s.id());
    assertFalse(s.apiKey().isBlank());
    assertFalse(s.apiSecret().isBlank());
    assertEquals(expiry, s.expiresOn().orElseThrow());
    assertEquals("Claes Optics", s.companyName());
    assertEquals(List.of(), s.campaigns());
    assertEquals(0L, s.hasCampaigns());
    assertEquals(s.maxCampaigns(), s.availableCampaigns());
    assertEquals(0L, s.loginCount());
    assertNull(s.lastLogin().orElse(null), "never logged in: an empty lastlogin reads as null");
    if (!call.onMock()) {
      assertEquals(email, s._email().asString());
      // A new account has its own credentials, never the caller's.
      assertFalse(s.apiKey().equals(call.clientId()));
    }
  }

  // ---- subaccount_update ----

  @ConformanceCase(
      operation = "subaccount_update",
      writes = true,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = "creates the subaccount it changes")
  void update(Call call) {
    // Update a subaccount made for this case (on the mock, create answers the example's sub_1236).
    String id = call.client()
        .subaccounts()
        .create(SubaccountCreateRequest.of(uniqueEmail("update")).toBuilder()
            .expiresOn(LocalDate.of(2026, 12, 31))
            .build())
        .subaccount()
        .id();
    // The spec example's request, so the mock's example answer and the sandbox's real one agree.
    SubaccountDetails s = call.client()
        .subaccounts()
        .update(SubaccountUpdateRequest.of(id).toBuilder()
            .expiresOn(LocalDate.of(2027, 6, 30))
            .accessDirectory(true)
            .build())
        .subaccount();
    assertEquals(call.onMock() ? DEMO_SUBACCOUNT : id, s.id());
    assertEquals(LocalDate.of(2027, 6, 30), s.expiresOn().orElseThrow());
    assertEquals(Boolean.TRUE, s.accessDirectory());
    if (call.onSandbox()) {
      // Absent fields are unchanged: a second update of one field keeps the first one's changes.
      SubaccountDetails again = call.client()
          .subaccounts()
          .update(SubaccountUpdateRequest.of(id).toBuilder()
              .companyName("Renamed BV")
              .status(SubaccountUpdateRequest.Status.TRIAL)
              .build())
          .subaccount();
      assertEquals("Renamed BV", again.companyName());
      assertEquals(LocalDate.of(2027, 6, 30), again.expiresOn().orElseThrow());
      assertEquals(Boolean.TRUE, again.accessDirectory());
    }
  }

  @ConformanceCase(
      operation = "subaccount_update",
      code = 304,
      writes = true,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = "needs an e-mail address another account uses")
  void updateToTakenEmail(Call call) {
    call.forceExampleOnMock("e304_email_exists");
    expect(
        InvalidParameterException.class,
        304,
        () -> call.client()
            .subaccounts()
            .update(SubaccountUpdateRequest.of(OTHER_SUBACCOUNT).toBuilder()
                .email(TAKEN_EMAIL)
                .build()));
  }

  // ---- subaccount_reset_url ----

  @ConformanceCase(
      operation = "subaccount_reset_url",
      writes = true,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = "issues a password-reset link for the demo subaccount")
  void resetUrl(Call call) {
    SubaccountResetUrl r = call.client()
        .subaccounts()
        .resetUrl(SubaccountResetUrlRequest.of(DEMO_SUBACCOUNT))
        .subaccount();
    assertEquals(DEMO_SUBACCOUNT, r.id());
    assertEquals("https", r.url().getScheme());
    assertTrue(r.url().getQuery().matches("token=[A-Za-z0-9]{16,}"), r.url().toString());
  }

  // ---- subaccount_sso ----

  @ConformanceCase(
      operation = "subaccount_sso",
      writes = true,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = "issues a login token for the demo subaccount")
  void sso(Call call) {
    SubaccountSsoToken t = call.client()
        .subaccounts()
        .sso(SubaccountSsoRequest.of(DEMO_SUBACCOUNT))
        .subaccount();
    assertEquals(DEMO_SUBACCOUNT, t.id());
    assertTrue(t.token().matches("[A-Za-z0-9]{16,}"), t.token());
    assertEquals("https", t.url().getScheme());
    assertEquals("https", t.urlWhitelabel().getScheme());
    assertTrue(t.url().getQuery().contains("token=" + t.token()), t.url().toString());
    assertTrue(
        t.urlWhitelabel().getQuery().contains("token=" + t.token()),
        t.urlWhitelabel().toString());
  }
}
