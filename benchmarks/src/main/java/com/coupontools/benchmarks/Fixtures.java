package com.coupontools.benchmarks;

import com.coupontools.api.MultipleSingleUseCreateRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Deterministic request and response bodies shaped like the spec's multiplesingleuse/create example. */
public final class Fixtures {
  public static final String CLIENT_ID = "bench-client-id";
  public static final String SECRET = "bench-client-secret-0123456789";
  public static final String PATH = "/v3/multiplesingleuse/create";

  private Fixtures() {}

  /** Jackson as a user without the SDK would configure it: the raw baseline. */
  public static com.fasterxml.jackson.databind.ObjectMapper plainMapper() {
    return new com.fasterxml.jackson.databind.ObjectMapper()
        .configure(
            com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
            false);
  }

  public static MultipleSingleUseCreateRequest sdkRequest() {
    return MultipleSingleUseCreateRequest.builder()
        .campaign("cam_123456")
        .amount(2)
        .status(MultipleSingleUseCreateRequest.Status.ACTIVATED)
        .automatedCodes(true)
        .codePrefix("SPRING-")
        .codeLength(12)
        .codeType(MultipleSingleUseCreateRequest.CodeType.ALPHANUMERIC)
        .build();
  }

  /** The same request as a plain class, for the raw baselines (Jackson databind writes it). */
  public static RawModels.CreateMultipleRequest rawRequest() {
    RawModels.CreateMultipleRequest r = new RawModels.CreateMultipleRequest();
    r.campaign = "cam_123456";
    r.amount = 2;
    r.status = "activated";
    r.automated_codes = true;
    r.code_prefix = "SPRING-";
    r.code_length = 12;
    r.code_type = "alphanumeric";
    return r;
  }

  public static com.coupontools.stock.model.MultipleSingleUseCreateRequest stockRequest() {
    return new com.coupontools.stock.model.MultipleSingleUseCreateRequest()
        .campaign("cam_123456")
        .amount(2)
        .status(com.coupontools.stock.model.MultipleSingleUseCreateRequest.StatusEnum.ACTIVATED)
        .automatedCodes(true)
        .codePrefix("SPRING-")
        .codeLength(12)
        .codeType(
            com.coupontools.stock.model.MultipleSingleUseCreateRequest.CodeTypeEnum.ALPHANUMERIC);
  }

  /** A create-multiple response with {@code n} codes (n = 100,000 gives ~27 MB). */
  public static byte[] createMultipleResponse(int n) {
    StringBuilder b = new StringBuilder(n * 280 + 200);
    b.append(
        "{\"status\":{\"status\":\"OK\"},\"campaign\":\"cam_123456\",\"action\":\"multiple_single_use_codes_created\",\"data\":[");
    for (int i = 0; i < n; i++) {
      String code = code(i, 21);
      b.append(i == 0 ? "" : ",")
          .append("{\"single_use_code\":\"")
          .append(code)
          .append("\",\"sequence_id\":")
          .append(1001 + i)
          .append(",\"single_use_url\":\"https://digicpn.com/p/ab12cd/")
          .append(code)
          .append("\",\"widget_validation_code\":\"")
          .append(code, 0, 6)
          .append("\",\"custom_validation_code\":\"SPRING-")
          .append(code(i * 7 + 3, 12).toUpperCase())
          .append(
              "\",\"expirydate\":\"\",\"create_date\":\"2026-03-14 09:26:53\",\"voided\":\"0\"}");
    }
    return b.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The same body on disk, for child JVMs that must not hold the generator's buffers. */
  public static Path createMultipleFile(int n) throws IOException {
    Path p = Path.of("target", "bench", "createmultiple-" + n + ".json");
    if (!Files.exists(p)) {
      Files.createDirectories(p.getParent());
      Files.write(p, createMultipleResponse(n));
    }
    return p;
  }

  private static String code(long seed, int length) {
    String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    StringBuilder s = new StringBuilder(length);
    long x = seed * 6364136223846793005L + 1442695040888963407L;
    for (int i = 0; i < length; i++) {
      x ^= x >>> 33;
      x *= 0xff51afd7ed558ccdL;
      s.append(alphabet.charAt((int) Long.remainderUnsigned(x, alphabet.length())));
    }
    return s.toString();
  }
}
