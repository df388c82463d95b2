package com.coupontools.internal;

import com.coupontools.errors.InvalidResponseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads a webhook delivery's body into its model, with the reader responses use. */
public final class WebhookBodies {
  private WebhookBodies() {}

  public static <T> T parse(byte[] body, Class<T> type, WireReader.Reader<T> reader) {
    try (var p = WireWriter.JSON.createParser(body)) {
      WireReader r = new WireReader(p);
      JsonToken first = p.nextToken();
      if (first != JsonToken.START_OBJECT) {
        throw new InvalidResponseException("a webhook body must be a JSON object, got "
            + (first == null ? "an empty body" : first.toString()));
      }
      T value = WireReader.object(type, reader).read(r);
      if (p.nextToken() != null) {
        throw new InvalidResponseException(
            "a webhook body must be one JSON object; something follows it");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw new InvalidResponseException(
          "a webhook body is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array: no I/O can fail
    }
  }
}
