package com.coupontools.conformance.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.coupontools.api.CampaignDataItem;
import com.coupontools.api.CampaignDataRequest;
import com.coupontools.api.CampaignDataResponse;
import com.coupontools.api.CampaignInfo;
import com.coupontools.api.CampaignInfoRequest;
import com.coupontools.api.CampaignListItem;
import com.coupontools.api.CampaignListRequest;
import com.coupontools.api.CampaignListResponse;
import com.coupontools.api.CampaignPushAllRequest;
import com.coupontools.api.CampaignPushSingleRequest;
import com.coupontools.api.OkStatus;
import com.coupontools.conformance.harness.Call;
import com.coupontools.conformance.harness.ConformanceCase;
import com.coupontools.conformance.harness.TargetKind;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Campaigns: list, info, the four usage lists (data, opens, claims, validations) and the two
 * pushes. The documented campaign {@code cam_123456} (owned by subaccount {@code sub_1234}) and
 * its sessions exist on the mock (examples) and in the sandbox's demo data; on a real account the
 * read-only happy paths look at the account's first campaign instead.
 */
class CampaignsConformanceTest {

  static final String SPRING_SALE = "cam_123456";
  /** Anna's session of the spring sale: claimed and saved to a wallet (push notifications reach it). */
  static final String WALLET_SESSION = "ujzde8gxd6ncf10epf91d";

  private static final String SESSION_CODE = "^[A-Za-z0-9]{6,64}$";
  private static final String DEMO_ONLY = "uses the demo data's campaign and sessions";
  private static final String NO_REAL_PUSH =
      "would notify the wallets of a real account's customers";

  // ---------------------------------------------------------------- campaign_list

  @ConformanceCase(operation = "campaign_list")
  void listActive(Call call) {
    CampaignListResponse r = call.client()
        .campaigns()
        .list(CampaignListRequest.builder().onlyActive(true).build());
    assertEquals(OkStatus.Status.OK, r.status().status());
    assertEquals(r.couponInfo().size(), r.amountOfResults().orElseThrow());
    for (CampaignListItem c : r.couponInfo()) {
      assertTrue(c.id().matches("^cam_[0-9]+$"), c.id());
      assertEquals("active", c.status(), c.id());
      assertEquals("https", c.url().getScheme(), c.id());
    }
    if (!call.onLive()) {
      CampaignListItem spring = find(r.couponInfo(), SPRING_SALE);
      // A main account sees its subaccounts' campaigns, each naming its owner.
      assertEquals("sub_1234", spring.subaccount().orElse(null));
      assertEquals("20% off your next purchase", spring.title());
      assertEquals(URI.create("https://digicpn.com/p/ab12cd"), spring.url());
      assertNotNull(spring.expiresAt().orElse(null), spring._expiresAt().asString());
    }
  }

  @ConformanceCase(operation = "campaign_list")
  void listWithoutBody(Call call) {
    // The body is optional: the no-argument overload sends an empty one.
    CampaignListResponse r = call.client().campaigns().list();
    assertEquals(r.couponInfo().size(), r.amountOfResults().orElseThrow());
    if (!call.onLive()) find(r.couponInfo(), SPRING_SALE);
  }

  // ---------------------------------------------------------------- campaign_info

  @ConformanceCase(operation = "campaign_info")
  void info(Call call) {
    String id = readableCampaign(call);
    CampaignInfo c = call.client()
        .campaigns()
        .info(CampaignInfoRequest.of(id).toBuilder().showUsageStats(true).build())
        .couponInfo();
    assertEquals(id, c.id());
    assertEquals("https", c.url().getScheme());
    // Usage stats were asked for: both counters are numbers, claimed ones a part of all.
    assertNotNull(c.amountCustomValidationCodes().orElse(null), c.toString());
    assertNotNull(c.amountClaimedCustomValidationCodes().orElse(null), c.toString());
    assertTrue(
        c.amountClaimedCustomValidationCodes().orElse(null)
            <= c.amountCustomValidationCodes().orElse(null),
        c.toString());
    if (!call.onLive()) {
      assertEquals("ab12cd", c.code());
      assertEquals(URI.create("https://digicpn.com/p/ab12cd"), c.url());
      assertEquals("sub_1234", c.subaccount().orElse(null));
      assertEquals("Fashion", c.couponCategoryName().orElse(null));
      assertEquals(23, c.expiresAt().orElse(null).getHour(), c._expiresAt().asString());
      assertTrue(c.amountCustomValidationCodes().orElse(null) > 0, c.toString());
    }
  }

  @ConformanceCase(
      operation = "campaign_info",
      targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = DEMO_ONLY)
  void infoByBareDigits(Call call) {
    // IDs are accepted with or without their prefix; responses always carry it.
    CampaignInfo c =
        call.client().campaigns().info(CampaignInfoRequest.of("123456")).couponInfo();
    assertEquals(SPRING_SALE, c.id());
    assertEquals("Spring sale 2026", c.name());
  }

  // ---------------------------------------------------------------- campaign_data

  @ConformanceCase(operation = "campaign_data")
  void data(Call call) {
    String id = readableCampaign(call);
    CampaignDataResponse r = call.client()
        .campaigns()
        .data(CampaignDataRequest.of(id).toBuilder().page(1).build())
        .response();
    assertUsage(r, id, "retrieve_all_campaign_data");
    if (!call.onLive()) assertFalse(r.data().isEmpty());
  }

  @ConformanceCase(
      operation = "campaign_data",
      targets = {TargetKind.SANDBOX, TargetKind.LIVE},
      note = "the mock answers its one example whatever the page")
  void dataPastTheLastPage(Call call) {
    // Pages hold at most 100 sessions; a page past the last is empty, not an error.
    String id = readableCampaign(call);
    CampaignDataResponse r = call.client()
        .campaigns()
        .data(CampaignDataRequest.of(id).toBuilder().page(100_000).build())
        .response();
    assertEquals(List.of(), r.data());
    assertTrue(r.amountOfResults() >= 0);
  }

  // ---------------------------------------------------------------- campaign_opens

  @ConformanceCase(operation = "campaign_opens")
  void opensInADateRange(Call call) {
    String id = readableCampaign(call);
    // Both documented filter forms: a day, and a day with hours and minutes (inclusive bounds).
    CampaignDataResponse r = call.client()
        .campaigns()
        .opens(CampaignDataRequest.of(id).toBuilder()
            .startDate("2026-03-14")
            .endDate("2026-03-14 09:31")
            .build())
        .response();
    assertUsage(r, id, "retrieve_campaign_opens");
    LocalDateTime from = LocalDateTime.of(2026, 3, 14, 0, 0);
    LocalDateTime to = LocalDateTime.of(2026, 3, 14, 9, 31, 59);
    for (CampaignDataItem item : r.data()) {
      LocalDateTime opened = item.status().openDateUtc().orElse(null);
      assertNotNull(opened, item.toString());
      assertFalse(opened.isBefore(from) || opened.isAfter(to), item.toString());
    }
    // Anna opened the spring sale at 09:30:12 that day.
    if (!call.onLive()) {
      assertTrue(r.data().stream().anyMatch(i -> i.session().equals(WALLET_SESSION)), r.toString());
    }
  }

  // ---------------------------------------------------------------- campaign_claims

  @ConformanceCase(operation = "campaign_claims")
  void claims(Call call) {
    String id = readableCampaign(call);
    CampaignDataResponse r =
        call.client().campaigns().claims(CampaignDataRequest.of(id)).response();
    assertUsage(r, id, "retrieve_campaign_claims");
    for (CampaignDataItem item : r.data())
      assertNotNull(item.status().claimDateUtc().orElse(null), item.toString());
    if (!call.onLive()) assertFalse(r.data().isEmpty());
  }

  // ---------------------------------------------------------------- campaign_validations

  @ConformanceCase(operation = "campaign_validations")
  void validations(Call call) {
    String id = readableCampaign(call);
    CampaignDataResponse r = call.client()
        .campaigns()
        .validations(CampaignDataRequest.of(id).toBuilder().page(1).build())
        .response();
    assertUsage(r, id, "retrieve_campaign_validations");
    for (CampaignDataItem item : r.data()) {
      assertNotNull(item.status().validationDateUtc().orElse(null), item.toString());
      assertNotNull(
          item.status().claimDateUtc().orElse(null),
          "a validated coupon was claimed first: " + item);
    }
    if (!call.onLive()) assertFalse(r.data().isEmpty());
  }

  // ---------------------------------------------------------------- campaign_push_single

  @ConformanceCase(
      operation = "campaign_push_single",
      writes = true,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = NO_REAL_PUSH)
  void pushSingle(Call call) {
    OkStatus status = call.client()
        .campaigns()
        .pushSingle(CampaignPushSingleRequest.of(
            SPRING_SALE, WALLET_SESSION, "Your spring coupon expires soon"))
        .status();
    assertEquals(OkStatus.Status.OK, status.status());
  }

  @ConformanceCase(
      operation = "campaign_push_single",
      writes = true,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = NO_REAL_PUSH)
  void pushSingleByShortCode(Call call) {
    // A session may be named by its 6-character short form too.
    OkStatus status = call.client()
        .campaigns()
        .pushSingle(CampaignPushSingleRequest.of(
            SPRING_SALE, WALLET_SESSION.substring(0, 6), "See you soon"))
        .status();
    assertEquals(OkStatus.Status.OK, status.status());
  }

  // ---------------------------------------------------------------- campaign_push_all

  @ConformanceCase(
      operation = "campaign_push_all",
      writes = true,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = NO_REAL_PUSH)
  void pushAll(Call call) {
    OkStatus status = call.client()
        .campaigns()
        .pushAll(CampaignPushAllRequest.of(SPRING_SALE, "Spring sale: last weekend!"))
        .status();
    assertEquals(OkStatus.Status.OK, status.status());
  }

  /**
   * The campaign a read-only happy path reads: the documented one, or on a real account its first
   * campaign (skipped with a reason when it has none).
   */
  static String readableCampaign(Call call) {
    if (!call.onLive()) return SPRING_SALE;
    List<CampaignListItem> all = call.client().campaigns().list().couponInfo();
    assumeFalse(all.isEmpty(), "live: the account has no campaign to read");
    return all.get(0).id();
  }

  private static CampaignListItem find(List<CampaignListItem> items, String id) {
    return items.stream()
        .filter(c -> c.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " not in " + items));
  }

  /** What every usage list answers: its campaign and action, a total, and well-formed items. */
  private static void assertUsage(CampaignDataResponse r, String campaign, String action) {
    assertEquals(campaign, r._campaign().asString());
    assertEquals(action, r._action().asString());
    assertNotNull(r.amountOfResults(), r._amountOfResults().asString());
    assertTrue(r.amountOfResults() >= r.data().size(), r.toString());
    assertTrue(r.data().size() <= 100, "pages hold at most 100 items");
    for (CampaignDataItem item : r.data()) {
      assertTrue(item.sequenceId() > 0, item.toString());
      assertTrue(item.session().matches(SESSION_CODE), item.toString());
      assertNotNull(item.status(), item.toString());
    }
  }
}
