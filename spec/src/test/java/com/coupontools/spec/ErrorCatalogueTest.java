package com.coupontools.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.testsupport.Bundle;
import com.coupontools.testsupport.Bundle.Op;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The error catalogue and the contract extensions survive bundling (both bundle files carry
 * them), and the bundle agrees with the catalogue: every code an operation lists or an example
 * answers is catalogued, and each error response's status is its code's family status in the
 * operation's style. (Spectral checks the sources; this checks what the other modules read.)
 */
class ErrorCatalogueTest {

  static final Bundle BUNDLE = SpecBundle.INSTANCE;

  static Map<Integer, JsonNode> familyByCode(JsonNode catalogue) {
    Map<String, JsonNode> families = new HashMap<>();
    catalogue.path("families").forEach(f -> families.put(f.path("id").asText(), f));
    Map<Integer, JsonNode> byCode = new HashMap<>();
    catalogue
        .path("codes")
        .forEach(c ->
            byCode.put(c.path("code").asInt(), families.get(c.path("family").asText())));
    return byCode;
  }

  @Test
  void bothBundleFilesCarryTheCatalogue() throws IOException {
    JsonNode yaml = BUNDLE.root().path("x-error-catalogue");
    JsonNode json = new ObjectMapper()
        .readTree(Path.of(System.getProperty("spec.bundle", "target/openapi.yaml")
                .replaceFirst("\\.yaml$", ".json"))
            .toFile())
        .path("x-error-catalogue");
    assertTrue(yaml.path("families").size() >= 5, yaml.toString());
    assertTrue(yaml.path("codes").size() > 10);
    assertTrue(yaml.path("constraints").path("rules").size() > 5);
    assertEquals(yaml, json);
  }

  @Test
  void everyCodeInTheBundleIsCataloguedAndEveryStatusIsItsFamilys() {
    Map<Integer, JsonNode> families = familyByCode(BUNDLE.root().path("x-error-catalogue"));
    List<String> wrong = new ArrayList<>();
    int examples = 0;
    for (Op op : BUNDLE.ops()) {
      op.node().path("x-error-codes").forEach(c -> {
        if (!families.containsKey(c.asInt()))
          wrong.add(op.id() + ": x-error-codes " + c + " not catalogued");
      });
      for (Map.Entry<String, JsonNode> r : op.node().path("responses").properties()) {
        if (!r.getKey().startsWith("4")) continue;
        for (JsonNode ex :
            BUNDLE.deref(r.getValue()).path("content").path("application/json").path("examples")) {
          JsonNode v = BUNDLE.deref(ex).path("value");
          JsonNode code = v.has("error")
              ? v.path("error").path("code")
              : (v.path("status").has("errors")
                      ? v.path("status").path("errors")
                      : v.path("errors"))
                  .path("error_code");
          int c = code.isArray() ? code.path(0).asInt() : code.asInt();
          examples++;
          JsonNode family = families.get(c);
          if (family == null) {
            wrong.add(op.id() + ": example code " + c + " not catalogued");
          } else if (!family.path("http-status").path(op.style()).asText().equals(r.getKey())) {
            wrong.add(op.id() + ": code " + c + " under " + r.getKey() + ", family "
                + family.path("id").asText());
          }
        }
      }
    }
    assertTrue(examples > 100, "only " + examples + " error examples checked");
    assertEquals(List.of(), wrong);
  }

  @Test
  void theContractExtensionsSurviveBundling() {
    JsonNode schemas = BUNDLE.root().path("components").path("schemas");
    assertTrue(schemas
        .path("SubaccountDetails")
        .path("properties")
        .path("api_secret")
        .path("x-secret")
        .asBoolean());
    assertEquals(
        "code_length",
        schemas
            .path("MultipleSingleUseCreateRequest")
            .path("x-required-when")
            .path(0)
            .path("required")
            .path(0)
            .asText());
    assertEquals(
        "email",
        schemas
            .path("SingleUseCreateRequest")
            .path("properties")
            .path("duplicate_check")
            .path("x-boolean-alias")
            .path("if-true")
            .path("first-present-of")
            .path(0)
            .asText());
    assertFalse(schemas
        .path("LoyaltyUsersUpdateRequest")
        .path("x-required-any-of")
        .path("names")
        .isEmpty());
    JsonNode schemes = BUNDLE.root().path("components").path("securitySchemes");
    assertEquals(
        "client_secret", schemes.path("ClientSecret").path("x-body-field").asText());
    assertTrue(schemes.path("ApiSecret").path("x-secret").asBoolean());
  }
}
