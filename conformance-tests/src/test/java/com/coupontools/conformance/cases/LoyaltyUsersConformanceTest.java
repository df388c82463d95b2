package com.coupontools.conformance.cases;

import static com.coupontools.conformance.cases.SubaccountFixtures.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.api.LoyaltyInfoItem;
import com.coupontools.api.LoyaltyInfoRequest;
import com.coupontools.api.LoyaltyUsersCreateRequest;
import com.coupontools.api.LoyaltyUsersCreateResponse;
import com.coupontools.api.LoyaltyUsersLinkRequest;
import com.coupontools.api.LoyaltyUsersLinkResponse;
import com.coupontools.api.LoyaltyUsersListRequest;
import com.coupontools.api.LoyaltyUsersSearchRequest;
import com.coupontools.api.LoyaltyUsersSearchResponse;
import com.coupontools.conformance.harness.Call;
import com.coupontools.conformance.harness.ConformanceCase;
import com.coupontools.conformance.harness.TargetKind;

/** The v3 loyalty operations of issue 12: card info, and creating, linking and searching loyalty users. */
class LoyaltyUsersConformanceTest {
  private static final String CARD = "loy_5521";
  private static final String POINTS_CARD = "loy_5522";

  // loyalty_info

  @ConformanceCase(
      operation = "loyalty_info",
      targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void info(Call call) {
    LoyaltyInfoItem card =
        call.client().loyaltyCards().info(LoyaltyInfoRequest.of(CARD)).loyaltyInfo();
    assertEquals(CARD, card.id());
    assertFalse(card.name().isBlank());
    if (call.onSandbox()) {
      // one state: the card's user count is the v3 user list's (voided users included)
      assertEquals(
          call.client()
              .loyaltyCards()
              .listUsers(LoyaltyUsersListRequest.of(CARD))
              .users()
              .size(),
          card.amountOfUsers());
    }
  }

  // loyaltyusers_create

  @ConformanceCase(
      operation = "loyaltyusers_create",
      writes = true,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void createUser(Call call) {
    String email = uniqueEmail("loyalty");
    LoyaltyUsersCreateResponse r = call.client()
        .loyaltyCards()
        .createUser(LoyaltyUsersCreateRequest.of(email, "s3cret-Passw0rd").toBuilder()
            .firstName("Marta")
            .lastName("Ruiz")
            .gender(LoyaltyUsersCreateRequest.Gender.FEMALE)
            .birthday(java.time.LocalDate.of(1992, 8, 14))
            .city("Sevilla")
            .build());
    assertTrue(r.userId().matches("^lus_[0-9]+$"), r::toString);
    if (call.onSandbox()) {
      assertEquals(email, r.email());
    }
  }

  // loyaltyusers_link

  @ConformanceCase(
      operation = "loyaltyusers_link",
      writes = true,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void linkUser(Call call) {
    String user = call.onMock()
        ? "lus_90010"
        : call.client()
            .loyaltyCards()
            .createUser(LoyaltyUsersCreateRequest.of(uniqueEmail("link"), "s3cret-Passw0rd"))
            .userId();
    LoyaltyUsersLinkResponse r =
        call.client().loyaltyCards().linkUser(LoyaltyUsersLinkRequest.of(POINTS_CARD, user));
    if (call.onSandbox()) {
      assertEquals(POINTS_CARD, r.loyaltyCardId());
      assertEquals(user, r.userId());
      // one state: the linked user is now a user of the card
      assertTrue(
          call
              .client()
              .loyaltyCards()
              .listUsers(LoyaltyUsersListRequest.of(POINTS_CARD))
              .users()
              .stream()
              .anyMatch(u -> u.id().equals(user)));
    }
  }

  // loyaltyusers_search

  @ConformanceCase(
      operation = "loyaltyusers_search",
      targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void search(Call call) {
    LoyaltyUsersSearchResponse r =
        call.client().loyaltyCards().searchUsers(LoyaltyUsersSearchRequest.of(CARD, "lopez"));
    assertEquals(r.users().size(), r.amountOfResults());
    assertFalse(r.users().isEmpty());
    r.users()
        .forEach(u -> assertTrue(
            (u.firstName() + " " + u.lastName() + " " + u.email()).toLowerCase().contains("lopez"),
            u::toString));
  }
}
