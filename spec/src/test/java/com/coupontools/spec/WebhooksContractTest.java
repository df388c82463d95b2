package com.coupontools.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.testsupport.Bundle;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The deliveries in the contract ({@code x-webhooks}): one POST per event type, whose body is the
 * one shared payload schema {@code components/schemas/WebhookEvent} (what generators turn into a
 * model), carrying the fields "verify a webhook" returns and the session object.
 */
class WebhooksContractTest {
  private final Bundle bundle = SpecBundle.INSTANCE;

  @Test
  void everyWebhookDeliversTheSharedPayloadSchema() {
    JsonNode hooks = bundle.root().path("x-webhooks");
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : hooks.properties()) {
      JsonNode post = e.getValue().path("post");
      String ref = post.path("requestBody")
          .path("content")
          .path("application/json")
          .path("schema")
          .path("$ref")
          .asText();
      if (!ref.equals("#/components/schemas/WebhookEvent")
          || !post.path("operationId").asText().equals("webhook_" + e.getKey())
          || !post.path("responses").has("2XX")) {
        wrong.add(e.getKey() + " (schema " + ref + ", operationId "
            + post.path("operationId").asText() + ")");
      }
    }
    assertEquals(List.of(), wrong);
    assertTrue(hooks.has("coupon_validated"), "the documented event type is missing");
    assertEquals(
        "documented",
        hooks.path("coupon_validated").path("post").path("x-doc-status").asText());
  }

  @Test
  void thePayloadCarriesWhatVerificationReturnsAndTheSessionObject() {
    JsonNode event = bundle.root().path("components").path("schemas").path("WebhookEvent");
    List<String> required = new ArrayList<>();
    event.path("required").forEach(r -> required.add(r.asText()));
    assertEquals(
        List.of("webhook", "type", "date", "campaign", "session", "couponsession"), required);
    // The five event fields are those "verify a webhook" answers with, with the same schemas.
    JsonNode verification = bundle.deref(bundle
        .root()
        .path("paths")
        .path("/v3/webhook/verification")
        .path("post")
        .path("responses")
        .path("200")
        .path("content")
        .path("application/json")
        .path("schema"));
    for (String f : List.of("webhook", "date", "campaign", "session")) {
      assertEquals(
          withoutDescription(verification.path("properties").path(f)),
          withoutDescription(event.path("properties").path(f)),
          f);
    }
    // The object is the session as couponsession/data returns it, and it is marked designed.
    JsonNode object = event.path("properties").path("couponsession");
    assertEquals("inferred", object.path("x-doc-status").asText());
    assertEquals(
        "#/components/schemas/CouponSessionDataResponse",
        object.path("allOf").path(0).path("$ref").asText());
  }

  private JsonNode withoutDescription(JsonNode schema) {
    com.fasterxml.jackson.databind.node.ObjectNode copy = bundle.deref(schema).deepCopy();
    copy.remove("description");
    return copy;
  }

  @Test
  void theDocumentedExampleIsACouponValidatedEvent() {
    JsonNode example = bundle
        .deref(bundle
            .root()
            .path("x-webhooks")
            .path("coupon_validated")
            .path("post")
            .path("requestBody")
            .path("content")
            .path("application/json")
            .path("examples")
            .path("coupon_validated"))
        .path("value");
    assertEquals("coupon_validated", example.path("type").asText());
    assertEquals(example.path("session"), example.path("couponsession").path("session"));
    assertEquals(
        "1",
        example
            .path("couponsession")
            .path("data")
            .path("status")
            .path("validated")
            .asText());
  }
}
