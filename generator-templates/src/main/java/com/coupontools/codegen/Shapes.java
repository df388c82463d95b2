package com.coupontools.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The Java shape of each field of a model, decided once from its raw schema: its kind (from
 * {@code type}, {@code format}, {@code enum}, {@code x-coupontools-type}, a {@code $ref} to an
 * object), the typed accessor's type and conversion, the builder setter's type and the
 * conversion of its value to the wire form, the reader call, the client-side checks and the
 * javadoc. Handed to the model template as plain maps (mustache can only print and test).
 */
final class Shapes {
  static final String WIRE = "com.coupontools.internal.Wire";

  enum Kind {
    STRING,
    FLAG,
    NUMERIC,
    DATE,
    DATETIME,
    OFFSET_DATETIME,
    URI,
    BOOL,
    INT32,
    INT64,
    DECIMAL,
    ENUM,
    MODEL,
    LIST,
    ANY
  }

  private final OpenAPI openAPI;
  private final UnaryOperator<String> modelName;

  Shapes(OpenAPI openAPI, UnaryOperator<String> modelName) {
    this.openAPI = openAPI;
    this.modelName = modelName;
  }

  /** A property schema with its {@code $ref} (or single-{@code allOf} wrapper) followed. */
  static final class Resolved {
    Schema<?> schema; // where type, format, enum and constraints come from
    String refName; // the component it points to, if any
    String description; // the property's own description first, else the target's
    Map<String, Object> extensions = new LinkedHashMap<>();
  }

  Resolved resolve(Schema<?> property) {
    Resolved r = new Resolved();
    r.description = property.getDescription();
    if (property.getExtensions() != null) {
      r.extensions.putAll(property.getExtensions());
    }
    Schema<?> s = property;
    for (int hops = 0; hops < 8; hops++) {
      String ref = s.get$ref();
      if (ref == null && s.getAllOf() != null && s.getAllOf().size() == 1) {
        Schema<?> only = s.getAllOf().get(0);
        ref = only.get$ref();
        if (ref == null) { // an inline schema wrapped to carry its own description
          s = only;
          if (s.getExtensions() != null) {
            s.getExtensions().forEach(r.extensions::putIfAbsent);
          }
          r.description = r.description != null ? r.description : s.getDescription();
          continue;
        }
      }
      if (ref == null) {
        break;
      }
      r.refName = ref.substring(ref.lastIndexOf('/') + 1);
      s = openAPI.getComponents().getSchemas().get(r.refName);
      if (r.description == null) {
        r.description = s.getDescription();
      }
      if (s.getExtensions() != null) {
        s.getExtensions().forEach(r.extensions::putIfAbsent);
      }
    }
    r.schema = s;
    return r;
  }

  static boolean isObject(Schema<?> s) {
    return "object".equals(s.getType()) || (s.getType() == null && s.getProperties() != null);
  }

  Kind kind(Resolved r) {
    Schema<?> s = r.schema;
    if (r.refName != null && isObject(s)) {
      return Kind.MODEL;
    }
    if (s instanceof ArraySchema || "array".equals(s.getType())) {
      return Kind.LIST;
    }
    if ("string".equals(s.getType())
        && ((s.getEnum() != null && !s.getEnum().isEmpty()) || knownValues(s) != null)) {
      return Kind.ENUM;
    }
    Object ct = r.extensions.get("x-coupontools-type");
    if (ct != null) {
      switch (ct.toString()) {
        case "flag":
          return Kind.FLAG;
        case "integer":
          return Kind.NUMERIC;
        case "date":
          return Kind.DATE;
        case "datetime":
          return Kind.DATETIME;
        default:
          throw new IllegalArgumentException("unknown x-coupontools-type: " + ct);
      }
    }
    String type = s.getType();
    if ("string".equals(type)) {
      String format = s.getFormat() == null ? "" : s.getFormat();
      switch (format) {
        case "uri":
          return Kind.URI;
        case "date":
          return Kind.DATE;
        case "date-time":
          return Kind.OFFSET_DATETIME;
        default:
          return Kind.STRING;
      }
    }
    if ("boolean".equals(type)) {
      return Kind.BOOL;
    }
    if ("integer".equals(type)) {
      return "int64".equals(s.getFormat()) ? Kind.INT64 : Kind.INT32;
    }
    if ("number".equals(type)) {
      return Kind.DECIMAL;
    }
    return Kind.ANY; // oneOf, a free-form object, no type at all
  }

  /**
   * {@code x-known-values} of an open string (a type list that grows, like webhook event types):
   * the values the contract knows, which the SDK names as constants of an open enum, without
   * restricting what may arrive. Null when the schema has none.
   */
  static List<?> knownValues(Schema<?> s) {
    Object v = s.getExtensions() == null ? null : s.getExtensions().get("x-known-values");
    return v instanceof List && !((List<?>) v).isEmpty() ? (List<?>) v : null;
  }

  /** Values of an enum (or the known values of an open string), without the empty string (which means "no value"). */
  static List<String> enumValues(Schema<?> s) {
    List<String> v = new ArrayList<>();
    List<?> values = s.getEnum() != null ? s.getEnum() : knownValues(s);
    if (values != null) {
      for (Object o : values) {
        if (o != null && !o.toString().isEmpty()) {
          v.add(o.toString());
        }
      }
    }
    return v;
  }

  /** Whether the contract lets the value be empty (a pattern matching "", an enum listing ""). */
  static boolean allowsEmpty(Schema<?> s) {
    if (s.getEnum() != null
        && s.getEnum().stream().anyMatch(o -> o != null && o.toString().isEmpty())) {
      return true;
    }
    return s.getPattern() != null && Pattern.compile(s.getPattern()).matcher("").find();
  }

  /**
   * The facts of one field.
   *
   * @param owner the model's class name
   * @param request whether the model is sent (closed enums) rather than received (open enums)
   */
  Map<String, Object> field(
      String owner,
      String wire,
      Schema<?> property,
      boolean required,
      boolean request,
      Map<?, ?> ownerNames) {
    Resolved r = resolve(property);
    if (property.getExtensions() == null
        || !property.getExtensions().containsKey(Names.JAVA_NAME)) {
      r.extensions.remove(Names.JAVA_NAME); // a referenced schema's name is not this field's
    }
    if (ownerNames != null && ownerNames.containsKey(wire)) {
      r.extensions.put(Names.JAVA_NAME, ownerNames.get(wire));
    }
    Kind kind = kind(r);
    String where = owner + "." + wire;
    String javaName = Names.field(wire, r.extensions, where);
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("wireName", wire);
    f.put("wireLiteral", Docs.literal(wire));
    f.put("javaName", javaName);
    f.put("required", required);
    boolean typedEmpty =
        kind != Kind.STRING && kind != Kind.URI && kind != Kind.ANY && allowsEmpty(r.schema);
    boolean optional = !required || typedEmpty;
    f.put("optional", optional && kind != Kind.ANY);
    Type t = type(owner, javaName, kind, r, request, f);
    f.put("kind", kind.name());
    f.put(
        "javaType",
        optional && kind != Kind.ANY ? "java.util.Optional<" + t.boxed + ">" : t.unboxed);
    String conversion = t.conversion;
    f.put(
        "getter",
        kind == Kind.ANY
            ? WIRE + ".view(" + javaName + ")"
            : WIRE + "." + (optional ? "optional" : "required") + "(" + javaName + ", MODEL, "
                + Docs.literal(wire) + ", " + conversion + ")");
    f.put("setterType", t.setter);
    f.put("store", t.store);
    f.put("primitiveSetter", Character.isLowerCase(t.setter.charAt(0)));
    f.put("read", t.read);
    f.put("typed", kind != Kind.ANY);
    f.put("validateCall", validateCall(kind, javaName, optional, t));
    f.put(
        "checks",
        checks(
            r.schema,
            kind,
            r.schema.getItems() == null ? null : resolve(r.schema.getItems()).schema));
    String nested = nestedChecks(kind, javaName, Docs.literal(wire), t);
    f.put("nestedChecks", nested);
    f.put("hasNestedChecks", !nested.isEmpty());
    // javadoc
    String description = Docs.html(r.description);
    f.put("doc", description.isEmpty() ? "The {@code " + wire + "} field." : description);
    f.put("wireDoc", wireDoc(kind, r, wire));
    f.put(
        "constraintsDoc",
        Docs.constraints(
            r.schema, kind == Kind.ENUM ? enumValues(r.schema) : null, request && required));
    f.put(
        "emptyDoc",
        optional && kind != Kind.ANY
            ? (typedEmpty
                ? "Empty when the field is absent, null or holds no value ({@code \"\"}"
                    + (kind == Kind.DATE || kind == Kind.DATETIME ? " or the all-zero date" : "")
                    + ")."
                : "Empty when the field is absent or null.")
            : "");
    f.put("inferred", "inferred".equals(r.extensions.get("x-doc-status")));
    Object example = property.getExample() != null ? property.getExample() : r.schema.getExample();
    f.put("example", exampleLiteral(kind, example, owner, f));
    return f;
  }

  /** A Java expression for the setter, from the spec's example (null when there is none to use). */
  @SuppressWarnings("unchecked")
  private static String exampleLiteral(
      Kind kind, Object example, String owner, Map<String, Object> f) {
    String text = example == null ? null : example.toString();
    switch (kind) {
      case STRING:
        return text == null ? null : Docs.literal(text);
      case INT32:
      case INT64:
      case NUMERIC:
        return text != null && text.matches("-?\\d{1,9}") ? text : null;
      case FLAG:
      case BOOL:
        return text == null ? null : String.valueOf(text.equals("1") || text.equals("true"));
      case DATE:
        return text != null && text.matches("\\d{4}-\\d{2}-\\d{2}")
            ? "java.time.LocalDate.parse(" + Docs.literal(text) + ")"
            : null;
      case DATETIME:
        return text != null && text.matches("\\d{4}-\\d{2}-\\d{2}[ T:]\\d{2}:\\d{2}:\\d{2}")
            ? "java.time.LocalDateTime.parse("
                + Docs.literal(text.substring(0, 10) + "T" + text.substring(11)) + ")"
            : null;
      case URI:
        return text == null ? null : "java.net.URI.create(" + Docs.literal(text) + ")";
      case ENUM: {
        Map<String, Object> e = (Map<String, Object>) f.get("enum");
        for (Map<String, Object> c : (List<Map<String, Object>>) e.get("constants")) {
          if (text == null || c.get("value").equals(text)) {
            return owner + "." + e.get("className") + "." + c.get("constant");
          }
        }
        return null;
      }
      case LIST:
        if (example instanceof List
            && !((List<?>) example).isEmpty()
            && ((List<?>) example).get(0) instanceof String
            && "String".equals(f.get("itemType"))) {
          return "java.util.List.of(" + Docs.literal((String) ((List<?>) example).get(0)) + ")";
        }
        return null;
      default:
        return null;
    }
  }

  /** The Java types and snippets of one field. */
  private static final class Type {
    String unboxed;
    String boxed;
    String conversion;
    String setter;
    String store = "value";
    String read = "r.scalar()";
    String itemModel;

    Type(String unboxed, String boxed, String conversion, String setter) {
      this.unboxed = unboxed;
      this.boxed = boxed;
      this.conversion = conversion;
      this.setter = setter;
    }
  }

  private Type type(
      String owner,
      String javaName,
      Kind kind,
      Resolved r,
      boolean request,
      Map<String, Object> f) {
    Type t;
    switch (kind) {
      case STRING:
        return new Type("String", "String", WIRE + "::string", "String");
      case FLAG:
        t = new Type("boolean", "Boolean", WIRE + "::flag", "boolean");
        t.store = WIRE + ".flag(value)";
        return t;
      case NUMERIC:
        t = new Type("long", "Long", WIRE + "::int64", "long");
        t.store = WIRE + ".numeric(value)";
        return t;
      case DATE:
        t = new Type(
            "java.time.LocalDate", "java.time.LocalDate", WIRE + "::date", "java.time.LocalDate");
        t.store = WIRE + ".date(value)";
        return t;
      case DATETIME:
        t = new Type(
            "java.time.LocalDateTime",
            "java.time.LocalDateTime",
            WIRE + "::dateTime",
            "java.time.LocalDateTime");
        t.store = WIRE + ".dateTime(value)";
        return t;
      case OFFSET_DATETIME:
        t = new Type(
            "java.time.OffsetDateTime",
            "java.time.OffsetDateTime",
            WIRE + "::offsetDateTime",
            "java.time.OffsetDateTime");
        t.store = WIRE + ".offsetDateTime(value)";
        return t;
      case URI:
        t = new Type("java.net.URI", "java.net.URI", WIRE + "::uri", "java.net.URI");
        t.store = WIRE + ".uri(value)";
        return t;
      case BOOL:
        return new Type("boolean", "Boolean", WIRE + "::bool", "boolean");
      case INT32:
        t = new Type("int", "Integer", WIRE + "::int32", "int");
        t.store = "(long) value";
        return t;
      case INT64:
        return new Type("long", "Long", WIRE + "::int64", "long");
      case DECIMAL:
        return new Type(
            "java.math.BigDecimal",
            "java.math.BigDecimal",
            WIRE + "::decimal",
            "java.math.BigDecimal");
      case ENUM: {
        String name = Names.capitalize(javaName);
        Map<String, Object> e = enumFacts(owner, name, r, request);
        f.put("enum", e);
        t = new Type(name, name, WIRE + ".enumeration(" + name + "::of)", name);
        t.store = "value.value()";
        return t;
      }
      case MODEL: {
        String m = modelName.apply(r.refName);
        t = new Type(m, m, WIRE + ".model(" + m + ".class)", m);
        t.read = "r.object(" + m + "::read)";
        return t;
      }
      case LIST:
        return listType(owner, javaName, r, request, f);
      default: {
        t = new Type(
            "com.coupontools.client.WireValue",
            "com.coupontools.client.WireValue",
            null,
            "com.coupontools.client.WireValue");
        t.store = WIRE + ".raw(value)";
        t.read = "r.generic()";
        return t;
      }
    }
  }

  private Type listType(
      String owner, String javaName, Resolved r, boolean request, Map<String, Object> f) {
    Schema<?> items = r.schema.getItems();
    Resolved ir = resolve(items);
    Kind ik = kind(ir);
    Type t;
    if (ik == Kind.MODEL) {
      String m = modelName.apply(ir.refName);
      t = new Type(
          "java.util.List<" + m + ">",
          "java.util.List<" + m + ">",
          WIRE + ".models(" + m + ".class)",
          "java.util.List<" + m + ">");
      t.store = WIRE + ".list(value, v -> v)";
      t.read = "r.list(" + m + "::read)";
      t.itemModel = m;
      return t;
    }
    if (ik == Kind.LIST || ik == Kind.ANY) {
      t = new Type(
          "java.util.List<com.coupontools.client.WireValue>",
          "java.util.List<com.coupontools.client.WireValue>",
          WIRE + ".list(" + WIRE + "::view)",
          "java.util.List<com.coupontools.client.WireValue>");
      t.store = WIRE + ".list(value, " + WIRE + "::raw)";
      t.read = "r.scalars()";
      return t;
    }
    Map<String, Object> itemFacts = new LinkedHashMap<>();
    Type it = type(owner, javaName + "Item", ik, ir, request, itemFacts);
    if (itemFacts.containsKey("enum")) {
      f.put("enum", itemFacts.get("enum"));
    }
    f.put("itemType", it.boxed);
    t = new Type(
        "java.util.List<" + it.boxed + ">",
        "java.util.List<" + it.boxed + ">",
        WIRE + ".list(" + it.conversion + ")",
        "java.util.List<" + it.boxed + ">");
    t.store = WIRE + ".list(value, v -> "
        + (it.store.equals("value") ? "v" : "(Object) " + it.store.replaceFirst("\\bvalue\\b", "v"))
        + ")";
    t.read = "r.scalars()";
    return t;
  }

  private static Map<String, Object> enumFacts(
      String owner, String className, Resolved r, boolean request) {
    List<String> values = enumValues(r.schema);
    Object names = r.extensions.get("x-enum-varnames");
    List<Map<String, Object>> constants = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      String constant = names instanceof List
          ? ((List<?>) names).get(i).toString()
          : Names.constant(values.get(i), owner + "." + className);
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("constant", constant);
      c.put("value", values.get(i));
      c.put("literal", Docs.literal(values.get(i)));
      c.put("last", i == values.size() - 1);
      constants.add(c);
    }
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("className", className);
    e.put("open", !request || knownValues(r.schema) != null); // known values never restrict
    e.put("constants", constants);
    e.put("doc", Docs.html(r.description));
    return e;
  }

  /** What {@code validate()} does for the field: convert it, and validate nested models. */
  private static String validateCall(Kind kind, String javaName, boolean optional, Type t) {
    if (kind == Kind.ANY) {
      return "";
    }
    if (kind == Kind.MODEL) {
      return optional
          ? javaName + "().ifPresent(" + t.boxed + "::validate);"
          : javaName + "().validate();";
    }
    if (t.itemModel != null) {
      return optional
          ? javaName + "().ifPresent(l -> l.forEach(" + t.itemModel + "::validate));"
          : javaName + "().forEach(" + t.itemModel + "::validate);";
    }
    return javaName + "();";
  }

  /**
   * The client-side checks inside an object field (a deepObject query value: {@code pagination[page]})
   * or inside each object of a list ({@code users[1].email}); empty for any other field.
   */
  private static String nestedChecks(Kind kind, String javaName, String wireLiteral, Type t) {
    if (kind == Kind.MODEL) {
      return nestedCheck(javaName, t.boxed, "v.fieldsOf(" + wireLiteral + ")");
    }
    if (t.itemModel != null) {
      return "if (" + javaName
          + " instanceof java.util.List) { int i = 0; for (Object item : (java.util.List<?>) "
          + javaName + ") { " + nestedCheck("item", t.itemModel, "v.itemOf(" + wireLiteral + ", i)")
          + " i++; } }";
    }
    return "";
  }

  /** The model's checks over a value that is the model or a raw JSON object in its place. */
  private static String nestedCheck(String value, String model, String validator) {
    return "if (" + value + " instanceof " + model + ") ((" + model + ") " + value
        + ").checkConstraints(" + validator + ");"
        + " else if (" + value + " instanceof java.util.Map) " + model + ".checkRaw(" + validator
        + ", (java.util.Map<?, ?>) "
        + value + ");";
  }

  /** The client-side checks of a request field, as the runtime Validator's chained calls. */
  private static String checks(Schema<?> s, Kind kind, Schema<?> items) {
    StringBuilder b = new StringBuilder();
    List<String> values =
        s.getEnum() == null ? List.of() : enumValues(s); // x-known-values restrict nothing
    if (!values.isEmpty()) {
      List<String> quoted = new ArrayList<>();
      values.forEach(v -> quoted.add(Docs.literal(v)));
      b.append(".allowed(").append(String.join(", ", quoted)).append(')');
    }
    if (s.getPattern() != null) {
      b.append(".pattern(").append(Docs.literal(s.getPattern())).append(')');
    }
    if (s.getMinLength() != null) {
      b.append(".minLength(").append(s.getMinLength()).append(')');
    }
    if (s.getMaxLength() != null) {
      b.append(".maxLength(").append(s.getMaxLength()).append(')');
    }
    if (s.getMinimum() != null) {
      b.append(".minimum(\"").append(s.getMinimum().toPlainString()).append("\")");
    }
    if (s.getMaximum() != null) {
      b.append(".maximum(\"").append(s.getMaximum().toPlainString()).append("\")");
    }
    if (s.getMaxItems() != null) {
      b.append(".maxItems(").append(s.getMaxItems()).append(')');
    }
    if (s.getFormat() != null) {
      b.append(".format(").append(Docs.literal(s.getFormat())).append(')');
    }
    switch (kind) {
      case DATE:
        b.append(".wireType(\"date\")");
        break;
      case DATETIME:
        b.append(".wireType(\"datetime\")");
        break;
      case INT32:
      case INT64:
        b.append(".integer()");
        break;
      case BOOL:
        b.append(".bool()");
        break;
      case LIST: // the item schema, resolved: an ID list's items are a $ref to the shared ID
        if (items != null && items.getPattern() != null) {
          b.append(".itemPattern(").append(Docs.literal(items.getPattern())).append(')');
        }
        break;
      default:
        break;
    }
    return b.toString();
  }

  /** What the wire carries, when it differs from the Java type. */
  private static String wireDoc(Kind kind, Resolved r, String wire) {
    switch (kind) {
      case FLAG:
        return "On the wire: {@code " + wire + "}, a {@code \"0\"}/{@code \"1\"} string.";
      case NUMERIC:
        return "On the wire: {@code " + wire + "}, a numeric string.";
      case DATE:
        return "On the wire: {@code " + wire + "}, a {@code yyyy-MM-dd} string.";
      case DATETIME:
        return "On the wire: {@code " + wire + "}, a {@code yyyy-MM-dd HH:mm:ss} string.";
      case OFFSET_DATETIME:
        return "On the wire: {@code " + wire + "}, an RFC 3339 date-time string.";
      case URI:
        return "On the wire: {@code " + wire + "}, a URI string.";
      default:
        return "On the wire: {@code " + wire + "}.";
    }
  }
}
