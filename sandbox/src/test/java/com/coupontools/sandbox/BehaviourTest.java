package com.coupontools.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.sandbox.Api.Creds;
import com.coupontools.sandbox.Api.Resp;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the operations do to the state, end to end through Prism (every response is checked). */
@ExtendWith(Env.Extension.class)
class BehaviourTest {
  private final Env env;

  BehaviourTest(Env env) {
    this.env = env;
  }

  private JsonNode ok(String path, Map<String, ?> body) {
    return ok(path, body, Creds.DEMO);
  }

  private JsonNode ok(String path, Map<String, ?> body, Creds creds) {
    Resp r = env.prism.post(path, body, creds);
    assertEquals(200, r.status(), () -> path + " " + body + ": " + r);
    // Response violations only: some calls use the lenient spellings servers accept (aliases,
    // digit strings), which Prism rightly reports as request violations.
    assertEquals(List.of(), r.responseViolations(), () -> path + ": " + r);
    return r.json();
  }

  private Resp fail(String path, Map<String, ?> body, int code) {
    Resp r = env.prism.post(path, body, Creds.DEMO);
    assertEquals(code, r.code(), () -> path + " " + body + ": " + r);
    assertEquals(List.of(), r.responseViolations(), r::toString);
    return r;
  }

  @Test
  void validatingASessionRecordsAWebhookEventThatVerificationConfirms() {
    String session = Fixtures.freshSession(env.direct);
    JsonNode v = ok(
        "/v3/couponsession/update",
        Map.of("couponsession", session, "status", "validate", "validation_value", "RECEIPT-1"));
    String event = v.path("webhook").asText();
    assertTrue(event.matches("evt_[a-f0-9]{10}"), event);
    JsonNode st = v.path("data").path("status");
    assertEquals("1", st.path("validated").asText());
    assertEquals("1", st.path("claimed").asText()); // validation claims an unclaimed session
    assertEquals("RECEIPT-1", st.path("validation_value").asText());
    JsonNode w = ok("/v3/webhook/verification", Map.of("webhook", event, "session", session));
    assertEquals("valid", w.path("result").asText());
    assertEquals("coupon_validated", w.path("type").asText());
    assertEquals(session, w.path("session").asText());
    assertEquals("cam_123456", w.path("campaign").asText());
    ok("/v3/webhook/verification", Map.of("webhook", event, "session", session.substring(0, 6)));
    fail(
        "/v3/webhook/verification",
        Map.of("webhook", event, "session", "ujzde8gxd6ncf10epf91d"),
        509);
    fail("/v3/couponsession/update", Map.of("couponsession", session, "status", "validate"), 300);
    JsonNode validations = ok(
        "/v3/campaign/validations",
        Map.of(
            "campaign",
            "cam_123456",
            "page",
            1,
            "start_date",
            st.path("validation_date_utc").asText().substring(0, 10)));
    assertTrue(validations.path("data").toString().contains(session));
  }

  @Test
  void claimVoidUnvoidFollowTheDocumentedTransitions() {
    String s = Fixtures.freshSession(env.direct);
    JsonNode claimed =
        ok("/v3/couponsession/update", Map.of("couponsession", s, "status", "claimed"));
    assertEquals("api", claimed.path("data").path("status").path("claimtype").asText());
    String claimDate =
        claimed.path("data").path("status").path("claim_date_utc").asText();
    assertEquals(
        claimDate,
        ok("/v3/couponsession/update", Map.of("couponsession", s, "status", "claim"))
            .path("data")
            .path("status")
            .path("claim_date_utc")
            .asText()); // already claimed: unchanged
    JsonNode voided = ok(
        "/v3/couponsession/update", Map.of("couponsession", s.substring(0, 6), "status", "void"));
    assertEquals("1", voided.path("data").path("status").path("voided").asText());
    fail("/v3/couponsession/update", Map.of("couponsession", s, "status", "validate"), 300);
    JsonNode unvoided = ok(
        "/v3/couponsession/update",
        Map.of("couponsession", s, "status", "unvoid", "customid", "CRM-9", "customfield7", "vip"));
    assertEquals("0", unvoided.path("data").path("status").path("voided").asText());
    assertEquals(
        "", unvoided.path("data").path("status").path("voided_date_utc").asText());
    assertEquals("1", unvoided.path("data").path("status").path("claimed").asText());
    JsonNode data = ok("/v3/couponsession/data", Map.of("couponsession", s));
    assertEquals("CRM-9", data.path("customid").asText());
    assertEquals("vip", data.path("data").path("user").path("customfield7").asText());
    assertEquals(
        "",
        ok("/v3/couponsession/update", Map.of("couponsession", s, "customid", ""))
            .path("customid")
            .asText()); // an empty string clears
  }

  @Test
  void updateMultipleIsAllOrNothing() {
    String a = Fixtures.freshSession(env.direct);
    String b = Fixtures.freshSession(env.direct);
    ok("/v3/couponsession/update", Map.of("couponsession", b, "status", "void"));
    fail(
        "/v3/couponsession/update/multiple",
        Map.of("couponsessions", List.of(a, b), "status", "validate"),
        300);
    assertEquals(
        "0",
        ok("/v3/couponsession/data", Map.of("couponsession", a))
            .path("data")
            .path("status")
            .path("validated")
            .asText());
    JsonNode both = ok(
        "/v3/couponsession/update/multiple",
        Map.of(
            "couponsessions",
            List.of(a, b, a.substring(0, 6)),
            "status",
            "unvoid",
            "customfield1",
            "batch"));
    assertEquals("2", both.path("amount_of_results").asText()); // a listed twice, updated once
    assertEquals(
        "batch",
        both.path("data").path(1).path("data").path("user").path("customfield1").asText());
  }

  @Test
  void multipleSingleUseCreatesSessionsWithGeneratedCodesThatSearchFinds() {
    JsonNode r = ok(
        "/v3/multiplesingleuse/create",
        Map.of(
            "campaign",
            "123457",
            "amount",
            "25",
            "status",
            "active",
            "automated_codes",
            "true",
            "code_prefix",
            "T-",
            "code_length",
            8,
            "code_type",
            "numeric"));
    JsonNode data = r.path("data");
    assertEquals(25, data.size());
    Set<String> codes = new HashSet<>();
    long seq = data.path(0).path("sequence_id").asLong();
    for (JsonNode d : data) {
      assertTrue(d.path("custom_validation_code").asText().matches("T-[0-9]{8}"), d::toString);
      assertTrue(codes.add(d.path("custom_validation_code").asText()));
      assertEquals(seq++, d.path("sequence_id").asLong());
      assertEquals(
          d.path("single_use_code").asText().substring(0, 6),
          d.path("widget_validation_code").asText());
    }
    String code = data.path(3).path("custom_validation_code").asText();
    JsonNode found = ok(
        "/v3/couponsession/search/campaign",
        Map.of("campaign", "cam_123457", "custom_validation_code", code));
    assertEquals("1", found.path("amount_of_results").asText());
    assertEquals(
        data.path(3).path("single_use_code").asText(),
        found.path("data").path(0).path("session").asText());
    JsonNode voided =
        ok("/v3/multiplesingleuse/create", Map.of("campaign", "cam_123457", "status", "voided"));
    assertEquals(10, voided.path("data").size()); // the default amount
    assertEquals("1", voided.path("data").path(0).path("voided").asText());
    assertEquals("", voided.path("data").path(0).path("custom_validation_code").asText());
  }

  @Test
  void singleUseCreateDeduplicatesAndRemoveDeletes() {
    String email = Fixtures.unique("dedup") + "@example.com";
    JsonNode first = ok(
        "/v3/singleuse/create",
        Map.of(
            "campaign",
            "cam_123456",
            "email",
            email,
            "customid",
            "C-1",
            "autovalcode",
            "8digits",
            "expiry_date",
            "2027-01-31:23:59:00"));
    assertTrue(first.path("custom_validation_code").asText().matches("[0-9]{8}"));
    JsonNode again = ok(
        "/v3/singleuse/create",
        Map.of("campaign", "cam_123456", "email", email, "duplicate_check", "email"));
    assertEquals(first.path("single_use_code"), again.path("single_use_code"));
    JsonNode boolCheck = env.direct
        .post(
            "/v3/singleuse/create",
            Map.of("campaign", "cam_123456", "email", email, "duplicate_check", true))
        .json(); // the documented boolean spelling
    assertEquals(first.path("single_use_code"), boolCheck.path("single_use_code"));
    String session = first.path("single_use_code").asText();
    assertEquals(
        email,
        ok("/v3/couponsession/data", Map.of("couponsession", session))
            .path("data")
            .path("user")
            .path("email")
            .asText());
    ok("/v3/singleuse/remove", Map.of("campaign", "cam_123456", "couponsession", session));
    fail("/v3/couponsession/data", Map.of("couponsession", session), 505);
    fail("/v3/singleuse/remove", Map.of("campaign", "cam_123456", "couponsession", session), 505);
  }

  @Test
  void usageListsPageByAHundredAndFilterByDate() {
    ok("/v3/multiplesingleuse/create", Map.of("campaign", "cam_123459", "amount", 150));
    JsonNode p1 = ok("/v3/campaign/data", Map.of("campaign", "cam_123459"));
    long total = p1.path("amount_of_results").asLong();
    assertTrue(total >= 150);
    assertEquals(100, p1.path("data").size());
    JsonNode p2 = ok("/v3/campaign/data", Map.of("campaign", "cam_123459", "page", 2));
    assertEquals(Math.min(100, total - 100), p2.path("data").size());
    assertEquals(
        0,
        ok("/v3/campaign/data", Map.of("campaign", "cam_123459", "page", 999))
            .path("data")
            .size());
    assertEquals(
        "0",
        ok("/v3/campaign/data", Map.of("campaign", "cam_123459", "end_date", "2001-01-01 10-30"))
            .path("amount_of_results")
            .asText());
    assertEquals(
        String.valueOf(total),
        ok("/v3/campaign/data", Map.of("campaign", "cam_123459", "start_date", "2001-01-01 10:30"))
            .path("amount_of_results")
            .asText());
    fail("/v3/campaign/data", Map.of("campaign", "cam_123459", "start_date", "2026-02-30"), 303);
  }

  @Test
  void loyaltyUsersGainPointsAndStampsNeverBelowZero() {
    JsonNode p = ok(
        "/v3/loyaltyusers/update",
        Map.of("loyaltycard", "loy_5522", "user", "lus_90004", "points", 20));
    long points = p.path("points").asLong();
    JsonNode down = ok(
        "/v3/loyaltyusers/update",
        Map.of("loyaltycard", "5522", "user", "90004", "points", "-999999"));
    assertEquals("0", down.path("points").asText());
    assertTrue(points >= 20);
    JsonNode s = ok(
        "/v3/loyaltyusers/update",
        Map.of("loyaltycard", "loy_5521", "user", "lus_90001", "stamps", 2, "voided", "true"));
    assertEquals("1", s.path("voided").asText());
    fail(
        "/v3/loyaltyusers/update",
        Map.of("loyaltycard", "loy_5521", "user", "lus_90003", "stamps", 1),
        505);
    ok(
        "/v3/loyaltyusers/update",
        Map.of("loyaltycard", "loy_5521", "user", "lus_90001", "voided", false));
    JsonNode users = ok("/v3/loyaltyusers/list", Map.of("loyaltycard", "loy_5521"));
    assertEquals("0", users.path("users").path(0).path("voided").asText());
  }

  @Test
  void directoryUsersGetAPaymentStatus() {
    ok(
        "/v3/directoryusers/update",
        Map.of(
            "directory",
            "dir_4321",
            "user",
            "reg_778700",
            "payment_status",
            "paid",
            "expiry_date",
            "2030-01-01 00:00:00"));
    JsonNode users = ok("/v3/directoryusers/list", Map.of("directory", "dir_4321"));
    JsonNode bram = null;
    for (JsonNode u : users.path("users")) {
      if (u.path("ID").asText().equals("reg_778700")) {
        bram = u;
      }
    }
    assertEquals("paid", bram.path("payment_status").asText());
    assertEquals("2030-01-01 00:00:00", bram.path("expiry_date").asText());
    JsonNode unpaid = ok(
        "/v3/directoryusers/update",
        Map.of(
            "directory",
            "dir_4321",
            "user",
            "reg_778700",
            "payment_status",
            "unpaid",
            "expiry_date",
            "2030-01-01 00:00:00"));
    assertEquals("", unpaid.path("expiry_date").asText());
    fail(
        "/v3/directoryusers/update",
        Map.of("directory", "dir_4321", "user", "reg_778701", "payment_status", "paid"),
        507); // a user of another directory
  }

  @Test
  void subaccountsAreCreatedUpdatedAndSignedInto() {
    int before = ok("/v4/subaccount/list", Map.of()).path("subaccounts").size();
    JsonNode sub = ok(
            "/v4/subaccount/create",
            Map.of(
                "email",
                Fixtures.unique("Shop") + "@Example.com",
                "package",
                "pac_pro",
                "country",
                "BE",
                "password",
                "s3cret!"))
        .path("subaccount");
    String id = sub.path("ID").asText();
    assertEquals("50", sub.path("max_campaigns").asText());
    assertEquals(true, sub.path("access_smstool").asBoolean());
    assertEquals(
        before + 1, ok("/v4/subaccount/list", Map.of()).path("subaccounts").size());
    JsonNode info = ok("/v4/subaccount", Map.of("subaccount", id)).path("subaccount");
    assertEquals(sub.path("api_key"), info.path("api_key"));
    JsonNode upd = ok(
            "/v4/subaccount/update",
            Map.of("subaccount", id, "access_smstool", false, "company_name", "<b>Shop & Co</b>"))
        .path("subaccount");
    assertEquals(false, upd.path("access_smstool").asBoolean());
    assertEquals("<b>Shop & Co</b>", upd.path("company_name").asText());
    JsonNode sso = ok(
            "/v3/subaccount/sso",
            Map.of("subaccount", "sub_1234", "page", "update_campaign", "campaign", "cam_123456"))
        .path("subaccount");
    assertTrue(sso.path("url").asText().contains("token=" + sso.path("token").asText()));
    assertTrue(sso.path("url").asText().contains("page=update_campaign"));
    fail(
        "/v3/subaccount/sso",
        Map.of("subaccount", id, "page", "update_campaign", "campaign", "cam_123456"),
        502);
    JsonNode reset = ok("/v3/subaccount/reset/url", Map.of("subaccount", id)).path("subaccount");
    assertTrue(reset.path("url").asText().startsWith("https://"));
    assertNotEquals(sso.path("token").asText(), reset.path("url").asText());
  }

  @Test
  void campaignInfoCountsCustomCodesAndListFilters() {
    JsonNode info = ok("/v3/coupon/info", Map.of("campaign", "cam_123456", "show_usage_stats", "1"))
        .path("coupon_info");
    assertTrue(info.path("amount_custom_validation_codes").asLong() >= 6);
    assertTrue(info.path("amount_claimed_custom_validation_codes").asLong() >= 3);
    assertTrue(!ok("/v3/coupon/info", Map.of("campaign", "cam_123456"))
        .path("coupon_info")
        .has("amount_custom_validation_codes"));
    JsonNode tagged =
        ok("/v3/coupon/list", Map.of("tags", " Winter , nothing", "only_active", false));
    assertEquals("cam_123458", tagged.path("coupon_info").path(0).path("ID").asText());
    assertEquals(
        "0",
        ok("/v3/coupon/list", Map.of("tags", "winter", "only_active", true))
            .path("amount_of_results")
            .asText());
    assertEquals(
        "0",
        ok("/v3/coupon/list", Map.of("category", "cat_unknown"))
            .path("amount_of_results")
            .asText());
    fail("/v3/coupon/list", Map.of("folder", "fol_404"), 515);
  }
}
