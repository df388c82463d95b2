package com.coupontools.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.model.CouponSessionUpdateMultipleRequest;
import com.coupontools.model.MultipleSingleUseCreateRequest;
import com.coupontools.model.MultipleSingleUseCreateResponse;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** What goes on the wire: path, method, both auth headers, JSON and form bodies. */
class WireFormatTest extends ClientTestSupport {

  private static MultipleSingleUseCreateRequest createMultiple() {
    return MultipleSingleUseCreateRequest.of("cam_123456")
        .amount(500)
        .status(MultipleSingleUseCreateRequest.StatusEnum.ACTIVATED)
        .automatedCodes(true)
        .codePrefix("SPRING 2026&")
        .codeLength(12)
        .codeType(MultipleSingleUseCreateRequest.CodeTypeEnum.ALPHANUMERIC);
  }

  @Test
  void jsonIsTheDefaultEncoding() throws Exception {
    server.enqueue(fixture("single_use_create_multiple_ok"));
    MultipleSingleUseCreateResponse r = client().singleUse().createMultiple(createMultiple());

    RecordedRequest req = take();
    assertEquals("POST", req.getMethod());
    assertEquals("/v3/multiplesingleuse/create", req.getPath());
    assertEquals("application/json", req.getHeader("Content-Type"));
    assertEquals("{\"campaign\":\"cam_123456\",\"amount\":500,\"status\":\"activated\",\"automated_codes\":true,"
        + "\"code_prefix\":\"SPRING 2026&\",\"code_length\":12,\"code_type\":\"alphanumeric\"}", req.getBody().readUtf8());
    assertEquals(2, r.getData().size());
  }

  @Test
  void formEncodingGoesOnTheWireAsUrlencoded() throws Exception {
    server.enqueue(fixture("single_use_create_multiple_ok"));
    builder().bodyEncoding(BodyEncoding.FORM).build().singleUse().createMultiple(createMultiple());

    RecordedRequest req = take();
    assertEquals("application/x-www-form-urlencoded; charset=UTF-8", req.getHeader("Content-Type"));
    assertEquals("campaign=cam_123456&amount=500&status=activated&automated_codes=true"
        + "&code_prefix=SPRING+2026%26&code_length=12&code_type=alphanumeric", req.getBody().readUtf8());
  }

  @Test
  void formListsRepeatTheFieldAndNullsAreLeftOut() throws Exception {
    server.enqueue(json("{\"status\":{\"status\":\"OK\"},\"couponsessions\":[]}"));
    builder().bodyEncoding(BodyEncoding.FORM).build().couponSessions().updateMultiple(
        CouponSessionUpdateMultipleRequest.of(List.of("ujzde8gxd6ncf10epf91d", "c9is0j8ht9lgmxg9edn58"))
            .status(CouponSessionUpdateMultipleRequest.StatusEnum.VALIDATE));

    assertEquals("couponsessions=ujzde8gxd6ncf10epf91d&couponsessions=c9is0j8ht9lgmxg9edn58&status=validate",
        take().getBody().readUtf8());
  }

  @Test
  void anEmptyRequestSendsAnEmptyObjectOrForm() throws Exception {
    server.enqueue(json("{\"status\":{\"status\":\"OK\"},\"amount_of_subaccounts\":\"0\",\"subaccounts\":[]}"));
    server.enqueue(json("{\"status\":{\"status\":\"OK\"},\"amount_of_subaccounts\":\"0\",\"subaccounts\":[]}"));
    server.enqueue(json("{\"status\":{\"status\":\"OK\"},\"campaigns\":[]}"));

    assertNotNull(client().subaccounts().list());
    assertEquals("{}", take().getBody().readUtf8());

    builder().bodyEncoding(BodyEncoding.FORM).build().subaccounts().list(null);
    RecordedRequest form = take();
    assertEquals("", form.getBody().readUtf8());
    assertEquals("application/x-www-form-urlencoded; charset=UTF-8", form.getHeader("Content-Type"));

    client().campaigns().list(); // an optional model body: the model's spec defaults
    assertEquals("{\"only_active\":false}", take().getBody().readUtf8());
  }

  @Test
  void freeFormBodiesTakeExtraParameters() throws Exception {
    server.enqueue(json("{\"status\":{\"status\":\"OK\"},\"amount_of_subaccounts\":\"0\",\"subaccounts\":[]}"));
    client().subaccounts().list(Map.of("page", 2));
    assertEquals("{\"page\":2}", take().getBody().readUtf8());
  }

  @Test
  void bothCredentialHeadersGoOnEveryCallIncludingRetries() throws Exception {
    server.enqueue(new okhttp3.mockwebserver.MockResponse().setResponseCode(503));
    server.enqueue(fixture("single_use_create_multiple_ok"));
    server.enqueue(json("{\"status\":{\"status\":\"OK\"},\"amount_of_subaccounts\":\"0\",\"subaccounts\":[]}"));
    server.enqueue(json("{\"status\":{\"status\":\"OK\"},\"amount_of_subaccounts\":\"0\",\"subaccounts\":[]}"));
    CoupontoolsClient client = client();
    client.singleUse().createMultiple(createMultiple());
    client.subaccounts().list();
    builder().bodyEncoding(BodyEncoding.FORM).build().subaccounts().list();

    assertEquals(4, server.getRequestCount());
    for (int i = 0; i < 4; i++) {
      RecordedRequest req = take();
      assertEquals(CLIENT_ID, req.getHeader("X-Client-Id"), "X-Client-Id on request " + i);
      assertEquals(SECRET, req.getHeader("X-Client-Secret"), "X-Client-Secret on request " + i);
      assertTrue(req.getHeader("User-Agent").startsWith("coupontools-java/"));
    }
  }

  @Test
  void rawResponsesCarryStatusAndHeaders() {
    server.enqueue(fixture("single_use_create_multiple_ok").setHeader("X-Request-Id", "req-42"));
    RawResponse<MultipleSingleUseCreateResponse> r =
        client().withRawResponse().singleUse().createMultiple(createMultiple());
    assertEquals(200, r.statusCode());
    assertEquals("req-42", r.header("x-request-id"));
    assertEquals("cam_123456", r.body().getCampaign());
  }
}
