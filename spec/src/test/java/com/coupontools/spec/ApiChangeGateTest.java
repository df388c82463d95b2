package com.coupontools.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the breaking-change gate catches what breaks clients: each test writes a broken copy of
 * the bundle into a temp dir and compares it with the bundle itself (standing in for the baseline).
 */
class ApiChangeGateTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  static final Path BUNDLE = Path.of(System.getProperty("spec.bundle", "target/openapi.yaml"));
  static final Path BASELINE =
      Path.of(System.getProperty("spec.dir", ".")).resolve("baseline/openapi.yaml");
  static final String SCHEMAS = "/components/schemas/";

  @TempDir
  Path tmp;

  @Test
  void theCommittedBaselineIsAValidContract() {
    // What the gate compares against must itself be a valid description (a bad copy would make
    // every comparison meaningless).
    assertEquals(java.util.List.of(), SpecValidator.messages(BASELINE));
    assertEquals(
        "1",
        ApiChangeGate.major(ApiChangeGate.compare(BASELINE, BASELINE, false).baselineVersion()));
  }

  @Test
  void anIdenticalBundleHasNoChanges() {
    ApiChangeGate.Verdict v = ApiChangeGate.compare(BUNDLE, BUNDLE, false);
    assertTrue(v.unchanged());
    assertFalse(v.fails());
    assertTrue(ApiChangeGate.report(v, "a", "b").contains("Verdict: no changes"));
  }

  @Test
  void aRemovedResponseFieldIsCaught() throws IOException {
    ApiChangeGate.Verdict v = gate(
        spec -> {
          ObjectNode code = schema(spec, "SingleUseCode");
          requirePresent(
              code.with("properties").remove("single_use_url"), "SingleUseCode.single_use_url");
          removeValue(code.withArray("required"), "single_use_url");
        },
        false);
    assertBreaking(v, "single_use_url");
  }

  @Test
  void aRemovedOptionalResponseFieldIsCaught() throws IOException {
    // Not in `required`: clients reading it still break.
    ApiChangeGate.Verdict v = gate(
        spec -> requirePresent(
            schema(spec, "SingleUseCode").with("properties").remove("custom_validation_code"),
            "SingleUseCode.custom_validation_code"),
        false);
    assertBreaking(v, "custom_validation_code");
  }

  @Test
  void aRemovedEnumValueIsCaught() throws IOException {
    ApiChangeGate.Verdict v = gate(
        spec -> {
          ArrayNode values = schema(spec, "MultipleSingleUseCreateRequest")
              .with("properties")
              .with("status")
              .withArray("enum");
          removeValue(values, "voided");
        },
        false);
    assertBreaking(v, "voided");
  }

  @Test
  void aNewRequiredBodyParameterIsCaught() throws IOException {
    // The API's parameters are body properties (every operation is a POST with a body).
    ApiChangeGate.Verdict v = gate(
        spec -> {
          ObjectNode request = schema(spec, "MultipleSingleUseCreateRequest");
          request
              .with("properties")
              .putObject("batch_label")
              .put("type", "string")
              .put("example", "spring");
          request.withArray("required").add("batch_label");
        },
        false);
    assertBreaking(v, "batch_label");
  }

  @Test
  void aNewRequiredHeaderParameterIsCaught() throws IOException {
    ApiChangeGate.Verdict v = gate(
        spec -> {
          ObjectNode op = (ObjectNode) spec.at("/paths/~1v3~1multiplesingleuse~1create/post");
          requirePresent(op.get("operationId"), "the multiplesingleuse_create operation");
          op.withArray("parameters")
              .addObject()
              .put("name", "X-Request-Batch")
              .put("in", "header")
              .put("required", true)
              .putObject("schema")
              .put("type", "string");
        },
        false);
    assertBreaking(v, "X-Request-Batch");
  }

  @Test
  void aRemovedOperationIsCaught() throws IOException {
    ApiChangeGate.Verdict v = gate(
        spec -> requirePresent(
            ((ObjectNode) spec.get("paths")).remove("/v3/singleuse/remove"),
            "/v3/singleuse/remove"),
        false);
    assertBreaking(v, "/v3/singleuse/remove");
  }

  @Test
  void anAddedOptionalFieldIsCompatible() throws IOException {
    ApiChangeGate.Verdict v = gate(
        spec -> {
          schema(spec, "MultipleSingleUseCreateRequest")
              .with("properties")
              .putObject("note")
              .put("type", "string")
              .put("example", "x");
          schema(spec, "SingleUseCode")
              .with("properties")
              .putObject("batch")
              .put("type", "string")
              .put("example", "x");
        },
        false);
    assertFalse(v.unchanged());
    assertFalse(v.breaking(), ApiChangeGate.report(v, "bundle", "changed"));
    assertFalse(v.fails());
  }

  @Test
  void aBreakingChangePassesWithANewMajorVersionOrTheAcceptFlag() throws IOException {
    Consumer<ObjectNode> removeEnumValue = spec -> removeValue(
        schema(spec, "MultipleSingleUseCreateRequest")
            .with("properties")
            .with("status")
            .withArray("enum"),
        "voided");
    ApiChangeGate.Verdict accepted = gate(removeEnumValue, true);
    assertTrue(accepted.breaking());
    assertFalse(accepted.fails(), "-Dapi.acceptBreaking=true must let it pass");
    assertTrue(ApiChangeGate.report(accepted, "a", "b")
        .contains("accepted with -Dapi.acceptBreaking=true"));

    ApiChangeGate.Verdict major =
        gate(removeEnumValue.andThen(spec -> spec.with("info").put("version", "2.0.0")), false);
    assertTrue(major.breaking());
    assertTrue(major.majorChanged());
    assertFalse(major.fails(), "a new major version must let it pass");

    ApiChangeGate.Verdict minor =
        gate(removeEnumValue.andThen(spec -> spec.with("info").put("version", "1.1.0")), false);
    assertTrue(minor.fails(), "a minor version bump must not let a breaking change pass");
  }

  @Test
  void theBuildEntryPointWritesTheReportAndFails() throws IOException {
    Path broken = write(spec -> removeValue(
        schema(spec, "MultipleSingleUseCreateRequest")
            .with("properties")
            .with("status")
            .withArray("enum"),
        "voided"));
    Path report = tmp.resolve("out/api-changes.md");
    IllegalStateException e = assertThrows(
        IllegalStateException.class,
        () -> ApiChangeGate.main(
            new String[] {BUNDLE.toString(), broken.toString(), report.toString(), "false"}));
    assertTrue(e.getMessage().contains("-Dapi.acceptBreaking=true"), e.getMessage());
    String md = Files.readString(report);
    assertTrue(md.contains("BREAKING: the build fails"), md);
    assertTrue(md.contains("voided"), md);

    ApiChangeGate.main(
        new String[] {BUNDLE.toString(), broken.toString(), report.toString(), "true"});
    assertTrue(Files.readString(report).contains("accepted"));
  }

  @Test
  void majorNumbers() {
    assertEquals("1", ApiChangeGate.major("1.0.0"));
    assertEquals("2", ApiChangeGate.major("v2.1"));
    assertEquals("10", ApiChangeGate.major("10"));
  }

  // --- helpers ---------------------------------------------------------------------------------

  private ApiChangeGate.Verdict gate(Consumer<ObjectNode> breakIt, boolean accept)
      throws IOException {
    return ApiChangeGate.compare(BUNDLE, write(breakIt), accept);
  }

  private Path write(Consumer<ObjectNode> breakIt) throws IOException {
    ObjectNode spec = (ObjectNode) YAML.readTree(BUNDLE.toFile());
    breakIt.accept(spec);
    Path copy = Files.createTempFile(tmp, "broken", ".yaml");
    YAML.writeValue(copy.toFile(), spec);
    return copy;
  }

  private static void assertBreaking(ApiChangeGate.Verdict v, String mentioned) {
    String report = ApiChangeGate.report(v, "bundle", "broken");
    assertTrue(v.breaking(), "not flagged as breaking:\n" + report);
    assertTrue(v.fails(), "the gate let it pass:\n" + report);
    assertTrue(
        report.contains(mentioned), "the report does not name " + mentioned + ":\n" + report);
  }

  private static ObjectNode schema(ObjectNode spec, String name) {
    JsonNode node = spec.at(SCHEMAS + name);
    requirePresent(node.isObject() ? node : null, "components.schemas." + name);
    return (ObjectNode) node;
  }

  private static void removeValue(ArrayNode array, String value) {
    for (int i = 0; i < array.size(); i++) {
      if (array.get(i).asText().equals(value)) {
        array.remove(i);
        return;
      }
    }
    throw new AssertionError("test setup: " + value + " not in " + array);
  }

  private static void requirePresent(Object node, String what) {
    if (node == null) throw new AssertionError("test setup: the bundle has no " + what);
  }
}
