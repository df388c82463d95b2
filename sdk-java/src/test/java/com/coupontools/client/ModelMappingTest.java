package com.coupontools.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.model.MultipleSingleUseCreateRequest;
import com.coupontools.model.SingleUseCode;
import com.coupontools.model.SubaccountCreateRequest;
import com.coupontools.model.SubaccountDetails;
import com.coupontools.model.SubaccountInfoRequest;
import com.coupontools.model.WebhookVerificationRequest;
import com.coupontools.model.WebhookVerificationResponse;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** x-coupontools-type flags, numbers and dates as Java types; the wire string stays reachable; unknown enums parse. */
class ModelMappingTest extends ClientTestSupport {

  @Test
  void flagsDatesAndUrisOfSingleUseCodes() {
    server.enqueue(fixture("single_use_create_multiple_ok"));
    List<SingleUseCode> codes = client().singleUse().createMultiple(MultipleSingleUseCreateRequest.of("cam_123456")).getData();

    SingleUseCode first = codes.get(0);
    assertFalse(first.voided());
    assertEquals("0", first.getVoided());
    assertNull(first.expirydate(), "an empty datetime is null");
    assertEquals("", first.getExpirydate());
    assertEquals(LocalDateTime.of(2026, 3, 14, 9, 26, 53), first.createDate());
    assertEquals(URI.create("https://digicpn.com/p/ab12cd/3k9x2m7q4w8e1r5t6y0u2"), first.singleUseUrl());
    assertEquals(1001L, first.getSequenceId());

    SingleUseCode second = codes.get(1);
    assertTrue(second.voided());
    assertEquals(LocalDateTime.of(2026, 12, 31, 23, 59, 59), second.expirydate());
  }

  @Test
  void numericStringsAndDatesOfASubaccount() {
    server.enqueue(fixture("subaccounts_info_ok"));
    SubaccountDetails s = client().subaccounts().info(SubaccountInfoRequest.of("sub_1001")).getSubaccount();
    assertEquals(27L, s.amountlogin());
    assertEquals("27", s.getAmountlogin());
    assertEquals(10L, s.maxCampaigns());
    assertEquals(LocalDate.of(2026, 12, 31), s.expiryDate());
    assertEquals(LocalDateTime.of(2026, 3, 10, 14, 2, 11), s.lastlogin());
    assertEquals(Boolean.TRUE, s.getAccessDashboard());
  }

  @Test
  void malformedWireValuesReadAsNullInsteadOfFailing() {
    SingleUseCode c = new SingleUseCode().createDate("0000-00-00 00:00:00").voided("").singleUseUrl("not a uri");
    assertNull(c.createDate());
    assertFalse(c.voided());
    assertNull(c.singleUseUrl());
    assertNull(new SubaccountDetails().amountlogin("n/a").amountlogin());
  }

  @Test
  void typedSettersWriteTheWireFormat() {
    SubaccountCreateRequest r = SubaccountCreateRequest.of("a@example.com").expiryDate(LocalDate.of(2027, 1, 2));
    assertEquals("2027-01-02", r.getExpiryDate());
    SingleUseCode c = new SingleUseCode().voided(true).createDate(LocalDateTime.of(2026, 1, 2, 3, 4, 5, 999));
    assertEquals("1", c.getVoided());
    assertEquals("2026-01-02 03:04:05", c.getCreateDate());
  }

  @Test
  void anUnknownEnumValueDoesNotBreakParsing() {
    server.enqueue(fixture("webhooks_verify_unknown_enum"));
    WebhookVerificationResponse r = client().webhooks().verify(WebhookVerificationRequest.of("evt_8f3a2b1c9d"));
    assertEquals(WebhookVerificationResponse.ResultEnum.UNKNOWN_DEFAULT_OPEN_API, r.getResult());
    assertEquals("evt_8f3a2b1c9d", r.getWebhook());
  }

  @Test
  void theEnvelopeIsFoundWhereverStatusIs() {
    // status last, after the data: the decoder buffers only what precedes it
    server.enqueue(json("{\"campaign\":\"cam_1\",\"action\":\"multiple_single_use_codes_created\",\"data\":[{\"single_use_code\":"
        + "\"abcdef\",\"sequence_id\":7,\"single_use_url\":\"https://x.example/p\",\"widget_validation_code\":\"abcdef\"}],"
        + "\"status\":{\"status\":\"OK\"}}"));
    assertEquals(7L, client().singleUse().createMultiple(MultipleSingleUseCreateRequest.of("cam_1")).getData().get(0).getSequenceId());

    server.enqueue(json("{\"errors\":{\"error_code\":\"502\",\"error_message_description\":\"Campaign ID not found.\"},"
        + "\"status\":{\"status\":\"failed\"}}"));
    com.coupontools.errors.NotFoundException e = org.junit.jupiter.api.Assertions.assertThrows(
        com.coupontools.errors.NotFoundException.class,
        () -> client().singleUse().createMultiple(MultipleSingleUseCreateRequest.of("cam_1")));
    assertEquals("502 Campaign ID not found. (multiplesingleuse_create)", e.getMessage());
  }
}
