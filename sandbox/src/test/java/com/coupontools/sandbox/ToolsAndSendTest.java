package com.coupontools.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.sandbox.Api.Creds;
import com.coupontools.sandbox.Api.Resp;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The SMS and email tools, sending by email and SMS, account and teammate single sign on: what they do to the state. */
@ExtendWith(Env.Extension.class)
class ToolsAndSendTest {
  private final Env env;

  ToolsAndSendTest(Env env) {
    this.env = env;
  }

  private JsonNode ok(String path, Map<String, ?> body, Creds creds) {
    Resp r = env.prism.post(path, body, creds);
    assertTrue(r.ok(), () -> path + " " + body + ": " + r);
    assertEquals(List.of(), r.responseViolations(), r::toString);
    return r.json();
  }

  private JsonNode ok(String path, Map<String, ?> body) {
    return ok(path, body, Creds.DEMO);
  }

  private int fail(String path, Map<String, ?> body, Creds creds) {
    Resp r = env.prism.post(path, body, creds);
    assertFalse(r.ok(), r::toString);
    assertEquals(List.of(), r.responseViolations(), r::toString);
    return r.code();
  }

  @Test
  void smsGroupsAndContacts() {
    String name = Fixtures.unique("Keyword pizza");
    JsonNode group = ok("/v3/smstool/addgroup", Map.of("group_name", name)).path("group");
    String id = group.path("ID").asText();
    assertTrue(ok("/v3/smstool/grouplist", Map.of()).path("group").toString().contains(id));
    JsonNode added = ok(
        "/v3/smstool/addcontact",
        Map.of(
            "smsgroup",
            id,
            "phone",
            "+32470777888",
            "first_name",
            "Piet",
            "birthday",
            "1980-12-31",
            "customfield7",
            "vip"));
    assertEquals("32470777888", added.path("contact").path("phone").asText());
    assertEquals("0", added.path("contact").path("unsubscribed").asText());
    // The same number again updates that contact: one contact, the new name.
    JsonNode again = ok(
        "/v3/smstool/addcontact",
        Map.of("smsgroup", id, "phone", "+32470777888", "first_name", "Pieter"));
    assertEquals(added.path("contact").path("ID"), again.path("contact").path("ID"));
    JsonNode list = ok("/v3/smstool/userlist", Map.of("smsgroup", id));
    assertEquals("1", list.path("amount_of_contacts").asText());
    assertEquals("Pieter", list.path("contact").path(0).path("first_name").asText());
    assertEquals(name, list.path("group_name").asText());
    // The seed's unsubscribed contact carries the docs' date form.
    JsonNode seeded = ok("/v3/smstool/userlist", Map.of("smsgroup", "gro_3301"))
        .path("contact")
        .path(0);
    assertEquals("1", seeded.path("unsubscribed").asText());
    assertEquals("13/07/2025 19:47 UTC", seeded.path("unsubscribedate").asText());
    assertEquals(
        103,
        fail("/v3/smstool/userlist", Map.of("smsgroup", "gro_3302"), Creds.SUB_ANTWERP)); // no SMS
    assertEquals(
        514,
        fail(
            "/v3/smstool/addcontact",
            Map.of("smsgroup", "gro_999999", "phone", "+32470777888"),
            Creds.DEMO));
    assertEquals(
        303,
        fail(
            "/v3/smstool/addcontact",
            Map.of("smsgroup", id, "phone", "+32470777888", "birthday", "31-12-1980"),
            Creds.DEMO));
  }

  @Test
  void emailGroupsAreTheAccountsOwn() {
    assertEquals(
        2, ok("/v3/emailtool/grouplist", Map.of()).path("amount_of_groups").asInt());
    assertEquals(
        0,
        ok("/v3/emailtool/grouplist", Map.of(), Creds.SUB_NOORD)
            .path("amount_of_groups")
            .asInt());
    assertEquals(104, fail("/v3/emailtool/grouplist", Map.of(), Creds.SUB_ANTWERP));
  }

  @Test
  void anEmailCarriesANewSessionOnceWhenCheckUnique() {
    String email = Fixtures.unique("mail").toLowerCase() + "@example.com";
    Map<String, Object> send =
        Map.of("campaign", "cam_123456", "email", email, "firstname", "Mia", "check_unique", true);
    JsonNode first = ok("/v3/send/email", send);
    String session = first.path("single_use_code").asText();
    JsonNode data = ok("/v3/couponsession/data", Map.of("couponsession", session));
    assertEquals(email, data.path("data").path("user").path("email").asText());
    assertEquals("Mia", data.path("data").path("user").path("firstname").asText());
    assertEquals(
        session, ok("/v3/send/email", send).path("single_use_code").asText()); // not mailed again
    JsonNode twice = ok("/v3/send/email", Map.of("campaign", "cam_123456", "email", email));
    assertNotEquals(
        session, twice.path("single_use_code").asText()); // without check_unique: a new one
    // An existing session of the campaign is sent as it is; one of another campaign is refused.
    assertEquals(
        "ujzde8gxd6ncf10epf91d",
        ok(
                "/v3/send/email",
                Map.of(
                    "campaign",
                    "cam_123456",
                    "email",
                    email,
                    "couponsession",
                    "ujzde8gxd6ncf10epf91d"))
            .path("single_use_code")
            .asText());
    assertEquals(
        300,
        fail(
            "/v3/send/email",
            Map.of(
                "campaign", "cam_123457", "email", email, "couponsession", "ujzde8gxd6ncf10epf91d"),
            Creds.DEMO));
    JsonNode dir = ok("/v3/send/email", Map.of("campaign", "dir_4321", "email", email));
    assertEquals("dir_4321", dir.path("campaign").asText());
    assertFalse(dir.has("single_use_code"));
    assertEquals(
        502, fail("/v3/send/email", Map.of("campaign", "dir_4399", "email", email), Creds.DEMO));
    assertEquals(
        604,
        fail("/v3/send/email", Map.of("campaign", "cam_223345", "email", email), Creds.SUB_NOORD));
  }

  @Test
  void anSmsCarriesTheUniqueUrl() {
    JsonNode sms =
        ok("/v3/send/sms", Map.of("campaign", "123456", "phone", "+447911000111", "body", "Hi"));
    assertEquals("cam_123456", sms.path("campaign").asText());
    assertEquals("447911000111", sms.path("phone").asText());
    assertEquals("Hi", sms.path("message").asText());
    JsonNode data = ok(
        "/v3/couponsession/data",
        Map.of("couponsession", sms.path("single_use_code").asText()));
    assertEquals("+447911000111", data.path("data").path("user").path("phone").asText());
    JsonNode urlOnly = ok("/v3/send/sms", Map.of("campaign", "dir_4321", "phone", "+447911000111"));
    assertEquals(
        "x7k2p9", urlOnly.path("single_use_code").asText()); // a directory: its code and URL
    assertEquals("https://digicpn.com/d/x7k2p9", urlOnly.path("message").asText());
    assertEquals(
        301,
        fail("/v3/send/sms", Map.of("campaign", "cam_123456", "phone", "0470111222"), Creds.DEMO));
    assertEquals(
        103,
        fail(
            "/v3/send/sms",
            Map.of("campaign", "cam_123456", "phone", "+447911000111"),
            Creds.SUB_ANTWERP));
  }

  @Test
  void singleSignOnForTheAccountAndATeammate() {
    JsonNode account = ok("/v3/account/sso", Map.of()).path("account");
    assertTrue(account
        .path("url")
        .asText()
        .endsWith("sso?token=" + account.path("token").asText()));
    JsonNode mate = ok(
            "/v3/teammate/sso",
            Map.of("teammate", "8812", "page", "update_campaign", "campaign", "cam_123456"))
        .path("teammate");
    assertEquals("8812", mate.path("ID").asText());
    assertTrue(
        mate.path("url").asText().contains("&page=update_campaign&campaign=cam_123456"),
        mate::toString);
    assertNotEquals(account.path("token"), mate.path("token"));
    assertEquals(
        503,
        fail("/v3/teammate/sso", Map.of("teammate", "8812"), Creds.SUB_ANTWERP)); // not its team
    assertEquals(
        200,
        fail(
            "/v3/teammate/sso", Map.of("teammate", "8812", "page", "update_campaign"), Creds.DEMO));
    assertEquals(
        502,
        fail(
            "/v3/teammate/sso",
            Map.of("teammate", "8812", "page", "update_campaign", "campaign", "cam_223399"),
            Creds.DEMO));
  }
}
