package com.coupontools.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.sandbox.Api.Creds;
import com.coupontools.sandbox.Api.Resp;
import com.coupontools.testsupport.Bundle;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each account sees only its own data; a main account also sees its subaccounts' campaigns and
 * sessions (the docs' campaign list names the owning subaccount). Through Prism.
 */
@ExtendWith(Env.Extension.class)
class IsolationTest {
  private final Api api;
  private final Env env;

  IsolationTest(Env env) {
    this.env = env;
    this.api = env.prism;
  }

  private Resp call(String path, Map<String, ?> body, Creds creds) {
    Resp r = api.post(path, body, creds);
    assertEquals(List.of(), r.responseViolations(), r::toString);
    return r;
  }

  private static List<String> ids(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.path("ID").asText()));
    return out;
  }

  @Test
  void aSubaccountSeesOnlyItsOwnCampaigns() {
    List<String> noord =
        ids(call("/v3/coupon/list", Map.of(), Creds.SUB_NOORD).json().path("coupon_info"));
    assertEquals(List.of("cam_223345"), noord);
    List<String> antwerp =
        ids(call("/v3/coupon/list", Map.of(), Creds.SUB_ANTWERP).json().path("coupon_info"));
    assertEquals(List.of("cam_123456"), antwerp);
    assertEquals(
        502,
        call("/v3/coupon/info", Map.of("campaign", "cam_123456"), Creds.SUB_NOORD)
            .code());
    assertEquals(
        502,
        call("/v3/coupon/info", Map.of("campaign", "cam_123457"), Creds.SUB_ANTWERP)
            .code());
    assertEquals(
        502,
        call("/v3/campaign/data", Map.of("campaign", "cam_123456"), Creds.SUB_NOORD)
            .code());
    assertEquals(
        502,
        call(
                "/v3/multiplesingleuse/create",
                Map.of("campaign", "cam_123456", "amount", 1),
                Creds.SUB_NOORD)
            .code());
  }

  @Test
  void theMainAccountSeesItsSubaccountsCampaignsMarkedWithTheOwner() {
    JsonNode list = call("/v3/coupon/list", Map.of(), Creds.DEMO).json().path("coupon_info");
    List<String> ids = ids(list);
    assertTrue(ids.containsAll(List.of("cam_123456", "cam_123457", "cam_223345")), ids::toString);
    for (JsonNode c : list) {
      if (c.path("ID").asText().equals("cam_123456")) {
        assertEquals("sub_1234", c.path("subaccount").asText());
      }
      if (c.path("ID").asText().equals("cam_123457")) {
        assertFalse(c.has("subaccount"));
      }
    }
  }

  @Test
  void sessionsWebhooksLoyaltyDirectoriesAndGroupsStayWithTheirAccount() {
    assertEquals(
        505,
        call(
                "/v3/couponsession/data",
                Map.of("couponsession", "ujzde8gxd6ncf10epf91d"),
                Creds.SUB_NOORD)
            .code());
    assertEquals(
        505,
        call(
                "/v3/couponsession/update",
                Map.of("couponsession", "ujzde8", "customid", "x"),
                Creds.SUB_NOORD)
            .code());
    assertEquals(
        509,
        call("/v3/webhook/verification", Map.of("webhook", "evt_8f3a2b1c9d"), Creds.SUB_NOORD)
            .code());
    assertTrue(
        call("/v3/webhook/verification", Map.of("webhook", "evt_8f3a2b1c9d"), Creds.SUB_ANTWERP)
            .ok());
    assertEquals(
        505,
        call("/v3/loyaltyusers/list", Map.of("loyaltycard", "loy_5521"), Creds.SUB_ANTWERP)
            .code());
    assertEquals(
        List.of("loy_5524"),
        ids(call("/v3/loyalty/list", Map.of(), Creds.SUB_ANTWERP).json().path("loyalty_info")));
    assertEquals(
        507,
        call("/v3/directory/info", Map.of("directory", "dir_4321"), Creds.SUB_ANTWERP)
            .code());
    assertEquals(
        "0",
        call("/v3/directory/list", Map.of(), Creds.SUB_NOORD)
            .json()
            .path("amount_of_results")
            .asText());
    assertEquals(
        "0",
        call(
                "/v3/couponsession/search",
                Map.of("email", "anna.peeters@example.com"),
                Creds.SUB_NOORD)
            .json()
            .path("amount_of_results")
            .asText());
  }

  @Test
  void dataCreatedByOneSubaccountIsInvisibleToAnother() {
    Resp created = call(
        "/v3/singleuse/create",
        Map.of("campaign", "cam_223345", "email", "iso@example.com"),
        Creds.SUB_NOORD);
    assertTrue(created.ok(), created::toString);
    String session = created.json().path("single_use_code").asText();
    assertTrue(call("/v3/couponsession/data", Map.of("couponsession", session), Creds.SUB_NOORD)
        .ok());
    assertTrue(call("/v3/couponsession/data", Map.of("couponsession", session), Creds.DEMO)
        .ok());
    assertEquals(
        505,
        call("/v3/couponsession/data", Map.of("couponsession", session), Creds.SUB_ANTWERP)
            .code());
  }

  @Test
  void aMainAccountCannotReachAnotherMainAccountsSubaccounts() {
    // A subaccount created by the demo account is the demo account's; subaccount IDs of no
    // subaccount of the caller are 510, whoever owns them.
    assertEquals(
        510,
        call("/v4/subaccount", Map.of("subaccount", "sub_1000"), Creds.DEMO).code());
    assertEquals(
        510,
        call("/v3/subaccount/sso", Map.of("subaccount", "sub_999999"), Creds.DEMO)
            .code());
    var sub = Fixtures.newSubaccount(env.direct, Map.of());
    assertTrue(call("/v4/subaccount", Map.of("subaccount", sub.path("ID").asText()), Creds.DEMO)
        .ok());
  }

  /** The v4 views keep the same visibility: a subaccount sees its own cards and nothing of the main account's. */
  @Test
  void theV4ViewsSeeWhatV3Sees() {
    Bundle.Op cards = SpecBundle.INSTANCE.op("v4_loyalty_card_list");
    JsonNode own =
        api.call(cards, Api.JSON.createObjectNode(), Creds.SUB_ANTWERP, false).json();
    assertEquals(1, own.size(), own::toString);
    assertEquals(5524, own.path(0).path("id").asInt()); // its bakery card only
    Resp card = api.call(
        SpecBundle.INSTANCE.op("v4_loyalty_stats_list"),
        Api.JSON.createObjectNode().put("loyaltyCardId", 5521),
        Creds.SUB_ANTWERP,
        false);
    assertEquals(507, card.code(), card::toString);
    assertEquals(404, card.status());
    Resp dir = api.call(
        SpecBundle.INSTANCE.op("v4_directory_user_get"),
        Api.JSON.createObjectNode().put("directoryId", 4321).put("userId", 778899),
        Creds.SUB_NOORD,
        false);
    assertEquals(507, dir.code(), dir::toString);
    assertEquals("directoryId", dir.parameter());
    assertEquals(
        0,
        api.call(
                SpecBundle.INSTANCE.op("v4_directory_list"),
                Api.JSON.createObjectNode(),
                Creds.SUB_NOORD,
                false)
            .json()
            .size());
    // A main account's loyalty user is no user of a subaccount: linking it is 505.
    assertEquals(
        505,
        call(
                "/v3/loyaltyusers/link",
                Map.of("loyaltycard", "loy_5524", "user", "lus_90010"),
                Creds.SUB_ANTWERP)
            .code());
  }
}
