package com.coupontools.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.sandbox.Api.Creds;
import com.coupontools.sandbox.Api.Resp;
import com.coupontools.testsupport.Bundle;
import com.coupontools.testsupport.Bundle.Op;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input on every operation never gives a 5xx or anything but the documented envelope:
 * malformed and binary bodies, wrong content types, oversized bodies, wrong types and SQL / HTML
 * / control characters in every parameter. A seeded quarter of the well-formed cases go through
 * Prism, whose response check must stay clean. Seeded, so a failure repeats.
 */
@ExtendWith(Env.Extension.class)
class FuzzTest {
  private static final long SEED = Long.getLong("fuzz.seed", 20261125L);
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final List<String> NASTY = List.of(
      "' OR '1'='1",
      "\"; DROP TABLE sessions; --",
      "1; DELETE FROM accounts",
      "<script>alert(1)</script>",
      "<img src=x onerror=alert(1)>",
      "%00",
      "\u0000",
      "a\u0000b",
      "😀🎟️",
      "\u202eevil",
      "../../etc/passwd",
      "${jndi:ldap://x/a}",
      "{{7*7}}",
      "\\",
      "\r\n\r\nX-Injected: 1",
      " ",
      "cam_123456\n",
      "null",
      "-1",
      "99999999999999999999999999",
      "0x1F",
      "1e5",
      "٣٤٥",
      "ＣＡＭ＿１２３",
      "x".repeat(10_000));
  private static final List<JsonNode> WRONG_TYPES = List.of(
      F.nullNode(),
      F.booleanNode(true),
      F.numberNode(1.5),
      F.numberNode(-1),
      F.numberNode(Long.MAX_VALUE),
      F.numberNode(new java.math.BigInteger("123456789012345678901234567890")),
      F.textNode(""),
      F.arrayNode(),
      F.objectNode(),
      F.arrayNode().add(F.arrayNode()),
      F.objectNode().put("$gt", ""),
      F.numberNode(0));

  private static final List<String> LOG = new ArrayList<>();
  private final Env env;

  FuzzTest(Env env) {
    this.env = env;
  }

  /** Log records at WARNING or above while the fuzz runs: bad input is an expected 4xx, never a warning. */
  private static final List<java.util.logging.LogRecord> WARNINGS =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  private static final java.util.logging.Handler CAPTURE = new java.util.logging.Handler() {
    @Override
    public void publish(java.util.logging.LogRecord r) {
      if (r.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
        WARNINGS.add(r);
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  @BeforeAll
  static void reset() {
    LOG.clear();
    WARNINGS.clear();
    java.util.logging.Logger.getLogger("").addHandler(CAPTURE);
  }

  /**
   * One response of {@code op}: below 500; a success, or the error body of the operation's style
   * with a catalogued code, the catalogue's status for it, and a sentence without a stack trace.
   */
  private static void check(Op op, String what, Resp r) {
    LOG.add(r.status() + " " + what);
    if (ContractCheck.REPORT_ONLY) {
      return; // counting what an older sandbox does (ContractCheck), not failing
    }
    assertTrue(r.status() < 500, () -> what + " → " + r);
    if (r.status() == 405 || (r.status() == 404 || r.status() == 400) && r.code() == 300) {
      return; // the HTTP layer's answers (unknown path, other method, not HTTP), checked by
      // ContractCheck
    }
    if (r.status() == op.successStatus()) {
      assertTrue(r.succeeded(op), () -> what + " → " + r);
      return;
    }
    if (!op.rest()) {
      assertEquals(
          "failed", r.json().path("status").path("status").asText(), () -> what + " → " + r);
    }
    int code = r.code();
    assertTrue(SpecBundle.INSTANCE.catalogued(code), () -> what + " → " + r);
    assertEquals(
        SpecBundle.INSTANCE.httpStatus(code, op.style()), r.status(), () -> what + " → " + r);
    assertTrue(
        r.description().length() > 0
            && !r.text().contains("Exception")
            && !r.text().contains("\tat "),
        () -> what + " → " + r);
  }

  /** Where an operation's first example goes (path and query), for requests built by hand. */
  private static String pathOf(Op op) {
    return Api.target(op, Bundle.copy(op.firstExample())).pathAndQuery();
  }

  @Test
  void malformedBinaryAndMistypedBodiesOnEveryOperation() {
    Random rnd = new Random(SEED);
    List<byte[]> bodies = new ArrayList<>();
    for (String s : List.of(
        "{",
        "{\"campaign\":",
        "[]",
        "\"text\"",
        "null",
        "{\"a\":1}}",
        "{\"a\":1,}",
        "\uFEFF{}",
        "{\"campaign\":1e999}",
        "{\"campaign\":\"cam_1\",\"campaign\":\"cam_2\"}",
        "a=%zz&b=%E0%A4%A",
        "=&&==",
        "campaign[]=1&campaign[]=2",
        "{\"campaign\":\"\\ud800\"}",
        "{\"amount\":-0.0}")) {
      bodies.add(s.getBytes(StandardCharsets.UTF_8));
    }
    bodies.add("[".repeat(200_000).getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < 6; i++) {
      byte[] b = new byte[1 + rnd.nextInt(4096)];
      rnd.nextBytes(b);
      bodies.add(b);
    }
    List<String> types = new ArrayList<>(List.of(
        "application/json",
        "application/x-www-form-urlencoded",
        "text/plain",
        "multipart/form-data; boundary=x",
        "application/xml",
        "application/octet-stream",
        "application/json; charset=iso-8859-1",
        "application/vnd.api+json",
        "garbage/;;;"));
    types.add(null);
    for (Op op : SpecBundle.INSTANCE.ops()) {
      if (!op.body()) {
        continue; // no body (and OkHttp sends none on a GET); queryStringsOnEveryOperation covers
        // it
      }
      for (byte[] body : bodies) {
        String type = types.get(rnd.nextInt(types.size()));
        Resp r = env.direct.send(op.method(), pathOf(op), type, body, Creds.DEMO, Map.of());
        check(op, op.id() + " body[" + body.length + "] as " + type, r);
      }
    }
  }

  @Test
  void oversizedBodiesGetTheEnvelope() {
    byte[] big =
        ("{\"campaign\":\"" + "1".repeat(2 << 20) + "\"}").getBytes(StandardCharsets.UTF_8);
    for (String id :
        List.of("multiplesingleuse_create", "campaign_info", "v4_loyalty_stats_bulk")) {
      Op op = SpecBundle.INSTANCE.op(id);
      Resp r =
          env.direct.send(op.method(), pathOf(op), "application/json", big, Creds.DEMO, Map.of());
      check(op, "2 MiB body", r);
      assertEquals(300, r.code());
    }
  }

  @Test
  void anOversizedChunkedBodyWithoutLengthGetsTheEnvelope() throws Exception {
    okhttp3.RequestBody chunked = new okhttp3.RequestBody() {
      @Override
      public okhttp3.MediaType contentType() {
        return okhttp3.MediaType.get("application/x-www-form-urlencoded");
      }

      @Override
      public long contentLength() {
        return -1; // Transfer-Encoding: chunked
      }

      @Override
      public void writeTo(okio.BufferedSink sink) throws java.io.IOException {
        sink.writeUtf8("campaign=");
        for (int i = 0; i < 3 * 1024; i++) {
          sink.writeUtf8("1".repeat(1024));
        }
      }
    };
    okhttp3.Request req = new okhttp3.Request.Builder()
        .url(env.direct.base() + "/v3/coupon/info")
        .header("X-Client-Id", Creds.DEMO.id())
        .header("X-Client-Secret", Creds.DEMO.secret())
        .post(chunked)
        .build();
    try (okhttp3.Response resp = new okhttp3.OkHttpClient().newCall(req).execute()) {
      Resp r = new Resp(resp.code(), resp.headers(), resp.body().string());
      ContractCheck.INSTANCE.verify("POST", "/v3/coupon/info", false, r);
      check(SpecBundle.INSTANCE.op("campaign_info"), "3 MiB chunked body", r);
      assertEquals(300, r.code());
    }
  }

  @Test
  void wrongTypesAndMetacharactersInEveryParameter() {
    Random rnd = new Random(SEED + 1);
    int sent = 0;
    for (Op op : SpecBundle.INSTANCE.ops()) {
      List<String> params = new ArrayList<>(op.params().keySet());
      params.add("client_id"); // also in the credential fields
      params.add("unknown_field");
      for (String p : params) {
        List<JsonNode> values = new ArrayList<>(WRONG_TYPES);
        NASTY.forEach(s -> values.add(F.textNode(s)));
        for (JsonNode v : values) {
          ObjectNode body = Bundle.copy(op.firstExample());
          body.set(p, v);
          boolean form = op.form() && rnd.nextInt(4) == 0;
          // A seeded quarter is checked by Prism; not an empty path segment, which Prism's router
          // resolves on its own (the sandbox answers it as an unknown path).
          boolean emptySegment =
              "path".equals(op.in().get(p)) && v.isTextual() && v.asText().isEmpty();
          // Nor a NUL in a path segment, which the HTTP layer refuses before any operation (400).
          boolean nulSegment =
              "path".equals(op.in().get(p)) && v.isTextual() && v.asText().indexOf('\0') >= 0;
          Api api = rnd.nextInt(4) == 0 && !emptySegment && !nulSegment ? env.prism : env.direct;
          Resp r = api.call(op, body, Creds.DEMO, form);
          check(
              op,
              op.id() + " " + p + "=" + Api.abbreviate(v.toString()) + (form ? " (form)" : ""),
              r);
          assertEquals(List.of(), r.responseViolations(), r::toString);
          sent++;
        }
      }
    }
    assertTrue(sent > 3000, "fuzz cases: " + sent);
  }

  /** JSON number literals at and beyond the limits of long and double, exponents, -0, huge digit strings. */
  private static final List<String> NUMBERS = List.of(
      "9223372036854775807",
      "9223372036854775808",
      "-9223372036854775808",
      "-9223372036854775809",
      "2147483648",
      "-2147483649",
      "18446744073709551616",
      "1.7976931348623157e308",
      "1e309",
      "1e400",
      "-1e400",
      "4.9e-324",
      "1e-400",
      "1E+2",
      "1e2",
      "2.0",
      "1.5",
      "-0",
      "-0.0",
      "0e0",
      "0.0000000000000000000000000000001",
      "1e999999999",
      "1" + "0".repeat(400),
      "9".repeat(999),
      "9".repeat(1001));

  @Test
  void numbersAtAndBeyondTheLimitsInEveryParameter() {
    Random rnd = new Random(SEED + 2);
    int sent = 0;
    for (Op op : SpecBundle.INSTANCE.ops()) {
      for (Map.Entry<String, JsonNode> p : op.params().entrySet()) {
        String type = p.getValue().path("type").asText("string");
        boolean numeric = type.equals("integer") || type.equals("number") || type.equals("boolean");
        // Every literal on numeric parameters; a seeded few on the others (IDs, strings, lists).
        List<String> literals = numeric
            ? NUMBERS
            : List.of(
                NUMBERS.get(rnd.nextInt(NUMBERS.size())), NUMBERS.get(rnd.nextInt(NUMBERS.size())));
        for (String n : literals) {
          ObjectNode body = Bundle.copy(op.firstExample());
          if (op.isGet() || !"body".equals(op.in().get(p.getKey()))) {
            // In the path or the query string a number is text.
            body.put(p.getKey(), n);
            check(
                op,
                op.id() + " " + p.getKey() + "=" + Api.abbreviate(n) + " ("
                    + op.in().get(p.getKey()) + ")",
                env.direct.call(op, body, Creds.DEMO, false));
            sent++;
            continue;
          }
          body.put(p.getKey(), "__NUMBER__");
          Api.Target t = Api.target(op, body);
          String json = t.body().toString().replace("\"__NUMBER__\"", n);
          Resp r = env.direct.send(
              op.method(),
              t.pathAndQuery(),
              "application/json",
              json.getBytes(StandardCharsets.UTF_8),
              Creds.DEMO,
              Map.of());
          check(op, op.id() + " " + p.getKey() + "=" + Api.abbreviate(n), r);
          sent++;
          if (op.form()) {
            body.put(p.getKey(), n); // the same digits as a form value (text)
            Resp f = env.direct.call(op, body, Creds.DEMO, true);
            check(op, op.id() + " " + p.getKey() + "=" + Api.abbreviate(n) + " (form)", f);
            sent++;
          }
        }
      }
    }
    assertTrue(sent > 500, "number cases: " + sent);
  }

  /** Invalid UTF-8: overlong '/', lone continuation, 0xFF, truncated sequence, an encoded surrogate. */
  private static final List<byte[]> BAD_UTF8 = List.of(
      new byte[] {(byte) 0xC0, (byte) 0xAF},
      new byte[] {(byte) 0x80},
      new byte[] {(byte) 0xFF},
      new byte[] {(byte) 0xE2, (byte) 0x82},
      new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80});

  @Test
  void invalidUtf8InJsonStringsAndFormValuesOfEveryParameter() {
    Random rnd = new Random(SEED + 3);
    for (Op op : SpecBundle.INSTANCE.ops()) {
      List<String> params = new ArrayList<>(op.params().keySet());
      params.add("client_id");
      for (String p : params) {
        byte[] bad = BAD_UTF8.get(rnd.nextInt(BAD_UTF8.size()));
        ObjectNode body = Bundle.copy(op.firstExample());
        body.put(p, "x__BAD__y");
        Api.Target t = Api.target(op, body);
        String target =
            t.pathAndQuery().replace("__BAD__", percent(bad)); // in the path or the query string
        if (!op.body()) {
          check(
              op,
              op.id() + " " + p + " with invalid UTF-8 (" + op.in().getOrDefault(p, "query") + ")",
              env.direct.send(op.method(), target, null, null, Creds.DEMO, Map.of()));
          continue;
        }
        byte[] json = t.body().toString().contains("__BAD__")
            ? splice(t.body().toString(), "__BAD__", bad)
            : t.body().toString().getBytes(StandardCharsets.UTF_8);
        Resp r =
            env.direct.send(op.method(), target, "application/json", json, Creds.DEMO, Map.of());
        check(op, op.id() + " " + p + " with invalid UTF-8 (json)", r);
        if (op.form()) {
          String form = Api.formEncode(formOf(body)).replace("__BAD__", percent(bad));
          Resp f = env.direct.send(
              op.method(),
              target,
              "application/x-www-form-urlencoded",
              form.getBytes(StandardCharsets.US_ASCII),
              Creds.DEMO,
              Map.of());
          check(op, op.id() + " " + p + " with invalid UTF-8 (form)", f);
        }
      }
    }
  }

  private static String percent(byte[] bytes) {
    StringBuilder pct = new StringBuilder();
    for (byte b : bytes) {
      pct.append(String.format("%%%02X", b & 0xff));
    }
    return pct.toString();
  }

  private static byte[] splice(String text, String marker, byte[] bytes) {
    int i = text.indexOf(marker);
    byte[] head = text.substring(0, i).getBytes(StandardCharsets.UTF_8);
    byte[] tail = text.substring(i + marker.length()).getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[head.length + bytes.length + tail.length];
    System.arraycopy(head, 0, out, 0, head.length);
    System.arraycopy(bytes, 0, out, head.length, bytes.length);
    System.arraycopy(tail, 0, out, head.length + bytes.length, tail.length);
    return out;
  }

  /** Query strings the URL parser accepts, on every operation (the POST forms read only the body). */
  private static final List<String> QUERIES = List.of(
      "campaign=cam_123456",
      "a=%C0%AF",
      "%FF=1",
      "x=" + "y".repeat(4000),
      "&&==&",
      "page=1e400",
      "campaign[]=1&campaign[]=2",
      "client_id=x&client_secret=y",
      "a=%00",
      "show_usage_stats=maybe",
      "pagination[page]=0",
      "pagination[per_page]=101",
      "pagination=2",
      "pagination[page]=%C0%AF",
      "filter[search]=ab",
      "filter[search]=%00%00%00",
      "include_voided=maybe",
      "pagination[page]=1e400&pagination[page]=2");

  @Test
  void queryStringsOnEveryOperation() {
    for (Op op : SpecBundle.INSTANCE.ops()) {
      Api.Target t = Api.target(op, Bundle.copy(op.firstExample()));
      String path = op.isGet() ? t.pathAndQuery().split("\\?", 2)[0] : t.pathAndQuery();
      for (String q : QUERIES) {
        String target = path + (path.contains("?") ? "&" : "?") + q;
        Resp r = !op.body()
            ? env.direct.send(op.method(), target, null, null, Creds.DEMO, Map.of())
            : env.direct.send(
                op.method(),
                target,
                "application/json",
                t.body().toString().getBytes(StandardCharsets.UTF_8),
                Creds.DEMO,
                Map.of());
        check(op, op.id() + " ?" + Api.abbreviate(q), r);
      }
    }
  }

  private static Map<String, Object> formOf(ObjectNode body) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    body.fields()
        .forEachRemaining(e -> m.put(
            e.getKey(),
            e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
    return m;
  }

  @AfterAll
  static void theSeedSurvivedAndNothingWas5xx(Env env) {
    java.util.logging.Logger.getLogger("").removeHandler(CAPTURE);
    assertEquals(
        List.of(),
        WARNINGS.stream()
            .map(r -> r.getLevel() + " " + r.getLoggerName() + ": " + r.getMessage()
                + (r.getThrown() == null ? "" : " (" + r.getThrown() + ")"))
            .toList(),
        "warnings logged for bad input");
    // SQL in parameters changed nothing it should not: the seeded session and accounts are there.
    assertTrue(env.direct
        .post("/v3/couponsession/data", Map.of("couponsession", "c9is0j8ht9lgmxg9edn58"))
        .ok());
    assertTrue(env.direct.post("/v4/subaccount/list", Map.of()).ok());
    long fivexx = LOG.stream().filter(l -> l.startsWith("5")).count();
    assertEquals(0, fivexx);
    Set<String> missing = env.sandbox.missingResponseFields();
    assertEquals(Set.of(), missing);
  }
}
