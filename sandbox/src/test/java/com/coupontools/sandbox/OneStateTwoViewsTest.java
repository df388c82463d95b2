package com.coupontools.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.sandbox.Api.Creds;
import com.coupontools.sandbox.Api.Resp;
import com.coupontools.testsupport.Bundle;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The v4 REST operations and the v3 ones show one state (decision 21: a v4 ID is the digits of
 * the v3 ID): what one view writes, the other reads. Also the REST routing rules (literal
 * segments first, one segment per parameter, REST errors for other methods). Through Prism.
 */
@ExtendWith(Env.Extension.class)
class OneStateTwoViewsTest {
  private final Env env;

  OneStateTwoViewsTest(Env env) {
    this.env = env;
  }

  /** A REST call of {@code op} with flat parameters, expected to succeed with its status and no violation. */
  private JsonNode rest(String op, Map<String, Object> params) {
    Bundle.Op o = SpecBundle.INSTANCE.op(op);
    Resp r = env.prism.call(o, Api.JSON.valueToTree(params), Creds.DEMO, false);
    assertEquals(o.successStatus(), r.status(), () -> op + " " + params + ": " + r);
    assertEquals(List.of(), r.responseViolations(), () -> op + ": " + r);
    return r.json();
  }

  private Resp restFails(String op, Map<String, Object> params, int code) {
    Bundle.Op o = SpecBundle.INSTANCE.op(op);
    Resp r = env.prism.call(o, Api.JSON.valueToTree(params), Creds.DEMO, false);
    assertEquals(code, r.code(), () -> op + " " + params + ": " + r);
    assertEquals(SpecBundle.INSTANCE.httpStatus(code, "rest"), r.status(), r::toString);
    assertEquals(List.of(), r.responseViolations(), r::toString);
    return r;
  }

  private JsonNode v3(String path, Map<String, ?> body) {
    Resp r = env.prism.post(path, body, Creds.DEMO);
    assertTrue(r.ok(), () -> path + " " + body + ": " + r);
    assertEquals(List.of(), r.responseViolations(), r::toString);
    return r.json();
  }

  private static JsonNode byId(JsonNode list, String field, String id) {
    for (JsonNode item : list) {
      if (item.path(field).asText().equals(id)) {
        return item;
      }
    }
    return null;
  }

  @Test
  void aLoyaltyUserCreatedInV4IsListedSearchedAndUpdatedInV3() {
    String email = Fixtures.unique("v4user").toLowerCase() + "@example.com";
    JsonNode u = rest(
        "v4_loyalty_stats_create",
        Map.of("loyaltyCardId", 5521, "first_name", "Vera", "email", email, "custom_3", "from-v4"));
    long id = u.path("id").asLong();
    assertTrue(u.path("last_name").isNull(), u::toString); // unknown personal data is null in v4
    assertEquals(0, u.path("stamps").asInt());
    JsonNode listed = byId(
        v3("/v3/loyaltyusers/list", Map.of("loyaltycard", "loy_5521")).path("users"),
        "ID",
        "lus_" + id);
    assertEquals(email, listed.path("email").asText());
    assertEquals("", listed.path("last_name").asText()); // and "" in v3
    assertEquals(
        "1",
        v3("/v3/loyaltyusers/search", Map.of("loyaltycard", "loy_5521", "search", "Vera"))
            .path("amount_of_results")
            .asText());
    v3(
        "/v3/loyaltyusers/update",
        Map.of("loyaltycard", "loy_5521", "user", "lus_" + id, "stamps", 4));
    JsonNode again = rest("v4_loyalty_stats_get", Map.of("loyaltyCardId", 5521, "userId", id));
    assertEquals(4, again.path("stamps").asInt());
    assertEquals("from-v4", again.path("custom_3").asText());
    // On no other card: that card's view does not know the user.
    restFails("v4_loyalty_stats_get", Map.of("loyaltyCardId", 5522, "userId", id), 505);
  }

  @Test
  void aUserCreatedInV3HoldsNoCardUntilLinkedThenCollectsPerCard() {
    String email = Fixtures.unique("v3user").toLowerCase() + "@example.com";
    JsonNode created = v3(
        "/v3/loyaltyusers/create",
        Map.of(
            "email",
            email,
            "password",
            "pw-123456",
            "first_name",
            "Lars",
            "gender",
            "male",
            "birthday",
            "1990-01-31"));
    String user = created.path("user").asText();
    long id = Long.parseLong(user.substring(4));
    assertEquals(
        304,
        env.prism
            .post(
                "/v3/loyaltyusers/create",
                Map.of("email", email.toUpperCase(), "password", "x"),
                Creds.DEMO)
            .code()); // one address per account, in any case
    restFails("v4_loyalty_stats_get", Map.of("loyaltyCardId", 5521, "userId", id), 505);
    for (int i = 0; i < 2; i++) { // linking twice is no error and no second standing
      v3("/v3/loyaltyusers/link", Map.of("loyaltycard", "loy_5521", "user", user));
    }
    int onVip = v3("/v3/loyalty/info", Map.of("loyaltycard", "loy_5522"))
        .path("loyalty_info")
        .path("amount_of_users")
        .asInt();
    v3("/v3/loyaltyusers/link", Map.of("loyaltycard", "loy_5522", "user", user));
    assertEquals(
        onVip + 1,
        v3("/v3/loyalty/info", Map.of("loyaltycard", "loy_5522"))
            .path("loyalty_info")
            .path("amount_of_users")
            .asInt());
    v3("/v3/loyaltyusers/update", Map.of("loyaltycard", "loy_5522", "user", user, "points", 30));
    assertEquals(
        0,
        rest("v4_loyalty_stats_get", Map.of("loyaltyCardId", 5521, "userId", id))
            .path("points")
            .asInt());
    assertEquals(
        30,
        rest("v4_loyalty_stats_get", Map.of("loyaltyCardId", 5522, "userId", id))
            .path("points")
            .asInt());
    JsonNode onCard = rest(
        "v4_loyalty_stats_list",
        Map.of("loyaltyCardId", 5521, "filter", Map.of("search", email.substring(0, 8))));
    assertEquals(1, onCard.size(), onCard::toString);
    assertEquals(id, onCard.path(0).path("id").asLong());
  }

  @Test
  void aBulkCreateIsAllOrNothingAndNamesTheItemAtFault() {
    int before = rest(
            "v4_loyalty_stats_list",
            Map.of(
                "loyaltyCardId",
                5524,
                "include_voided",
                true,
                "pagination",
                Map.of("per_page", 100)))
        .size();
    Resp bad = restFails(
        "v4_loyalty_stats_bulk",
        Map.of(
            "loyaltyCardId",
            5524,
            "users",
            List.of(Map.of("first_name", "Ok"), Map.of("email", "not-an-email"))),
        305);
    assertEquals("users[1].email", bad.parameter());
    assertEquals(
        before,
        rest("v4_loyalty_stats_list", Map.of("loyaltyCardId", 5524, "include_voided", true))
            .size());
    JsonNode made = rest(
        "v4_loyalty_stats_bulk",
        Map.of(
            "loyaltyCardId",
            5524,
            "users",
            List.of(Map.of("first_name", "One"), Map.of("first_name", "Two"))));
    assertEquals(
        List.of("One", "Two"),
        List.of(
            made.path(0).path("first_name").asText(),
            made.path(1).path("first_name").asText()));
    JsonNode all =
        rest("v4_loyalty_stats_list", Map.of("loyaltyCardId", 5524, "include_voided", true));
    assertEquals(before + 2, all.size());
    // Oldest first, pages of per_page; past the end an empty array.
    JsonNode second = rest(
        "v4_loyalty_stats_list",
        Map.of(
            "loyaltyCardId",
            5524,
            "include_voided",
            true,
            "pagination",
            Map.of("page", 2, "per_page", 1)));
    assertEquals(all.path(1).path("id"), second.path(0).path("id"));
    assertEquals(
        0,
        rest(
                "v4_loyalty_stats_list",
                Map.of("loyaltyCardId", 5524, "pagination", Map.of("page", 999)))
            .size());
    assertEquals(
        201,
        env.prism
            .call(
                SpecBundle.INSTANCE.op("v4_loyalty_stats_bulk"),
                Api.JSON.valueToTree(Map.of("loyaltyCardId", 5524, "users", List.of())),
                Creds.DEMO,
                false)
            .status());
  }

  @Test
  void voidedUsersAreListedOnlyWhenAskedFor() {
    // tom (lus_90002) is voided on loy_5521 in the seed.
    JsonNode without = rest("v4_loyalty_stats_list", Map.of("loyaltyCardId", 5521));
    JsonNode with =
        rest("v4_loyalty_stats_list", Map.of("loyaltyCardId", 5521, "include_voided", true));
    assertEquals(null, byId(without, "id", "90002"));
    assertTrue(byId(with, "id", "90002").path("voided").asBoolean());
  }

  @Test
  void aCopiedCardIsAV3CardToo() {
    JsonNode copy =
        rest("v4_loyalty_card_copy", Map.of("loyaltyCardId", 5522, "name", "VIP members 2027"));
    long id = copy.path("id").asLong();
    assertEquals("membership", copy.path("type").asText());
    assertNotEquals("r7t3w9", copy.path("code").asText());
    JsonNode v3 = byId(v3("/v3/loyalty/list", Map.of()).path("loyalty_info"), "ID", "loy_" + id);
    assertEquals("VIP members 2027", v3.path("name").asText());
    assertTrue(byId(rest("v4_loyalty_card_list", Map.of()), "id", String.valueOf(id)) != null);
    assertEquals(
        0, rest("v4_loyalty_stats_list", Map.of("loyaltyCardId", id)).size()); // not its users
    restFails("v4_loyalty_card_copy", Map.of("loyaltyCardId", 5522, "name", "x".repeat(51)), 300);
  }

  @Test
  void aDirectoryUserCreatedInV4IsAV3RegisteredUserAndPaidAccessIsThePaymentStatus() {
    String email = Fixtures.unique("reg").toLowerCase() + "@example.com";
    JsonNode u = rest(
        "v4_directory_user_create", Map.of("directoryId", 4321, "email", email, "city", "Gent"));
    long id = u.path("id").asLong();
    assertFalse(u.path("paid_access").asBoolean());
    assertTrue(u.path("access_expires_at").isNull());
    restFails(
        "v4_directory_user_create", Map.of("directoryId", 4321, "email", email.toUpperCase()), 304);
    JsonNode listed = byId(
        v3("/v3/directoryusers/list", Map.of("directory", "dir_4321")).path("users"),
        "ID",
        "reg_" + id);
    assertEquals(email, listed.path("email").asText());
    rest(
        "v4_directory_access_grant",
        Map.of("directoryId", 4321, "userId", id, "expires_at", "2031-01-31 23:59:59"));
    listed = byId(
        v3("/v3/directoryusers/list", Map.of("directory", "dir_4321")).path("users"),
        "ID",
        "reg_" + id);
    assertEquals("paid", listed.path("payment_status").asText());
    assertEquals("2031-01-31 23:59:59", listed.path("expiry_date").asText());
    JsonNode revoked =
        rest("v4_directory_access_revoke", Map.of("directoryId", 4321, "userId", id));
    assertFalse(revoked.path("paid_access").asBoolean());
    v3(
        "/v3/directoryusers/update",
        Map.of("directory", "dir_4321", "user", "reg_" + id, "payment_status", "paid"));
    JsonNode got = rest("v4_directory_user_get", Map.of("directoryId", 4321, "userId", id));
    assertTrue(got.path("paid_access").asBoolean());
    assertTrue(got.path("access_expires_at").isNull()); // paid with no end
    assertTrue(
        rest("v4_directory_user_update", Map.of("directoryId", 4321, "userId", id, "block", true))
            .path("blocked")
            .asBoolean());
    listed = byId(
        v3("/v3/directoryusers/list", Map.of("directory", "dir_4321")).path("users"),
        "ID",
        "reg_" + id);
    assertEquals("1", listed.path("blocked").asText());
    restFails(
        "v4_directory_user_get",
        Map.of("directoryId", 4322, "userId", id),
        507); // another directory
    JsonNode sso = rest("v4_directory_user_sso", Map.of("directoryId", 4321, "userId", id));
    assertTrue(
        sso.path("url").asText().endsWith("?sso=" + sso.path("token").asText()), sso::toString);
  }

  @Test
  void directoriesAreTheSameInBothViews() {
    JsonNode v4 = rest("v4_directory_list", Map.of());
    JsonNode v3 = v3("/v3/directory/list", Map.of()).path("directory_info");
    assertEquals(v3.size(), v4.size());
    for (JsonNode d : v4) {
      JsonNode same = byId(v3, "ID", "dir_" + d.path("id").asLong());
      assertEquals(same.path("code"), d.path("code"));
      assertEquals(same.path("name"), d.path("name"));
    }
    JsonNode page = rest(
        "v4_directory_users_list",
        Map.of("directoryId", 4321, "pagination", Map.of("page", 1, "per_page", 2)));
    assertEquals(2, page.size());
    restFails(
        "v4_directory_users_list",
        Map.of("directoryId", 4321, "pagination", Map.of("per_page", 101)),
        301);
  }

  @Test
  void literalSegmentsWinAndAnEncodedSlashStaysInItsParameter() {
    Api off = env.direct.offContract();
    // …/stats/bulk is the bulk path (literal first), where only POST is defined: 405 with Allow.
    Resp get = off.send(
        "GET", "/v4/loyalty/loyalty-cards/5521/stats/bulk", null, null, Creds.DEMO, Map.of());
    assertEquals(405, get.status(), get::toString);
    assertEquals("POST", get.headers().get("Allow"));
    assertTrue(
        get.json().path("error").isObject(),
        "a REST path answers with the REST error body: " + get);
    Resp slash =
        env.direct.send("GET", "/v4/directory/4321%2F1/users", null, null, Creds.DEMO, Map.of());
    assertEquals(422, slash.status(), slash::toString);
    assertEquals("directoryId", slash.parameter());
    Resp zero = env.direct.send("GET", "/v4/directory/0", null, null, Creds.DEMO, Map.of());
    assertEquals(301, zero.code(), zero::toString); // below minimum 1
  }

  @Test
  void restBodiesAreJsonOnly() {
    Resp form = env.direct.send(
        "POST",
        "/v4/directory/4321/users",
        "application/x-www-form-urlencoded",
        "email=a%40b.example".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        Creds.DEMO,
        Map.of());
    assertEquals(300, form.code(), form::toString);
    assertTrue(form.description().contains("Send application/json."), form::toString);
    ObjectNode array = Api.JSON.createObjectNode();
    Resp notArray = env.direct.send(
        "POST",
        "/v4/loyalty/loyalty-cards/5521/stats/bulk",
        "application/json",
        array.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
        Creds.DEMO,
        Map.of());
    assertEquals(300, notArray.code(), notArray::toString);
    assertEquals("Invalid request body: expected a JSON array.", notArray.description());
  }
}
