package com.coupontools.conformance.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.coupontools.api.CategoryListItem;
import com.coupontools.api.CategoryListResponse;
import com.coupontools.api.CategoryMainListResponse;
import com.coupontools.api.DirectoryCampaignsItem;
import com.coupontools.api.DirectoryCampaignsRequest;
import com.coupontools.api.DirectoryCampaignsResponse;
import com.coupontools.api.DirectoryInfoItem;
import com.coupontools.api.DirectoryInfoRequest;
import com.coupontools.api.DirectoryListItem;
import com.coupontools.api.DirectoryListResponse;
import com.coupontools.api.DirectoryUsersListItem;
import com.coupontools.api.DirectoryUsersListRequest;
import com.coupontools.api.DirectoryUsersListResponse;
import com.coupontools.api.DirectoryUsersUpdateRequest;
import com.coupontools.api.DirectoryUsersUpdateRequest.PaymentStatus;
import com.coupontools.api.DirectoryUsersUpdateResponse;
import com.coupontools.conformance.harness.Call;
import com.coupontools.conformance.harness.ConformanceCase;
import com.coupontools.conformance.harness.TargetKind;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Directories (list, info, their campaigns, registered users and their payment status) and the
 * coupon categories. The documented paid-access directory {@code dir_4321} with its registered
 * user {@code reg_778899} exists on the mock (examples) and in the sandbox's demo data; on a real
 * account the read-only happy paths look at its first directory instead.
 */
class DirectoriesConformanceTest {

  private static final String CITY_DEALS = "dir_4321";
  /** Jan, a registered user of the city deals who paid until 12 March 2027. */
  private static final String JAN = "reg_778899";

  private static final LocalDateTime PAID_UNTIL = LocalDateTime.of(2027, 3, 12, 23, 59, 59);
  private static final String WRITES_DEMO =
      "changes a registered user of the demo directory; not run on a real account";

  // ---------------------------------------------------------------- directory_list

  @ConformanceCase(operation = "directory_list")
  void list(Call call) {
    DirectoryListResponse r = call.client().directories().list();
    assertEquals(r.directoryInfo().size(), r.amountOfResults());
    for (DirectoryListItem d : r.directoryInfo()) {
      assertTrue(d.id().matches("^dir_[0-9]+$"), d.toString());
      assertEquals("https", d.url().getScheme(), d.toString());
    }
    if (!call.onLive()) {
      DirectoryListItem city = r.directoryInfo().stream()
          .filter(d -> d.id().equals(CITY_DEALS))
          .findFirst()
          .orElseThrow(() -> new AssertionError(CITY_DEALS + " not in " + r));
      assertEquals("x7k2p9", city.code());
      assertEquals("City deals 2026", city.name());
      assertEquals(URI.create("https://digicpn.com/d/x7k2p9"), city.url());
    }
  }

  // ---------------------------------------------------------------- directory_info

  @ConformanceCase(operation = "directory_info")
  void info(Call call) {
    String id = readableDirectory(call);
    DirectoryInfoItem d =
        call.client().directories().info(DirectoryInfoRequest.of(id)).directoryInfo();
    assertEquals(id, d.id());
    assertEquals("https", d.url().getScheme());
    assertNotNull(d.amountOfCampaigns(), d.toString());
    assertNotNull(d.amountOfUsers(), d.toString());
    assertNotNull(d.createDate().orElse(null), d.toString());
    if (!call.onLive()) {
      assertEquals("x7k2p9", d.code());
      assertTrue(d.paidAccess(), d.toString());
      assertEquals(LocalDateTime.of(2025, 9, 30, 10, 15), d.createDate().orElse(null));
      assertTrue(d.amountOfCampaigns() >= 2 && d.amountOfUsers() >= 2, d.toString());
    }
  }

  // ---------------------------------------------------------------- directory_campaigns

  @ConformanceCase(operation = "directory_campaigns")
  void activeCampaigns(Call call) {
    String id = readableDirectory(call);
    DirectoryCampaignsResponse r = call.client()
        .directories()
        .campaigns(DirectoryCampaignsRequest.of(id).toBuilder().onlyActive(true).build());
    assertEquals(id, r.directory());
    assertEquals(r.couponInfo().size(), r.amountOfResults());
    for (DirectoryCampaignsItem c : r.couponInfo()) {
      assertTrue(c.id().matches("^cam_[0-9]+$"), c.toString());
      assertEquals("active", c.status(), c.toString());
      assertEquals("https", c.url().getScheme(), c.toString());
    }
    if (!call.onLive()) {
      assertTrue(
          r.couponInfo().stream()
              .anyMatch(c -> c.id().equals(CampaignsConformanceTest.SPRING_SALE)),
          r.toString());
    }
  }

  @ConformanceCase(
      operation = "directory_campaigns",
      targets = {TargetKind.SANDBOX},
      note = "the mock answers its one example (active campaigns only) whatever the filter")
  void allCampaigns(Call call) {
    // Without only_active the inactive winter sale of the city deals is listed too.
    DirectoryCampaignsResponse all =
        call.client().directories().campaigns(DirectoryCampaignsRequest.of(CITY_DEALS));
    DirectoryCampaignsResponse active = call.client()
        .directories()
        .campaigns(DirectoryCampaignsRequest.of(CITY_DEALS).toBuilder()
            .onlyActive(true)
            .build());
    assertTrue(
        all.couponInfo().stream()
            .anyMatch(c -> c.id().equals("cam_123458") && c.status().equals("inactive")),
        all.toString());
    assertTrue(all.amountOfResults() > active.amountOfResults(), all + " / " + active);
  }

  // ---------------------------------------------------------------- directoryusers_list

  @ConformanceCase(operation = "directoryusers_list")
  void users(Call call) {
    String id = readableDirectory(call);
    DirectoryUsersListResponse r = call.client()
        .directories()
        .listUsers(DirectoryUsersListRequest.of(id).toBuilder().page(1).build())
        .response();
    assertEquals(id, r.directory());
    assertEquals(r.users().size(), r.amountOfResults());
    assertTrue(r.users().size() <= 100, "pages hold at most 100 users");
    for (DirectoryUsersListItem u : r.users()) {
      assertTrue(u.id().matches("^reg_[0-9]+$"), u.toString());
      assertTrue(
          u.paymentStatus().map(DirectoryUsersListItem.PaymentStatus::isKnown).orElse(true),
          u.toString());
      assertNotNull(u.registrationDate().orElse(null), u.toString());
    }
    if (!call.onLive()) {
      DirectoryUsersListItem jan = r.users().stream()
          .filter(u -> u.id().equals(JAN))
          .findFirst()
          .orElseThrow(() -> new AssertionError(JAN + " not in " + r));
      assertEquals("jan.peeters@example.com", jan._email().asString());
      assertFalse(jan.blocked());
    }
    if (!call.onMock()) assertEquals(1L, r.page()); // the mock's example is of page 2
  }

  @ConformanceCase(
      operation = "directoryusers_list",
      targets = {TargetKind.SANDBOX, TargetKind.LIVE},
      note = "the mock answers its one example whatever the page")
  void usersPastTheLastPage(Call call) {
    String id = readableDirectory(call);
    DirectoryUsersListResponse r = call.client()
        .directories()
        .listUsers(DirectoryUsersListRequest.of(id).toBuilder().page(100_000).build())
        .response();
    assertEquals(List.of(), r.users());
    assertEquals(100_000L, r.page());
  }

  // ---------------------------------------------------------------- directoryusers_update

  @ConformanceCase(
      operation = "directoryusers_update",
      writes = true,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = WRITES_DEMO)
  void markPaid(Call call) {
    // Jan's documented state: setting it again is the same on every run.
    DirectoryUsersUpdateResponse r = call.client()
        .directories()
        .updateUser(DirectoryUsersUpdateRequest.of(CITY_DEALS, JAN, PaymentStatus.PAID).toBuilder()
            .expiresAt(PAID_UNTIL)
            .build());
    assertEquals(CITY_DEALS, r.directory());
    assertEquals(JAN, r.userId());
    assertEquals("payment_status_updated", r._action().asString());
    assertEquals(DirectoryUsersUpdateResponse.PaymentStatus.PAID, r.paymentStatus());
    assertEquals(PAID_UNTIL, r.expiresAt().orElse(null));
    if (call.onSandbox()) {
      DirectoryUsersListItem stored = user(call, JAN);
      assertEquals(
          DirectoryUsersListItem.PaymentStatus.PAID, stored.paymentStatus().orElse(null));
      assertEquals(PAID_UNTIL, stored.expiresAt().orElse(null));
    }
  }

  @ConformanceCase(
      operation = "directoryusers_update",
      writes = true,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = WRITES_DEMO)
  void markUnpaid(Call call) {
    // Lea has not paid; an expiry date only means something for a paid access, so none is kept.
    DirectoryUsersUpdateResponse r = call.client()
        .directories()
        .updateUser(
            DirectoryUsersUpdateRequest.of(CITY_DEALS, "reg_778812", PaymentStatus.UNPAID)
                .toBuilder()
                .expiresAt(PAID_UNTIL)
                .build());
    assertEquals(CITY_DEALS, r.directory());
    if (call.onSandbox()) { // the mock answers its one (paid) example
      assertEquals("reg_778812", r.userId());
      assertEquals(DirectoryUsersUpdateResponse.PaymentStatus.UNPAID, r.paymentStatus());
      assertNull(r.expiresAt().orElse(null), r.toString());
      assertEquals(
          DirectoryUsersListItem.PaymentStatus.UNPAID,
          user(call, "reg_778812").paymentStatus().orElse(null));
    }
  }

  // ---------------------------------------------------------------- category_list,
  // category_main_list

  @ConformanceCase(operation = "category_list")
  void subcategories(Call call) {
    CategoryListResponse r = call.client().directories().listCategories();
    assertEquals(r.categoryInfo().size(), r.amountOfResults());
    for (CategoryListItem c : r.categoryInfo()) {
      assertTrue(c.id().startsWith("cat_"), c.toString());
      assertFalse(c.name().isBlank(), c.toString());
    }
    if (call.onLive()) return;
    // Every subcategory names its main category, and that one is in the main list.
    Set<String> main = call.client().directories().listMainCategories().categoryInfo().stream()
        .map(CategoryListItem::id)
        .collect(Collectors.toSet());
    for (CategoryListItem c : r.categoryInfo())
      assertTrue(main.contains(c.parent().orElse(null)), c + " / " + main);
    assertTrue(
        r.categoryInfo().stream()
            .anyMatch(c -> c.id().equals("cat_fashion")
                && c.name().equals("Fashion")
                && c.parent().orElse(null).equals("cat_shopping")),
        r.toString());
  }

  @ConformanceCase(operation = "category_main_list")
  void mainCategories(Call call) {
    CategoryMainListResponse r = call.client().directories().listMainCategories();
    assertEquals(r.categoryInfo().size(), r.amountOfResults());
    for (CategoryListItem c : r.categoryInfo()) {
      assertTrue(c.id().startsWith("cat_"), c.toString());
      assertNull(c.parent().orElse(null), "a main category has no parent: " + c);
    }
    if (!call.onLive()) {
      assertEquals(
          Set.of("cat_goingout", "cat_shopping"),
          r.categoryInfo().stream().map(CategoryListItem::id).collect(Collectors.toSet()));
    }
  }

  /** The documented directory on the mock and the sandbox; on a real account its first directory. */
  private static String readableDirectory(Call call) {
    if (!call.onLive()) return CITY_DEALS;
    List<DirectoryListItem> all = call.client().directories().list().directoryInfo();
    assumeFalse(all.isEmpty(), "live: the account has no directory to read");
    return all.get(0).id();
  }

  private static DirectoryUsersListItem user(Call call, String id) {
    DirectoryUsersListResponse r = call.client()
        .directories()
        .listUsers(DirectoryUsersListRequest.of(CITY_DEALS))
        .response();
    return r.users().stream()
        .filter(u -> u.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " not in " + r));
  }
}
