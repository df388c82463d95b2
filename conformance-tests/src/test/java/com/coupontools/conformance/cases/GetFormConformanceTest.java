package com.coupontools.conformance.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.conformance.cases.SubaccountFixtures.Credentials;
import com.coupontools.conformance.harness.Call;
import com.coupontools.conformance.harness.ConformanceCase;
import com.coupontools.conformance.harness.Encoding;
import com.coupontools.conformance.harness.TargetKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The GET forms of the two campaign reads ({@code campaign_list_get}, {@code campaign_info_get}):
 * the contract describes them for clients that read with GET, and the SDK does not send them
 * ({@code x-sdk-skip}; it sends the documented POST). So this class is the one deliberate
 * exception to "SDK only": it sends the GETs on the wire with the JDK's HTTP client, through the
 * same exchange recorder, so Prism's verdict ({@code sl-violations}) is checked as for every case.
 * A GET has no body: each case runs once per target ({@code encodings = JSON}; the form run is
 * reported as not applicable).
 */
class GetFormConformanceTest {
  /** The note of the 101 cases, which leave out the live target. */
  private static final String EXPIRED_NOTE = "101 needs an account whose expiry date has passed (the sandbox gets one"
      + " through subaccount create; none is created on a real account)";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final String DEMO_ONLY = "uses the demo data's campaign and folder";

  private record Answer(int status, JsonNode body) {
    int code() {
      JsonNode c = body.path("status").path("errors").path("error_code");
      return c.isArray() ? c.path(0).asInt() : c.asInt();
    }
  }

  private static Answer get(Call call, String pathAndQuery, String clientId, String clientSecret) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(call.baseUrl() + pathAndQuery))
        .timeout(Duration.ofSeconds(60))
        .header("X-Client-Id", clientId).header("X-Client-Secret", clientSecret)
        .GET().build();
    try {
      HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r::toString);
      return new Answer(r.statusCode(), JSON.readTree(r.body()));
    } catch (IOException e) {
      throw new AssertionError("GET " + pathAndQuery + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static Answer get(Call call, String pathAndQuery) {
    return get(call, pathAndQuery, call.clientId(), call.clientSecret());
  }

  /** The documented failure: the status the error catalogue gives the code (rpc style), the envelope, the code. */
  private static void expectError(Call call, Answer a, int code) {
    assertEquals(call.bundle().httpStatus(code, "rpc"), a.status(), a::toString);
    assertEquals("failed", a.body().path("status").path("status").asText(), a::toString);
    assertEquals(code, a.code(), a::toString);
  }

  // ---- campaign_list_get

  @ConformanceCase(encodings = Encoding.JSON, operation = "campaign_list_get")
  void list(Call call) {
    Answer a = get(call, "/v3/coupon/list?only_active=true");
    assertEquals(200, a.status(), a::toString);
    assertEquals("OK", a.body().path("status").path("status").asText());
    assertTrue(a.body().path("coupon_info").isArray(), a::toString);
  }

  @ConformanceCase(encodings = Encoding.JSON, operation = "campaign_list_get", code = 1000)
  void listWithWrongCredentials(Call call) {
    call.forceExampleOnMock("e1000_invalid_credentials");
    expectError(call, get(call, "/v3/coupon/list", "wrong-id", "wrong-secret"), 1000);
  }

  @ConformanceCase(encodings = Encoding.JSON, operation = "campaign_list_get", code = 101, targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = EXPIRED_NOTE)
  void listWithExpiredAccount(Call call) {
    Credentials expired = SubaccountFixtures.expiredCredentials(call);
    call.forceExampleOnMock("e101_account_expired");
    expectError(call, get(call, "/v3/coupon/list", expired.clientId(), expired.clientSecret()), 101);
  }

  @ConformanceCase(encodings = Encoding.JSON, operation = "campaign_list_get", code = 300)
  void listTagsTooLong(Call call) {
    call.forceExampleOnMock("e300_tags_too_long");
    expectError(call, get(call, "/v3/coupon/list?tags=" + "spring,".repeat(72)), 300);
  }

  @ConformanceCase(encodings = Encoding.JSON, operation = "campaign_list_get", code = 301)
  void listMalformedFolder(Call call) {
    call.forceExampleOnMock("e301_invalid_folder");
    expectError(call, get(call, "/v3/coupon/list?folder=spring"), 301);
  }

  @ConformanceCase(encodings = Encoding.JSON, operation = "campaign_list_get", code = 515, targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = DEMO_ONLY)
  void listUnknownFolder(Call call) {
    call.forceExampleOnMock("e515_folder_not_found");
    expectError(call, get(call, "/v3/coupon/list?folder=fol_999999"), 515);
  }

  // ---- campaign_info_get

  @ConformanceCase(encodings = Encoding.JSON, operation = "campaign_info_get", targets = {TargetKind.MOCK, TargetKind.SANDBOX}, note = DEMO_ONLY)
  void info(Call call) {
    Answer a = get(call, "/v3/coupon/info?campaign=cam_123456&show_usage_stats=true");
    assertEquals(200, a.status(), a::toString);
    assertEquals("cam_123456", a.body().path("coupon_info").path("ID").asText(), a::toString);
  }

  @ConformanceCase(encodings = Encoding.JSON, operation = "campaign_info_get", code = 1000)
  void infoWithWrongCredentials(Call call) {
    call.forceExampleOnMock("e1000_invalid_credentials");
    expectError(call, get(call, "/v3/coupon/info?campaign=cam_123456", "wrong-id", "wrong-secret"), 1000);
  }

  @ConformanceCase(encodings = Encoding.JSON, operation = "campaign_info_get", code = 101, targets = {TargetKind.MOCK, TargetKind.SANDBOX},
      note = EXPIRED_NOTE)
  void infoWithExpiredAccount(Call call) {
    Credentials expired = SubaccountFixtures.expiredCredentials(call);
    call.forceExampleOnMock("e101_account_expired");
    expectError(call, get(call, "/v3/coupon/info?campaign=cam_123456", expired.clientId(), expired.clientSecret()), 101);
  }

  @ConformanceCase(encodings = Encoding.JSON, operation = "campaign_info_get", code = 200)
  void infoWithoutCampaign(Call call) {
    call.forceExampleOnMock("e200_missing_campaign");
    Answer a = get(call, "/v3/coupon/info?show_usage_stats=true");
    expectError(call, a, 200);
    if (!call.onMock()) {
      assertEquals("Missing parameter: campaign",
          a.body().path("status").path("errors").path("error_message_description").path(0).asText());
    }
  }

  @ConformanceCase(encodings = Encoding.JSON, operation = "campaign_info_get", code = 301)
  void infoMalformedCampaign(Call call) {
    call.forceExampleOnMock("e301_invalid_campaign");
    expectError(call, get(call, "/v3/coupon/info?campaign=spring-sale"), 301);
  }

  @ConformanceCase(encodings = Encoding.JSON, operation = "campaign_info_get", code = 502)
  void infoUnknownCampaign(Call call) {
    call.forceExampleOnMock("e502_campaign_not_found");
    expectError(call, get(call, "/v3/coupon/info?campaign=cam_999999"), 502);
  }
}
