package com.coupontools.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.api.MultipleSingleUseCreateRequest;
import com.coupontools.api.SingleUseCode;
import com.coupontools.api.SubaccountCreateRequest;
import com.coupontools.api.SubaccountDetails;
import com.coupontools.api.SubaccountInfoRequest;
import com.coupontools.api.WebhookVerificationRequest;
import com.coupontools.api.WebhookVerificationResponse;
import com.coupontools.errors.InvalidResponseException;
import com.coupontools.errors.NotFoundException;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One typed accessor per field (x-coupontools-type flags, numbers and dates as Java types,
 * optional values as Optional), the wire value through _field(), typed failures naming the
 * field, open response enums.
 */
class ModelMappingTest extends ClientTestSupport {

  @Test
  void flagsDatesAndUrisOfSingleUseCodes() {
    server.enqueue(fixture("single_use_create_multiple_ok"));
    List<SingleUseCode> codes = client()
        .singleUse()
        .createMultiple(MultipleSingleUseCreateRequest.of("cam_123456"))
        .data();

    SingleUseCode first = codes.get(0);
    assertEquals(Optional.of(false), first.voided());
    assertEquals("0", first._voided().asString());
    assertEquals(Optional.empty(), first.expiresAt(), "an empty date-time is no value");
    assertEquals("", first._expiresAt().asString());
    assertEquals(Optional.of(LocalDateTime.of(2026, 3, 14, 9, 26, 53)), first.createDate());
    assertEquals(
        URI.create("https://digicpn.com/p/ab12cd/3k9x2m7q4w8e1r5t6y0u2"), first.singleUseUrl());
    assertEquals(1001L, first.sequenceId());

    SingleUseCode second = codes.get(1);
    assertEquals(Optional.of(true), second.voided());
    assertEquals(Optional.of(LocalDateTime.of(2026, 12, 31, 23, 59, 59)), second.expiresAt());
    assertEquals(
        "{\"nested\":[1,2]}",
        second._additionalProperties().get("an_unknown_field").toJson(),
        "nothing is lost");
  }

  @Test
  void numericStringsAndDatesOfASubaccount() {
    server.enqueue(fixture("subaccounts_info_ok"));
    SubaccountDetails s =
        client().subaccounts().info(SubaccountInfoRequest.of("sub_1001")).subaccount();
    assertEquals(27L, s.loginCount());
    assertEquals("27", s._loginCount().asString());
    assertEquals(10L, s.maxCampaigns());
    assertEquals(Optional.of(LocalDate.of(2026, 12, 31)), s.expiresOn());
    assertEquals(Optional.of(LocalDateTime.of(2026, 3, 10, 14, 2, 11)), s.lastLogin());
    assertTrue(s.accessDashboard());
    assertEquals(
        Optional.empty(), s.accessLoyalty(), "absent optional flag: empty, never a silent false");
    assertEquals(s, s.validate());
  }

  @Test
  void malformedOrMissingRequiredValuesThrowNamingTheField() {
    SingleUseCode c = SingleUseCode.builder()
        ._createDate(WireValue.of("2026-13-45 00:00:00"))
        ._voided(WireValue.of("yes"))
        ._singleUseUrl(WireValue.of("not a uri"))
        .build();
    InvalidResponseException e = assertThrows(InvalidResponseException.class, c::createDate);
    assertEquals(
        "SingleUseCode.create_date is \"2026-13-45 00:00:00\", not a yyyy-MM-dd HH:mm:ss date-time",
        e.getMessage());
    assertThrows(
        InvalidResponseException.class, c::voided, "a malformed flag is never read as false");
    assertThrows(InvalidResponseException.class, c::singleUseUrl);
    InvalidResponseException missing = assertThrows(InvalidResponseException.class, c::sequenceId);
    assertTrue(
        missing.getMessage().contains("SingleUseCode.sequence_id is missing"),
        missing.getMessage());
    assertThrows(InvalidResponseException.class, c::validate, "validate() checks eagerly");
    assertEquals(
        Optional.empty(),
        SingleUseCode.builder()
            ._createDate(WireValue.of("0000-00-00 00:00:00"))
            .build()
            .createDate());
    assertThrows(
        InvalidResponseException.class,
        () ->
            SubaccountDetails.builder()._loginCount(WireValue.of("n/a")).build().loginCount());
  }

  @Test
  void typedSettersWriteTheWireFormat() {
    SubaccountCreateRequest r = SubaccountCreateRequest.builder()
        .email("a@example.com")
        .expiresOn(LocalDate.of(2027, 1, 2))
        .build();
    assertEquals("2027-01-02", r._expiresOn().asString());
    assertEquals(Optional.of(LocalDate.of(2027, 1, 2)), r.expiresOn());
    SingleUseCode c = SingleUseCode.builder()
        .voided(true)
        .createDate(LocalDateTime.of(2026, 1, 2, 3, 4, 5, 999))
        .build();
    assertEquals("1", c._voided().asString());
    assertEquals("2026-01-02 03:04:05", c._createDate().asString());
  }

  @Test
  void modelsAreValuesWithBuildersAndToBuilder() {
    MultipleSingleUseCreateRequest a = WireFormatTest.createMultiple();
    MultipleSingleUseCreateRequest b = a.toBuilder().amount(501).build();
    assertEquals(Optional.of(500), a.amount(), "toBuilder() leaves the original alone");
    assertEquals(Optional.of(501), b.amount());
    assertNotEquals(a, b);
    assertEquals(a, b.toBuilder().amount(500).build());
    assertEquals(a.hashCode(), b.toBuilder().amount(500).build().hashCode());
    assertEquals(b, b.toBuilder().build());
  }

  @Test
  void anUnknownEnumValueDoesNotBreakParsingAndKeepsItsWireValue() {
    server.enqueue(fixture("webhooks_verify_unknown_enum"));
    WebhookVerificationResponse r =
        client().webhooks().verify(WebhookVerificationRequest.of("evt_8f3a2b1c9d"));
    assertEquals("expired_in_2030", r.result().value());
    assertFalse(r.result().isKnown());
    assertEquals(Optional.empty(), r.result().known());
    assertEquals(
        WebhookVerificationResponse.Result.VALID, WebhookVerificationResponse.Result.of("valid"));
    assertEquals(
        Optional.of(WebhookVerificationResponse.Result.Known.VALID),
        WebhookVerificationResponse.Result.VALID.known());
    assertEquals("evt_8f3a2b1c9d", r.webhook());
  }

  @Test
  void requestEnumsHoldOnlyTheDocumentedValues() {
    assertEquals(
        List.of("NORMAL", "VOIDED", "ACTIVATED"),
        java.util.Arrays.stream(MultipleSingleUseCreateRequest.Status.values())
            .map(Enum::name)
            .collect(java.util.stream.Collectors.toList()));
    assertThrows(
        IllegalArgumentException.class, () -> MultipleSingleUseCreateRequest.Status.of("unknown"));
  }

  @Test
  void theEnvelopeIsFoundWhereverStatusIs() {
    server.enqueue(json(
        "{\"campaign\":\"cam_1\",\"action\":\"multiple_single_use_codes_created\",\"data\":[{\"single_use_code\":"
            + "\"abcdef\",\"sequence_id\":7,\"single_use_url\":\"https://x.example/p\",\"widget_validation_code\":\"abcdef\"}],"
            + "\"status\":{\"status\":\"OK\"}}"));
    assertEquals(
        7L,
        client()
            .singleUse()
            .createMultiple(MultipleSingleUseCreateRequest.of("cam_1"))
            .data()
            .get(0)
            .sequenceId());

    server.enqueue(json(
        "{\"errors\":{\"error_code\":\"502\",\"error_message_description\":\"Campaign ID not found.\"},"
            + "\"status\":{\"status\":\"failed\"}}"));
    NotFoundException e = assertThrows(
        NotFoundException.class,
        () -> client().singleUse().createMultiple(MultipleSingleUseCreateRequest.of("cam_1")));
    assertEquals("502 Campaign ID not found. (singleUse.createMultiple, HTTP 200)", e.getMessage());

    server.enqueue(
        json(
            "{\"status\":\"failed\",\"errors\":{\"error_code\":[505],\"error_message_description\":[\"Coupon session not found.\"]}}"));
    assertThrows(
        NotFoundException.class,
        () -> client().singleUse().createMultiple(MultipleSingleUseCreateRequest.of("cam_1")),
        "status as a bare string");
  }
}
