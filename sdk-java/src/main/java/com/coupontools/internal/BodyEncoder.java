package com.coupontools.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.RequestTemplate;
import feign.codec.EncodeException;
import feign.codec.Encoder;
import java.lang.reflect.Type;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;

/**
 * Writes the request model as JSON or, when the client is set to FORM, as a urlencoded form.
 * The generated interfaces always declare JSON; the form variant replaces the Content-Type here,
 * because the generator keeps only the spec's first media type.
 */
final class BodyEncoder implements Encoder {
  private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {};
  static final String FORM_TYPE = "application/x-www-form-urlencoded; charset=UTF-8";

  private final ObjectMapper mapper;
  private final boolean form;

  BodyEncoder(ObjectMapper mapper, boolean form) {
    this.mapper = mapper;
    this.form = form;
  }

  @Override
  public void encode(Object body, Type bodyType, RequestTemplate template) {
    try {
      if (!form) {
        template.body(mapper.writeValueAsBytes(body), StandardCharsets.UTF_8);
        return;
      }
      // Jackson gives the wire names and enum values the JSON body would have.
      Map<String, Object> fields = mapper.convertValue(body, FIELDS);
      StringBuilder out = new StringBuilder();
      fields.forEach((name, value) -> append(out, name, value));
      template.removeHeader("Content-Type");
      template.header("Content-Type", FORM_TYPE);
      template.body(out.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new EncodeException("Cannot encode the request body: " + e.getMessage(), e);
    }
  }

  private static void append(StringBuilder out, String name, Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof Collection) {
      ((Collection<?>) value).forEach(v -> append(out, name, v)); // explode: key=a&key=b
    } else if (value instanceof Map) {
      ((Map<?, ?>) value).forEach((k, v) -> append(out, name + "[" + k + "]", v));
    } else {
      out.append(out.length() == 0 ? "" : "&").append(URLEncoder.encode(name, StandardCharsets.UTF_8))
          .append('=').append(URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
    }
  }
}
