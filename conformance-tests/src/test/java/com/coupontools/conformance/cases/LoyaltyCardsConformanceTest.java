package com.coupontools.conformance.cases;

import static com.coupontools.conformance.cases.ExpectedErrors.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.coupontools.api.LoyaltyListItem;
import com.coupontools.api.LoyaltyListRequest;
import com.coupontools.api.LoyaltyListResponse;
import com.coupontools.api.LoyaltyPushAllRequest;
import com.coupontools.api.LoyaltyPushSingleRequest;
import com.coupontools.api.LoyaltyUsersListItem;
import com.coupontools.api.LoyaltyUsersListRequest;
import com.coupontools.api.LoyaltyUsersListResponse;
import com.coupontools.api.LoyaltyUsersUpdateRequest;
import com.coupontools.api.LoyaltyUsersUpdateResponse;
import com.coupontools.api.OkStatus;
import com.coupontools.client.CoupontoolsClient;
import com.coupontools.conformance.harness.Call;
import com.coupontools.conformance.harness.ConformanceCase;
import com.coupontools.conformance.harness.TargetKind;
import com.coupontools.errors.InvalidParameterException;
import java.util.List;

/**
 * Loyalty cards: list cards, list a card's users, add points/stamps or void a user, push
 * notifications to one user or all. The documented stamp card {@code loy_5521} with its user
 * {@code lus_90001} exists on the mock and in the sandbox's demo data.
 */
class LoyaltyCardsConformanceTest {

  static final String STAMP_CARD = "loy_5521";
  static final String STAMP_USER = "lus_90001";

  // ---- loyalty_list ----

  @ConformanceCase(operation = "loyalty_list")
  void list(Call call) {
    // The documented request: only active cards, newest first.
    LoyaltyListResponse r = call.client()
        .loyaltyCards()
        .list(LoyaltyListRequest.builder()
            .onlyActive(true)
            .sorting(LoyaltyListRequest.Sorting.DESC)
            .build());
    assertEquals(r.loyaltyInfo().size(), r.amountOfResults());
    LoyaltyListItem previous = null;
    for (LoyaltyListItem card : r.loyaltyInfo()) {
      assertTrue(card.id().matches("^loy_[0-9]+$"), card.id());
      assertEquals("active", card.status());
      assertTrue(card.type().isKnown(), card.toString());
      assertEquals("https", card.url().getScheme());
      assertNotNull(card.createDate().orElse(null), card.toString());
      if (previous != null) {
        assertFalse(
            card.createDate().orElse(null).isAfter(previous.createDate().orElse(null)),
            "newest first: " + r.loyaltyInfo());
      }
      previous = card;
    }
    if (!call.onLive()) {
      assertTrue(
          r.loyaltyInfo().stream()
              .anyMatch(
                  c -> c.id().equals(STAMP_CARD) && c.type().equals(LoyaltyListItem.Type.STAMP)),
          r.toString());
    }
  }

  @ConformanceCase(
      operation = "loyalty_list",
      targets = {TargetKind.SANDBOX, TargetKind.LIVE},
      note = "the mock answers one example whatever the filters")
  void listWithDefaults(Call call) {
    // No body: every card, inactive ones included, oldest first.
    List<LoyaltyListItem> all = call.client().loyaltyCards().list().loyaltyInfo();
    for (int i = 1; i < all.size(); i++) {
      assertFalse(
          all.get(i)
              .createDate()
              .orElse(null)
              .isBefore(all.get(i - 1).createDate().orElse(null)),
          "oldest first: " + all);
    }
    if (call.onSandbox()) {
      assertTrue(all.stream().anyMatch(c -> c.status().equals("inactive")), all.toString());
    }
  }

  // ---- loyaltyusers_list ----

  @ConformanceCase(operation = "loyaltyusers_list")
  void listUsers(Call call) {
    String card = call.onLive() ? firstCard(call.client()) : STAMP_CARD;
    LoyaltyUsersListResponse r =
        call.client().loyaltyCards().listUsers(LoyaltyUsersListRequest.of(card));
    assertEquals(card, r.loyaltyCardId());
    assertEquals(r.users().size(), r.amountOfResults());
    for (LoyaltyUsersListItem u : r.users()) {
      assertTrue(u.id().matches("^lus_[0-9]+$"), u.id());
      assertTrue(u.points() >= 0 && u.stamps() >= 0, u.toString());
      assertNotNull(u.createDate().orElse(null), u.toString());
    }
    if (!call.onLive()) {
      LoyaltyUsersListItem ana = user(r, STAMP_USER);
      assertEquals("ana.lopez@example.com", ana._email().asString());
      assertFalse(ana.voided());
      assertTrue(user(r, "lus_90002").voided());
    }
  }

  // ---- loyaltyusers_update ----

  @ConformanceCase(
      operation = "loyaltyusers_update",
      writes = true,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = "changes a demo loyalty user's balance")
  void updateUser(Call call) {
    CoupontoolsClient client = call.client();
    long before = user(
            client.loyaltyCards().listUsers(LoyaltyUsersListRequest.of(STAMP_CARD)), STAMP_USER)
        .stamps();
    // The documented request: one more stamp.
    LoyaltyUsersUpdateResponse r = client
        .loyaltyCards()
        .updateUser(LoyaltyUsersUpdateRequest.of(STAMP_CARD, STAMP_USER).toBuilder()
            .stamps(1)
            .build());
    assertEquals(STAMP_CARD, r.loyaltyCardId());
    assertEquals(STAMP_USER, r.userId());
    assertEquals("loyalty_user_updated", r._action().asString());
    assertEquals(0L, r.points());
    assertFalse(r.voided());
    if (call.onSandbox()) {
      assertEquals(before + 1, r.stamps());
      assertEquals(
          before + 1,
          user(client.loyaltyCards().listUsers(LoyaltyUsersListRequest.of(STAMP_CARD)), STAMP_USER)
              .stamps());
      // Put the demo data back as it was.
      assertEquals(
          before,
          client
              .loyaltyCards()
              .updateUser(LoyaltyUsersUpdateRequest.of(STAMP_CARD, STAMP_USER).toBuilder()
                  .stamps(-1)
                  .build())
              .stamps());
    } else {
      assertEquals(8L, r.stamps());
    }
  }

  @ConformanceCase(
      operation = "loyaltyusers_update",
      code = 300,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void updateUserWithPointsOnStampCard(Call call) {
    call.forceExampleOnMock("e300_points_stamps_card_type");
    expect(
        InvalidParameterException.class,
        300,
        "points",
        () -> call.client()
            .loyaltyCards()
            .updateUser(LoyaltyUsersUpdateRequest.of(STAMP_CARD, STAMP_USER).toBuilder()
                .points(10)
                .build()));
  }

  // ---- loyalty_push_single ----

  @ConformanceCase(
      operation = "loyalty_push_single",
      writes = true,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = "would notify a real card holder")
  void pushSingle(Call call) {
    OkStatus s = call.client()
        .loyaltyCards()
        .pushSingle(LoyaltyPushSingleRequest.of(
            STAMP_CARD, STAMP_USER, "Only 2 stamps to go for your free coffee!"))
        .status();
    assertEquals(OkStatus.Status.OK, s.status());
  }

  // ---- loyalty_push_all ----

  @ConformanceCase(
      operation = "loyalty_push_all",
      writes = true,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = "would notify every real card holder")
  void pushAll(Call call) {
    OkStatus s = call.client()
        .loyaltyCards()
        .pushAll(LoyaltyPushAllRequest.of(STAMP_CARD, "Double stamps all weekend!"))
        .status();
    assertEquals(OkStatus.Status.OK, s.status());
  }

  static LoyaltyUsersListItem user(LoyaltyUsersListResponse users, String id) {
    return users.users().stream()
        .filter(u -> u.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " not among " + users.users()));
  }

  private static String firstCard(CoupontoolsClient client) {
    List<LoyaltyListItem> cards = client.loyaltyCards().list().loyaltyInfo();
    assumeFalse(cards.isEmpty(), "the account has no loyalty card");
    return cards.get(0).id();
  }
}
