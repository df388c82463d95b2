package com.coupontools.conformance.cases;

import static com.coupontools.conformance.cases.ExpectedErrors.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.coupontools.client.WireValue;
import com.coupontools.client.CoupontoolsClient;
import com.coupontools.conformance.harness.Call;
import com.coupontools.conformance.harness.ConformanceCase;
import com.coupontools.conformance.harness.TargetKind;
import com.coupontools.errors.InvalidParameterException;
import com.coupontools.errors.MissingParameterException;
import com.coupontools.errors.NotFoundException;
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
import java.util.List;

/**
 * Loyalty cards: list cards, list a card's users, add points/stamps or void a user, push
 * notifications to one user or all. The documented stamp card {@code loy_5521} with its user
 * {@code lus_90001} exists on the mock and in the sandbox's demo data.
 */
class LoyaltyCardsConformanceTest {

  static final String STAMP_CARD = "loy_5521";
  static final String STAMP_USER = "lus_90001";
  private static final String UNKNOWN_CARD = "loy_999999";
  private static final String UNKNOWN_USER = "lus_999999";

  // ---- loyalty_list ----

  @ConformanceCase(operation = "loyalty_list")
  void list(Call call) {
    // The documented request: only active cards, newest first.
    LoyaltyListResponse r = call.client().loyaltyCards().list(
        LoyaltyListRequest.builder().onlyActive(true).sorting(LoyaltyListRequest.Sorting.DESC).build());
    assertEquals(r.loyaltyInfo().size(), r.amountOfResults());
    LoyaltyListItem previous = null;
    for (LoyaltyListItem card : r.loyaltyInfo()) {
      assertTrue(card.id().matches("^loy_[0-9]+$"), card.id());
      assertEquals("active", card.status());
      assertTrue(card.type().isKnown(), card.toString());
      assertEquals("https", card.url().getScheme());
      assertNotNull(card.createDate().orElse(null), card.toString());
      if (previous != null) {
        assertFalse(card.createDate().orElse(null).isAfter(previous.createDate().orElse(null)), "newest first: " + r.loyaltyInfo());
      }
      previous = card;
    }
    if (!call.onLive()) {
      assertTrue(r.loyaltyInfo().stream().anyMatch(c -> c.id().equals(STAMP_CARD)
          && c.type().equals(LoyaltyListItem.Type.STAMP)), r.toString());
    }
  }

  @ConformanceCase(operation = "loyalty_list", targets = {TargetKind.SANDBOX, TargetKind.LIVE},
      note = "the mock answers one example whatever the filters")
  void listWithDefaults(Call call) {
    // No body: every card, inactive ones included, oldest first.
    List<LoyaltyListItem> all = call.client().loyaltyCards().list().loyaltyInfo();
    for (int i = 1; i < all.size(); i++) {
      assertFalse(all.get(i).createDate().orElse(null).isBefore(all.get(i - 1).createDate().orElse(null)), "oldest first: " + all);
    }
    if (call.onSandbox()) {
      assertTrue(all.stream().anyMatch(c -> c.status().equals("inactive")), all.toString());
    }
  }

  @ConformanceCase(operation = "loyalty_list", code = 302)
  void listWithUnknownSorting(Call call) {
    call.forceExampleOnMock("e302_invalid_sorting");
    expect(InvalidParameterException.class, 302, "sorting", () -> call.client().loyaltyCards().list(
        LoyaltyListRequest.builder()._sorting(WireValue.of("unknown")).build()));
  }

  @ConformanceCase(operation = "loyalty_list", code = 301)
  void listWithNonBooleanOnlyActive(Call call) {
    call.forceExampleOnMock("e301_invalid_only_active");
    expect(InvalidParameterException.class, 301, "only_active",
        () -> call.client().loyaltyCards().list(
            // the typed setter takes a boolean; a client in another language can send a word, and gets 301
            LoyaltyListRequest.builder()._onlyActive(WireValue.of("yes")).build()));
  }

  @ConformanceCase(operation = "loyalty_list", code = 1000)
  void listWithWrongCredentials(Call call) {
    AuthenticationCases.rejectsWrongCredentials(call, c -> c.loyaltyCards().list());
  }

  @ConformanceCase(operation = "loyalty_list", code = 101, targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = "101 needs an account whose expiry date has passed")
  void listWithExpiredAccount(Call call) {
    AuthenticationCases.rejectsExpiredAccount(call, c -> c.loyaltyCards().list());
  }

  // ---- loyaltyusers_list ----

  @ConformanceCase(operation = "loyaltyusers_list")
  void listUsers(Call call) {
    String card = call.onLive() ? firstCard(call.client()) : STAMP_CARD;
    LoyaltyUsersListResponse r = call.client().loyaltyCards().listUsers(LoyaltyUsersListRequest.of(card));
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

  @ConformanceCase(operation = "loyaltyusers_list", code = 200)
  void listUsersWithoutCard(Call call) {
    call.forceExampleOnMock("e200_missing_loyaltycard");
    expect(MissingParameterException.class, 200, "loyaltycard",
        () -> call.client().loyaltyCards().listUsers(LoyaltyUsersListRequest.builder()._loyaltyCardId(WireValue.missing()).build()));
  }

  @ConformanceCase(operation = "loyaltyusers_list", code = 301)
  void listUsersOfMalformedCard(Call call) {
    call.forceExampleOnMock("e301_invalid_loyaltycard");
    expect(InvalidParameterException.class, 301, "loyaltycard",
        () -> call.client().loyaltyCards().listUsers(LoyaltyUsersListRequest.of("loy_55x21")));
  }

  @ConformanceCase(operation = "loyaltyusers_list", code = 505, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void listUsersOfUnknownCard(Call call) {
    call.forceExampleOnMock("e505_loyaltycard_not_found");
    expect(NotFoundException.class, 505, () -> call.client().loyaltyCards().listUsers(LoyaltyUsersListRequest.of(UNKNOWN_CARD)));
  }

  @ConformanceCase(operation = "loyaltyusers_list", code = 1000)
  void listUsersWithWrongCredentials(Call call) {
    AuthenticationCases.rejectsWrongCredentials(call, c -> c.loyaltyCards().listUsers(LoyaltyUsersListRequest.of(STAMP_CARD)));
  }

  @ConformanceCase(operation = "loyaltyusers_list", code = 101, targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = "101 needs an account whose expiry date has passed")
  void listUsersWithExpiredAccount(Call call) {
    AuthenticationCases.rejectsExpiredAccount(call, c -> c.loyaltyCards().listUsers(LoyaltyUsersListRequest.of(STAMP_CARD)));
  }

  // ---- loyaltyusers_update ----

  @ConformanceCase(operation = "loyaltyusers_update", writes = true, targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = "changes a demo loyalty user's balance")
  void updateUser(Call call) {
    CoupontoolsClient client = call.client();
    long before = user(client.loyaltyCards().listUsers(LoyaltyUsersListRequest.of(STAMP_CARD)), STAMP_USER).stamps();
    // The documented request: one more stamp.
    LoyaltyUsersUpdateResponse r = client.loyaltyCards().updateUser(
        LoyaltyUsersUpdateRequest.of(STAMP_CARD, STAMP_USER).toBuilder().stamps(1).build());
    assertEquals(STAMP_CARD, r.loyaltyCardId());
    assertEquals(STAMP_USER, r.userId());
    assertEquals("loyalty_user_updated", r._action().asString());
    assertEquals(0L, r.points());
    assertFalse(r.voided());
    if (call.onSandbox()) {
      assertEquals(before + 1, r.stamps());
      assertEquals(before + 1, user(client.loyaltyCards().listUsers(LoyaltyUsersListRequest.of(STAMP_CARD)), STAMP_USER).stamps());
      // Put the demo data back as it was.
      assertEquals(before, client.loyaltyCards().updateUser(LoyaltyUsersUpdateRequest.of(STAMP_CARD, STAMP_USER).toBuilder().stamps(-1).build()).stamps());
    } else {
      assertEquals(8L, r.stamps());
    }
  }

  @ConformanceCase(operation = "loyaltyusers_update", code = 200)
  void updateUserWithoutUser(Call call) {
    call.forceExampleOnMock("e200_missing_user");
    expect(MissingParameterException.class, 200, "user",
        () -> call.client().loyaltyCards().updateUser(LoyaltyUsersUpdateRequest.builder().loyaltyCardId(STAMP_CARD).stamps(1)._userId(WireValue.missing()).build()));
  }

  @ConformanceCase(operation = "loyaltyusers_update", code = 200, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void updateUserWithoutChange(Call call) {
    call.forceExampleOnMock("e200_missing_loyalty_change");
    // points, stamps and voided are each optional, but one of them is needed: only the server can say so.
    expect(MissingParameterException.class, 200, "points",
        () -> call.client().loyaltyCards().updateUser(LoyaltyUsersUpdateRequest.of(STAMP_CARD, STAMP_USER)));
  }

  @ConformanceCase(operation = "loyaltyusers_update", code = 300, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void updateUserWithPointsOnStampCard(Call call) {
    call.forceExampleOnMock("e300_points_stamps_card_type");
    expect(InvalidParameterException.class, 300, "points",
        () -> call.client().loyaltyCards().updateUser(LoyaltyUsersUpdateRequest.of(STAMP_CARD, STAMP_USER).toBuilder().points(10).build()));
  }

  @ConformanceCase(operation = "loyaltyusers_update", code = 301)
  void updateMalformedUser(Call call) {
    call.forceExampleOnMock("e301_invalid_user");
    expect(InvalidParameterException.class, 301, "user",
        () -> call.client().loyaltyCards().updateUser(LoyaltyUsersUpdateRequest.of(STAMP_CARD, "user-90001").toBuilder().stamps(1).build()));
  }

  @ConformanceCase(operation = "loyaltyusers_update", code = 505, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void updateUnknownUser(Call call) {
    call.forceExampleOnMock("e505_loyaltyuser_not_found");
    expect(NotFoundException.class, 505,
        () -> call.client().loyaltyCards().updateUser(LoyaltyUsersUpdateRequest.of(STAMP_CARD, UNKNOWN_USER).toBuilder().stamps(1).build()));
  }

  @ConformanceCase(operation = "loyaltyusers_update", code = 505, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void updateUserOfAnotherCard(Call call) {
    call.forceExampleOnMock("e505_loyaltyuser_not_found");
    // lus_90003 holds the membership card loy_5522, not the stamp card.
    expect(NotFoundException.class, 505,
        () -> call.client().loyaltyCards().updateUser(LoyaltyUsersUpdateRequest.of(STAMP_CARD, "lus_90003").toBuilder().stamps(1).build()));
  }

  @ConformanceCase(operation = "loyaltyusers_update", code = 1000)
  void updateUserWithWrongCredentials(Call call) {
    AuthenticationCases.rejectsWrongCredentials(call, c -> c.loyaltyCards().updateUser(LoyaltyUsersUpdateRequest.of(STAMP_CARD, STAMP_USER).toBuilder().stamps(1).build()));
  }

  @ConformanceCase(operation = "loyaltyusers_update", code = 101, targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = "101 needs an account whose expiry date has passed")
  void updateUserWithExpiredAccount(Call call) {
    AuthenticationCases.rejectsExpiredAccount(call, c -> c.loyaltyCards().updateUser(LoyaltyUsersUpdateRequest.of(STAMP_CARD, STAMP_USER).toBuilder().stamps(1).build()));
  }

  // ---- loyalty_push_single ----

  @ConformanceCase(operation = "loyalty_push_single", writes = true, targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = "would notify a real card holder")
  void pushSingle(Call call) {
    OkStatus s = call.client().loyaltyCards().pushSingle(
        LoyaltyPushSingleRequest.of(STAMP_CARD, STAMP_USER, "Only 2 stamps to go for your free coffee!")).status();
    assertEquals(OkStatus.Status.OK, s.status());
  }

  @ConformanceCase(operation = "loyalty_push_single", code = 200)
  void pushSingleWithoutMessage(Call call) {
    call.forceExampleOnMock("e200_missing_message");
    expect(MissingParameterException.class, 200, "message",
        () -> call.client().loyaltyCards().pushSingle(LoyaltyPushSingleRequest.builder().loyaltyCardId(STAMP_CARD).userId(STAMP_USER)._message(WireValue.missing()).build()));
  }

  @ConformanceCase(operation = "loyalty_push_single", code = 301)
  void pushSingleToMalformedUser(Call call) {
    call.forceExampleOnMock("e301_invalid_user");
    expect(InvalidParameterException.class, 301, "user",
        () -> call.client().loyaltyCards().pushSingle(LoyaltyPushSingleRequest.of(STAMP_CARD, "lus-90001", "Hello")));
  }

  @ConformanceCase(operation = "loyalty_push_single", code = 505, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void pushSingleToUnknownUser(Call call) {
    call.forceExampleOnMock("e505_loyaltyuser_not_found");
    expect(NotFoundException.class, 505,
        () -> call.client().loyaltyCards().pushSingle(LoyaltyPushSingleRequest.of(STAMP_CARD, UNKNOWN_USER, "Hello")));
  }

  @ConformanceCase(operation = "loyalty_push_single", code = 505, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void pushSingleOnUnknownCard(Call call) {
    call.forceExampleOnMock("e505_loyaltycard_not_found");
    expect(NotFoundException.class, 505,
        () -> call.client().loyaltyCards().pushSingle(LoyaltyPushSingleRequest.of(UNKNOWN_CARD, STAMP_USER, "Hello")));
  }

  @ConformanceCase(operation = "loyalty_push_single", code = 1000)
  void pushSingleWithWrongCredentials(Call call) {
    AuthenticationCases.rejectsWrongCredentials(call, c -> c.loyaltyCards().pushSingle(LoyaltyPushSingleRequest.of(STAMP_CARD, STAMP_USER, "Hello")));
  }

  @ConformanceCase(operation = "loyalty_push_single", code = 101, targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = "101 needs an account whose expiry date has passed")
  void pushSingleWithExpiredAccount(Call call) {
    AuthenticationCases.rejectsExpiredAccount(call, c -> c.loyaltyCards().pushSingle(LoyaltyPushSingleRequest.of(STAMP_CARD, STAMP_USER, "Hello")));
  }

  // ---- loyalty_push_all ----

  @ConformanceCase(operation = "loyalty_push_all", writes = true, targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = "would notify every real card holder")
  void pushAll(Call call) {
    OkStatus s = call.client().loyaltyCards().pushAll(
        LoyaltyPushAllRequest.of(STAMP_CARD, "Double stamps all weekend!")).status();
    assertEquals(OkStatus.Status.OK, s.status());
  }

  @ConformanceCase(operation = "loyalty_push_all", code = 200)
  void pushAllWithoutCard(Call call) {
    call.forceExampleOnMock("e200_missing_loyaltycard");
    expect(MissingParameterException.class, 200, "loyaltycard",
        () -> call.client().loyaltyCards().pushAll(LoyaltyPushAllRequest.builder().message("Hello")._loyaltyCardId(WireValue.missing()).build()));
  }

  @ConformanceCase(operation = "loyalty_push_all", code = 301)
  void pushAllOnMalformedCard(Call call) {
    call.forceExampleOnMock("e301_invalid_loyaltycard");
    expect(InvalidParameterException.class, 301, "loyaltycard",
        () -> call.client().loyaltyCards().pushAll(LoyaltyPushAllRequest.of("5521-loy", "Hello")));
  }

  @ConformanceCase(operation = "loyalty_push_all", code = 505, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void pushAllOnUnknownCard(Call call) {
    call.forceExampleOnMock("e505_loyaltycard_not_found");
    expect(NotFoundException.class, 505,
        () -> call.client().loyaltyCards().pushAll(LoyaltyPushAllRequest.of(UNKNOWN_CARD, "Hello")));
  }

  @ConformanceCase(operation = "loyalty_push_all", code = 1000)
  void pushAllWithWrongCredentials(Call call) {
    AuthenticationCases.rejectsWrongCredentials(call, c -> c.loyaltyCards().pushAll(LoyaltyPushAllRequest.of(STAMP_CARD, "Hello")));
  }

  @ConformanceCase(operation = "loyalty_push_all", code = 101, targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = "101 needs an account whose expiry date has passed")
  void pushAllWithExpiredAccount(Call call) {
    AuthenticationCases.rejectsExpiredAccount(call, c -> c.loyaltyCards().pushAll(LoyaltyPushAllRequest.of(STAMP_CARD, "Hello")));
  }

  static LoyaltyUsersListItem user(LoyaltyUsersListResponse users, String id) {
    return users.users().stream().filter(u -> u.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError(id + " not among " + users.users()));
  }

  private static String firstCard(CoupontoolsClient client) {
    List<LoyaltyListItem> cards = client.loyaltyCards().list().loyaltyInfo();
    assumeFalse(cards.isEmpty(), "the account has no loyalty card");
    return cards.get(0).id();
  }
}
