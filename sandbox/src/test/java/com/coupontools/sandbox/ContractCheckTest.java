package com.coupontools.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.coupontools.sandbox.ContractCheck.Kind;
import com.coupontools.sandbox.ContractCheck.Violation;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/** The independent check can fail: each kind of wrong response is caught, a right one passes. */
class ContractCheckTest {
  private final ContractCheck check =
      new ContractCheck(SpecBundle.INSTANCE, ContractCheck.bundleText());

  private static final String ENVELOPE = """
      {"status":{"status":"failed","errors":{"error_code":[%d],"error_message":"HTTP/1.0 422 Unprocessable entity.",
      "error_message_description":["Invalid character in parameter: campaign"]}}}""";

  private static Api.Resp resp(int status, String body) {
    return new Api.Resp(status, Headers.of(Map.of("Content-Type", "application/json")), body);
  }

  private List<Kind> kinds(String method, String path, boolean offContract, Api.Resp r) {
    return check.check(method, path, offContract, r).stream()
        .map(Violation::kind)
        .distinct()
        .toList();
  }

  @Test
  void aDocumentedErrorPasses() {
    assertEquals(
        List.of(), kinds("POST", "/v3/coupon/info", false, resp(422, ENVELOPE.formatted(301))));
  }

  @Test
  void aCodeOutsideXErrorCodesIsCaught() {
    // campaign_info documents 1000, 101, 200, 301, 502 (and, once #9 lands, 300): never 601.
    assertEquals(
        List.of(Kind.UNDOCUMENTED_CODE),
        kinds("POST", "/v3/coupon/info", false, resp(422, ENVELOPE.formatted(601))));
  }

  @Test
  void aServerErrorIsCaughtWhateverItsBody() {
    List<Kind> k = kinds("POST", "/v3/coupon/info", false, resp(500, ENVELOPE.formatted(301)));
    assertEquals(Kind.SERVER_ERROR, k.get(0));
    assertEquals(true, k.contains(Kind.UNDEFINED_STATUS), k.toString()); // and 500 is not defined
  }

  @Test
  void aStatusTheOperationDoesNotDefineIsCaught() {
    assertEquals(
        List.of(Kind.UNDEFINED_STATUS),
        kinds("POST", "/v3/coupon/info", false, resp(400, ENVELOPE.formatted(301))));
  }

  @Test
  void aBodyItsSchemaRefusesIsCaught() {
    assertEquals(
        List.of(Kind.INVALID_BODY),
        kinds(
            "POST",
            "/v3/coupon/info",
            false,
            resp(200, "{\"status\":{\"status\":\"OK\"}}"))); // coupon_info is required
    assertEquals(
        List.of(Kind.INVALID_BODY),
        kinds(
            "POST",
            "/v3/coupon/info",
            false,
            new Api.Resp(422, Headers.of(Map.of("Content-Type", "text/html")), "<h1>422</h1>")));
  }

  @Test
  void anUndefinedPathOrMethodIsCaughtUnlessSentOnPurpose() {
    String envelope = ENVELOPE.formatted(300);
    assertEquals(
        List.of(Kind.UNDEFINED_OPERATION),
        kinds("POST", "/v3/nothing", false, resp(404, envelope)));
    assertEquals(
        List.of(Kind.UNDEFINED_OPERATION),
        kinds("DELETE", "/v3/coupon/info", false, resp(405, envelope)));
    assertEquals(List.of(), kinds("POST", "/v3/nothing", true, resp(404, envelope)));
    // On purpose or not, the answer must still be the envelope.
    assertEquals(
        List.of(Kind.INVALID_BODY),
        kinds(
            "OPTIONS",
            "*",
            true,
            new Api.Resp(
                404, Headers.of(Map.of("Content-Type", "text/html")), "<h1>404 Not Found</h1>")));
  }

  @Test
  void verifyFailsTheTest() {
    assertThrows(
        AssertionError.class,
        () -> check.verify("POST", "/v3/coupon/info", false, resp(422, ENVELOPE.formatted(601))));
    assertEquals(
        Map.of(
            "5xx",
            0L,
            "invalid-body",
            0L,
            "undefined-operation",
            0L,
            "undefined-status",
            0L,
            "undocumented-code",
            1L),
        check.counts());
  }
}
