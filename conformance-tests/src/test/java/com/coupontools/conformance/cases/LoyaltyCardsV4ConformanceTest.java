package com.coupontools.conformance.cases;

import static com.coupontools.conformance.cases.SubaccountFixtures.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.api.LoyaltyCardV4;
import com.coupontools.api.LoyaltyUserV4;
import com.coupontools.api.LoyaltyUserV4CreateRequest;
import com.coupontools.api.LoyaltyUsersListRequest;
import com.coupontools.api.RestPagination;
import com.coupontools.api.V4LoyaltyCardCopyRequest;
import com.coupontools.api.V4LoyaltyStatsBulkRequest;
import com.coupontools.api.V4LoyaltyStatsCreateRequest;
import com.coupontools.api.V4LoyaltyStatsGetRequest;
import com.coupontools.api.V4LoyaltyStatsListRequest;
import com.coupontools.conformance.harness.Call;
import com.coupontools.conformance.harness.ConformanceCase;
import com.coupontools.conformance.harness.Encoding;
import com.coupontools.conformance.harness.TargetKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The v4 REST loyalty card operations through {@code client.loyaltyCards().…V4(…)}: the card
 * list, copy, and the card's users ("stats"): list with {@code deepObject} filter and pagination,
 * get, create, and the bare-array bulk create. JSON only.
 */
class LoyaltyCardsV4ConformanceTest {
  private static final long STAMP_CARD = 5521;
  private static final long STAMP_USER = 90001;

  // v4_loyalty_card_list

  @ConformanceCase(operation = "v4_loyalty_card_list", encodings = Encoding.JSON)
  void listCards(Call call) {
    List<LoyaltyCardV4> cards = call.client().loyaltyCards().listV4();
    assertFalse(cards.isEmpty());
    for (LoyaltyCardV4 c : cards) {
      assertTrue(c.id() > 0);
      assertTrue(c.type().isKnown(), c::toString);
    }
    if (call.onSandbox()) {
      LoyaltyCardV4 stamp =
          cards.stream().filter(c -> c.id() == STAMP_CARD).findFirst().orElseThrow();
      assertEquals(LoyaltyCardV4.Type.STAMP, stamp.type());
    }
  }

  // v4_loyalty_card_copy

  @ConformanceCase(
      operation = "v4_loyalty_card_copy",
      encodings = Encoding.JSON,
      writes = true,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void copyCard(Call call) {
    LoyaltyCardV4 copy = call.client()
        .loyaltyCards()
        .copyV4(V4LoyaltyCardCopyRequest.of(STAMP_CARD).toBuilder()
            .name("Coffee stamp card 2027")
            .build());
    assertTrue(copy.id() > 0);
    if (call.onSandbox()) {
      assertEquals("Coffee stamp card 2027", copy.name());
      assertTrue(copy.id() != STAMP_CARD);
      assertTrue(call.client().loyaltyCards().listV4().stream().anyMatch(c -> c.id() == copy.id()));
    }
  }

  // v4_loyalty_stats_list

  @ConformanceCase(
      operation = "v4_loyalty_stats_list",
      encodings = Encoding.JSON,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void listUsers(Call call) {
    List<LoyaltyUserV4> users = call.client()
        .loyaltyCards()
        .listUsersV4(V4LoyaltyStatsListRequest.of(STAMP_CARD))
        .items();
    assertFalse(users.isEmpty());
    users.forEach(u -> assertTrue(u.id() > 0));
    if (call.onSandbox()) {
      assertTrue(users.stream().anyMatch(u -> u.id() == STAMP_USER), users::toString);
      // the voided user only with include_voided; the v3 list shows the same users (one state, two
      // views)
      // the auto-pager over pages of one user keeps the options (include_voided) across pages
      List<LoyaltyUserV4> all = call
          .client()
          .loyaltyCards()
          .listUsersV4(V4LoyaltyStatsListRequest.of(STAMP_CARD).toBuilder()
              .includeVoided(true)
              .pagination(RestPagination.builder().page(1).perPage(1).build())
              .build())
          .autoPager()
          .stream()
          .collect(java.util.stream.Collectors.toList());
      assertTrue(all.size() > users.size(), all::toString);
      assertTrue(all.stream().anyMatch(LoyaltyUserV4::voided));
      assertEquals(
          all.size(),
          call.client()
              .loyaltyCards()
              .listUsers(LoyaltyUsersListRequest.of("loy_5521"))
              .users()
              .size());
    }
  }

  // v4_loyalty_stats_get

  @ConformanceCase(
      operation = "v4_loyalty_stats_get",
      encodings = Encoding.JSON,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void getUser(Call call) {
    LoyaltyUserV4 u =
        call.client().loyaltyCards().getUserV4(V4LoyaltyStatsGetRequest.of(STAMP_CARD, STAMP_USER));
    assertTrue(u.id() > 0);
    if (call.onSandbox()) {
      assertEquals(STAMP_USER, u.id());
      assertFalse(u.voided());
    }
  }

  // v4_loyalty_stats_create

  @ConformanceCase(
      operation = "v4_loyalty_stats_create",
      encodings = Encoding.JSON,
      writes = true,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void createUser(Call call) {
    String email = uniqueEmail("v4loy");
    LoyaltyUserV4 u = call.client()
        .loyaltyCards()
        .createUserV4(V4LoyaltyStatsCreateRequest.of(STAMP_CARD).toBuilder()
            .firstName("Marta")
            .lastName("Ruiz")
            .email(email)
            .custom1("newsletter")
            .build());
    assertTrue(u.id() > 0);
    if (call.onSandbox()) {
      assertEquals(email, u.email());
      assertEquals(0, u.stamps());
      assertEquals(
          email,
          call.client()
              .loyaltyCards()
              .getUserV4(V4LoyaltyStatsGetRequest.of(STAMP_CARD, u.id()))
              .email());
    }
  }

  // v4_loyalty_stats_bulk (a bare JSON array body, a bare array answer)

  private static List<LoyaltyUserV4CreateRequest> users(int n) {
    List<LoyaltyUserV4CreateRequest> l = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      l.add(LoyaltyUserV4CreateRequest.builder()
          .firstName("Bulk" + i)
          .email(uniqueEmail("bulk"))
          .build());
    }
    return l;
  }

  @ConformanceCase(
      operation = "v4_loyalty_stats_bulk",
      encodings = Encoding.JSON,
      writes = true,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void createUsersInBulk(Call call) {
    List<LoyaltyUserV4CreateRequest> two = users(2);
    List<LoyaltyUserV4> created =
        call.client().loyaltyCards().createUsersV4(V4LoyaltyStatsBulkRequest.of(STAMP_CARD, two));
    assertFalse(created.isEmpty());
    if (call.onSandbox()) {
      assertEquals(2, created.size());
      assertEquals(two.get(1).email().orElseThrow(), created.get(1).email());
    }
  }
}
