package com.coupontools.conformance.cases;

import static com.coupontools.conformance.cases.RestCases.rest;
import static com.coupontools.conformance.cases.SubaccountFixtures.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.api.DirectoryUserV4;
import com.coupontools.api.DirectoryUserV4SsoToken;
import com.coupontools.api.DirectoryV4;
import com.coupontools.api.RestPagination;
import com.coupontools.api.V4DirectoryAccessGrantRequest;
import com.coupontools.api.V4DirectoryAccessRevokeRequest;
import com.coupontools.api.V4DirectoryGetRequest;
import com.coupontools.api.V4DirectoryUserCreateRequest;
import com.coupontools.api.V4DirectoryUserGetRequest;
import com.coupontools.api.V4DirectoryUserSsoRequest;
import com.coupontools.api.V4DirectoryUserUpdateRequest;
import com.coupontools.api.V4DirectoryUsersListRequest;
import com.coupontools.client.WireValue;
import com.coupontools.conformance.harness.Call;
import com.coupontools.conformance.harness.ConformanceCase;
import com.coupontools.conformance.harness.Encoding;
import com.coupontools.conformance.harness.TargetKind;
import com.coupontools.errors.InvalidParameterException;
import com.coupontools.errors.MissingParameterException;
import com.coupontools.errors.NotFoundException;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The v4 REST directory operations through {@code client.directories().…V4(…)}: path parameters
 * as request fields, GET / POST / DELETE, bare JSON arrays as lists, JSON-only bodies, and the
 * {@code RestError} body mapped onto the SDK's exception families. JSON only (v4 takes no forms).
 */
class DirectoriesV4ConformanceTest {
  private static final long DIRECTORY = 4321;
  private static final long USER = 778899;
  private static final long UNKNOWN = 999999;
  private static final String NOTE_101 = AuthenticationCases.EXPIRED_NOTE;

  private static void isUser(DirectoryUserV4 u) {
    assertTrue(u.id() > 0, u::toString);
    assertTrue(u.email().contains("@"), u::toString);
  }

  // v4_directory_list

  @ConformanceCase(operation = "v4_directory_list", encodings = Encoding.JSON)
  void list(Call call) {
    List<DirectoryV4> all = call.client().directories().listV4();
    assertFalse(all.isEmpty());
    for (DirectoryV4 d : all) {
      assertTrue(d.id() > 0);
      assertFalse(d.name().isBlank());
    }
    if (call.onSandbox()) {
      assertTrue(all.stream().anyMatch(d -> d.id() == DIRECTORY && d.paidAccess()), all::toString);
    }
  }

  @ConformanceCase(operation = "v4_directory_list", code = 1000, encodings = Encoding.JSON)
  void listWrongCredentials(Call call) {
    RestCases.wrongCredentials(call, c -> c.directories().listV4());
  }

  @ConformanceCase(operation = "v4_directory_list", code = 101, encodings = Encoding.JSON,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX}, note = NOTE_101)
  void listExpired(Call call) {
    RestCases.expiredAccount(call, c -> c.directories().listV4());
  }

  // v4_directory_get

  @ConformanceCase(operation = "v4_directory_get", encodings = Encoding.JSON)
  void get(Call call) {
    long id = call.onLive() ? call.client().directories().listV4().get(0).id() : DIRECTORY;
    DirectoryV4 d = call.client().directories().getV4(V4DirectoryGetRequest.of(id));
    assertEquals(id, call.onMock() ? id : d.id());
    assertFalse(d.name().isBlank());
  }

  @ConformanceCase(operation = "v4_directory_get", code = 301, encodings = Encoding.JSON, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void getMalformedId(Call call) {
    rest(call, "e301_invalid_directory_id", InvalidParameterException.class, 301, "directoryId",
        () -> call.client().directories().getV4(V4DirectoryGetRequest.builder()._directoryId(WireValue.of("abc")).build()));
  }

  @ConformanceCase(operation = "v4_directory_get", code = 507, encodings = Encoding.JSON)
  void getUnknown(Call call) {
    rest(call, "e507_directory_not_found", NotFoundException.class, 507, null,
        () -> call.client().directories().getV4(V4DirectoryGetRequest.of(UNKNOWN)));
  }

  @ConformanceCase(operation = "v4_directory_get", code = 1000, encodings = Encoding.JSON)
  void getWrongCredentials(Call call) {
    RestCases.wrongCredentials(call, c -> c.directories().getV4(V4DirectoryGetRequest.of(DIRECTORY)));
  }

  @ConformanceCase(operation = "v4_directory_get", code = 101, encodings = Encoding.JSON,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX}, note = NOTE_101)
  void getExpired(Call call) {
    RestCases.expiredAccount(call, c -> c.directories().getV4(V4DirectoryGetRequest.of(DIRECTORY)));
  }

  // v4_directory_users_list

  @ConformanceCase(operation = "v4_directory_users_list", encodings = Encoding.JSON, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void listUsers(Call call) {
    List<DirectoryUserV4> users = call.client().directories().listUsersV4(V4DirectoryUsersListRequest.of(DIRECTORY)).items();
    assertFalse(users.isEmpty());
    users.forEach(DirectoriesV4ConformanceTest::isUser);
    if (call.onSandbox()) {
      assertTrue(users.stream().anyMatch(u -> u.id() == USER), users::toString);
      // a page of one, then the auto-pager over pages of one reaches every user
      var one = call.client().directories().listUsersV4(V4DirectoryUsersListRequest.of(DIRECTORY)
          .toBuilder().pagination(RestPagination.builder().page(1).perPage(1).build()).build());
      assertEquals(1, one.items().size());
      assertTrue(one.hasNextPage());
      assertEquals(users.size(), one.autoPager().stream().count());
    }
  }

  @ConformanceCase(operation = "v4_directory_users_list", code = 301, encodings = Encoding.JSON, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void listUsersBadPage(Call call) {
    rest(call, "e301_invalid_pagination_page", InvalidParameterException.class, 301, "pagination[page]",
        () -> call.client().directories().listUsersV4(V4DirectoryUsersListRequest.of(DIRECTORY).toBuilder()
            .pagination(RestPagination.builder()._page(WireValue.of("first")).build()).build()).items());
  }

  @ConformanceCase(operation = "v4_directory_users_list", code = 507, encodings = Encoding.JSON)
  void listUsersUnknownDirectory(Call call) {
    rest(call, "e507_directory_not_found", NotFoundException.class, 507, null,
        () -> call.client().directories().listUsersV4(V4DirectoryUsersListRequest.of(UNKNOWN)).items());
  }

  @ConformanceCase(operation = "v4_directory_users_list", code = 1000, encodings = Encoding.JSON)
  void listUsersWrongCredentials(Call call) {
    RestCases.wrongCredentials(call, c -> c.directories().listUsersV4(V4DirectoryUsersListRequest.of(DIRECTORY)).items());
  }

  @ConformanceCase(operation = "v4_directory_users_list", code = 101, encodings = Encoding.JSON,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX}, note = NOTE_101)
  void listUsersExpired(Call call) {
    RestCases.expiredAccount(call, c -> c.directories().listUsersV4(V4DirectoryUsersListRequest.of(DIRECTORY)).items());
  }

  // v4_directory_user_create

  @ConformanceCase(operation = "v4_directory_user_create", encodings = Encoding.JSON, writes = true,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void createUser(Call call) {
    String email = uniqueEmail("v4dir");
    DirectoryUserV4 u = call.client().directories().createUserV4(V4DirectoryUserCreateRequest.of(DIRECTORY, email)
        .toBuilder().firstName("Sofie").lastName("Janssens").birthDate(java.time.LocalDate.of(1988, 11, 2)).build());
    isUser(u);
    if (call.onSandbox()) {
      assertEquals(email, u.email());
      assertEquals("Sofie", u.firstName());
      // one state: the new user is in the list and can be read by its id
      assertEquals(email, call.client().directories().getUserV4(V4DirectoryUserGetRequest.of(DIRECTORY, u.id())).email());
    }
  }

  @ConformanceCase(operation = "v4_directory_user_create", code = 200, encodings = Encoding.JSON, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void createUserWithoutEmail(Call call) {
    rest(call, "e200_missing_email", MissingParameterException.class, 200, "email",
        () -> call.client().directories().createUserV4(V4DirectoryUserCreateRequest.builder().directoryId(DIRECTORY)
            ._email(WireValue.missing()).build()));
  }

  @ConformanceCase(operation = "v4_directory_user_create", code = 300, encodings = Encoding.JSON, targets = TargetKind.MOCK,
      note = UnreadableBodyConformanceTest.NOTE)
  void createUserUnreadable(Call call) {
    call.forceRestExampleOnMock("e300_unreadable_body");
    ExpectedErrors.expect(InvalidParameterException.class, 300,
        () -> call.client().directories().createUserV4(V4DirectoryUserCreateRequest.of(DIRECTORY, "a@example.com")));
  }

  @ConformanceCase(operation = "v4_directory_user_create", code = 301, encodings = Encoding.JSON, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void createUserMalformedDirectory(Call call) {
    rest(call, "e301_invalid_directory_id", InvalidParameterException.class, 301, "directoryId",
        () -> call.client().directories().createUserV4(V4DirectoryUserCreateRequest.of(DIRECTORY, "a@example.com")
            .toBuilder()._directoryId(WireValue.of("0")).build()));
  }

  @ConformanceCase(operation = "v4_directory_user_create", code = 303, encodings = Encoding.JSON, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void createUserBadBirthDate(Call call) {
    rest(call, "e303_invalid_birth_date", InvalidParameterException.class, 303, "birth_date",
        () -> call.client().directories().createUserV4(V4DirectoryUserCreateRequest.of(DIRECTORY, uniqueEmail("v4dir"))
            .toBuilder()._birthDate(WireValue.of("02/11/1988")).build()));
  }

  @ConformanceCase(operation = "v4_directory_user_create", code = 304, encodings = Encoding.JSON, writes = true,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void createUserTwice(Call call) {
    String email = uniqueEmail("v4dup");
    if (!call.onMock()) {
      call.client().directories().createUserV4(V4DirectoryUserCreateRequest.of(DIRECTORY, email));
    }
    rest(call, "e304_email_exists", InvalidParameterException.class, 304, null,
        () -> call.client().directories().createUserV4(V4DirectoryUserCreateRequest.of(DIRECTORY, email)));
  }

  @ConformanceCase(operation = "v4_directory_user_create", code = 305, encodings = Encoding.JSON, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void createUserBadEmail(Call call) {
    rest(call, "e305_invalid_email", InvalidParameterException.class, 305, null,
        () -> call.client().directories().createUserV4(V4DirectoryUserCreateRequest.of(DIRECTORY, "not-an-address")));
  }

  @ConformanceCase(operation = "v4_directory_user_create", code = 507, encodings = Encoding.JSON, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void createUserUnknownDirectory(Call call) {
    rest(call, "e507_directory_not_found", NotFoundException.class, 507, null,
        () -> call.client().directories().createUserV4(V4DirectoryUserCreateRequest.of(UNKNOWN, uniqueEmail("v4dir"))));
  }

  @ConformanceCase(operation = "v4_directory_user_create", code = 1000, encodings = Encoding.JSON)
  void createUserWrongCredentials(Call call) {
    RestCases.wrongCredentials(call, c -> c.directories().createUserV4(V4DirectoryUserCreateRequest.of(DIRECTORY, "a@example.com")));
  }

  @ConformanceCase(operation = "v4_directory_user_create", code = 101, encodings = Encoding.JSON,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX}, note = NOTE_101)
  void createUserExpired(Call call) {
    RestCases.expiredAccount(call, c -> c.directories().createUserV4(V4DirectoryUserCreateRequest.of(DIRECTORY, "a@example.com")));
  }

  // v4_directory_user_get

  @ConformanceCase(operation = "v4_directory_user_get", encodings = Encoding.JSON, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void getUser(Call call) {
    DirectoryUserV4 u = call.client().directories().getUserV4(V4DirectoryUserGetRequest.of(DIRECTORY, USER));
    isUser(u);
    if (call.onSandbox()) {
      assertEquals(USER, u.id());
    }
  }

  @ConformanceCase(operation = "v4_directory_user_get", code = 301, encodings = Encoding.JSON, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void getUserMalformedId(Call call) {
    rest(call, "e301_invalid_user_id", InvalidParameterException.class, 301, "userId",
        () -> call.client().directories().getUserV4(V4DirectoryUserGetRequest.of(DIRECTORY, USER).toBuilder()
            ._userId(WireValue.of("reg_778899")).build()));
  }

  @ConformanceCase(operation = "v4_directory_user_get", code = 507, encodings = Encoding.JSON)
  void getUserUnknown(Call call) {
    rest(call, "e507_registered_user_not_found", NotFoundException.class, 507, null,
        () -> call.client().directories().getUserV4(V4DirectoryUserGetRequest.of(DIRECTORY, UNKNOWN)));
  }

  @ConformanceCase(operation = "v4_directory_user_get", code = 1000, encodings = Encoding.JSON)
  void getUserWrongCredentials(Call call) {
    RestCases.wrongCredentials(call, c -> c.directories().getUserV4(V4DirectoryUserGetRequest.of(DIRECTORY, USER)));
  }

  @ConformanceCase(operation = "v4_directory_user_get", code = 101, encodings = Encoding.JSON,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX}, note = NOTE_101)
  void getUserExpired(Call call) {
    RestCases.expiredAccount(call, c -> c.directories().getUserV4(V4DirectoryUserGetRequest.of(DIRECTORY, USER)));
  }

  // v4_directory_user_update (block)

  @ConformanceCase(operation = "v4_directory_user_update", encodings = Encoding.JSON, writes = true,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void blockAndUnblock(Call call) {
    DirectoryUserV4 blocked = call.client().directories().updateUserV4(V4DirectoryUserUpdateRequest.of(DIRECTORY, USER)
        .toBuilder().block(true).build());
    isUser(blocked);
    if (call.onSandbox()) {
      assertTrue(blocked.blocked());
      assertTrue(call.client().directories().getUserV4(V4DirectoryUserGetRequest.of(DIRECTORY, USER)).blocked());
      assertFalse(call.client().directories().updateUserV4(V4DirectoryUserUpdateRequest.of(DIRECTORY, USER)
          .toBuilder().block(false).build()).blocked());
    }
  }

  @ConformanceCase(operation = "v4_directory_user_update", code = 300, encodings = Encoding.JSON, targets = TargetKind.MOCK,
      note = UnreadableBodyConformanceTest.NOTE)
  void blockUnreadable(Call call) {
    call.forceRestExampleOnMock("e300_unreadable_body");
    ExpectedErrors.expect(InvalidParameterException.class, 300, () -> call.client().directories()
        .updateUserV4(V4DirectoryUserUpdateRequest.of(DIRECTORY, USER).toBuilder().block(true).build()));
  }

  @ConformanceCase(operation = "v4_directory_user_update", code = 301, encodings = Encoding.JSON, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void blockNotBoolean(Call call) {
    rest(call, "e301_invalid_block", InvalidParameterException.class, 301, "block",
        () -> call.client().directories().updateUserV4(V4DirectoryUserUpdateRequest.of(DIRECTORY, USER).toBuilder()
            ._block(WireValue.of("yes")).build()));
  }

  @ConformanceCase(operation = "v4_directory_user_update", code = 507, encodings = Encoding.JSON, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void blockUnknownUser(Call call) {
    rest(call, "e507_registered_user_not_found", NotFoundException.class, 507, null,
        () -> call.client().directories().updateUserV4(V4DirectoryUserUpdateRequest.of(DIRECTORY, UNKNOWN).toBuilder().block(true).build()));
  }

  @ConformanceCase(operation = "v4_directory_user_update", code = 1000, encodings = Encoding.JSON)
  void blockWrongCredentials(Call call) {
    RestCases.wrongCredentials(call, c -> c.directories().updateUserV4(V4DirectoryUserUpdateRequest.of(DIRECTORY, USER).toBuilder().block(true).build()));
  }

  @ConformanceCase(operation = "v4_directory_user_update", code = 101, encodings = Encoding.JSON,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX}, note = NOTE_101)
  void blockExpired(Call call) {
    RestCases.expiredAccount(call, c -> c.directories().updateUserV4(V4DirectoryUserUpdateRequest.of(DIRECTORY, USER).toBuilder().block(true).build()));
  }

  // v4_directory_access_grant and _revoke

  @ConformanceCase(operation = "v4_directory_access_grant", encodings = Encoding.JSON, writes = true,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void grantAccess(Call call) {
    LocalDateTime until = LocalDateTime.of(2027, 3, 31, 23, 59, 59);
    DirectoryUserV4 u = call.client().directories().grantAccessV4(V4DirectoryAccessGrantRequest.of(DIRECTORY, USER)
        .toBuilder().expiresAt(until).build());
    isUser(u);
    if (call.onSandbox()) {
      assertTrue(u.paidAccess());
      assertEquals(until, u.accessExpiresAt());
    }
  }

  @ConformanceCase(operation = "v4_directory_access_grant", code = 300, encodings = Encoding.JSON, targets = TargetKind.MOCK,
      note = UnreadableBodyConformanceTest.NOTE)
  void grantUnreadable(Call call) {
    call.forceRestExampleOnMock("e300_unreadable_body");
    ExpectedErrors.expect(InvalidParameterException.class, 300,
        () -> call.client().directories().grantAccessV4(V4DirectoryAccessGrantRequest.of(DIRECTORY, USER)));
  }

  @ConformanceCase(operation = "v4_directory_access_grant", code = 301, encodings = Encoding.JSON, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void grantMalformedUser(Call call) {
    rest(call, "e301_invalid_user_id", InvalidParameterException.class, 301, "userId",
        () -> call.client().directories().grantAccessV4(V4DirectoryAccessGrantRequest.of(DIRECTORY, USER).toBuilder()
            ._userId(WireValue.of("x")).build()));
  }

  @ConformanceCase(operation = "v4_directory_access_grant", code = 303, encodings = Encoding.JSON, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void grantBadDate(Call call) {
    rest(call, "e303_invalid_expires_at", InvalidParameterException.class, 303, "expires_at",
        () -> call.client().directories().grantAccessV4(V4DirectoryAccessGrantRequest.of(DIRECTORY, USER).toBuilder()
            ._expiresAt(WireValue.of("31/03/2027")).build()));
  }

  @ConformanceCase(operation = "v4_directory_access_grant", code = 507, encodings = Encoding.JSON, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void grantUnknownDirectory(Call call) {
    rest(call, "e507_directory_not_found", NotFoundException.class, 507, null,
        () -> call.client().directories().grantAccessV4(V4DirectoryAccessGrantRequest.of(UNKNOWN, USER)));
  }

  @ConformanceCase(operation = "v4_directory_access_grant", code = 1000, encodings = Encoding.JSON)
  void grantWrongCredentials(Call call) {
    RestCases.wrongCredentials(call, c -> c.directories().grantAccessV4(V4DirectoryAccessGrantRequest.of(DIRECTORY, USER)));
  }

  @ConformanceCase(operation = "v4_directory_access_grant", code = 101, encodings = Encoding.JSON,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX}, note = NOTE_101)
  void grantExpired(Call call) {
    RestCases.expiredAccount(call, c -> c.directories().grantAccessV4(V4DirectoryAccessGrantRequest.of(DIRECTORY, USER)));
  }

  @ConformanceCase(operation = "v4_directory_access_revoke", encodings = Encoding.JSON, writes = true,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void revokeAccess(Call call) {
    long user = 778812;
    DirectoryUserV4 u = call.client().directories().revokeAccessV4(V4DirectoryAccessRevokeRequest.of(DIRECTORY, user));
    isUser(u);
    if (call.onSandbox()) {
      assertFalse(u.paidAccess());
    }
  }

  @ConformanceCase(operation = "v4_directory_access_revoke", code = 301, encodings = Encoding.JSON, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void revokeMalformedDirectory(Call call) {
    rest(call, "e301_invalid_directory_id", InvalidParameterException.class, 301, "directoryId",
        () -> call.client().directories().revokeAccessV4(V4DirectoryAccessRevokeRequest.of(DIRECTORY, USER).toBuilder()
            ._directoryId(WireValue.of("dir_4321")).build()));
  }

  @ConformanceCase(operation = "v4_directory_access_revoke", code = 507, encodings = Encoding.JSON, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void revokeUnknownUser(Call call) {
    rest(call, "e507_registered_user_not_found", NotFoundException.class, 507, null,
        () -> call.client().directories().revokeAccessV4(V4DirectoryAccessRevokeRequest.of(DIRECTORY, UNKNOWN)));
  }

  @ConformanceCase(operation = "v4_directory_access_revoke", code = 1000, encodings = Encoding.JSON)
  void revokeWrongCredentials(Call call) {
    RestCases.wrongCredentials(call, c -> c.directories().revokeAccessV4(V4DirectoryAccessRevokeRequest.of(DIRECTORY, USER)));
  }

  @ConformanceCase(operation = "v4_directory_access_revoke", code = 101, encodings = Encoding.JSON,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX}, note = NOTE_101)
  void revokeExpired(Call call) {
    RestCases.expiredAccount(call, c -> c.directories().revokeAccessV4(V4DirectoryAccessRevokeRequest.of(DIRECTORY, USER)));
  }

  // v4_directory_user_sso

  @ConformanceCase(operation = "v4_directory_user_sso", encodings = Encoding.JSON, writes = true,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void userSso(Call call) {
    DirectoryUserV4SsoToken t = call.client().directories().userSsoV4(V4DirectoryUserSsoRequest.of(DIRECTORY, USER));
    assertFalse(t.token().isBlank());
    assertFalse(t.toString().contains(t.token()), "the token is masked in toString(): " + t);
  }

  @ConformanceCase(operation = "v4_directory_user_sso", code = 301, encodings = Encoding.JSON, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void userSsoMalformedUser(Call call) {
    rest(call, "e301_invalid_user_id", InvalidParameterException.class, 301, "userId",
        () -> call.client().directories().userSsoV4(V4DirectoryUserSsoRequest.of(DIRECTORY, USER).toBuilder()
            ._userId(WireValue.of("-5")).build()));
  }

  @ConformanceCase(operation = "v4_directory_user_sso", code = 507, encodings = Encoding.JSON, targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void userSsoUnknownUser(Call call) {
    rest(call, "e507_registered_user_not_found", NotFoundException.class, 507, null,
        () -> call.client().directories().userSsoV4(V4DirectoryUserSsoRequest.of(DIRECTORY, UNKNOWN)));
  }

  @ConformanceCase(operation = "v4_directory_user_sso", code = 1000, encodings = Encoding.JSON)
  void userSsoWrongCredentials(Call call) {
    RestCases.wrongCredentials(call, c -> c.directories().userSsoV4(V4DirectoryUserSsoRequest.of(DIRECTORY, USER)));
  }

  @ConformanceCase(operation = "v4_directory_user_sso", code = 101, encodings = Encoding.JSON,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX}, note = NOTE_101)
  void userSsoExpired(Call call) {
    RestCases.expiredAccount(call, c -> c.directories().userSsoV4(V4DirectoryUserSsoRequest.of(DIRECTORY, USER)));
  }
}
