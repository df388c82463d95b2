package com.coupontools.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The handler of every operation, by operationId. */
final class Ops {
  private Ops() { }

  static Map<String, OpHandler> handlers() {
    Map<String, OpHandler> h = new HashMap<>();
    SubaccountOps.register(h);
    CampaignOps.register(h);
    SessionOps.register(h);
    LoyaltyOps.register(h);
    DirectoryOps.register(h);
    SingleUseOps.register(h);
    WebhookSmsOps.register(h);
    return Map.copyOf(h);
  }

  /**
   * Spellings the spec's descriptions say servers also accept, mapped onto the schema before
   * validation: {@code duplicate_check=true} (one public client sends a boolean) means "email if
   * given, else phone, else customid", {@code false} means no check.
   */
  static void normalize(Operation op, Map<String, JsonNode> body) {
    if (op.id().equals("singleuse_create") && body.containsKey("duplicate_check")) {
      JsonNode v = body.get("duplicate_check");
      String text = v.isBoolean() || v.isNumber() || v.isTextual() ? v.asText().toLowerCase(Locale.ROOT) : "";
      if (text.equals("true") || text.equals("1")) {
        String field = present(body, "email") ? "email" : present(body, "phone") ? "phone" : "customid";
        body.put("duplicate_check", TextNode.valueOf(field));
      } else if (text.equals("false") || text.equals("0")) {
        body.remove("duplicate_check");
      }
    }
  }

  private static boolean present(Map<String, JsonNode> body, String key) {
    JsonNode v = body.get(key);
    return v != null && v.isValueNode() && !v.isNull() && !v.asText().isEmpty();
  }
}
