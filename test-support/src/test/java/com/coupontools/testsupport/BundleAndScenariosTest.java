package com.coupontools.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.testsupport.Scenarios.Kind;
import com.coupontools.testsupport.Scenarios.Scenario;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class BundleAndScenariosTest {
  private final Bundle bundle = Bundle.fromClasspath("fixture-bundle.yaml");

  @Test
  void errorExamplesAreReadWhereTheCatalogueSaysInEitherStyle() {
    Bundle.Op info = bundle.op("campaign_info");
    Map<String, Bundle.ErrorExample> byKey = new TreeMap<>();
    info.errors().forEach(e -> byKey.put(e.key(), e));
    assertEquals(1000, byKey.get("e1000_invalid_credentials").code());
    assertEquals("", byKey.get("e1000_invalid_credentials").text());
    // errors beside status, the code as an array
    assertEquals(200, byKey.get("e200_missing_campaign").code());
    assertEquals(
        "Missing parameter: campaign", byKey.get("e200_missing_campaign").text());
    assertEquals(301, byKey.get("e301_invalid_campaign").code());
    Bundle.ErrorExample rest = bundle.op("v4_directory_get").errors().get(0);
    assertEquals(507, rest.code());
    assertEquals("directoryId", rest.parameter());
    assertTrue(bundle.op("v4_directory_get").rest());
  }

  @Test
  void theCatalogueGivesStatusAndExceptionByFamily() {
    assertEquals(401, bundle.httpStatus(1000, "rpc"));
    assertEquals(401, bundle.httpStatus(101, "rest"));
    assertEquals(422, bundle.httpStatus(502, "rpc"));
    assertEquals(404, bundle.httpStatus(507, "rest"));
    assertEquals("NotFoundException", bundle.exceptionName(502));
    assertEquals("MissingParameterException", bundle.exceptionName(250));
    assertEquals("ApiException", bundle.exceptionName(700));
    assertEquals(200, bundle.ruleCode("required"));
  }

  @Test
  void scenariosAreDerivedFromTheContractAlone() {
    Map<String, Scenario> byKey = new TreeMap<>();
    for (Scenario s : Scenarios.all(bundle)) {
      if (!s.op().id().startsWith("subaccount_")) { // the x-unique cases: below
        byKey.put(s.expected().key(), s);
      }
    }
    assertEquals(Kind.WRONG_CREDENTIALS, byKey.get("e1000_invalid_credentials").kind());
    Scenario missing = byKey.get("e200_missing_campaign");
    assertFalse(missing.request().has("campaign"));
    assertTrue(missing.breaksRequestRules());
    Scenario invalid = byKey.get("e301_invalid_campaign");
    assertEquals("pattern", invalid.check());
    assertFalse(invalid.request().path("campaign").asText().matches("^(cam_)?[0-9]{1,20}$"));
    Scenario unknown = byKey.get("e502_campaign_not_found");
    assertEquals("cam_999999", unknown.request().path("campaign").asText());
    assertFalse(unknown.breaksRequestRules(), "a well-formed unknown ID passes client-side checks");
    assertEquals(
        999999L,
        byKey.get("rest_e507_directory_not_found").request().path("directoryId").asLong());
    assertTrue(byKey
        .get("rest_e507_directory_not_found")
        .request()
        .path("directoryId")
        .isIntegralNumber());
    // the authentication family by the account that sends the example
    assertEquals(
        Kind.SUBACCOUNT_CREDENTIALS, byKey.get("e102_subaccount_credentials").kind());
    assertEquals(Kind.NO_SMS_INTEGRATION, byKey.get("e103_no_sms_integration").kind());
    // x-required-any-of: every parameter of the group dropped, a rule a client can check
    Scenario anyOf = byKey.get("e200_missing_search_criteria");
    assertEquals("required-any-of", anyOf.check());
    assertEquals(
        List.of("page"),
        anyOf.request().properties().stream().map(Map.Entry::getKey).toList());
    assertTrue(anyOf.breaksRequestRules());
    // a limit needs state: not derivable
    assertNull(byKey.get("e601_low_on_codes"));
    assertEquals(
        List.of(
            "e1000_invalid_credentials",
            "e102_subaccount_credentials",
            "e103_no_sms_integration",
            "e200_missing_campaign",
            "e200_missing_search_criteria",
            "e301_invalid_campaign",
            "e502_campaign_not_found",
            "rest_e507_directory_not_found"),
        List.copyOf(byKey.keySet()));
  }

  @Test
  void aTakenValueIsDerivedWhereTheUniquePropertyIsRequired() {
    Bundle.Op create = bundle.op("subaccount_create");
    Scenario s = Scenarios.derive(bundle, create, create.errors().get(0));
    assertEquals(Kind.TAKEN_VALUE, s.kind());
    assertEquals("email", s.parameter());
    assertEquals("unique", s.check());
    assertFalse(s.breaksRequestRules(), "a taken value passes client-side checks");
    Scenarios.TakenValue t = Scenarios.takenValue(bundle, s, "Run42");
    // the first holds an address no record has, in a valid form; the rest of the example stays
    assertEquals("run42.shop@example.com", t.first().path("email").asText());
    assertEquals("Shop", t.first().path("company_name").asText());
    // ignore-case: the second writes the same address in upper case
    assertEquals("RUN42.SHOP@EXAMPLE.COM", t.second().path("email").asText());
    assertEquals("shop@example.com", s.request().path("email").asText(), "the scenario unchanged");
    assertThrows(IllegalArgumentException.class, () -> Scenarios.takenValue(bundle, s, "a-b"));
    // without a token, a random one: two runs never give the same address
    String one = Scenarios.takenValue(bundle, s).first().path("email").asText();
    assertTrue(one.endsWith(".shop@example.com"), one);
    assertNotEquals(one, Scenarios.takenValue(bundle, s).first().path("email").asText());
    // an update's value needs another record that holds it: left to a hand-written case
    Bundle.Op update = bundle.op("subaccount_update");
    assertNull(Scenarios.derive(bundle, update, update.errors().get(0)));
  }

  @Test
  void anUnknownIdKeepsTheDocumentedShape() {
    assertEquals("cam_999999", Scenarios.unknownLike("cam_123456"));
    assertEquals("zzzzz9zzz", Scenarios.unknownLike("ujzde8gxd"));
    assertNull(Scenarios.unknownLike(""));
  }
}
