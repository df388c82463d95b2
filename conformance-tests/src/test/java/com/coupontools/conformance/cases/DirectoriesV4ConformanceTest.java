package com.coupontools.conformance.cases;

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
import com.coupontools.conformance.harness.Call;
import com.coupontools.conformance.harness.ConformanceCase;
import com.coupontools.conformance.harness.Encoding;
import com.coupontools.conformance.harness.TargetKind;
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

  // v4_directory_get

  @ConformanceCase(operation = "v4_directory_get", encodings = Encoding.JSON)
  void get(Call call) {
    long id = call.onLive() ? call.client().directories().listV4().get(0).id() : DIRECTORY;
    DirectoryV4 d = call.client().directories().getV4(V4DirectoryGetRequest.of(id));
    assertEquals(id, call.onMock() ? id : d.id());
    assertFalse(d.name().isBlank());
  }

  // v4_directory_users_list

  @ConformanceCase(
      operation = "v4_directory_users_list",
      encodings = Encoding.JSON,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void listUsers(Call call) {
    List<DirectoryUserV4> users = call.client()
        .directories()
        .listUsersV4(V4DirectoryUsersListRequest.of(DIRECTORY))
        .items();
    assertFalse(users.isEmpty());
    users.forEach(DirectoriesV4ConformanceTest::isUser);
    if (call.onSandbox()) {
      assertTrue(users.stream().anyMatch(u -> u.id() == USER), users::toString);
      // a page of one, then the auto-pager over pages of one reaches every user
      var one = call.client()
          .directories()
          .listUsersV4(V4DirectoryUsersListRequest.of(DIRECTORY).toBuilder()
              .pagination(RestPagination.builder().page(1).perPage(1).build())
              .build());
      assertEquals(1, one.items().size());
      assertTrue(one.hasNextPage());
      assertEquals(users.size(), one.autoPager().stream().count());
    }
  }

  // v4_directory_user_create

  @ConformanceCase(
      operation = "v4_directory_user_create",
      encodings = Encoding.JSON,
      writes = true,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void createUser(Call call) {
    String email = uniqueEmail("v4dir");
    DirectoryUserV4 u = call.client()
        .directories()
        .createUserV4(V4DirectoryUserCreateRequest.of(DIRECTORY, email).toBuilder()
            .firstName("Sofie")
            .lastName("Janssens")
            .birthDate(java.time.LocalDate.of(1988, 11, 2))
            .build());
    isUser(u);
    if (call.onSandbox()) {
      assertEquals(email, u.email());
      assertEquals("Sofie", u.firstName());
      // one state: the new user is in the list and can be read by its id
      assertEquals(
          email,
          call.client()
              .directories()
              .getUserV4(V4DirectoryUserGetRequest.of(DIRECTORY, u.id()))
              .email());
    }
  }

  // v4_directory_user_get

  @ConformanceCase(
      operation = "v4_directory_user_get",
      encodings = Encoding.JSON,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void getUser(Call call) {
    DirectoryUserV4 u =
        call.client().directories().getUserV4(V4DirectoryUserGetRequest.of(DIRECTORY, USER));
    isUser(u);
    if (call.onSandbox()) {
      assertEquals(USER, u.id());
    }
  }

  // v4_directory_user_update (block)

  @ConformanceCase(
      operation = "v4_directory_user_update",
      encodings = Encoding.JSON,
      writes = true,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void blockAndUnblock(Call call) {
    DirectoryUserV4 blocked = call.client()
        .directories()
        .updateUserV4(V4DirectoryUserUpdateRequest.of(DIRECTORY, USER).toBuilder()
            .block(true)
            .build());
    isUser(blocked);
    if (call.onSandbox()) {
      assertTrue(blocked.blocked());
      assertTrue(call.client()
          .directories()
          .getUserV4(V4DirectoryUserGetRequest.of(DIRECTORY, USER))
          .blocked());
      assertFalse(call.client()
          .directories()
          .updateUserV4(V4DirectoryUserUpdateRequest.of(DIRECTORY, USER).toBuilder()
              .block(false)
              .build())
          .blocked());
    }
  }

  // v4_directory_access_grant and _revoke

  @ConformanceCase(
      operation = "v4_directory_access_grant",
      encodings = Encoding.JSON,
      writes = true,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void grantAccess(Call call) {
    LocalDateTime until = LocalDateTime.of(2027, 3, 31, 23, 59, 59);
    DirectoryUserV4 u = call.client()
        .directories()
        .grantAccessV4(V4DirectoryAccessGrantRequest.of(DIRECTORY, USER).toBuilder()
            .expiresAt(until)
            .build());
    isUser(u);
    if (call.onSandbox()) {
      assertTrue(u.paidAccess());
      assertEquals(until, u.accessExpiresAt());
    }
  }

  @ConformanceCase(
      operation = "v4_directory_access_revoke",
      encodings = Encoding.JSON,
      writes = true,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void revokeAccess(Call call) {
    long user = 778812;
    DirectoryUserV4 u = call.client()
        .directories()
        .revokeAccessV4(V4DirectoryAccessRevokeRequest.of(DIRECTORY, user));
    isUser(u);
    if (call.onSandbox()) {
      assertFalse(u.paidAccess());
    }
  }

  // v4_directory_user_sso

  @ConformanceCase(
      operation = "v4_directory_user_sso",
      encodings = Encoding.JSON,
      writes = true,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void userSso(Call call) {
    DirectoryUserV4SsoToken t =
        call.client().directories().userSsoV4(V4DirectoryUserSsoRequest.of(DIRECTORY, USER));
    assertFalse(t.token().isBlank());
    assertFalse(t.toString().contains(t.token()), "the token is masked in toString(): " + t);
  }
}
