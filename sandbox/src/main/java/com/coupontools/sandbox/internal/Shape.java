package com.coupontools.sandbox.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A response schema compiled for writing: handlers return plain maps of domain values and the
 * shape writes exactly the schema's properties, in its order, with its wire types (numeric
 * strings, "0"/"1" flags, JSON numbers and booleans), so responses cannot drift from the spec.
 */
abstract class Shape {
  private static final ObjectMapper JSON = new ObjectMapper();

  abstract void write(JsonGenerator g, Object value, Object path, Consumer<String> missing)
      throws IOException;

  /** The value written for a required property the handler did not supply (reported as missing). */
  abstract void writeFiller(JsonGenerator g) throws IOException;

  static Shape any() {
    return new AnyShape();
  }

  static Shape compile(ApiSpec spec, JsonNode schema) {
    JsonNode s = spec.deref(schema);
    if (s.has("oneOf") || s.has("anyOf")) {
      return new AnyShape();
    }
    String type = s.path("type").asText(s.has("properties") ? "object" : "");
    switch (type) {
      case "object": {
        List<String> req = new ArrayList<>();
        s.path("required").forEach(r -> req.add(r.asText()));
        List<Prop> props = new ArrayList<>();
        s.path("properties")
            .fields()
            .forEachRemaining(e -> props.add(new Prop(
                e.getKey(),
                compile(spec, e.getValue()),
                req.contains(e.getKey()),
                e.getValue().path("nullable").asBoolean(false)
                    || spec.deref(e.getValue()).path("nullable").asBoolean(false))));
        return new ObjectShape(props);
      }
      case "array":
        return new ArrayShape(compile(spec, s.path("items")));
      case "integer":
        return new IntegerShape();
      case "number":
        return new NumberShape();
      case "boolean":
        return new BooleanShape();
      case "string": {
        String first = s.path("enum").size() == 1 ? s.path("enum").get(0).asText() : null;
        String pattern = s.path("pattern").asText(null);
        boolean emptyOk =
            pattern == null || Pattern.compile(pattern).matcher("").find();
        return new StringShape(s.path("x-coupontools-type").asText(""), first, emptyOk);
      }
      default:
        return new AnyShape();
    }
  }

  /** A property; {@code nullable}: a value the handler does not know is written as JSON null (REST shapes). */
  record Prop(String name, Shape shape, boolean required, boolean nullable, String dotName) {
    Prop(String name, Shape shape, boolean required, boolean nullable) {
      this(name, shape, required, nullable, "." + name);
    }
  }

  /**
   * Where a value sits in the response ({@code op.data[].session}), built as a chain of small
   * records and turned into text only when a missing field is reported: concatenating the path
   * for every property of every response cost more than writing the property.
   */
  record Child(Object parent, String suffix) {
    @Override
    public String toString() {
      return parent + suffix;
    }
  }

  static final class ObjectShape extends Shape {
    private final List<Prop> props;

    ObjectShape(List<Prop> props) {
      this.props = List.copyOf(props);
    }

    @Override
    void write(JsonGenerator g, Object value, Object path, Consumer<String> missing)
        throws IOException {
      Map<?, ?> map = value instanceof Map<?, ?> m ? m : Map.of();
      g.writeStartObject();
      for (Prop p : props) {
        Object v = map.get(p.name);
        if (v == null && p.shape instanceof ObjectShape && p.required) {
          v = Map.of(); // e.g. the OkStatus object: its one property is a constant
        }
        if (v == null && p.nullable) {
          if (p.required) {
            g.writeFieldName(p.name);
            g.writeNull();
          }
          continue;
        }
        if (v == null) {
          if (p.required) {
            g.writeFieldName(p.name);
            if (!(p.shape instanceof StringShape ss && ss.constant != null)) {
              missing.accept(path + "." + p.name); // rare: a handler bug
            }
            p.shape.writeFiller(g);
          }
          continue;
        }
        g.writeFieldName(p.name);
        p.shape.write(g, v, new Child(path, p.dotName), missing);
      }
      g.writeEndObject();
    }

    @Override
    void writeFiller(JsonGenerator g) throws IOException {
      write(g, Map.of(), "", s -> {});
    }
  }

  static final class ArrayShape extends Shape {
    private final Shape items;

    ArrayShape(Shape items) {
      this.items = items;
    }

    @Override
    void write(JsonGenerator g, Object value, Object path, Consumer<String> missing)
        throws IOException {
      g.writeStartArray();
      Iterator<?> it = value instanceof Iterable<?> i
          ? i.iterator()
          : value instanceof Iterator<?> i2 ? i2 : List.of().iterator();
      Object itemPath = new Child(path, "[]");
      while (it.hasNext()) {
        items.write(g, it.next(), itemPath, missing);
      }
      g.writeEndArray();
    }

    @Override
    void writeFiller(JsonGenerator g) throws IOException {
      g.writeStartArray();
      g.writeEndArray();
    }
  }

  static final class StringShape extends Shape {
    private final String xType;
    private final String constant;
    private final boolean emptyOk;

    StringShape(String xType, String constant, boolean emptyOk) {
      this.xType = xType;
      this.constant = constant;
      this.emptyOk = emptyOk;
    }

    @Override
    void write(JsonGenerator g, Object v, Object path, Consumer<String> missing)
        throws IOException {
      if ("flag".equals(xType)) {
        g.writeString(
            v instanceof Boolean b
                ? (b ? "1" : "0")
                : v instanceof Number n ? (n.longValue() != 0 ? "1" : "0") : v.toString());
      } else {
        g.writeString(v.toString());
      }
    }

    @Override
    void writeFiller(JsonGenerator g) throws IOException {
      if (constant != null) {
        g.writeString(constant);
      } else if ("integer".equals(xType)) {
        g.writeString("0");
      } else if ("flag".equals(xType)) {
        g.writeString("0");
      } else if (emptyOk) {
        g.writeString("");
      } else {
        g.writeString("0");
      }
    }
  }

  static final class IntegerShape extends Shape {
    @Override
    void write(JsonGenerator g, Object v, Object path, Consumer<String> missing)
        throws IOException {
      if (v instanceof Number n) {
        g.writeNumber(n.longValue());
      } else if (v instanceof Boolean b) {
        g.writeNumber(b ? 1 : 0);
      } else {
        g.writeNumber(Long.parseLong(v.toString()));
      }
    }

    @Override
    void writeFiller(JsonGenerator g) throws IOException {
      g.writeNumber(0);
    }
  }

  static final class NumberShape extends Shape {
    @Override
    void write(JsonGenerator g, Object v, Object path, Consumer<String> missing)
        throws IOException {
      g.writeNumber(v instanceof BigDecimal d ? d : new BigDecimal(v.toString()));
    }

    @Override
    void writeFiller(JsonGenerator g) throws IOException {
      g.writeNumber(0);
    }
  }

  static final class BooleanShape extends Shape {
    @Override
    void write(JsonGenerator g, Object v, Object path, Consumer<String> missing)
        throws IOException {
      g.writeBoolean(
          v instanceof Boolean b
              ? b
              : v instanceof Number n ? n.longValue() != 0 : "1".equals(v) || "true".equals(v));
    }

    @Override
    void writeFiller(JsonGenerator g) throws IOException {
      g.writeBoolean(false);
    }
  }

  static final class AnyShape extends Shape {
    @Override
    void write(JsonGenerator g, Object v, Object path, Consumer<String> missing)
        throws IOException {
      JSON.writeValue(g, v);
    }

    @Override
    void writeFiller(JsonGenerator g) throws IOException {
      g.writeNull();
    }
  }
}
