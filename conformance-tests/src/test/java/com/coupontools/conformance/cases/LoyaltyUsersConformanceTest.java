package com.coupontools.conformance.cases;

import static com.coupontools.conformance.cases.ExpectedErrors.expect;
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
import com.coupontools.client.WireValue;
import com.coupontools.conformance.harness.Call;
import com.coupontools.conformance.harness.ConformanceCase;
import com.coupontools.conformance.harness.TargetKind;
import com.coupontools.errors.InvalidParameterException;
import com.coupontools.errors.MissingParameterException;
import com.coupontools.errors.NotFoundException;

/** The v3 loyalty operations of issue 12: card info, and creating, linking and searching loyalty users. */
class LoyaltyUsersConformanceTest {
  private static final String CARD = "loy_5521";
  private static final String POINTS_CARD = "loy_5522";
  private static final String UNKNOWN_CARD = "loy_999999";
  private static final String NOTE_101 = AuthenticationCases.EXPIRED_NOTE;
  private static final String NOTE_300 = UnreadableBodyConformanceTest.NOTE;

  // loyalty_info

  @ConformanceCase(operation = "loyalty_info", targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void info(Call call) {
    LoyaltyInfoItem card = call.client().loyaltyCards().info(LoyaltyInfoRequest.of(CARD)).loyaltyInfo();
    assertEquals(CARD, card.id());
    assertFalse(card.name().isBlank());
    if (call.onSandbox()) {
      // one state: the card's user count is the v3 user list's (voided users included)
      assertEquals(call.client().loyaltyCards().listUsers(LoyaltyUsersListRequest.of(CARD)).users().size(), card.amountOfUsers());
    }
  }

  @ConformanceCase(operation = "loyalty_info", code = 200, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void infoWithoutCard(Call call) {
    call.forceExampleOnMock("e200_missing_loyaltycard");
    expect(MissingParameterException.class, 200, "loyaltycard",
        () -> call.client().loyaltyCards().info(LoyaltyInfoRequest.builder()._loyaltyCardId(WireValue.missing()).build()));
  }

  @ConformanceCase(operation = "loyalty_info", code = 300, targets = TargetKind.MOCK, note = NOTE_300)
  void infoUnreadable(Call call) {
    UnreadableBodyConformanceTest.unreadable(call, c -> c.loyaltyCards().info(LoyaltyInfoRequest.of(CARD)));
  }

  @ConformanceCase(operation = "loyalty_info", code = 301, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void infoMalformedCard(Call call) {
    call.forceExampleOnMock("e301_invalid_loyaltycard");
    expect(InvalidParameterException.class, 301, "loyaltycard", () -> call.client().loyaltyCards().info(LoyaltyInfoRequest.of("loy_55x1")));
  }

  @ConformanceCase(operation = "loyalty_info", code = 507, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void infoUnknownCard(Call call) {
    call.forceExampleOnMock("e507_loyaltycard_not_found");
    expect(NotFoundException.class, 507, () -> call.client().loyaltyCards().info(LoyaltyInfoRequest.of(UNKNOWN_CARD)));
  }

  @ConformanceCase(operation = "loyalty_info", code = 1000)
  void infoWrongCredentials(Call call) {
    AuthenticationCases.rejectsWrongCredentials(call, c -> c.loyaltyCards().info(LoyaltyInfoRequest.of(CARD)));
  }

  @ConformanceCase(operation = "loyalty_info", code = 101, targets = {TargetKind.MOCK, TargetKind.SANDBOX}, note = NOTE_101)
  void infoExpired(Call call) {
    AuthenticationCases.rejectsExpiredAccount(call, c -> c.loyaltyCards().info(LoyaltyInfoRequest.of(CARD)));
  }

  // loyaltyusers_create

  @ConformanceCase(operation = "loyaltyusers_create", writes = true, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void createUser(Call call) {
    String email = uniqueEmail("loyalty");
    LoyaltyUsersCreateResponse r = call.client().loyaltyCards().createUser(LoyaltyUsersCreateRequest.of(email, "s3cret-Passw0rd")
        .toBuilder().firstName("Marta").lastName("Ruiz").gender(LoyaltyUsersCreateRequest.Gender.FEMALE)
        .birthday(java.time.LocalDate.of(1992, 8, 14)).city("Sevilla").build());
    assertTrue(r.userId().matches("^lus_[0-9]+$"), r::toString);
    if (call.onSandbox()) {
      assertEquals(email, r.email());
    }
  }

  @ConformanceCase(operation = "loyaltyusers_create", code = 200, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void createUserWithoutEmail(Call call) {
    call.forceExampleOnMock("e200_missing_email_address");
    MissingParameterException e = expect(MissingParameterException.class, 200,
        () -> call.client().loyaltyCards().createUser(LoyaltyUsersCreateRequest.builder().password("s3cret-Passw0rd")
            ._email(WireValue.missing()).build()));
    assertEquals("You need to provide an email address.", e.description());
  }

  @ConformanceCase(operation = "loyaltyusers_create", code = 200, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void createUserWithoutPassword(Call call) {
    call.forceExampleOnMock("e200_missing_password");
    MissingParameterException e = expect(MissingParameterException.class, 200,
        () -> call.client().loyaltyCards().createUser(LoyaltyUsersCreateRequest.builder().email(uniqueEmail("loyalty"))
            ._password(WireValue.missing()).build()));
    assertEquals("You need to provide a password.", e.description());
  }

  @ConformanceCase(operation = "loyaltyusers_create", code = 300, targets = TargetKind.MOCK, note = NOTE_300)
  void createUserUnreadable(Call call) {
    UnreadableBodyConformanceTest.unreadable(call, c -> c.loyaltyCards().createUser(LoyaltyUsersCreateRequest.of("a@example.com", "pw-123456")));
  }

  @ConformanceCase(operation = "loyaltyusers_create", code = 302, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void createUserBadGender(Call call) {
    call.forceExampleOnMock("e302_invalid_gender");
    expect(InvalidParameterException.class, 302, "gender", () -> call.client().loyaltyCards().createUser(
        LoyaltyUsersCreateRequest.of(uniqueEmail("loyalty"), "s3cret-Passw0rd").toBuilder()._gender(WireValue.of("other")).build()));
  }

  @ConformanceCase(operation = "loyaltyusers_create", code = 303, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void createUserBadBirthday(Call call) {
    call.forceExampleOnMock("e303_invalid_birthday");
    expect(InvalidParameterException.class, 303, () -> call.client().loyaltyCards().createUser(
        LoyaltyUsersCreateRequest.of(uniqueEmail("loyalty"), "s3cret-Passw0rd").toBuilder()._birthday(WireValue.of("14/08/1992")).build()));
  }

  @ConformanceCase(operation = "loyaltyusers_create", code = 304, writes = true, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void createUserTwice(Call call) {
    String email = uniqueEmail("loyalty");
    if (!call.onMock()) {
      call.client().loyaltyCards().createUser(LoyaltyUsersCreateRequest.of(email, "s3cret-Passw0rd"));
    }
    call.forceExampleOnMock("e304_email_exists");
    expect(InvalidParameterException.class, 304,
        () -> call.client().loyaltyCards().createUser(LoyaltyUsersCreateRequest.of(email, "an0ther-Passw0rd")));
  }

  @ConformanceCase(operation = "loyaltyusers_create", code = 305, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void createUserBadEmail(Call call) {
    call.forceExampleOnMock("e305_invalid_email");
    expect(InvalidParameterException.class, 305,
        () -> call.client().loyaltyCards().createUser(LoyaltyUsersCreateRequest.of("marta.ruiz", "s3cret-Passw0rd")));
  }

  @ConformanceCase(operation = "loyaltyusers_create", code = 1000)
  void createUserWrongCredentials(Call call) {
    AuthenticationCases.rejectsWrongCredentials(call, c -> c.loyaltyCards().createUser(LoyaltyUsersCreateRequest.of("a@example.com", "pw-123456")));
  }

  @ConformanceCase(operation = "loyaltyusers_create", code = 101, targets = {TargetKind.MOCK, TargetKind.SANDBOX}, note = NOTE_101)
  void createUserExpired(Call call) {
    AuthenticationCases.rejectsExpiredAccount(call, c -> c.loyaltyCards().createUser(LoyaltyUsersCreateRequest.of("a@example.com", "pw-123456")));
  }

  // loyaltyusers_link

  @ConformanceCase(operation = "loyaltyusers_link", writes = true, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void linkUser(Call call) {
    String user = call.onMock() ? "lus_90010"
        : call.client().loyaltyCards().createUser(LoyaltyUsersCreateRequest.of(uniqueEmail("link"), "s3cret-Passw0rd")).userId();
    LoyaltyUsersLinkResponse r = call.client().loyaltyCards().linkUser(LoyaltyUsersLinkRequest.of(POINTS_CARD, user));
    if (call.onSandbox()) {
      assertEquals(POINTS_CARD, r.loyaltyCardId());
      assertEquals(user, r.userId());
      // one state: the linked user is now a user of the card
      assertTrue(call.client().loyaltyCards().listUsers(LoyaltyUsersListRequest.of(POINTS_CARD)).users().stream()
          .anyMatch(u -> u.id().equals(user)));
    }
  }

  @ConformanceCase(operation = "loyaltyusers_link", code = 200, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void linkWithoutUser(Call call) {
    call.forceExampleOnMock("e200_missing_user");
    expect(MissingParameterException.class, 200, "user", () -> call.client().loyaltyCards().linkUser(
        LoyaltyUsersLinkRequest.builder().loyaltyCardId(CARD)._userId(WireValue.missing()).build()));
  }

  @ConformanceCase(operation = "loyaltyusers_link", code = 300, targets = TargetKind.MOCK, note = NOTE_300)
  void linkUnreadable(Call call) {
    UnreadableBodyConformanceTest.unreadable(call, c -> c.loyaltyCards().linkUser(LoyaltyUsersLinkRequest.of(CARD, "lus_90010")));
  }

  @ConformanceCase(operation = "loyaltyusers_link", code = 301, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void linkMalformedUser(Call call) {
    call.forceExampleOnMock("e301_invalid_user");
    expect(InvalidParameterException.class, 301, "user",
        () -> call.client().loyaltyCards().linkUser(LoyaltyUsersLinkRequest.of(CARD, "user-90010")));
  }

  @ConformanceCase(operation = "loyaltyusers_link", code = 505, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void linkUnknownCard(Call call) {
    call.forceExampleOnMock("e505_loyaltycard_not_found");
    expect(NotFoundException.class, 505, () -> call.client().loyaltyCards().linkUser(LoyaltyUsersLinkRequest.of(UNKNOWN_CARD, "lus_90010")));
  }

  @ConformanceCase(operation = "loyaltyusers_link", code = 1000)
  void linkWrongCredentials(Call call) {
    AuthenticationCases.rejectsWrongCredentials(call, c -> c.loyaltyCards().linkUser(LoyaltyUsersLinkRequest.of(CARD, "lus_90010")));
  }

  @ConformanceCase(operation = "loyaltyusers_link", code = 101, targets = {TargetKind.MOCK, TargetKind.SANDBOX}, note = NOTE_101)
  void linkExpired(Call call) {
    AuthenticationCases.rejectsExpiredAccount(call, c -> c.loyaltyCards().linkUser(LoyaltyUsersLinkRequest.of(CARD, "lus_90010")));
  }

  // loyaltyusers_search

  @ConformanceCase(operation = "loyaltyusers_search", targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void search(Call call) {
    LoyaltyUsersSearchResponse r = call.client().loyaltyCards().searchUsers(LoyaltyUsersSearchRequest.of(CARD, "lopez"));
    assertEquals(r.users().size(), r.amountOfResults());
    assertFalse(r.users().isEmpty());
    r.users().forEach(u -> assertTrue((u.firstName() + " " + u.lastName() + " " + u.email()).toLowerCase().contains("lopez"), u::toString));
  }

  @ConformanceCase(operation = "loyaltyusers_search", code = 200, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void searchWithoutText(Call call) {
    call.forceExampleOnMock("e200_missing_search");
    expect(MissingParameterException.class, 200, "search", () -> call.client().loyaltyCards().searchUsers(
        LoyaltyUsersSearchRequest.builder().loyaltyCardId(CARD)._search(WireValue.missing()).build()));
  }

  @ConformanceCase(operation = "loyaltyusers_search", code = 300, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void searchTooShort(Call call) {
    call.forceExampleOnMock("e300_search_too_short");
    expect(InvalidParameterException.class, 300, "search",
        () -> call.client().loyaltyCards().searchUsers(LoyaltyUsersSearchRequest.of(CARD, "lo")));
  }

  @ConformanceCase(operation = "loyaltyusers_search", code = 301, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void searchBadCharacters(Call call) {
    call.forceExampleOnMock("e301_invalid_search");
    expect(InvalidParameterException.class, 301, "search",
        () -> call.client().loyaltyCards().searchUsers(LoyaltyUsersSearchRequest.of(CARD, "lo'pez")));
  }

  @ConformanceCase(operation = "loyaltyusers_search", code = 505, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void searchUnknownCard(Call call) {
    call.forceExampleOnMock("e505_loyaltycard_not_found");
    expect(NotFoundException.class, 505, () -> call.client().loyaltyCards().searchUsers(LoyaltyUsersSearchRequest.of(UNKNOWN_CARD, "lopez")));
  }

  @ConformanceCase(operation = "loyaltyusers_search", code = 1000)
  void searchWrongCredentials(Call call) {
    AuthenticationCases.rejectsWrongCredentials(call, c -> c.loyaltyCards().searchUsers(LoyaltyUsersSearchRequest.of(CARD, "lopez")));
  }

  @ConformanceCase(operation = "loyaltyusers_search", code = 101, targets = {TargetKind.MOCK, TargetKind.SANDBOX}, note = NOTE_101)
  void searchExpired(Call call) {
    AuthenticationCases.rejectsExpiredAccount(call, c -> c.loyaltyCards().searchUsers(LoyaltyUsersSearchRequest.of(CARD, "lopez")));
  }
}
