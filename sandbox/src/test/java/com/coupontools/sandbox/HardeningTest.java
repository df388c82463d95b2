package com.coupontools.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.sandbox.Api.Creds;
import com.coupontools.sandbox.Api.Resp;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The defects issue #9 found with an independent validator, a fuzzer and real clients, one
 * reproducing request each (every test here failed before its fix). Data-directory locking is
 * in {@link DataDirLockTest}, the unmodified examples in {@link ConformanceTest}.
 */
@ExtendWith(Env.Extension.class)
class HardeningTest {
  private final Env env;
  private final Api api;

  HardeningTest(Env env) {
    this.env = env;
    this.api = env.direct;
  }

  private Resp json(String path, String body) {
    return api.send(
        "POST",
        path,
        "application/json",
        body.getBytes(StandardCharsets.UTF_8),
        Creds.DEMO,
        Map.of());
  }

  // ---- 1. integers beyond the double range

  @Test
  void integersBeyondTheRangeOfLongAndDoubleAre301NamingTheParameter() {
    Map<String, String> bodies = Map.of(
        "/v3/campaign/data page", "{\"campaign\":\"cam_123456\",\"page\":%s}",
        "/v3/multiplesingleuse/create amount", "{\"campaign\":\"cam_123457\",\"amount\":%s}",
        "/v3/multiplesingleuse/create code_length",
            "{\"campaign\":\"cam_123457\",\"amount\":1,\"code_length\":%s}",
        "/v3/loyaltyusers/update points",
            "{\"loyaltycard\":\"loy_5522\",\"user\":\"lus_90003\",\"points\":%s}",
        "/v3/loyaltyusers/update stamps",
            "{\"loyaltycard\":\"loy_5521\",\"user\":\"lus_90001\",\"stamps\":%s}");
    for (Map.Entry<String, String> e : bodies.entrySet()) {
      String path = e.getKey().split(" ")[0];
      String param = e.getKey().split(" ")[1];
      for (String n : List.of(
          "1e400",
          "-1e400",
          "1e309",
          "9223372036854775808",
          "-9223372036854775809",
          "1e999999999",
          "1e-400",
          "2.5")) {
        Resp r = json(path, e.getValue().formatted(n));
        assertEquals(422, r.status(), () -> path + " " + param + "=" + n + ": " + r);
        assertEquals(301, r.code(), () -> path + " " + param + "=" + n + ": " + r);
        assertTrue(r.description().contains(param), () -> path + " " + param + "=" + n + ": " + r);
      }
    }
  }

  // ---- 7. GET reads (the contract's campaign_list_get / campaign_info_get)

  @Test
  void campaignListAndInfoAnswerGetLikeThePostForm() {
    Resp list = api.send(
        "GET", "/v3/coupon/list?only_active=true&folder=fol_12", null, null, Creds.DEMO, Map.of());
    assertEquals(200, list.status(), list::toString);
    assertEquals(
        api.post("/v3/coupon/list", Map.of("only_active", true, "folder", "fol_12"))
            .json(),
        list.json());
    Resp info = api.send(
        "GET",
        "/v3/coupon/info?campaign=cam_123456&show_usage_stats=true",
        null,
        null,
        Creds.DEMO,
        Map.of());
    assertEquals(200, info.status(), info::toString);
    assertEquals(
        api.post("/v3/coupon/info", Map.of("campaign", "cam_123456", "show_usage_stats", true))
            .json(),
        info.json());
    // The same rules as the POST form, from the same schemas.
    Resp missing = api.send("GET", "/v3/coupon/info", null, null, Creds.DEMO, Map.of());
    assertEquals(200, missing.code(), missing::toString);
    assertEquals("Missing parameter: campaign", missing.description());
    assertEquals(
        301,
        api.send("GET", "/v3/coupon/info?campaign=cam_12x", null, null, Creds.DEMO, Map.of())
            .code());
    assertEquals(
        502,
        api.send("GET", "/v3/coupon/info?campaign=cam_999999", null, null, Creds.DEMO, Map.of())
            .code());
    assertEquals(
        515,
        api.send("GET", "/v3/coupon/list?folder=fol_999", null, null, Creds.DEMO, Map.of())
            .code());
    assertEquals(
        1000,
        api.send("GET", "/v3/coupon/list", null, null, Creds.NONE, Map.of()).code());
    // A value that is not UTF-8 once percent-decoded is a bad character in that parameter.
    Resp bad = api.send("GET", "/v3/coupon/list?tags=%C0%AF", null, null, Creds.DEMO, Map.of());
    assertEquals(301, bad.code(), bad::toString);
    assertEquals("Invalid character in parameter: tags", bad.description());
    // Other methods still get 405, now naming both.
    Resp put = api.offContract()
        .send("PUT", "/v3/coupon/info", "application/json", new byte[0], Creds.DEMO, Map.of());
    assertEquals(405, put.status());
    assertEquals("GET, POST", put.headers().get("Allow"));
  }

  // ---- 4. invalid UTF-8 is refused and nothing is stored

  private static byte[] bytes(String head, byte[] middle, String tail) {
    byte[] h = head.getBytes(StandardCharsets.UTF_8);
    byte[] t = tail.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[h.length + middle.length + t.length];
    System.arraycopy(h, 0, out, 0, h.length);
    System.arraycopy(middle, 0, out, h.length, middle.length);
    System.arraycopy(t, 0, out, h.length + middle.length, t.length);
    return out;
  }

  private int sessionsWithEmail(String email) {
    Resp r = api.post("/v3/couponsession/search", Map.of("email", email));
    assertTrue(r.ok(), r::toString);
    return r.json().path("amount_of_results").asInt();
  }

  @Test
  void invalidUtf8InAJsonStringOrAFormValueIs300AndCreatesNothing() {
    String email = Fixtures.unique("utf8") + "@example.com";
    byte[] overlongSlash = {(byte) 0xC0, (byte) 0xAF};
    Resp json = api.send(
        "POST",
        "/v3/singleuse/create",
        "application/json",
        bytes(
            "{\"campaign\":\"cam_123456\",\"email\":\"" + email + "\",\"firstname\":\"x",
            overlongSlash,
            "y\"}"),
        Creds.DEMO,
        Map.of());
    assertEquals(422, json.status(), json::toString);
    assertEquals(300, json.code());
    assertEquals("Invalid request body: not valid UTF-8 text.", json.description());
    Resp surrogate = json(
        "/v3/singleuse/create",
        "{\"campaign\":\"cam_123456\",\"email\":\"" + email + "\",\"firstname\":\"x\\ud800y\"}");
    assertEquals(300, surrogate.code(), surrogate::toString);
    Resp form = api.send(
        "POST",
        "/v3/singleuse/create",
        "application/x-www-form-urlencoded",
        ("campaign=cam_123456&email=" + email.replace("@", "%40") + "&firstname=%C0%AF%FF")
            .getBytes(StandardCharsets.US_ASCII),
        Creds.DEMO,
        Map.of());
    assertEquals(300, form.code(), form::toString);
    assertEquals("Invalid request body: not valid UTF-8 text.", form.description());
    assertEquals(0, sessionsWithEmail(email));

    String subEmail = Fixtures.unique("utf8sub") + "@example.com";
    Resp sub = api.send(
        "POST",
        "/v4/subaccount/create",
        "application/x-www-form-urlencoded",
        ("email=" + subEmail.replace("@", "%40") + "&first_name=%C0%AF%FF")
            .getBytes(StandardCharsets.US_ASCII),
        Creds.DEMO,
        Map.of());
    assertEquals(300, sub.code(), sub::toString);
    assertTrue(!api.post("/v4/subaccount/list", Map.of()).text().contains(subEmail));
  }

  // ---- 13. credentials match exactly

  private Resp bodyCredentials(String id, String secret) {
    String body = "{\"client_id\":" + Api.JSON.getNodeFactory().textNode(id) + ",\"client_secret\":"
        + Api.JSON.getNodeFactory().textNode(secret) + "}";
    return api.send(
        "POST",
        "/v3/coupon/list",
        "application/json",
        body.getBytes(StandardCharsets.UTF_8),
        Creds.NONE,
        Map.of());
  }

  @Test
  void credentialsMatchExactlyAfterHttpWhitespaceAndOnlyOnce() {
    String id = Creds.DEMO.id();
    String secret = Creds.DEMO.secret();
    assertTrue(bodyCredentials(id, secret).ok());
    // SP and HTAB around a value are HTTP whitespace, not part of it.
    assertTrue(bodyCredentials(" " + id + "\t", "\t" + secret + " ").ok());
    // Any other control character, before, inside or after, is another value: 1000.
    for (String c : List.of("\u0000", "\u0001", "\r", "\n", "\u001f", "\u007f")) {
      assertEquals(
          1000, bodyCredentials(id, secret + c).code(), () -> "secret + " + (int) c.charAt(0));
      assertEquals(1000, bodyCredentials(c + id, secret).code(), () -> (int) c.charAt(0) + " + id");
      assertEquals(
          1000,
          bodyCredentials(id, secret.substring(0, 3) + c + secret.substring(3)).code());
    }
    // A credential header sent twice is 1000, whichever copy is right (no guessing which counts).
    for (List<String> twice :
        List.of(List.of(secret, "wrong"), List.of("wrong", secret), List.of(secret, secret))) {
      okhttp3.Request.Builder b = new okhttp3.Request.Builder()
          .url(api.base() + "/v3/coupon/list")
          .header("X-Client-Id", id)
          .post(okhttp3.RequestBody.create(new byte[0], null));
      twice.forEach(v -> b.addHeader("X-Client-Secret", v));
      assertEquals(1000, raw(b.build(), "/v3/coupon/list").code(), twice::toString);
    }
    okhttp3.Request twoIds = new okhttp3.Request.Builder()
        .url(api.base() + "/v3/coupon/list")
        .addHeader("X-Client-Id", id)
        .addHeader("X-Client-Id", id)
        .header("X-Client-Secret", secret)
        .post(okhttp3.RequestBody.create(new byte[0], null))
        .build();
    assertEquals(1000, raw(twoIds, "/v3/coupon/list").code());
  }

  private static Resp raw(okhttp3.Request request, String path) {
    try (okhttp3.Response r = new okhttp3.OkHttpClient().newCall(request).execute()) {
      Resp out = new Resp(r.code(), r.headers(), r.body().string());
      ContractCheck.INSTANCE.verify(request.method(), path, false, out);
      return out;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
