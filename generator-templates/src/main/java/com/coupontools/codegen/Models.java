package com.coupontools.codegen;

import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openapitools.codegen.CodegenModel;

/** The facts of one model for {@code model.mustache}: its fields, enums, factories and javadoc. */
final class Models {
  private final CoupontoolsJavaCodegen codegen;
  private final Shapes shapes;

  Models(CoupontoolsJavaCodegen codegen, Shapes shapes) {
    this.codegen = codegen;
    this.shapes = shapes;
  }

  /**
   * @param sent whether some request carries this model (its enums are then closed)
   * @param root whether the model is an operation's request (exchange and client-side checks)
   */
  void describe(CodegenModel cm, Schema<?> schema, boolean sent, boolean root) {
    Map<String, Object> x = cm.vendorExtensions;
    List<Map<String, Object>> fields = new ArrayList<>();
    List<Map<String, Object>> enums = new ArrayList<>();
    List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
    Map<String, Schema> props = schema.getProperties() == null ? Map.of() : schema.getProperties();
    boolean parameters = schema.getExtensions() != null
        && Boolean.TRUE.equals(schema.getExtensions().get("x-ct-parameters"));
    List<Map<String, Object>> path = new ArrayList<>();
    List<Map<String, Object>> query = new ArrayList<>();
    List<Map<String, Object>> body = new ArrayList<>();
    Object names =
        schema.getExtensions() == null ? null : schema.getExtensions().get("x-java-names");
    Map<String, Object> wholeBody = null;
    for (Map.Entry<String, Schema> e : props.entrySet()) {
      Map<String, Object> f = shapes.field(
          cm.classname,
          e.getKey(),
          e.getValue(),
          required.contains(e.getKey()),
          sent,
          names instanceof Map ? (Map<?, ?>) names : null);
      Object in = e.getValue().getExtensions() == null
          ? null
          : e.getValue().getExtensions().get(CoupontoolsJavaCodegen.IN);
      String where = in == null ? "body" : in.toString();
      if (Boolean.TRUE.equals(
          e.getValue().getExtensions() == null
              ? null
              : e.getValue().getExtensions().get(CoupontoolsJavaCodegen.WHOLE_BODY))) {
        wholeBody = f;
      } else {
        (where.equals("path") ? path : where.equals("query") ? query : body).add(f);
      }
      fields.add(f);
      if (f.containsKey("enum")) {
        enums.add(cast(f.get("enum")));
      }
    }
    markLast(fields);
    List<Map<String, Object>> requiredFields = new ArrayList<>();
    for (Map<String, Object> f : fields) {
      if (Boolean.TRUE.equals(f.get("required"))) {
        requiredFields.add(f);
      }
    }
    markLast(requiredFields);
    codegen.fieldsOf.put(cm.name, fields);
    x.put("x-ct-fields", fields);
    x.put("x-ct-enums", enums);
    x.put("x-ct-required-fields", requiredFields);
    x.put("x-ct-of", root && !requiredFields.isEmpty() && requiredFields.size() <= 3);
    x.put("x-ct-sent", sent);
    x.put("x-ct-conditional-checks", sent ? conditionalChecks(schema, fields) : List.of());
    x.put("x-ct-received", !sent);
    x.put("x-ct-root", root);
    x.put("x-ct-parameters", parameters);
    x.put("x-ct-path-fields", path);
    x.put("x-ct-query-fields", query);
    x.put("x-ct-body-fields", body);
    x.put("x-ct-has-body", wholeBody == null && (!parameters || !body.isEmpty()));
    x.put("x-ct-whole-body", wholeBody);
    x.put("x-ct-extras-in-query", parameters && body.isEmpty() && wholeBody == null);
    x.put("x-ct-doc", classDoc(cm, schema, root, sent, requiredFields));
  }

  /**
   * The contract's conditional requirements as client-side checks, one Java statement each, run
   * after the fields' own: {@code x-required-when} (a field required when another has a value:
   * SSO's {@code campaign} with {@code page: update_campaign}) and {@code x-required-any-of} (one
   * of a group is needed: the server's 200, with the sentence of the group's documented example).
   */
  private static List<String> conditionalChecks(
      Schema<?> schema, List<Map<String, Object>> fields) {
    Map<String, Object> ext = schema.getExtensions() == null ? Map.of() : schema.getExtensions();
    Map<String, String> javaNames = new java.util.HashMap<>();
    for (Map<String, Object> f : fields) {
      javaNames.put(String.valueOf(f.get("wireName")), String.valueOf(f.get("javaName")));
    }
    List<String> out = new ArrayList<>();
    if (ext.get("x-required-when") instanceof List) {
      for (Object r : (List<?>) ext.get("x-required-when")) {
        Map<?, ?> rule = (Map<?, ?>) r;
        Map<?, ?> cond = (Map<?, ?>) rule.get("if");
        String property = javaName(javaNames, String.valueOf(cond.get("property")));
        StringBuilder b = new StringBuilder("if (v.is(" + property + ", "
            + Docs.literal(String.valueOf(cond.get("equals"))) + ")) {");
        for (Object name : (List<?>) rule.get("required")) {
          b.append(" v.param(")
              .append(Docs.literal(name.toString()))
              .append(", ")
              .append(javaName(javaNames, name.toString()))
              .append(").required().check();");
        }
        out.add(b.append(" }").toString());
      }
    }
    if (ext.get("x-required-any-of") instanceof Map) {
      Map<?, ?> group = (Map<?, ?>) ext.get("x-required-any-of");
      StringBuilder names = new StringBuilder();
      StringBuilder values = new StringBuilder();
      for (Object name : (List<?>) group.get("names")) {
        names.append(names.length() == 0 ? "" : ", ").append(Docs.literal(name.toString()));
        values.append(", ").append(javaName(javaNames, name.toString()));
      }
      out.add("v.anyOf(" + Docs.literal(String.valueOf(group.get("error-example")))
          + ", new String[] {" + names + "}" + values + ");");
    }
    return out;
  }

  private static String javaName(Map<String, String> javaNames, String wire) {
    String j = javaNames.get(wire);
    if (j == null) {
      throw new IllegalStateException(
          "a conditional requirement names " + wire + ", which is no property of its schema");
    }
    return j;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Object o) {
    return (Map<String, Object>) o;
  }

  private static void markLast(List<Map<String, Object>> fields) {
    for (int i = 0; i < fields.size(); i++) {
      fields.get(i).put("last", i == fields.size() - 1);
      fields.get(i).put("first", i == 0);
    }
  }

  private String classDoc(
      CodegenModel cm,
      Schema<?> schema,
      boolean root,
      boolean sent,
      List<Map<String, Object>> required) {
    StringBuilder b = new StringBuilder(Docs.html(schema.getDescription()));
    if (b.length() == 0) {
      b.append("<p>The {@code ").append(cm.name).append("} object of the Coupontools API.</p>");
    }
    if (schema.getExtensions() != null
        && "inferred".equals(schema.getExtensions().get("x-doc-status"))) {
      b.append(
          "\n * <p>Designed by this contract where the public docs are silent ({@code x-doc-status: inferred}).</p>");
    }
    if (root) {
      StringBuilder example = new StringBuilder(cm.classname)
          .append(" request = ")
          .append(cm.classname)
          .append(".builder()");
      for (Map<String, Object> f : required) {
        Object literal = f.get("example");
        example
            .append("\n *     .")
            .append(
                literal != null
                    ? f.get("javaName") + "(" + literal + ")"
                    : "_" + f.get("javaName") + "(com.coupontools.client.WireValue.of(\"…\"))");
      }
      b.append(
              "\n * <p>Immutable; build it once and send it as often as you like. A required value that is not set"
                  + " fails {@code build()} with the server's error 200 ({@link com.coupontools.errors.MissingParameterException});"
                  + " a value that is not set is not sent.</p>\n * <pre>{@code\n * ")
          .append(example)
          .append("\n *     .build();\n * }</pre>");
    } else if (sent) { // a part of a request (a deepObject query value, an array body's item): no
      // validate()
      b.append(
          "\n * <p>Immutable; made with {@link #builder()}, part of a request. A value that is not set is not sent.</p>");
    } else {
      b.append(
          "\n * <p>Immutable. Each field has one typed accessor (absent optional values are empty, a missing"
              + " required or malformed value throws {@link com.coupontools.errors.InvalidResponseException} naming it) and"
              + " one raw {@code _field()} with the value as it was on the wire; {@link #validate()} checks them all at once.</p>");
    }
    return b.toString();
  }
}
