package com.coupontools.codegen;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The SDK's one naming rule: a Java name is the camelCase of the wire name ({@code only_active}
 * → {@code onlyActive}, {@code ID} → {@code id}), unless the spec gives {@code x-java-name}
 * where the rule cannot guess ({@code customid} → {@code customId}). Names the rule would get
 * wrong (Java keywords, the models' own method names) stop the build and ask for the extension.
 */
final class Names {
  static final String JAVA_NAME = "x-java-name";
  /** Methods every generated model has; a field may not take their name. */
  private static final Set<String> RESERVED = Set.of(
      "builder",
      "toBuilder",
      "validate",
      "of",
      "equals",
      "hashCode",
      "toString",
      "getClass",
      "notify",
      "notifyAll",
      "wait",
      "clone",
      "finalize",
      "read",
      "writeFields",
      "writeBody",
      "exchange",
      "checkConstraints",
      "build");

  private static final Set<String> KEYWORDS = Set.of(
      "abstract",
      "assert",
      "boolean",
      "break",
      "byte",
      "case",
      "catch",
      "char",
      "class",
      "const",
      "continue",
      "default",
      "do",
      "double",
      "else",
      "enum",
      "extends",
      "final",
      "finally",
      "float",
      "for",
      "goto",
      "if",
      "implements",
      "import",
      "instanceof",
      "int",
      "interface",
      "long",
      "native",
      "new",
      "package",
      "private",
      "protected",
      "public",
      "return",
      "short",
      "static",
      "strictfp",
      "super",
      "switch",
      "synchronized",
      "this",
      "throw",
      "throws",
      "transient",
      "try",
      "void",
      "volatile",
      "while",
      "true",
      "false",
      "null",
      "var",
      "record",
      "yield");

  private Names() {}

  /** The Java name of a field (or parameter) called {@code wire} on the wire. */
  static String field(String wire, Map<String, Object> extensions, String where) {
    Object explicit = extensions == null ? null : extensions.get(JAVA_NAME);
    String name = explicit != null ? explicit.toString() : camel(wire);
    if (!name.matches("[a-z][A-Za-z0-9]*")) {
      throw new IllegalArgumentException(
          where + ": Java name '" + name + "' is not lowerCamelCase; set " + JAVA_NAME);
    }
    if (KEYWORDS.contains(name) || RESERVED.contains(name)) {
      throw new IllegalArgumentException(
          where + ": '" + name + "' is a Java keyword or a model method; set " + JAVA_NAME);
    }
    return name;
  }

  /** {@code only_active} → {@code onlyActive}; {@code ID} → {@code id}; {@code pagination[page]} → {@code paginationPage}. */
  static String camel(String wire) {
    String[] parts = wire.split("[^A-Za-z0-9]+");
    StringBuilder b = new StringBuilder();
    for (String p : parts) {
      if (p.isEmpty()) {
        continue;
      }
      String lower = p.equals(p.toUpperCase(Locale.ROOT)) ? p.toLowerCase(Locale.ROOT) : p;
      b.append(
          b.length() == 0
              ? Character.toLowerCase(lower.charAt(0)) + lower.substring(1)
              : Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
    }
    return b.toString();
  }

  static String capitalize(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** An enum constant: {@code add_campaign} → {@code ADD_CAMPAIGN}; {@code x-enum-varnames} when a value is not a name. */
  static String constant(String value, String where) {
    String c = value
        .replaceAll("[^A-Za-z0-9]+", "_")
        .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
        .toUpperCase(Locale.ROOT);
    c = c.replaceAll("^_+|_+$", "");
    if (c.isEmpty() || !Character.isLetter(c.charAt(0))) {
      throw new IllegalArgumentException(
          where + ": enum value '" + value + "' is no Java name; set x-enum-varnames");
    }
    return c;
  }

  /** {@code createMultiple} → {@code CREATE_MULTIPLE}. */
  static String upperSnake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }
}
