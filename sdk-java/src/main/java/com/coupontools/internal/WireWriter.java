package com.coupontools.internal;

import com.coupontools.client.WireObject;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Receives a model's fields in declaration order, as generated {@code writeFields} methods emit
 * them: the same order for a JSON body, a urlencoded form, a query string and {@code toString()}.
 * Absent and {@link Wire#MISSING} values are never passed on.
 */
public abstract class WireWriter {
  static final JsonFactory JSON = JsonFactory.builder().build();

  /** One field: its wire name, its Java name (for {@code toString()}) and its stored value. */
  public final void field(String wireName, String javaName, Object value) {
    if (value != null && value != Wire.MISSING) {
      write(wireName, javaName, value);
    }
  }

  protected abstract void write(String wireName, String javaName, Object value);

  /** Writes a JSON object of the fields {@code body} emits. */
  static void json(OutputStream out, java.util.function.Consumer<WireWriter> body)
      throws IOException {
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      body.accept(new Json(g));
      g.writeEndObject();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** One stored value as JSON text. */
  public static String toJson(Object stored) {
    java.io.StringWriter out = new java.io.StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      json(g, stored);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes one stored value as JSON. */
  static void json(JsonGenerator g, Object v) throws IOException {
    if (v == Wire.NULL) {
      g.writeNull();
    } else if (v instanceof String) {
      g.writeString((String) v);
    } else if (v instanceof Boolean) {
      g.writeBoolean((Boolean) v);
    } else if (v instanceof Integer
        || v instanceof Long
        || v instanceof Short
        || v instanceof Byte) {
      g.writeNumber(((Number) v).longValue());
    } else if (v instanceof BigDecimal) {
      g.writeNumber((BigDecimal) v);
    } else if (v instanceof BigInteger) {
      g.writeNumber((BigInteger) v);
    } else if (v instanceof Number) {
      g.writeNumber(((Number) v).doubleValue());
    } else if (v instanceof WireReader.Mixed) {
      json(g, ((WireReader.Mixed) v).items);
    } else if (v instanceof List) {
      g.writeStartArray();
      for (Object item : (List<?>) v) {
        json(g, item);
      }
      g.writeEndArray();
    } else if (v instanceof Map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        json(g, e.getValue());
      }
      g.writeEndObject();
    } else if (v instanceof WireObject) {
      g.writeStartObject();
      Bridge.writeFields((WireObject) v, new Json(g));
      g.writeEndObject();
    } else {
      throw new IllegalArgumentException("not a wire value: " + v.getClass().getName());
    }
  }

  private static final class Json extends WireWriter {
    private final JsonGenerator g;

    Json(JsonGenerator g) {
      this.g = g;
    }

    @Override
    protected void write(String wireName, String javaName, Object value) {
      try {
        g.writeFieldName(wireName);
        json(g, value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Name/value pairs as a urlencoded form or query string: a list repeats its name
   * ({@code a=1&a=2}), an object nests as {@code name[key]=value} (OpenAPI {@code deepObject}),
   * JSON null is the empty string and booleans are {@code true}/{@code false}.
   */
  static final class Pairs extends WireWriter {
    interface Sink {
      void pair(String name, String value);
    }

    private final Sink sink;

    Pairs(Sink sink) {
      this.sink = sink;
    }

    /** {@code a=1&b=x+y}, UTF-8 percent-encoded. */
    static Pairs form(StringBuilder out) {
      return new Pairs((n, v) -> out.append(out.length() == 0 ? "" : "&")
          .append(URLEncoder.encode(n, StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    }

    @Override
    protected void write(String wireName, String javaName, Object value) {
      pairs(wireName, value);
    }

    void pairs(String name, Object v) {
      if (v == null || v == Wire.MISSING) {
        return;
      }
      if (v instanceof WireReader.Mixed) {
        pairs(name, ((WireReader.Mixed) v).items);
      } else if (v instanceof List) {
        for (Object item : (List<?>) v) {
          pairs(name, item);
        }
      } else if (v instanceof Map) {
        ((Map<?, ?>) v).forEach((k, item) -> pairs(name + "[" + k + "]", item));
      } else if (v instanceof WireObject) {
        Bridge.writeFields((WireObject) v, new Pairs((n, s) -> sink.pair(name + "[" + n + "]", s)));
      } else {
        sink.pair(
            name,
            v == Wire.NULL
                ? ""
                : v instanceof BigDecimal ? ((BigDecimal) v).toPlainString() : v.toString());
      }
    }
  }
}
