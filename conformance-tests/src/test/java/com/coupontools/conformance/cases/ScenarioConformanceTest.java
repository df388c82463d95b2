package com.coupontools.conformance.cases;

import static com.coupontools.conformance.cases.ExpectedErrors.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.client.CoupontoolsClient;
import com.coupontools.conformance.harness.Call;
import com.coupontools.conformance.harness.ConformanceCase;
import com.coupontools.conformance.harness.TargetKind;
import com.coupontools.errors.AuthenticationException;
import com.coupontools.errors.InvalidParameterException;
import com.coupontools.errors.NotFoundException;
import com.coupontools.model.CampaignPushSingleRequest;
import com.coupontools.model.CouponSessionDataRequest;
import com.coupontools.model.CouponSessionDataResponse;
import com.coupontools.model.CouponSessionDataStatus;
import com.coupontools.model.CouponSessionSearchItem;
import com.coupontools.model.CouponSessionSearchRequest;
import com.coupontools.model.CouponSessionSearchResponse;
import com.coupontools.model.CouponSessionUpdateRequest;
import com.coupontools.model.CouponSessionUpdateResponse;
import com.coupontools.model.DirectoryUsersListItem;
import com.coupontools.model.DirectoryUsersListRequest;
import com.coupontools.model.DirectoryUsersUpdateRequest;
import com.coupontools.model.DirectoryUsersUpdateResponse;
import com.coupontools.model.LoyaltyUsersListRequest;
import com.coupontools.model.LoyaltyUsersUpdateRequest;
import com.coupontools.model.LoyaltyUsersUpdateResponse;
import com.coupontools.model.MultipleSingleUseCreateRequest;
import com.coupontools.model.OkStatus;
import com.coupontools.model.SingleUseCode;
import com.coupontools.model.SubaccountCreateRequest;
import com.coupontools.model.SubaccountDetails;
import com.coupontools.model.SubaccountInfoRequest;
import com.coupontools.model.SubaccountListItem;
import com.coupontools.model.SubaccountResetUrl;
import com.coupontools.model.SubaccountResetUrlRequest;
import com.coupontools.model.SubaccountSsoRequest;
import com.coupontools.model.SubaccountSsoToken;
import com.coupontools.model.WebhookVerificationRequest;
import com.coupontools.model.WebhookVerificationResponse;
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
  @ConformanceCase(operation = "multiplesingleuse_create", targets = TargetKind.SANDBOX, writes = true,
      note = SANDBOX_ONLY)
  void singleUseCodeFromCreationToVerifiedWebhook(Call call) {
    CoupontoolsClient client = call.client();
    String prefix = "E2E" + SingleUseConformanceTest.uniquePrefix().substring(0, 8) + "-";
    LocalDateTime started = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);

    // 1. Create 1,000 codes → all unique.
    List<SingleUseCode> codes = client.singleUse().createMultiple(MultipleSingleUseCreateRequest.of(CAMPAIGN)
        .amount(BATCH).status(MultipleSingleUseCreateRequest.StatusEnum.ACTIVATED).automatedCodes(true)
        .codePrefix(prefix).codeLength(10).codeType(MultipleSingleUseCreateRequest.CodeTypeEnum.ALPHANUMERIC)).getData();
    assertEquals(BATCH, codes.size());
    assertUnique(codes, SingleUseCode::getSingleUseCode, "single_use_code");
    assertUnique(codes, SingleUseCode::getWidgetValidationCode, "widget_validation_code");
    assertUnique(codes, SingleUseCode::getCustomValidationCode, "custom_validation_code");
    assertUnique(codes, SingleUseCode::getSequenceId, "sequence_id");
    long firstSequence = codes.get(0).getSequenceId();
    for (int i = 0; i < BATCH; i++) {
      SingleUseCode c = codes.get(i);
      assertEquals(firstSequence + i, c.getSequenceId(), "consecutive sequence ids");
      assertTrue(c.getCustomValidationCode().matches(java.util.regex.Pattern.quote(prefix) + "[A-Za-z0-9]{10}"),
          c.getCustomValidationCode());
      assertTrue(c.getSingleUseCode().matches("[A-Za-z0-9]{6,64}"), c.getSingleUseCode());
      assertEquals("https", c.singleUseUrl().getScheme());
      assertTrue(c.singleUseUrl().getPath().endsWith("/" + c.getSingleUseCode()), c.getSingleUseUrl());
      assertFalse(c.voided());
      assertFalse(c.createDate().isBefore(started), c.getCreateDate());
    }

    // 2. Read one session: fresh, nothing happened yet.
    SingleUseCode code = codes.get(417);
    String session = code.getSingleUseCode();
    CouponSessionDataResponse data = client.couponSessions().data(CouponSessionDataRequest.of(session));
    assertEquals(session, data.getSession());
    assertEquals(CAMPAIGN, data.getCampaign());
    assertEquals(code.getSequenceId(), data.sequenceid());
    assertEquals(code.singleUseUrl(), data.sessionUrl());
    CouponSessionDataStatus fresh = data.getData().getStatus();
    assertEquals(code.createDate(), fresh.createdDateUtc());
    assertEquals(code.getCustomValidationCode(), fresh.getOwnValidationCode());
    assertFalse(fresh.claimed() || fresh.validated() || fresh.voided(), fresh.toString());
    assertNull(fresh.claimDateUtc());
    assertNull(fresh.validationDateUtc());

    // 3a. Claim it, by its short form.
    CouponSessionUpdateResponse claimed = client.couponSessions().update(
        CouponSessionUpdateRequest.of(code.getWidgetValidationCode()).status(CouponSessionUpdateRequest.StatusEnum.CLAIM));
    assertEquals(session, claimed.getSession(), "the answer names the long form");
    CouponSessionDataStatus afterClaim = claimed.getData().getStatus();
    assertTrue(afterClaim.claimed());
    assertFalse(afterClaim.validated());
    assertEquals("api", afterClaim.getClaimtype());
    assertFalse(afterClaim.claimDateUtc().isBefore(started), afterClaim.getClaimDateUtc());
    assertNull(claimed.getWebhook(), "a claim sends no webhook event");

    // 3b. Validate it → a coupon_validated webhook event.
    CouponSessionUpdateResponse validated = client.couponSessions().update(CouponSessionUpdateRequest.of(session)
        .status(CouponSessionUpdateRequest.StatusEnum.VALIDATE).validationValue("RECEIPT-E2E-417"));
    CouponSessionDataStatus afterValidation = validated.getData().getStatus();
    assertTrue(afterValidation.claimed() && afterValidation.validated(), afterValidation.toString());
    assertEquals(afterClaim.claimDateUtc(), afterValidation.claimDateUtc(), "validation keeps the claim");
    assertEquals("RECEIPT-E2E-417", afterValidation.getValidationValue());
    assertNotNull(afterValidation.validationDateUtc());
    String webhook = validated.getWebhook();
    assertNotNull(webhook, "a validation returns its webhook event");
    assertTrue(webhook.matches("^evt_[A-Za-z0-9]{1,60}$"), webhook);
    // Validated once: a second validation is refused and changes nothing.
    expect(InvalidParameterException.class, 300, "status", () -> client.couponSessions().update(
        CouponSessionUpdateRequest.of(session).status(CouponSessionUpdateRequest.StatusEnum.VALIDATE)));
    CouponSessionDataStatus reread = client.couponSessions().data(CouponSessionDataRequest.of(session)).getData().getStatus();
    assertEquals(afterValidation.validationDateUtc(), reread.validationDateUtc());
    assertEquals("RECEIPT-E2E-417", reread.getValidationValue());

    // 4. Search it by its custom validation code: exactly this session.
    CouponSessionSearchResponse found = client.couponSessions().search(
        new CouponSessionSearchRequest().customValidationCode(code.getCustomValidationCode()));
    assertEquals(1L, found.amountOfResults());
    CouponSessionSearchItem hit = found.getData().get(0);
    assertEquals(session, hit.getSession());
    assertEquals(CAMPAIGN, hit.getCampaign());
    assertEquals(code.getWidgetValidationCode(), hit.getWidgetValidationCode());
    assertEquals(code.getSequenceId(), hit.sequenceid());

    // 5. Push to it. A push reaches a session only through the mobile wallet it was saved to, and
    // no API call saves one (the consumer does): the contract answers 505 for this fresh session.
    assertFalse(reread.savedToPassbook());
    expect(NotFoundException.class, 505, () -> client.campaigns().pushSingle(
        CampaignPushSingleRequest.of(CAMPAIGN, code.getWidgetValidationCode(), "Thanks for your visit!")));
    // The same push to a session of the campaign that is in a wallet (demo data) goes out.
    String inWallet = "ujzde8gxd6ncf10epf91d";
    assertTrue(client.couponSessions().data(CouponSessionDataRequest.of(inWallet)).getData().getStatus().savedToPassbook());
    OkStatus pushed = client.campaigns().pushSingle(
        CampaignPushSingleRequest.of(CAMPAIGN, inWallet.substring(0, 6), "Thanks for your visit!")).getStatus();
    assertEquals(OkStatus.StatusEnum.OK, pushed.getStatus());

    // 6. Verify the webhook event: valid for this session, at the validation's time.
    WebhookVerificationResponse event = client.webhooks().verify(WebhookVerificationRequest.of(webhook).session(session));
    assertEquals(WebhookVerificationResponse.ResultEnum.VALID, event.getResult());
    assertEquals(webhook, event.getWebhook());
    assertEquals("coupon_validated", event.getType());
    assertEquals(CAMPAIGN, event.getCampaign());
    assertEquals(session, event.getSession());
    assertEquals(afterValidation.validationDateUtc(), event.date());
    // … and not for any other session of the batch.
    String other = codes.get(418).getSingleUseCode();
    expect(NotFoundException.class, 509, () -> client.webhooks().verify(WebhookVerificationRequest.of(webhook).session(other)));
  }

  /**
   * Given a holder of the points card, when points are added, deducted past zero and given back,
   * then each answer and the card's user list show the new balance, and it never goes below 0.
   */
  @ConformanceCase(operation = "loyaltyusers_update", targets = TargetKind.SANDBOX, writes = true,
      note = SANDBOX_ONLY)
  void loyaltyPointsBalance(Call call) {
    CoupontoolsClient client = call.client();
    String card = "loy_5522"; // the membership (points) card of the demo data
    String user = "lus_90004";
    Supplier<Long> listed = () -> LoyaltyCardsConformanceTest.user(
        client.loyaltyCards().listUsers(LoyaltyUsersListRequest.of(card)), user).points();
    long before = listed.get();

    LoyaltyUsersUpdateResponse added = client.loyaltyCards().updateUser(LoyaltyUsersUpdateRequest.of(card, user).points(25));
    assertEquals(before + 25, added.points());
    assertEquals(0L, added.stamps());
    assertEquals(before + 25, listed.get());

    LoyaltyUsersUpdateResponse drained = client.loyaltyCards().updateUser(
        LoyaltyUsersUpdateRequest.of(card, user).points((int) -(before + 25 + 1000)));
    assertEquals(0L, drained.points(), "a balance never goes below 0");
    assertEquals(0L, listed.get());

    // Stamps do not apply to a points card, and a refused change leaves the balance alone.
    expect(InvalidParameterException.class, 300, "stamps",
        () -> client.loyaltyCards().updateUser(LoyaltyUsersUpdateRequest.of(card, user).stamps(3)));

    // Void the holder and back; then restore the balance for the next run.
    assertTrue(client.loyaltyCards().updateUser(LoyaltyUsersUpdateRequest.of(card, user).voided(true)).voided());
    assertTrue(LoyaltyCardsConformanceTest.user(client.loyaltyCards().listUsers(LoyaltyUsersListRequest.of(card)), user).voided());
    assertFalse(client.loyaltyCards().updateUser(LoyaltyUsersUpdateRequest.of(card, user).voided(false)).voided());
    assertEquals(before, client.loyaltyCards().updateUser(LoyaltyUsersUpdateRequest.of(card, user).points((int) before)).points());
    assertEquals(before, listed.get());
  }

  /**
   * Given a registered user of the paid-access directory, when the payment status is set to paid
   * with an end date and back to unpaid, then the directory's user list shows each state.
   */
  @ConformanceCase(operation = "directoryusers_update", targets = TargetKind.SANDBOX, writes = true,
      note = SANDBOX_ONLY)
  void directoryPaymentStatus(Call call) {
    CoupontoolsClient client = call.client();
    String directory = "dir_4321";
    String user = "reg_778812"; // unpaid in the demo data; the scenario leaves it so
    LocalDateTime paidUntil = LocalDateTime.of(2027, 3, 31, 23, 59, 59);

    DirectoryUsersUpdateResponse paid = client.directories().updateUser(DirectoryUsersUpdateRequest.of(directory, user,
        DirectoryUsersUpdateRequest.PaymentStatusEnum.PAID).expiryDate(paidUntil));
    assertEquals(directory, paid.getDirectory());
    assertEquals(user, paid.getUser());
    assertEquals("payment_status_updated", paid.getAction());
    assertEquals(DirectoryUsersUpdateResponse.PaymentStatusEnum.PAID, paid.getPaymentStatus());
    assertEquals(paidUntil, paid.expiryDate());
    DirectoryUsersListItem listed = registered(client, directory, user);
    assertEquals(DirectoryUsersListItem.PaymentStatusEnum.PAID, listed.getPaymentStatus());
    assertEquals(paidUntil, listed.expiryDate());

    DirectoryUsersUpdateResponse unpaid = client.directories().updateUser(DirectoryUsersUpdateRequest.of(directory, user,
        DirectoryUsersUpdateRequest.PaymentStatusEnum.UNPAID));
    assertEquals(DirectoryUsersUpdateResponse.PaymentStatusEnum.UNPAID, unpaid.getPaymentStatus());
    assertNull(unpaid.expiryDate(), "an unpaid user has no paid access to end");
    listed = registered(client, directory, user);
    assertEquals(DirectoryUsersListItem.PaymentStatusEnum.UNPAID, listed.getPaymentStatus());
    assertNull(listed.expiryDate());
  }

  /**
   * Given a new subaccount created with a package, when single sign on and a password-reset URL
   * are asked for it, then each answers for that subaccount with a fresh token, and the new
   * account's own credentials work — except on subaccount management (102).
   */
  @ConformanceCase(operation = "subaccount_create", targets = TargetKind.SANDBOX, writes = true,
      note = SANDBOX_ONLY)
  void subaccountOnboarding(Call call) {
    CoupontoolsClient client = call.client();
    String email = SubaccountFixtures.uniqueEmail("onboarding");
    LocalDate expiry = LocalDate.now(ZoneOffset.UTC).plusYears(1);

    SubaccountDetails created = client.subaccounts().create(SubaccountCreateRequest.of(email)._package("pac_pro")
        .status(SubaccountCreateRequest.StatusEnum.TRIAL).firstName("Noor").lastName("Jansen").country("NL")
        .companyName("Jansen Fietsen").expiryDate(expiry)).getSubaccount();
    String id = created.getID();
    assertEquals(email, created.getEmail());
    assertEquals(expiry, created.expiryDate());
    assertEquals(50L, created.maxCampaigns(), "pac_pro allows 50 campaigns");
    assertEquals(Boolean.TRUE, created.getAccessDirectory(), "pac_pro grants the directory");

    // It is listed, and info returns what create returned.
    List<SubaccountListItem> all = client.subaccounts().list().getSubaccounts();
    assertTrue(all.stream().anyMatch(s -> s.getID().equals(id) && s.getEmail().equals(email)), all.toString());
    SubaccountDetails info = client.subaccounts().info(SubaccountInfoRequest.of(id)).getSubaccount();
    assertEquals(created.getApiKey(), info.getApiKey());
    assertEquals(created.getApiSecret(), info.getApiSecret());
    assertEquals("Jansen Fietsen", info.getCompanyName());

    // SSO: a fresh token per call, in both dashboard URLs.
    SubaccountSsoToken sso = client.subaccounts().sso(SubaccountSsoRequest.of(id)).getSubaccount();
    assertEquals(id, sso.getID());
    assertTrue(sso.url().getQuery().contains("token=" + sso.getToken()), sso.getUrl());
    assertTrue(sso.urlWhitelabel().getQuery().contains("token=" + sso.getToken()), sso.getUrlWhitelabel());
    SubaccountSsoToken statistics = client.subaccounts().sso(
        SubaccountSsoRequest.of(id).page(SubaccountSsoRequest.PageEnum.STATISTICS)).getSubaccount();
    assertNotEquals(sso.getToken(), statistics.getToken());
    // A campaign of another account is not one this subaccount can open.
    expect(NotFoundException.class, 502, () -> client.subaccounts().sso(SubaccountSsoRequest.of(id)
        .page(SubaccountSsoRequest.PageEnum.UPDATE_CAMPAIGN).campaign(CAMPAIGN)));

    // Reset URL for the same subaccount.
    SubaccountResetUrl reset = client.subaccounts().resetUrl(SubaccountResetUrlRequest.of(id)).getSubaccount();
    assertEquals(id, reset.getID());
    assertEquals("https", reset.url().getScheme());
    assertTrue(reset.url().getQuery().startsWith("token="), reset.getUrl());
    assertFalse(reset.url().getQuery().contains(sso.getToken()), "a reset token is not a login token");

    // The new account's own credentials work, on its own (empty) data, but not on subaccounts.
    CoupontoolsClient own = call.client(created.getApiKey(), created.getApiSecret());
    assertEquals(0L, own.loyaltyCards().list().amountOfResults());
    expect(AuthenticationException.class, 102, () -> own.subaccounts().list());
  }

  private static DirectoryUsersListItem registered(CoupontoolsClient client, String directory, String user) {
    List<DirectoryUsersListItem> users = client.directories().listUsers(DirectoryUsersListRequest.of(directory)).getUsers();
    return users.stream().filter(u -> u.getID().equals(user)).findFirst()
        .orElseThrow(() -> new AssertionError(user + " not among " + users));
  }

  private static <T> void assertUnique(List<SingleUseCode> codes, Function<SingleUseCode, T> field, String name) {
    Set<T> seen = new HashSet<>();
    List<T> repeated = codes.stream().map(field).filter(v -> !seen.add(v)).collect(Collectors.toList());
    assertEquals(List.of(), repeated, name + " repeated");
    assertEquals(codes.size(), seen.size(), name);
    assertFalse(seen.contains(null), name + " missing");
  }
}
