package com.coupontools.conformance.cases;

import static com.coupontools.conformance.cases.ExpectedErrors.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.coupontools.client.CoupontoolsClient;
import com.coupontools.conformance.harness.Call;
import com.coupontools.conformance.harness.ConformanceCase;
import com.coupontools.conformance.harness.TargetKind;
import com.coupontools.errors.InvalidParameterException;
import com.coupontools.errors.MissingParameterException;
import com.coupontools.errors.NotFoundException;
import com.coupontools.model.LoyaltyListItem;
import com.coupontools.model.LoyaltyListRequest;
import com.coupontools.model.LoyaltyListResponse;
import com.coupontools.model.LoyaltyPushAllRequest;
import com.coupontools.model.LoyaltyPushSingleRequest;
import com.coupontools.model.LoyaltyUsersListItem;
import com.coupontools.model.LoyaltyUsersListRequest;
import com.coupontools.model.LoyaltyUsersListResponse;
import com.coupontools.model.LoyaltyUsersUpdateRequest;
import com.coupontools.model.LoyaltyUsersUpdateResponse;
import com.coupontools.model.OkStatus;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
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
        new LoyaltyListRequest().onlyActive(true).sorting(LoyaltyListRequest.SortingEnum.DESC));
    assertEquals(r.getLoyaltyInfo().size(), r.amountOfResults().intValue());
    LoyaltyListItem previous = null;
    for (LoyaltyListItem card : r.getLoyaltyInfo()) {
      assertTrue(card.getID().matches("^loy_[0-9]+$"), card.getID());
      assertEquals("active", card.getStatus());
      assertNotEquals(LoyaltyListItem.TypeEnum.UNKNOWN_DEFAULT_OPEN_API, card.getType());
      assertEquals("https", card.url().getScheme());
      assertNotNull(card.createDate(), card.toString());
      if (previous != null) {
        assertFalse(card.createDate().isAfter(previous.createDate()), "newest first: " + r.getLoyaltyInfo());
      }
      previous = card;
    }
    if (!call.onLive()) {
      assertTrue(r.getLoyaltyInfo().stream().anyMatch(c -> c.getID().equals(STAMP_CARD)
          && c.getType() == LoyaltyListItem.TypeEnum.STAMP), r.toString());
    }
  }

  @ConformanceCase(operation = "loyalty_list", targets = {TargetKind.SANDBOX, TargetKind.LIVE},
      note = "the mock answers one example whatever the filters")
  void listWithDefaults(Call call) {
    // No body: every card, inactive ones included, oldest first.
    List<LoyaltyListItem> all = call.client().loyaltyCards().list().getLoyaltyInfo();
    for (int i = 1; i < all.size(); i++) {
      assertFalse(all.get(i).createDate().isBefore(all.get(i - 1).createDate()), "oldest first: " + all);
    }
    if (call.onSandbox()) {
      assertTrue(all.stream().anyMatch(c -> c.getStatus().equals("inactive")), all.toString());
    }
  }

  @ConformanceCase(operation = "loyalty_list", code = 302)
  void listWithUnknownSorting(Call call) {
    call.forceExampleOnMock("e302_invalid_sorting");
    expect(InvalidParameterException.class, 302, "sorting", () -> call.client().loyaltyCards().list(
        new LoyaltyListRequest().sorting(LoyaltyListRequest.SortingEnum.UNKNOWN_DEFAULT_OPEN_API)));
  }

  @ConformanceCase(operation = "loyalty_list", code = 301)
  void listWithNonBooleanOnlyActive(Call call) {
    call.forceExampleOnMock("e301_invalid_only_active");
    expect(InvalidParameterException.class, 301, "only_active",
        () -> call.client().loyaltyCards().list(new OnlyActiveAsWord()));
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
    assertEquals(card, r.getLoyaltycard());
    assertEquals(r.getUsers().size(), r.amountOfResults().intValue());
    for (LoyaltyUsersListItem u : r.getUsers()) {
      assertTrue(u.getID().matches("^lus_[0-9]+$"), u.getID());
      assertTrue(u.points() >= 0 && u.stamps() >= 0, u.toString());
      assertNotNull(u.createDate(), u.toString());
    }
    if (!call.onLive()) {
      LoyaltyUsersListItem ana = user(r, STAMP_USER);
      assertEquals("ana.lopez@example.com", ana.getEmail());
      assertFalse(ana.voided());
      assertTrue(user(r, "lus_90002").voided());
    }
  }

  @ConformanceCase(operation = "loyaltyusers_list", code = 200)
  void listUsersWithoutCard(Call call) {
    call.forceExampleOnMock("e200_missing_loyaltycard");
    expect(MissingParameterException.class, 200, "loyaltycard",
        () -> call.client().loyaltyCards().listUsers(new LoyaltyUsersListRequest()));
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
        LoyaltyUsersUpdateRequest.of(STAMP_CARD, STAMP_USER).stamps(1));
    assertEquals(STAMP_CARD, r.getLoyaltycard());
    assertEquals(STAMP_USER, r.getUser());
    assertEquals("loyalty_user_updated", r.getAction());
    assertEquals(0L, r.points());
    assertFalse(r.voided());
    if (call.onSandbox()) {
      assertEquals(before + 1, r.stamps());
      assertEquals(before + 1, user(client.loyaltyCards().listUsers(LoyaltyUsersListRequest.of(STAMP_CARD)), STAMP_USER).stamps());
      // Put the demo data back as it was.
      assertEquals(before, client.loyaltyCards().updateUser(LoyaltyUsersUpdateRequest.of(STAMP_CARD, STAMP_USER).stamps(-1)).stamps());
    } else {
      assertEquals(8L, r.stamps());
    }
  }

  @ConformanceCase(operation = "loyaltyusers_update", code = 200)
  void updateUserWithoutUser(Call call) {
    call.forceExampleOnMock("e200_missing_user");
    expect(MissingParameterException.class, 200, "user",
        () -> call.client().loyaltyCards().updateUser(new LoyaltyUsersUpdateRequest().loyaltycard(STAMP_CARD).stamps(1)));
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
        () -> call.client().loyaltyCards().updateUser(LoyaltyUsersUpdateRequest.of(STAMP_CARD, STAMP_USER).points(10)));
  }

  @ConformanceCase(operation = "loyaltyusers_update", code = 301)
  void updateMalformedUser(Call call) {
    call.forceExampleOnMock("e301_invalid_user");
    expect(InvalidParameterException.class, 301, "user",
        () -> call.client().loyaltyCards().updateUser(LoyaltyUsersUpdateRequest.of(STAMP_CARD, "user-90001").stamps(1)));
  }

  @ConformanceCase(operation = "loyaltyusers_update", code = 505, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void updateUnknownUser(Call call) {
    call.forceExampleOnMock("e505_loyaltyuser_not_found");
    expect(NotFoundException.class, 505,
        () -> call.client().loyaltyCards().updateUser(LoyaltyUsersUpdateRequest.of(STAMP_CARD, UNKNOWN_USER).stamps(1)));
  }

  @ConformanceCase(operation = "loyaltyusers_update", code = 505, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void updateUserOfAnotherCard(Call call) {
    call.forceExampleOnMock("e505_loyaltyuser_not_found");
    // lus_90003 holds the membership card loy_5522, not the stamp card.
    expect(NotFoundException.class, 505,
        () -> call.client().loyaltyCards().updateUser(LoyaltyUsersUpdateRequest.of(STAMP_CARD, "lus_90003").stamps(1)));
  }

  @ConformanceCase(operation = "loyaltyusers_update", code = 1000)
  void updateUserWithWrongCredentials(Call call) {
    AuthenticationCases.rejectsWrongCredentials(call, c -> c.loyaltyCards().updateUser(LoyaltyUsersUpdateRequest.of(STAMP_CARD, STAMP_USER).stamps(1)));
  }

  @ConformanceCase(operation = "loyaltyusers_update", code = 101, targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = "101 needs an account whose expiry date has passed")
  void updateUserWithExpiredAccount(Call call) {
    AuthenticationCases.rejectsExpiredAccount(call, c -> c.loyaltyCards().updateUser(LoyaltyUsersUpdateRequest.of(STAMP_CARD, STAMP_USER).stamps(1)));
  }

  // ---- loyalty_push_single ----

  @ConformanceCase(operation = "loyalty_push_single", writes = true, targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = "would notify a real card holder")
  void pushSingle(Call call) {
    OkStatus s = call.client().loyaltyCards().pushSingle(
        LoyaltyPushSingleRequest.of(STAMP_CARD, STAMP_USER, "Only 2 stamps to go for your free coffee!")).getStatus();
    assertEquals(OkStatus.StatusEnum.OK, s.getStatus());
  }

  @ConformanceCase(operation = "loyalty_push_single", code = 200)
  void pushSingleWithoutMessage(Call call) {
    call.forceExampleOnMock("e200_missing_message");
    expect(MissingParameterException.class, 200, "message",
        () -> call.client().loyaltyCards().pushSingle(new LoyaltyPushSingleRequest().loyaltycard(STAMP_CARD).user(STAMP_USER)));
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
        LoyaltyPushAllRequest.of(STAMP_CARD, "Double stamps all weekend!")).getStatus();
    assertEquals(OkStatus.StatusEnum.OK, s.getStatus());
  }

  @ConformanceCase(operation = "loyalty_push_all", code = 200)
  void pushAllWithoutCard(Call call) {
    call.forceExampleOnMock("e200_missing_loyaltycard");
    expect(MissingParameterException.class, 200, "loyaltycard",
        () -> call.client().loyaltyCards().pushAll(new LoyaltyPushAllRequest().message("Hello")));
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

  /**
   * The typed request cannot send a non-boolean {@code only_active}; a client in another language
   * can ("yes"), and 301 is what it gets. This subclass puts the word on the wire through the
   * SDK's own encoders (JSON and form alike).
   */
  static final class OnlyActiveAsWord extends LoyaltyListRequest {
    @JsonIgnore
    @Override
    public Boolean getOnlyActive() {
      return null;
    }

    @JsonProperty(JSON_PROPERTY_ONLY_ACTIVE)
    public String onlyActiveWord() {
      return "yes";
    }
  }

  static LoyaltyUsersListItem user(LoyaltyUsersListResponse users, String id) {
    return users.getUsers().stream().filter(u -> u.getID().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError(id + " not among " + users.getUsers()));
  }

  private static String firstCard(CoupontoolsClient client) {
    List<LoyaltyListItem> cards = client.loyaltyCards().list().getLoyaltyInfo();
    assumeFalse(cards.isEmpty(), "the account has no loyalty card");
    return cards.get(0).getID();
  }
}
