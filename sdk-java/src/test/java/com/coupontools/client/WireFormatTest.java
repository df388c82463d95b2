package com.coupontools.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.api.CampaignListRequest;
import com.coupontools.api.CouponSessionUpdateMultipleRequest;
import com.coupontools.api.MultipleSingleUseCreateRequest;
import com.coupontools.api.MultipleSingleUseCreateResponse;
import com.coupontools.api.SingleUseCreateRequest;
import java.time.LocalDateTime;
import java.util.List;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** What goes on the wire: path, method, both auth headers, JSON and form bodies, nothing unset. */
class WireFormatTest extends ClientTestSupport {

  static MultipleSingleUseCreateRequest createMultiple() {
    return MultipleSingleUseCreateRequest.builder()
        .campaign("cam_123456")
        .amount(500)
        .status(MultipleSingleUseCreateRequest.Status.ACTIVATED)
        .automatedCodes(true)
        .codePrefix("SPRING 2026&")
        .codeLength(12)
        .codeType(MultipleSingleUseCreateRequest.CodeType.ALPHANUMERIC)
        .build();
  }

  @Test
  void jsonIsTheDefaultEncoding() throws Exception {
    server.enqueue(fixture("single_use_create_multiple_ok"));
    MultipleSingleUseCreateResponse r = client().singleUse().createMultiple(createMultiple());

    RecordedRequest req = take();
    assertEquals("POST", req.getMethod());
    assertEquals("/v3/multiplesingleuse/create", req.getPath());
    assertEquals("application/json", req.getHeader("Content-Type"));
    assertEquals(
        "{\"campaign\":\"cam_123456\",\"amount\":500,\"status\":\"activated\",\"automated_codes\":true,"
            + "\"code_prefix\":\"SPRING 2026&\",\"code_length\":12,\"code_type\":\"alphanumeric\"}",
        req.getBody().readUtf8());
    assertEquals(2, r.data().size());
  }

  @Test
  void bothCredentialHeadersOnEveryCall() throws Exception {
    server.enqueue(
        json("{\"status\":{\"status\":\"OK\"},\"amount_of_results\":\"0\",\"coupon_info\":[]}"));
    client().campaigns().list();
    RecordedRequest req = take();
    assertEquals(CLIENT_ID, req.getHeader("X-Client-Id"));
    assertEquals(SECRET, req.getHeader("X-Client-Secret"));
    assertEquals("application/json", req.getHeader("Accept"));
    assertTrue(req.getHeader("User-Agent").startsWith("coupontools-java/"));
  }

  @Test
  void formEncodingUsesTheSameFieldsInTheSameOrder() throws Exception {
    server.enqueue(fixture("single_use_create_multiple_ok"));
    builder().bodyEncoding(BodyEncoding.FORM).build().singleUse().createMultiple(createMultiple());
    RecordedRequest req = take();
    assertEquals("application/x-www-form-urlencoded; charset=UTF-8", req.getHeader("Content-Type"));
    assertEquals(
        "campaign=cam_123456&amount=500&status=activated&automated_codes=true"
            + "&code_prefix=SPRING+2026%26&code_length=12&code_type=alphanumeric",
        req.getBody().readUtf8());
  }

  @Test
  void listsExplodeInForms() throws Exception {
    server.enqueue(
        json(
            "{\"status\":{\"status\":\"OK\"},\"action\":\"x\",\"amount_of_results\":\"0\",\"data\":[]}"));
    builder()
        .bodyEncoding(BodyEncoding.FORM)
        .build()
        .couponSessions()
        .updateMultiple(CouponSessionUpdateMultipleRequest.builder()
            .couponSessions(List.of("aaaaaa", "bbbbbb"))
            .status(CouponSessionUpdateMultipleRequest.Status.VOID)
            .build());
    assertEquals(
        "couponsessions=aaaaaa&couponsessions=bbbbbb&status=void",
        take().getBody().readUtf8());
  }

  @Test
  void unsetFieldsAndServerDefaultsAreNotSent() throws Exception {
    server.enqueue(json("{\"status\":{\"status\":\"OK\"},\"coupon_info\":[]}"));
    client().campaigns().list(CampaignListRequest.builder().build());
    assertEquals(
        "{}", take().getBody().readUtf8(), "only_active has a default, which the server applies");

    server.enqueue(json("{\"status\":{\"status\":\"OK\"},\"coupon_info\":[]}"));
    client().campaigns().list();
    assertEquals("{}", take().getBody().readUtf8(), "the no-argument overload sends an empty body");

    server.enqueue(fixture("single_use_create_multiple_ok"));
    client().singleUse().createMultiple(MultipleSingleUseCreateRequest.of("cam_1"));
    assertEquals(
        "{\"campaign\":\"cam_1\"}",
        take().getBody().readUtf8(),
        "no status:normal the caller never set");
  }

  @Test
  void typedValuesGoOutInTheirWireFormAndRawValuesAsGiven() throws Exception {
    server.enqueue(
        json(
            "{\"status\":{\"status\":\"OK\"},\"campaign\":\"cam_1\",\"action\":\"x\",\"single_use_code\":\"abcdef\","
                + "\"single_use_url\":\"https://x/y\",\"widget_validation_code\":\"abcdef\",\"custom_validation_code\":\"\",\"customid\":\"\"}"));
    client()
        .singleUse()
        .create(SingleUseCreateRequest.builder()
            .campaign("cam_1")
            .expiresAt(LocalDateTime.of(2026, 12, 31, 23, 59, 59, 999))
            .autoValidationCode(SingleUseCreateRequest.AutoValidationCode.EIGHT_DIGITS)
            ._email(WireValue.of("not checked here"))
            .putAdditionalProperty("utm_extra", WireValue.of(7))
            .build());
    assertEquals(
        "{\"campaign\":\"cam_1\",\"email\":\"not checked here\",\"autovalcode\":\"8digits\","
            + "\"expiry_date\":\"2026-12-31 23:59:59\",\"utm_extra\":7}",
        take().getBody().readUtf8());
  }

  @Test
  void rawResponsesCarryStatusHeadersAndRequestId() throws Exception {
    server.enqueue(json("{\"status\":{\"status\":\"OK\"},\"coupon_info\":[]}")
        .setHeader("X-Request-Id", "req_42"));
    RawResponse<?> raw = client().campaigns().withRawResponse().list();
    assertEquals(200, raw.statusCode());
    assertEquals("req_42", raw.requestId().orElseThrow());
    assertEquals("application/json", raw.header("content-type"));
    assertNotNull(raw.body());
  }
}
