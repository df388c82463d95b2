package com.coupontools.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where one operation takes its credentials from, compiled from its {@code security}
 * requirements and the bundle's security schemes: each alternative requirement is a pair of
 * header schemes (the one marked {@code x-secret} is the secret), optionally also accepted as the
 * body fields named by {@code x-body-field} (rpc operations with a body only; spec README,
 * decision 11). The credentials are exactly one pair's: a second pair, or a header sent twice,
 * is no credential at all (1000), so the answer never depends on which copy a server would pick.
 */
final class Security {
  /** One alternative: the ID's and the secret's header, and their body fields (or null). */
  record Pair(String idHeader, String secretHeader, String idField, String secretField) {}

  private final List<Pair> alternatives;
  private final boolean bodyFields;

  Security(ApiSpec spec, JsonNode requirements, boolean bodyFields) {
    List<Pair> out = new ArrayList<>();
    for (JsonNode requirement : requirements) {
      JsonNode id = null;
      JsonNode secret = null;
      for (var it = requirement.fieldNames(); it.hasNext(); ) {
        JsonNode scheme = spec.securityScheme(it.next());
        if (!"apiKey".equals(scheme.path("type").asText())
            || !"header".equals(scheme.path("in").asText())) {
          throw new IllegalStateException(
              "Only apiKey header schemes are supported, not " + scheme);
        }
        if (scheme.path("x-secret").asBoolean(false)) {
          secret = scheme;
        } else {
          id = scheme;
        }
      }
      if (id == null || secret == null) {
        throw new IllegalStateException(
            "A security requirement must pair an ID and an x-secret scheme: " + requirement);
      }
      out.add(new Pair(
          id.path("name").asText(),
          secret.path("name").asText(),
          id.path("x-body-field").asText(null),
          secret.path("x-body-field").asText(null)));
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("An operation without security requirements");
    }
    this.alternatives = List.copyOf(out);
    this.bodyFields = bodyFields;
  }

  /** The body fields that carry credentials (removed from the parameters before validation). */
  Set<String> bodyFieldNames() {
    Set<String> names = new LinkedHashSet<>();
    if (bodyFields) {
      for (Pair p : alternatives) {
        if (p.idField != null) {
          names.add(p.idField);
        }
        if (p.secretField != null) {
          names.add(p.secretField);
        }
      }
    }
    return names;
  }

  /** {client ID, secret} as sent (null where absent, sent twice or sent in two ways). */
  String[] credentials(Exchange ex, JsonNode body) {
    Pair sent = null;
    for (Pair p : alternatives) {
      if (!ex.headers(p.idHeader).isEmpty() || !ex.headers(p.secretHeader).isEmpty()) {
        if (sent != null) {
          return new String[] {null, null}; // two header pairs: ambiguous
        }
        sent = p;
      }
    }
    if (sent != null) {
      List<String> ids = ex.headers(sent.idHeader);
      List<String> secrets = ex.headers(sent.secretHeader);
      if (ids.size() > 1 || secrets.size() > 1) {
        return new String[] {null, null};
      }
      return new String[] {
        ids.isEmpty() ? null : ids.get(0), secrets.isEmpty() ? null : secrets.get(0)
      };
    }
    if (bodyFields && body != null && body.isObject()) {
      for (Pair p : alternatives) {
        if (p.idField != null && p.secretField != null) {
          return new String[] {text(body.get(p.idField)), text(body.get(p.secretField))};
        }
      }
    }
    return new String[] {null, null};
  }

  private static String text(JsonNode n) {
    return n != null && n.isValueNode() && !n.isNull() ? n.asText() : null;
  }
}
