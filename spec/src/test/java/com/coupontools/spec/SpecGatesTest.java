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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves each gate can fail: a copy of the spec with one deliberate defect must be rejected by
 * Spectral (with the rule that guards it) or by Swagger Parser. The clean spec passes both.
 */
class SpecGatesTest {

  static final Path SPEC = Path.of(System.getProperty("spec.dir", "."));
  static final String EXEMPLAR = "resources/single_use/multiplesingleuse_create.yml";

  @TempDir Path tmp;

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
        Arguments.of("operationId differs from its file name",
            "operationId: multiplesingleuse_create", "operationId: singleuse_create_many",
            "ct-operation-id-is-file-name"),
        Arguments.of("x-doc-status missing",
            "x-doc-status: documented\n", "\n", "ct-doc-status-required"),
        Arguments.of("x-doc-source missing",
            "x-doc-source: https://www.coupontools.com/en/api-and-webhooks/create_multiple_single_use\n", "\n",
            "ct-doc-source"),
        Arguments.of("form body listed before JSON",
            "application/json:\n        schema:\n          $ref: ./models/MultipleSingleUseCreateRequest.yml",
            "application/xml:\n        schema:\n          $ref: ./models/MultipleSingleUseCreateRequest.yml",
            "ct-request-json-first"),
        Arguments.of("error code without an example",
            "x-error-codes: [1000, 101, 200,", "x-error-codes: [1000, 101, 200, 515,",
            "ct-error-responses-use-envelope"),
        Arguments.of("security with one header only",
            "  - ClientId: []\n      ClientSecret: []", "  - ClientId: []",
            "ct-security-both-headers"),
        Arguments.of("a non-numeric minimum", "minimum: 1\n", "minimum: one\n", "minimum"),
        Arguments.of("a body operation without the unreadable-body code",
            "x-error-codes: [1000, 101, 200, 300,", "x-error-codes: [1000, 101, 200,",
            "ct-unreadable-body-documented"),
        Arguments.of("a body operation without the shared unreadable-body example",
            "            e300_unreadable_body:\n              $ref: ../../shared/examples/errors/e300_unreadable_body.yml\n",
            "", "ct-unreadable-body-documented"),
        Arguments.of("the unreadable-body example written inline instead of shared",
            "$ref: ../../shared/examples/errors/e300_unreadable_body.yml",
            "$ref: ../../shared/examples/errors/e300_tags_too_long.yml", "ct-unreadable-body-documented"));
  }

  /** The GET form of a read: named <file>_get, skipped by SDKs, no body. */
  static Stream<Arguments> getFormDefects() {
    return Stream.of(
        Arguments.of("a GET form not named <file>_get",
            "operationId: campaign_list_get", "operationId: campaign_list_read", "ct-operation-id-is-file-name"),
        Arguments.of("a GET form the SDKs would generate", "x-sdk-skip: true", "x-sdk-skip: false",
            "ct-get-is-sdk-skip"),
        Arguments.of("a GET without its POST", "post:\n  operationId: campaign_list\n",
            "put:\n  operationId: campaign_list\n", "ct-post-only"));
  }

  @Test
  void spectralRejectsAWebhookWithoutItsProvenance() throws IOException {
    Path copy = copyWith("resources/webhooks/events/coupon_voided.yml", "x-doc-status: inferred\n", "\n");
    Result r = spectral(copy);
    assertNotEquals(0, r.exit, r.output);
    assertTrue(r.output.contains("ct-webhook-provenance"), r.output);
  }

  @ParameterizedTest(name = "Spectral rejects: {0}")
  @MethodSource("getFormDefects")
  void spectralRejectsEachGetFormDefect(String what, String from, String to, String expected) throws IOException {
    Path copy = copyWith("resources/campaigns/campaign_list.yml", from, to);
    Result r = spectral(copy);
    assertNotEquals(0, r.exit, what + " was not rejected:\n" + r.output);
    assertTrue(r.output.contains(expected), what + ": expected a " + expected + " finding in\n" + r.output);
  }

  @ParameterizedTest(name = "Spectral rejects: {0}")
  @MethodSource("defects")
  void spectralRejectsEachDefect(String what, String from, String to, String expected) throws IOException {
    Path copy = copyWith(EXEMPLAR, from, to);
    Result r = spectral(copy);
    assertNotEquals(0, r.exit, what + " was not rejected:\n" + r.output);
    assertTrue(r.output.contains(expected), what + ": expected a " + expected + " finding in\n" + r.output);
  }

  @Test
  void bundlingRejectsABrokenReference() throws IOException {
    Path copy = copyWith(EXEMPLAR, "$ref: ./models/MultipleSingleUseCreateResponse.yml",
        "$ref: ./models/NoSuchModel.yml");
    Result r = run("redocly", "bundle", copy.resolve("openapi.yaml").toString(), "-o", tmp.resolve("b.yaml").toString());
    assertNotEquals(0, r.exit, r.output);
    assertTrue(r.output.contains("NoSuchModel"), r.output);
  }

  @Test
  void swaggerParserRejectsAResponseWithoutDescription() throws IOException {
    Path copy = copyWith(EXEMPLAR, "description: The codes were created;", "summary: The codes were created;");
    Path bundle = tmp.resolve("b.yaml");
    Result r = run("redocly", "bundle", copy.resolve("openapi.yaml").toString(), "-o", bundle.toString());
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
      assertTrue(m.contains(from), "test setup: neither " + file + " nor SingleUseCode.yml contains " + from);
      Files.writeString(model, m.replace(from, to));
    } else {
      Files.writeString(target, text.replaceFirst(java.util.regex.Pattern.quote(from),
          java.util.regex.Matcher.quoteReplacement(to)));
    }
    return copy;
  }

  record Result(int exit, String output) {}

  static Result spectral(Path specDir) {
    return run("spectral", "lint", "--ruleset", specDir.resolve(".spectral.yml").toString(),
        "--fail-severity", "error", "-D", specDir.resolve("openapi.yaml").toString());
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
