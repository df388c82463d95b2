package com.coupontools.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;

/** The one ObjectMapper configuration of the SDK: tolerant reading, no nulls written. */
public final class Json {
  private Json() {}

  public static ObjectMapper newMapper() {
    ObjectMapper m = new ObjectMapper();
    // Servers add fields over time and the docs' examples are incomplete.
    m.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    m.configure(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE, true);
    m.setSerializationInclusion(JsonInclude.Include.NON_NULL);
    // Generated models have annotated setters; plain Jackson calls them through Method.invoke,
    // which allocates an argument array per value (19 MB on a 100,000-code response).
    m.registerModule(new BlackbirdModule());
    return m;
  }
}
