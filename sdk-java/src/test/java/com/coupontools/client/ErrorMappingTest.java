package com.coupontools.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.api.CampaignInfoRequest;
import com.coupontools.api.MultipleSingleUseCreateRequest;
import com.coupontools.errors.ApiException;
import com.coupontools.errors.AuthenticationException;
import com.coupontools.errors.InvalidParameterException;
import com.coupontools.errors.InvalidResponseException;
import com.coupontools.errors.LimitException;
import com.coupontools.errors.MissingParameterException;
import com.coupontools.errors.NotFoundException;
import com.coupontools.errors.TransportException;
import java.net.ServerSocket;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;

/** One test per error family and envelope variant; the body decides, not the HTTP status. */
class ErrorMappingTest extends ClientTestSupport {

  private ApiException infoFails(MockResponse response) {
    server.enqueue(response);
    return assertThrows(
        ApiException.class, () -> client().campaigns().info(CampaignInfoRequest.of("cam_999999")));
  }

  @Test
  void authenticationWithScalarCodeInsideStatus() {
    ApiException e = infoFails(fixture("error_1000_scalar_code")
        .setResponseCode(401)
        .setHeader("X-Request-Id", "req_8f3a"));
    assertTrue(e instanceof AuthenticationException);
    assertEquals(1000, e.code());
    assertEquals(401, e.httpStatus());
    assertEquals(
        "1000 Invalid login credentials. (campaigns.info, HTTP 401, request req_8f3a)",
        e.getMessage());
    assertEquals("campaign_info", e.operation());
    assertEquals("req_8f3a", e.requestId().orElseThrow());
  }

  @Test
  void accountExpiredIsAuthentication() {
    ApiException e = infoFails(fixture("error_101_account_expired").setResponseCode(401));
    assertTrue(e instanceof AuthenticationException);
    assertEquals("101 Your account has expired. (campaigns.info, HTTP 401)", e.getMessage());
    assertFalse(e.requestId().isPresent());
  }

  @Test
  void missingParameterNamesIt() {
    ApiException e = infoFails(fixture("error_200_missing_campaign").setResponseCode(422));
    assertTrue(e instanceof MissingParameterException);
    assertEquals("campaign", e.parameter());
    assertEquals("Missing parameter: campaign", e.description());
  }

  @Test
  void invalidParameterNamesIt() {
    ApiException e = infoFails(fixture("error_301_invalid_amount").setResponseCode(422));
    assertTrue(e instanceof InvalidParameterException);
    assertEquals(301, e.code());
    assertEquals("amount", e.parameter());
    assertEquals("HTTP/1.0 422 Unprocessable entity.", e.errorMessage());
  }

  @Test
  void notFoundWithErrorsBesideStatusAndHttp200() {
    // the "send single push" variant, and a server that answers 200: the envelope still wins
    ApiException e = infoFails(fixture("error_502_top_level_errors"));
    assertTrue(e instanceof NotFoundException);
    assertEquals(200, e.httpStatus());
    assertEquals(List.of(502), e.codes());
    assertEquals("502 Campaign ID not found. (campaigns.info, HTTP 200)", e.getMessage());
    assertNull(e.parameter());
  }

  @Test
  void limitFamily() {
    server.enqueue(fixture("error_601_low_on_codes").setResponseCode(422));
    ApiException e = assertThrows(
        LimitException.class,
        () -> client()
            .singleUse()
            .createMultiple(MultipleSingleUseCreateRequest.builder()
                .campaign("cam_1")
                .amount(100000)
                .build()));
    assertEquals(601, e.code());
    assertEquals("multiplesingleuse_create", e.operation());
  }

  @Test
  void severalCodesAreListedWithTheirDescriptions() {
    ApiException e =
        infoFails(json("{\"status\":{\"status\":\"failed\",\"errors\":{\"error_code\":[200,301],"
                + "\"error_message\":\"HTTP/1.0 422 Unprocessable entity.\",\"error_message_description\":"
                + "[\"Missing parameter: campaign\",\"Invalid character in parameter: page\"]}}}")
            .setResponseCode(422));
    assertTrue(e instanceof MissingParameterException);
    assertEquals(
        "200 Missing parameter: campaign; 301 Invalid character in parameter: page (campaigns.info, HTTP 422)",
        e.getMessage());
  }

  @Test
  void anHttpErrorWithoutEnvelopeIsAnApiExceptionWithCodeZero() {
    ApiException e =
        infoFails(new MockResponse().setResponseCode(500).setBody("<html>Internal error</html>"));
    assertEquals(ApiException.class, e.getClass());
    assertEquals(0, e.code());
    assertEquals(500, e.httpStatus());
    assertEquals("HTTP 500 (no error description) (campaigns.info, HTTP 500)", e.getMessage());
  }

  @Test
  void withoutACodeOnlyAStatusOneFamilyOwnsDecides() {
    // The catalogue's statuses: 401 only authentication, 404 only not-found (REST); 422 is shared.
    assertEquals(
        AuthenticationException.class,
        infoFails(new MockResponse().setResponseCode(401)).getClass());
    assertEquals(
        NotFoundException.class,
        infoFails(new MockResponse().setResponseCode(404)).getClass());
    assertEquals(
        ApiException.class, infoFails(new MockResponse().setResponseCode(422)).getClass());
    // A bare 403 (a gateway's) is authentication: an HTTP fact the contract does not list.
    assertEquals(
        AuthenticationException.class,
        infoFails(new MockResponse().setResponseCode(403)).getClass());
  }

  @Test
  void aCodeInAFamilysRangeTakesItsException() {
    // Families are ranges in the catalogue: 250 is a missing-parameter code though no page lists
    // it.
    ApiException e =
        infoFails(json("{\"status\":{\"status\":\"failed\",\"errors\":{\"error_code\":250,"
                + "\"error_message_description\":[\"Missing parameter: campaign\"]}}}")
            .setResponseCode(422));
    assertEquals(MissingParameterException.class, e.getClass());
    assertEquals(
        ApiException.class,
        infoFails(json("{\"status\":{\"status\":\"failed\",\"errors\":{\"error_code\":350}}}")
                .setResponseCode(422))
            .getClass());
  }

  @Test
  void problemJsonDetailIsKept() {
    ApiException e = infoFails(new MockResponse()
        .setResponseCode(422)
        .setHeader("Content-Type", "application/problem+json")
        .setBody(
            "{\"type\":\"https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY\",\"title\":\"Invalid request\","
                + "\"status\":422,\"detail\":\"Your request is not valid\"}"));
    assertEquals(
        "HTTP 422 Invalid request Your request is not valid (campaigns.info, HTTP 422)",
        e.getMessage());
  }

  @Test
  void undecodableBodyIsInvalidResponse() {
    server.enqueue(json("{\"status\":{\"status\":\"OK\"},\"coupon_info\": [unquoted"));
    InvalidResponseException e = assertThrows(
        InvalidResponseException.class,
        () -> client().campaigns().info(CampaignInfoRequest.of("cam_1")));
    assertEquals(200, e.httpStatus());
    assertEquals("campaign_info", e.operation());

    server.enqueue(new MockResponse().setBody("<html>maintenance</html>"));
    assertThrows(
        InvalidResponseException.class,
        () -> client().campaigns().info(CampaignInfoRequest.of("cam_1")));
    server.enqueue(json("[1, 2]"));
    InvalidResponseException array = assertThrows(
        InvalidResponseException.class,
        () -> client().campaigns().info(CampaignInfoRequest.of("cam_1")));
    assertTrue(array.getMessage().contains("expected a JSON object"), array.getMessage());
  }

  @Test
  void connectionRefusedIsTransportNotSent() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    TransportException e = assertThrows(
        TransportException.class,
        () -> builder()
            .baseUrl("http://127.0.0.1:" + port)
            .maxRetries(1)
            .build()
            .campaigns()
            .info(CampaignInfoRequest.of("cam_1")));
    assertFalse(e.requestSent());
    assertEquals("campaign_info", e.operation());
    assertEquals(1, sleeps.size(), "a request that was never sent is retried");
  }
}
