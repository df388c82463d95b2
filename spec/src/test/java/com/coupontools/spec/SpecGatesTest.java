package com.coupontools.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves each gate can fail: a copy of the spec with one deliberate defect must be rejected by
 * Spectral (with the rule that guards it) or by Swagger Parser. The clean spec passes both.
 */
@Execution(ExecutionMode.CONCURRENT) // each case lints its own copy in its own temp dir
class SpecGatesTest {

  static final Path SPEC = Path.of(System.getProperty("spec.dir", "."));
  static final String EXEMPLAR = "resources/single_use/multiplesingleuse_create.yml";

  @TempDir
  Path tmp;

  @Test
  void cleanSpecPassesSpectral() {
    Result r = spectral(SPEC);
    assertEquals(0, r.exit, r.output);
  }

  @Test
  void cleanBundlePassesSwaggerParser() {
    assertEquals(List.of(), SpecValidator.messages(Path.of(System.getProperty("spec.bundle"))));
  }

  static Stream<Arguments> defects() {
    return Stream.of(
        Arguments.of(
            "operationId differs from its file name",
            "operationId: multiplesingleuse_create",
            "operationId: singleuse_create_many",
            "ct-operation-id-is-file-name"),
        Arguments.of(
            "x-doc-status missing", "x-doc-status: documented\n", "\n", "ct-doc-status-required"),
        Arguments.of(
            "x-doc-source missing",
            "x-doc-source: https://www.coupontools.com/en/api-and-webhooks/create_multiple_single_use\n",
            "\n",
            "ct-doc-source"),
        Arguments.of(
            "form body listed before JSON",
            "application/json:\n        schema:\n          $ref: ./models/MultipleSingleUseCreateRequest.yml",
            "application/xml:\n        schema:\n          $ref: ./models/MultipleSingleUseCreateRequest.yml",
            "ct-request-json-first"),
        Arguments.of(
            "error code without an example",
            "x-error-codes: [1000, 101, 200,",
            "x-error-codes: [1000, 101, 200, 515,",
            "ct-error-responses-use-envelope"),
        Arguments.of(
            "security with one header only",
            "  - ClientId: []\n      ClientSecret: []",
            "  - ClientId: []",
            "ct-security-both-headers"),
        Arguments.of("a non-numeric minimum", "minimum: 1\n", "minimum: one\n", "minimum"),
        Arguments.of("x-api-style missing", "  x-api-style: rpc\n", "", "ct-api-style"),
        Arguments.of(
            "an rpc operation as GET",
            "post:\n  operationId:",
            "get:\n  operationId:",
            "ct-operation-style"),
        Arguments.of(
            "a body operation without the unreadable-body code",
            "x-error-codes: [1000, 101, 200, 300,",
            "x-error-codes: [1000, 101, 200,",
            "ct-unreadable-body-documented"),
        Arguments.of(
            "a body operation without the shared unreadable-body example",
            "            e300_unreadable_body:\n              $ref: ../../shared/examples/errors/e300_unreadable_body.yml\n",
            "",
            "ct-unreadable-body-documented"),
        Arguments.of(
            "the unreadable-body example written inline instead of shared",
            "$ref: ../../shared/examples/errors/e300_unreadable_body.yml",
            "$ref: ../../shared/examples/errors/e300_tags_too_long.yml",
            "ct-unreadable-body-documented"));
  }

  /** The GET form of a read: named <file>_get, skipped by SDKs, no body. */
  static Stream<Arguments> getFormDefects() {
    return Stream.of(
        Arguments.of(
            "a GET form not named <file>_get",
            "operationId: campaign_list_get",
            "operationId: campaign_list_read",
            "ct-operation-id-is-file-name"),
        Arguments.of(
            "a GET form the SDKs would generate",
            "x-sdk-skip: true",
            "x-sdk-skip: false",
            "ct-get-is-sdk-skip"),
        Arguments.of(
            "a GET without its POST",
            "post:\n  operationId: campaign_list\n",
            "put:\n  operationId: campaign_list\n",
            "ct-operation-style"));
  }

  @Test
  void spectralRejectsAWebhookWithoutItsProvenance() throws IOException {
    Path copy =
        copyWith("resources/webhooks/events/coupon_voided.yml", "x-doc-status: inferred\n", "\n");
    Result r = spectral(copy);
    assertNotEquals(0, r.exit, r.output);
    assertTrue(r.output.contains("ct-webhook-provenance"), r.output);
  }

  @ParameterizedTest(name = "Spectral rejects: {0}")
  @MethodSource("getFormDefects")
  void spectralRejectsEachGetFormDefect(String what, String from, String to, String expected)
      throws IOException {
    Path copy = copyWith("resources/campaigns/campaign_list.yml", from, to);
    Result r = lint(copy, expected);
    assertNotEquals(0, r.exit, what + " was not rejected:\n" + r.output);
    assertTrue(
        r.output.contains(expected),
        what + ": expected a " + expected + " finding in\n" + r.output);
  }

  @ParameterizedTest(name = "Spectral rejects: {0}")
  @MethodSource("defects")
  void spectralRejectsEachDefect(String what, String from, String to, String expected)
      throws IOException {
    Path copy = copyWith(EXEMPLAR, from, to);
    Result r = lint(copy, expected);
    assertNotEquals(0, r.exit, what + " was not rejected:\n" + r.output);
    assertTrue(
        r.output.contains(expected),
        what + ": expected a " + expected + " finding in\n" + r.output);
  }

  static final String REST_GET = "resources/directories/v4_directory_user_get.yml";
  static final String REST_CREATE = "resources/directories/v4_directory_user_create.yml";
  static final String CATALOGUE = "shared/error-catalogue.yml";

  /** Defects of the v4 REST operations (x-api-style: rest), the error catalogue and the contract extensions, each in a named file. */
  static Stream<Arguments> restDefects() {
    return Stream.of(
        Arguments.of(
            "rest operation without the X-Client-Id alternative",
            REST_GET,
            "    - ClientId: []\n      ClientSecret: []\n",
            "",
            "ct-rest-security-alternatives"),
        Arguments.of(
            "rest body also as a form",
            REST_CREATE,
            "        examples:\n          full:",
            "        examples:\n          full:\n            $ref: ./examples/v4_directory_user_create_request.yml\n"
                + "      application/x-www-form-urlencoded:\n        schema:\n"
                + "          $ref: ./models/DirectoryUserV4CreateRequest.yml\n        examples:\n          full:",
            "ct-rest-request-json-only"),
        Arguments.of(
            "a GET with a request body",
            REST_GET,
            "  responses:\n",
            "  requestBody:\n    content:\n      application/json:\n        schema:\n"
                + "          $ref: ./models/DirectoryUserV4UpdateRequest.yml\n        examples:\n          block:\n"
                + "            $ref: ./examples/v4_directory_user_update_request.yml\n  responses:\n",
            "ct-rest-no-body-on-get-delete"),
        Arguments.of(
            "a rest operation with two success statuses",
            REST_CREATE,
            "    '201':",
            "    '200':\n      $ref: ../../shared/responses/RestUnauthorized.yml\n    '201':",
            "ct-rest-responses"),
        Arguments.of(
            "a rest operation with an undesigned error status",
            REST_GET,
            "    '404':",
            "    '400':",
            "ct-rest-responses"),
        Arguments.of(
            "a rest error response with the v3 envelope",
            REST_GET,
            "            $ref: ../../shared/models/RestError.yml\n          examples:\n            e507_directory_not_found:",
            "            $ref: ../../shared/models/ErrorEnvelope.yml\n          examples:\n            e507_directory_not_found:",
            "ct-error-responses-use-envelope"),
        Arguments.of(
            "a rest error code without an example",
            REST_GET,
            "x-error-codes: [1000, 101, 301, 507]",
            "x-error-codes: [1000, 101, 300, 301, 507]",
            "ct-error-responses-use-envelope"),
        Arguments.of(
            "a rest operation outside /v4",
            "openapi.yaml",
            "  /v4/directory/{directoryId}/users/{userId}:",
            "  /v3/directory/{directoryId}/users/{userId}:",
            "ct-operation-style"),
        Arguments.of(
            "a rest operation as PUT",
            "resources/directories/paths/v4_directory_user.yml",
            "post:\n  $ref: ../v4_directory_user_update.yml#/post",
            "put:\n  $ref: ../v4_directory_user_update.yml#/post",
            "ct-operation-style"),
        Arguments.of(
            "an rpc operation with a path template",
            "openapi.yaml",
            "  /v3/loyalty/info:",
            "  /v3/loyalty/{loyaltycard}/info:",
            "ct-operation-style"),
        // the error catalogue (x-error-catalogue) and the contract extensions
        Arguments.of(
            "an x-error-codes entry the catalogue lacks",
            EXEMPLAR,
            "x-error-codes: [1000, 101, 200,",
            "x-error-codes: [1000, 101, 200, 598,",
            "ct-error-catalogue"),
        Arguments.of(
            "an rpc error example under a REST status",
            EXEMPLAR,
            "    '422':",
            "    '404':",
            "ct-error-catalogue"),
        Arguments.of(
            "a rest not-found example under 422",
            REST_GET,
            "            e301_invalid_directory_id:\n              $ref: ../../shared/examples/rest_errors/rest_e301_invalid_directory_id.yml\n"
                + "            e301_invalid_user_id:",
            "            e301_invalid_directory_id:\n              $ref: ../../shared/examples/rest_errors/rest_e301_invalid_directory_id.yml\n"
                + "            e507_directory_not_found:\n              $ref: ../../shared/examples/rest_errors/rest_e507_directory_not_found.yml\n"
                + "            e301_invalid_user_id:",
            "ct-error-catalogue"),
        Arguments.of(
            "a catalogued code outside its family's range",
            CATALOGUE,
            "code: 514, family: not-found",
            "code: 514, family: limit",
            "ct-error-catalogue"),
        Arguments.of(
            "a constraint mapped to an uncatalogued code",
            CATALOGUE,
            "      code: 305\n",
            "      code: 306\n",
            "ct-error-catalogue"),
        Arguments.of(
            "a credential property without x-secret",
            "resources/subaccounts/models/SubaccountSsoToken.yml",
            "    x-secret: true\n",
            "",
            "ct-contract-extensions"),
        Arguments.of(
            "a secret header without x-secret",
            "openapi.yaml",
            "      x-body-field: client_secret\n      x-secret: true\n",
            "      x-body-field: client_secret\n",
            "ct-contract-extensions"),
        Arguments.of(
            "x-required-when naming an unknown property",
            "resources/single_use/models/MultipleSingleUseCreateRequest.yml",
            "required: [code_length, code_type]",
            "required: [code_length, code_kind]",
            "ct-contract-extensions"),
        Arguments.of(
            "x-required-any-of naming a missing example",
            "resources/loyalty_cards/models/LoyaltyUsersUpdateRequest.yml",
            "error-example: e200_missing_loyalty_change",
            "error-example: e200_missing_loyalty_changes",
            "ct-contract-extensions"),
        Arguments.of(
            "x-unique naming a missing example",
            "resources/loyalty_cards/models/LoyaltyUsersCreateRequest.yml",
            "error-example: e304_email_exists",
            "error-example: e304_email_taken",
            "ct-contract-extensions"),
        Arguments.of(
            "x-unique without its scope",
            "resources/directories/models/DirectoryUserV4CreateRequest.yml",
            "      within: the directory\n",
            "",
            "ct-contract-extensions"),
        Arguments.of(
            "a rest body operation with the rpc unreadable-body example",
            REST_CREATE,
            "$ref: ../../shared/examples/rest_errors/rest_e300_unreadable_body.yml",
            "$ref: ../../shared/examples/errors/e300_unreadable_body.yml",
            "ct-unreadable-body-documented"),
        Arguments.of(
            "a rest GET with a query parameter but as a form",
            REST_GET,
            "  x-api-style: rest",
            "  x-api-style: rpc",
            "ct-operation-style"),
        Arguments.of(
            "x-boolean-alias giving a value outside the enum",
            "resources/single_use/models/SingleUseCreateRequest.yml",
            "first-present-of: [email, phone, customid]",
            "first-present-of: [email, phone, custom_id]",
            "ct-contract-extensions"));
  }

  @ParameterizedTest(name = "Spectral rejects: {0}")
  @MethodSource("restDefects")
  void spectralRejectsEachRestDefect(
      String what, String file, String from, String to, String expected) throws IOException {
    Path copy = copyWith(file, from, to);
    Result r = lint(copy, expected);
    assertNotEquals(0, r.exit, what + " was not rejected:\n" + r.output);
    assertTrue(
        r.output.contains(expected),
        what + ": expected a " + expected + " finding in\n" + r.output);
  }

  @Test
  void bundlingRejectsABrokenReference() throws IOException {
    Path copy = copyWith(
        EXEMPLAR,
        "$ref: ./models/MultipleSingleUseCreateResponse.yml",
        "$ref: ./models/NoSuchModel.yml");
    Result r = run(
        "redocly",
        "bundle",
        copy.resolve("openapi.yaml").toString(),
        "-o",
        tmp.resolve("b.yaml").toString());
    assertNotEquals(0, r.exit, r.output);
    assertTrue(r.output.contains("NoSuchModel"), r.output);
  }

  @Test
  void swaggerParserRejectsAResponseWithoutDescription() throws IOException {
    Path copy = copyWith(
        EXEMPLAR, "description: The codes were created;", "summary: The codes were created;");
    Path bundle = tmp.resolve("b.yaml");
    Result r =
        run("redocly", "bundle", copy.resolve("openapi.yaml").toString(), "-o", bundle.toString());
    assertEquals(0, r.exit, r.output);
    List<String> messages = SpecValidator.messages(bundle);
    assertTrue(messages.stream().anyMatch(m -> m.contains("description")), messages.toString());
  }

  /** Copies the spec sources into a temp dir, replacing `from` by `to` in one file (which must contain it). */
  private Path copyWith(String file, String from, String to) throws IOException {
    Path copy = tmp.resolve("spec");
    try (Stream<Path> walk = Files.walk(SPEC)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path rel = SPEC.relativize(p);
        if (rel.startsWith("target") || rel.startsWith("src")) continue;
        Path dest = copy.resolve(rel.toString());
        if (Files.isDirectory(p)) Files.createDirectories(dest);
        else Files.copy(p, dest);
      }
    }
    Path target = copy.resolve(file);
    String text = Files.readString(target);
    if (!text.contains(from)) {
      // also look inside the file's models (the defect may live there)
      Path model = copy.resolve("resources/single_use/models/SingleUseCode.yml");
      String m = Files.readString(model);
      assertTrue(
          m.contains(from),
          "test setup: neither " + file + " nor SingleUseCode.yml contains " + from);
      Files.writeString(model, m.replace(from, to));
    } else {
      Files.writeString(
          target,
          text.replaceFirst(
              java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    }
    return copy;
  }

  record Result(int exit, String output) {}

  /**
   * Lints a defective copy: a project rule (ct-…) is proven with the project's rules alone
   * (spectral:oas off, a third less work per case); any other finding with the whole ruleset.
   */
  static Result lint(Path specDir, String expectedRule) throws IOException {
    if (!expectedRule.startsWith("ct-")) return spectral(specDir);
    String ruleset = Files.readString(specDir.resolve(".spectral.yml"));
    String extendsLine = "extends: [\"spectral:oas\"]";
    assertTrue(
        ruleset.contains(extendsLine), "test setup: .spectral.yml no longer reads " + extendsLine);
    Path own = specDir.resolve(".spectral-own-rules.yml");
    Files.writeString(own, ruleset.replace(extendsLine, "extends: [[\"spectral:oas\", \"off\"]]"));
    return run(
        "spectral",
        "lint",
        "--ruleset",
        own.toString(),
        "--fail-severity",
        "error",
        "-D",
        specDir.resolve("openapi.yaml").toString());
  }

  static Result spectral(Path specDir) {
    return run(
        "spectral",
        "lint",
        "--ruleset",
        specDir.resolve(".spectral.yml").toString(),
        "--fail-severity",
        "error",
        "-D",
        specDir.resolve("openapi.yaml").toString());
  }

  /** Runs one of the pinned Node tools (node_modules/.bin/<tool>). */
  static Result run(String tool, String... args) {
    Path bin = Path.of(System.getProperty("node.bin", "../node_modules/.bin"), tool);
    List<String> command = new java.util.ArrayList<>(List.of(bin.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("REDOCLY_TELEMETRY", "off");
    pb.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
    try {
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException(tool + " did not finish in 120 s");
      }
      return new Result(p.exitValue(), out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + bin + " (did scripts/node-tools.sh run?)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
