package com.coupontools.conformance.cases;

import static com.coupontools.conformance.cases.ExpectedErrors.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.api.CampaignPushSingleRequest;
import com.coupontools.api.CouponSessionDataRequest;
import com.coupontools.api.CouponSessionDataResponse;
import com.coupontools.api.CouponSessionDataStatus;
import com.coupontools.api.CouponSessionSearchItem;
import com.coupontools.api.CouponSessionSearchRequest;
import com.coupontools.api.CouponSessionSearchResponse;
import com.coupontools.api.CouponSessionUpdateRequest;
import com.coupontools.api.CouponSessionUpdateResponse;
import com.coupontools.api.DirectoryUsersListItem;
import com.coupontools.api.DirectoryUsersListRequest;
import com.coupontools.api.DirectoryUsersUpdateRequest;
import com.coupontools.api.DirectoryUsersUpdateResponse;
import com.coupontools.api.LoyaltyUsersListRequest;
import com.coupontools.api.LoyaltyUsersUpdateRequest;
import com.coupontools.api.LoyaltyUsersUpdateResponse;
import com.coupontools.api.MultipleSingleUseCreateRequest;
import com.coupontools.api.OkStatus;
import com.coupontools.api.SingleUseCode;
import com.coupontools.api.SubaccountCreateRequest;
import com.coupontools.api.SubaccountDetails;
import com.coupontools.api.SubaccountInfoRequest;
import com.coupontools.api.SubaccountListItem;
import com.coupontools.api.SubaccountResetUrl;
import com.coupontools.api.SubaccountResetUrlRequest;
import com.coupontools.api.SubaccountSsoRequest;
import com.coupontools.api.SubaccountSsoToken;
import com.coupontools.api.WebhookVerificationRequest;
import com.coupontools.api.WebhookVerificationResponse;
import com.coupontools.client.CoupontoolsClient;
import com.coupontools.conformance.harness.Call;
import com.coupontools.conformance.harness.ConformanceCase;
import com.coupontools.conformance.harness.TargetKind;
import com.coupontools.errors.AuthenticationException;
import com.coupontools.errors.InvalidParameterException;
import com.coupontools.errors.NotFoundException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Stateful end-to-end scenarios through the SDK against the sandbox: each reads back what it
 * changed, through other operations. Sandbox only — the mock has no state, and a real account
 * should not be used to mint a thousand codes or new subaccounts. Each scenario runs twice (JSON,
 * form) on one sandbox, so each one creates or restores what it touches.
 */
class ScenarioConformanceTest {

  private static final String CAMPAIGN = "cam_123456";
  private static final int BATCH = 1000;
  private static final String SANDBOX_ONLY =
      "stateful scenario: the mock keeps no state, and a real account is not used to mint codes or subaccounts";

  /**
   * Given 1,000 new single-use codes with generated validation codes, when one of them is read,
   * claimed, validated, searched by its validation code and pushed to, then every step sees the
   * state the previous one left, and the validation's webhook event verifies for that session only.
   */
  @ConformanceCase(
      operation = "multiplesingleuse_create",
      targets = TargetKind.SANDBOX,
      writes = true,
      note = SANDBOX_ONLY)
  void singleUseCodeFromCreationToVerifiedWebhook(Call call) {
    CoupontoolsClient client = call.client();
    String prefix = "E2E" + SingleUseConformanceTest.uniquePrefix().substring(0, 8) + "-";
    LocalDateTime started =
        LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);

    // 1. Create 1,000 codes → all unique.
    List<SingleUseCode> codes = client
        .singleUse()
        .createMultiple(MultipleSingleUseCreateRequest.of(CAMPAIGN).toBuilder()
            .amount(BATCH)
            .status(MultipleSingleUseCreateRequest.Status.ACTIVATED)
            .automatedCodes(true)
            .codePrefix(prefix)
            .codeLength(10)
            .codeType(MultipleSingleUseCreateRequest.CodeType.ALPHANUMERIC)
            .build())
        .data();
    assertEquals(BATCH, codes.size());
    assertUnique(codes, SingleUseCode::singleUseCode, "single_use_code");
    assertUnique(codes, SingleUseCode::widgetValidationCode, "widget_validation_code");
    assertUnique(codes, c -> c.customValidationCode().orElse(null), "custom_validation_code");
    assertUnique(codes, SingleUseCode::sequenceId, "sequence_id");
    long firstSequence = codes.get(0).sequenceId();
    for (int i = 0; i < BATCH; i++) {
      SingleUseCode c = codes.get(i);
      assertEquals(firstSequence + i, c.sequenceId(), "consecutive sequence ids");
      assertTrue(
          c._customValidationCode()
              .asString()
              .matches(java.util.regex.Pattern.quote(prefix) + "[A-Za-z0-9]{10}"),
          c._customValidationCode().asString());
      assertTrue(c.singleUseCode().matches("[A-Za-z0-9]{6,64}"), c.singleUseCode());
      assertEquals("https", c.singleUseUrl().getScheme());
      assertTrue(
          c.singleUseUrl().getPath().endsWith("/" + c.singleUseCode()),
          c._singleUseUrl().asString());
      assertFalse(c.voided().orElse(false));
      assertFalse(c.createDate().orElse(null).isBefore(started), c._createDate().asString());
    }

    // 2. Read one session: fresh, nothing happened yet.
    SingleUseCode code = codes.get(417);
    String session = code.singleUseCode();
    CouponSessionDataResponse data =
        client.couponSessions().data(CouponSessionDataRequest.of(session));
    assertEquals(session, data.session());
    assertEquals(CAMPAIGN, data._campaign().asString());
    assertEquals(code.sequenceId(), data.sequenceId());
    assertEquals(code.singleUseUrl(), data.sessionUrl());
    CouponSessionDataStatus fresh = data.data().status();
    assertEquals(code.createDate().orElse(null), fresh.createdDateUtc());
    assertEquals(
        code._customValidationCode().asString(), fresh._ownValidationCode().asString());
    assertFalse(
        fresh.claimed() || fresh.validated().orElse(false) || fresh.voided().orElse(false),
        fresh.toString());
    assertNull(fresh.claimDateUtc().orElse(null));
    assertNull(fresh.validationDateUtc().orElse(null));

    // 3a. Claim it, by its short form.
    CouponSessionUpdateResponse claimed = client
        .couponSessions()
        .update(CouponSessionUpdateRequest.of(code.widgetValidationCode()).toBuilder()
            .status(CouponSessionUpdateRequest.Status.CLAIM)
            .build());
    assertEquals(session, claimed.session(), "the answer names the long form");
    CouponSessionDataStatus afterClaim = claimed.data().status();
    assertTrue(afterClaim.claimed());
    assertFalse(afterClaim.validated().orElse(false));
    assertEquals("api", afterClaim.claimType());
    assertFalse(
        afterClaim.claimDateUtc().orElse(null).isBefore(started),
        afterClaim._claimDateUtc().asString());
    assertNull(claimed._webhook().asString(), "a claim sends no webhook event");

    // 3b. Validate it → a coupon_validated webhook event.
    CouponSessionUpdateResponse validated = client
        .couponSessions()
        .update(CouponSessionUpdateRequest.of(session).toBuilder()
            .status(CouponSessionUpdateRequest.Status.VALIDATE)
            .validationValue("RECEIPT-E2E-417")
            .build());
    CouponSessionDataStatus afterValidation = validated.data().status();
    assertTrue(
        afterValidation.claimed() && afterValidation.validated().orElse(false),
        afterValidation.toString());
    assertEquals(
        afterClaim.claimDateUtc().orElse(null),
        afterValidation.claimDateUtc().orElse(null),
        "validation keeps the claim");
    assertEquals("RECEIPT-E2E-417", afterValidation.validationValue());
    assertNotNull(afterValidation.validationDateUtc().orElse(null));
    String webhook = validated._webhook().asString();
    assertNotNull(webhook, "a validation returns its webhook event");
    assertTrue(webhook.matches("^evt_[A-Za-z0-9]{1,60}$"), webhook);
    // Validated once: a second validation is refused and changes nothing.
    expect(
        InvalidParameterException.class,
        300,
        "status",
        () -> client
            .couponSessions()
            .update(CouponSessionUpdateRequest.of(session).toBuilder()
                .status(CouponSessionUpdateRequest.Status.VALIDATE)
                .build()));
    CouponSessionDataStatus reread = client
        .couponSessions()
        .data(CouponSessionDataRequest.of(session))
        .data()
        .status();
    assertEquals(
        afterValidation.validationDateUtc().orElse(null),
        reread.validationDateUtc().orElse(null));
    assertEquals("RECEIPT-E2E-417", reread.validationValue());

    // 4. Search it by its custom validation code: exactly this session.
    CouponSessionSearchResponse found = client
        .couponSessions()
        .search(CouponSessionSearchRequest.builder()
            .customValidationCode(code._customValidationCode().asString())
            .build())
        .response();
    assertEquals(1L, found.amountOfResults());
    CouponSessionSearchItem hit = found.data().get(0);
    assertEquals(session, hit.session());
    assertEquals(CAMPAIGN, hit._campaign().asString());
    assertEquals(code.widgetValidationCode(), hit.widgetValidationCode());
    assertEquals(code.sequenceId(), hit.sequenceId());

    // 5. Push to it. A push reaches a session only through the mobile wallet it was saved to, and
    // no API call saves one (the consumer does): the contract answers 505 for this fresh session.
    assertFalse(reread.savedToPassbook());
    expect(
        NotFoundException.class,
        505,
        () -> client
            .campaigns()
            .pushSingle(CampaignPushSingleRequest.of(
                CAMPAIGN, code.widgetValidationCode(), "Thanks for your visit!")));
    // The same push to a session of the campaign that is in a wallet (demo data) goes out.
    String inWallet = "ujzde8gxd6ncf10epf91d";
    assertTrue(client
        .couponSessions()
        .data(CouponSessionDataRequest.of(inWallet))
        .data()
        .status()
        .savedToPassbook());
    OkStatus pushed = client
        .campaigns()
        .pushSingle(CampaignPushSingleRequest.of(
            CAMPAIGN, inWallet.substring(0, 6), "Thanks for your visit!"))
        .status();
    assertEquals(OkStatus.Status.OK, pushed.status());

    // 6. Verify the webhook event: valid for this session, at the validation's time.
    WebhookVerificationResponse event = client
        .webhooks()
        .verify(
            WebhookVerificationRequest.of(webhook).toBuilder().session(session).build());
    assertEquals(WebhookVerificationResponse.Result.VALID, event.result());
    assertEquals(webhook, event._webhook().asString());
    assertEquals("coupon_validated", event.type());
    assertEquals(CAMPAIGN, event._campaign().asString());
    assertEquals(session, event.session());
    assertEquals(afterValidation.validationDateUtc().orElse(null), event.date());
    // … and not for any other session of the batch.
    String other = codes.get(418).singleUseCode();
    expect(
        NotFoundException.class,
        509,
        () -> client
            .webhooks()
            .verify(WebhookVerificationRequest.of(webhook).toBuilder()
                .session(other)
                .build()));
  }

  /**
   * Given a holder of the points card, when points are added, deducted past zero and given back,
   * then each answer and the card's user list show the new balance, and it never goes below 0.
   */
  @ConformanceCase(
      operation = "loyaltyusers_update",
      targets = TargetKind.SANDBOX,
      writes = true,
      note = SANDBOX_ONLY)
  void loyaltyPointsBalance(Call call) {
    CoupontoolsClient client = call.client();
    String card = "loy_5522"; // the membership (points) card of the demo data
    String user = "lus_90004";
    Supplier<Long> listed = () -> LoyaltyCardsConformanceTest.user(
            client.loyaltyCards().listUsers(LoyaltyUsersListRequest.of(card)), user)
        .points();
    long before = listed.get();

    LoyaltyUsersUpdateResponse added = client
        .loyaltyCards()
        .updateUser(
            LoyaltyUsersUpdateRequest.of(card, user).toBuilder().points(25).build());
    assertEquals(before + 25, added.points());
    assertEquals(0L, added.stamps());
    assertEquals(before + 25, listed.get());

    LoyaltyUsersUpdateResponse drained = client
        .loyaltyCards()
        .updateUser(LoyaltyUsersUpdateRequest.of(card, user).toBuilder()
            .points((int) -(before + 25 + 1000))
            .build());
    assertEquals(0L, drained.points(), "a balance never goes below 0");
    assertEquals(0L, listed.get());

    // Stamps do not apply to a points card, and a refused change leaves the balance alone.
    expect(
        InvalidParameterException.class,
        300,
        "stamps",
        () -> client
            .loyaltyCards()
            .updateUser(
                LoyaltyUsersUpdateRequest.of(card, user).toBuilder().stamps(3).build()));

    // Void the holder and back; then restore the balance for the next run.
    assertTrue(client
        .loyaltyCards()
        .updateUser(
            LoyaltyUsersUpdateRequest.of(card, user).toBuilder().voided(true).build())
        .voided());
    assertTrue(LoyaltyCardsConformanceTest.user(
            client.loyaltyCards().listUsers(LoyaltyUsersListRequest.of(card)), user)
        .voided());
    assertFalse(client
        .loyaltyCards()
        .updateUser(
            LoyaltyUsersUpdateRequest.of(card, user).toBuilder().voided(false).build())
        .voided());
    assertEquals(
        before,
        client
            .loyaltyCards()
            .updateUser(LoyaltyUsersUpdateRequest.of(card, user).toBuilder()
                .points((int) before)
                .build())
            .points());
    assertEquals(before, listed.get());
  }

  /**
   * Given a registered user of the paid-access directory, when the payment status is set to paid
   * with an end date and back to unpaid, then the directory's user list shows each state.
   */
  @ConformanceCase(
      operation = "directoryusers_update",
      targets = TargetKind.SANDBOX,
      writes = true,
      note = SANDBOX_ONLY)
  void directoryPaymentStatus(Call call) {
    CoupontoolsClient client = call.client();
    String directory = "dir_4321";
    String user = "reg_778812"; // unpaid in the demo data; the scenario leaves it so
    LocalDateTime paidUntil = LocalDateTime.of(2027, 3, 31, 23, 59, 59);

    DirectoryUsersUpdateResponse paid = client
        .directories()
        .updateUser(
            DirectoryUsersUpdateRequest.of(
                    directory, user, DirectoryUsersUpdateRequest.PaymentStatus.PAID)
                .toBuilder()
                .expiresAt(paidUntil)
                .build());
    assertEquals(directory, paid.directory());
    assertEquals(user, paid.userId());
    assertEquals("payment_status_updated", paid._action().asString());
    assertEquals(DirectoryUsersUpdateResponse.PaymentStatus.PAID, paid.paymentStatus());
    assertEquals(paidUntil, paid.expiresAt().orElse(null));
    DirectoryUsersListItem listed = registered(client, directory, user);
    assertEquals(
        DirectoryUsersListItem.PaymentStatus.PAID, listed.paymentStatus().orElse(null));
    assertEquals(paidUntil, listed.expiresAt().orElse(null));

    DirectoryUsersUpdateResponse unpaid = client
        .directories()
        .updateUser(DirectoryUsersUpdateRequest.of(
            directory, user, DirectoryUsersUpdateRequest.PaymentStatus.UNPAID));
    assertEquals(DirectoryUsersUpdateResponse.PaymentStatus.UNPAID, unpaid.paymentStatus());
    assertNull(unpaid.expiresAt().orElse(null), "an unpaid user has no paid access to end");
    listed = registered(client, directory, user);
    assertEquals(
        DirectoryUsersListItem.PaymentStatus.UNPAID, listed.paymentStatus().orElse(null));
    assertNull(listed.expiresAt().orElse(null));
  }

  /**
   * Given a new subaccount created with a package, when single sign on and a password-reset URL
   * are asked for it, then each answers for that subaccount with a fresh token, and the new
   * account's own credentials work — except on subaccount management (102).
   */
  @ConformanceCase(
      operation = "subaccount_create",
      targets = TargetKind.SANDBOX,
      writes = true,
      note = SANDBOX_ONLY)
  void subaccountOnboarding(Call call) {
    CoupontoolsClient client = call.client();
    String email = SubaccountFixtures.uniqueEmail("onboarding");
    LocalDate expiry = LocalDate.now(ZoneOffset.UTC).plusYears(1);

    SubaccountDetails created = client
        .subaccounts()
        .create(SubaccountCreateRequest.of(email).toBuilder()
            .packageId("pac_pro")
            .status(SubaccountCreateRequest.Status.TRIAL)
            .firstName("Noor")
            .lastName("Jansen")
            .country("NL")
            .companyName("Jansen Fietsen")
            .expiresOn(expiry)
            .build())
        .subaccount();
    String id = created.id();
    assertEquals(email, created._email().asString());
    assertEquals(expiry, created.expiresOn().orElse(null));
    assertEquals(50L, created.maxCampaigns(), "pac_pro allows 50 campaigns");
    assertEquals(Boolean.TRUE, created.accessDirectory(), "pac_pro grants the directory");

    // It is listed, and info returns what create returned.
    List<SubaccountListItem> all = client.subaccounts().list().subaccounts();
    assertTrue(
        all.stream().anyMatch(s -> s.id().equals(id) && s._email().asString().equals(email)),
        all.toString());
    SubaccountDetails info =
        client.subaccounts().info(SubaccountInfoRequest.of(id)).subaccount();
    assertEquals(created.apiKey(), info.apiKey());
    assertEquals(created.apiSecret(), info.apiSecret());
    assertEquals("Jansen Fietsen", info.companyName());

    // SSO: a fresh token per call, in both dashboard URLs.
    SubaccountSsoToken sso =
        client.subaccounts().sso(SubaccountSsoRequest.of(id)).subaccount();
    assertEquals(id, sso.id());
    assertTrue(sso.url().getQuery().contains("token=" + sso.token()), sso._url().asString());
    assertTrue(
        sso.urlWhitelabel().getQuery().contains("token=" + sso.token()),
        sso._urlWhitelabel().asString());
    SubaccountSsoToken statistics = client
        .subaccounts()
        .sso(SubaccountSsoRequest.of(id).toBuilder()
            .landingPage(SubaccountSsoRequest.LandingPage.STATISTICS)
            .build())
        .subaccount();
    assertNotEquals(sso.token(), statistics.token());
    // A campaign of another account is not one this subaccount can open.
    expect(
        NotFoundException.class,
        502,
        () -> client
            .subaccounts()
            .sso(SubaccountSsoRequest.of(id).toBuilder()
                .landingPage(SubaccountSsoRequest.LandingPage.UPDATE_CAMPAIGN)
                .campaign(CAMPAIGN)
                .build()));

    // Reset URL for the same subaccount.
    SubaccountResetUrl reset =
        client.subaccounts().resetUrl(SubaccountResetUrlRequest.of(id)).subaccount();
    assertEquals(id, reset.id());
    assertEquals("https", reset.url().getScheme());
    assertTrue(reset.url().getQuery().startsWith("token="), reset._url().asString());
    assertFalse(reset.url().getQuery().contains(sso.token()), "a reset token is not a login token");

    // The new account's own credentials work, on its own (empty) data, but not on subaccounts.
    CoupontoolsClient own = call.client(created.apiKey(), created.apiSecret());
    assertEquals(0L, own.loyaltyCards().list().amountOfResults());
    expect(AuthenticationException.class, 102, () -> own.subaccounts().list());
  }

  private static DirectoryUsersListItem registered(
      CoupontoolsClient client, String directory, String user) {
    List<DirectoryUsersListItem> users =
        client.directories().listUsers(DirectoryUsersListRequest.of(directory)).items();
    return users.stream()
        .filter(u -> u.id().equals(user))
        .findFirst()
        .orElseThrow(() -> new AssertionError(user + " not among " + users));
  }

  private static <T> void assertUnique(
      List<SingleUseCode> codes, Function<SingleUseCode, T> field, String name) {
    Set<T> seen = new HashSet<>();
    List<T> repeated =
        codes.stream().map(field).filter(v -> !seen.add(v)).collect(Collectors.toList());
    assertEquals(List.of(), repeated, name + " repeated");
    assertEquals(codes.size(), seen.size(), name);
    assertFalse(seen.contains(null), name + " missing");
  }
}
