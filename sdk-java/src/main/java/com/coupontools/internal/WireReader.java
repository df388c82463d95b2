package com.coupontools.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams a JSON body into generated models (jackson-core only: no databind, no reflection).
 * Generated {@code read} methods loop over {@link #nextField()} and store each value as
 * {@link Wire} describes; a value of an unexpected shape is kept as a generic tree (so nothing is
 * lost and the typed accessor reports it), never a parse failure.
 *
 * <p>While reading, it notes the root's {@code status} ({@code "failed"} marks the API's error
 * envelope, whatever the HTTP status) and any {@code errors} beside or inside it, so a 2xx error
 * body is recognised in the same single pass.
 */
public final class WireReader {
  /** Reads the object whose START_OBJECT is the current token, through its END_OBJECT. */
  @FunctionalInterface
  public interface Reader<T> {
    T read(WireReader r) throws IOException;
  }

  /** Reads a whole body whose first token is current. */
  @FunctionalInterface
  public interface Body<T> {
    T read(WireReader r) throws IOException;
  }

  /** For operations that answer without a body worth reading. */
  public static final Body<Void> NO_BODY = r -> null;

  /** A body that is one object of the model {@code type}. */
  public static <T> Body<T> object(Class<T> type, Reader<T> reader) {
    return r -> {
      Object v = r.object(reader);
      if (!type.isInstance(v)) {
        throw new Unexpected("expected a JSON object");
      }
      return type.cast(v);
    };
  }

  /** A body that is a bare JSON array of {@code type} objects (v4 REST lists). */
  @SuppressWarnings("unchecked")
  public static <T> Body<List<T>> array(Class<T> type, Reader<T> reader) {
    return r -> {
      Object v = r.list(reader);
      if (!(v instanceof List)) {
        throw new Unexpected("expected a JSON array of objects");
      }
      return (List<T>) v;
    };
  }

  /** The body's top-level value is not what the operation answers. */
  static final class Unexpected extends IOException {
    private static final long serialVersionUID = 1L;

    Unexpected(String message) {
      super(message);
    }
  }

  private final JsonParser p;
  private int depth;
  private String rootField;
  private String field;
  private String status;
  private Object errors;

  WireReader(JsonParser p) {
    this.p = p;
  }

  static WireReader of(InputStream in) throws IOException {
    return new WireReader(WireWriter.JSON.createParser(in));
  }

  JsonParser parser() {
    return p;
  }

  /** The next field's name, with the parser on its value; null at the end of the object. */
  public String nextField() throws IOException {
    String name = p.nextFieldName();
    if (name == null) {
      if (p.currentToken() == JsonToken.END_OBJECT) {
        return null;
      }
      throw new com.fasterxml.jackson.core.JsonParseException(
          p, "expected a field name, got " + p.currentToken());
    }
    p.nextToken();
    field = name;
    if (depth == 1) {
      rootField = name;
    }
    return name;
  }

  /** The current value: a scalar as stored, a structure as a generic tree. */
  public Object scalar() throws IOException {
    Object v;
    switch (p.currentToken()) {
      case VALUE_STRING:
        v = p.getText();
        break;
      case VALUE_NUMBER_INT: // integers are held as Long (BigInteger beyond), whatever their size
        // on the wire
        v = p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
            ? p.getBigIntegerValue()
            : (Object) p.getLongValue();
        break;
      case VALUE_NUMBER_FLOAT:
        v = p.getDecimalValue();
        break;
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return Wire.NULL;
      default:
        return generic();
    }
    if (isStatus()) {
      status = String.valueOf(v);
    }
    return v;
  }

  /** The current value as a model, or (another shape) a generic tree. */
  public Object object(Reader<?> reader) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return scalar();
    }
    depth++;
    try {
      return reader.read(this);
    } finally {
      depth--;
    }
  }

  /** The current value as a list of models; an array holding anything else stays a generic tree. */
  public Object list(Reader<?> item) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      return scalar();
    }
    List<Object> out = new ArrayList<>();
    boolean models = true;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t == JsonToken.START_OBJECT) {
        out.add(object(item));
      } else {
        models = false;
        out.add(scalar());
      }
    }
    List<Object> list = Collections.unmodifiableList(out);
    return models ? list : new Mixed(list);
  }

  /** The current value as a list of scalars (or a generic tree). */
  public Object scalars() throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      return scalar();
    }
    return generic();
  }

  /** Keeps a field the model does not declare. */
  public Map<String, Object> extra(Map<String, Object> extra, String name) throws IOException {
    Map<String, Object> m = extra != null ? extra : new LinkedHashMap<>();
    Object v = generic();
    if ("errors".equals(name) && (depth == 1 || (depth == 2 && "status".equals(rootField)))) {
      errors = v;
    }
    m.put(name, v);
    return m;
  }

  /** The current value as a generic tree: unmodifiable maps and lists of stored scalars. */
  public Object generic() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      boolean root = isStatus();
      Map<String, Object> m = new LinkedHashMap<>();
      for (JsonToken n = p.nextToken(); n == JsonToken.FIELD_NAME; n = p.nextToken()) {
        String name = p.currentName();
        p.nextToken();
        field = name;
        m.put(name, genericNested());
      }
      if (root) { // `status` itself had an unexpected shape: still look for the envelope in it
        Object s = m.get("status");
        status = s instanceof String ? (String) s : status;
        errors = m.containsKey("errors") ? m.get("errors") : errors;
      }
      return Collections.unmodifiableMap(m);
    }
    if (t == JsonToken.START_ARRAY) {
      List<Object> l = new ArrayList<>();
      for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) {
        l.add(genericNested());
      }
      return Collections.unmodifiableList(l);
    }
    return scalar();
  }

  private Object genericNested() throws IOException {
    depth += 10; // inside a generic tree nothing is the envelope's status
    try {
      return generic();
    } finally {
      depth -= 10;
    }
  }

  /** Whether the current value is the root's {@code status} or the root {@code status.status}. */
  private boolean isStatus() {
    if (depth > 2 || !"status".equals(field)) {
      return false;
    }
    return depth == 1 || "status".equals(rootField);
  }

  /** Whether the body was the API's error envelope ({@code status: failed}). */
  boolean failedEnvelope() {
    return "failed".equalsIgnoreCase(status == null ? "" : status.trim());
  }

  /** The envelope's {@code errors}, inside or beside {@code status}; null when there were none. */
  Object errors() {
    return errors;
  }

  /** A list read as models that held something else: kept as read, typed access reports it. */
  static final class Mixed {
    final List<Object> items;

    Mixed(List<Object> items) {
      this.items = items;
    }
  }
}
