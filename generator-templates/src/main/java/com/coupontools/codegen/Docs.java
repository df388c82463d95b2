package com.coupontools.codegen;

import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Javadoc from the spec: its Markdown rendered to HTML (CommonMark), made safe inside a Java
 * comment, and the constraints and default of a value spelled out where the IDE shows them.
 * The spec's design notes ({@code x-decision}) are not part of it: they belong to the contract's
 * reviewers, not to the SDK's users.
 */
final class Docs {
  private static final Parser MARKDOWN = Parser.builder().build();
  /** Raw HTML in the spec's Markdown ({@code "<name> (copy)"}) is text, not a tag javadoc would reject. */
  private static final HtmlRenderer HTML =
      HtmlRenderer.builder().escapeHtml(true).build();

  private Docs() {}

  /** Markdown → HTML that javadoc (and javac, which reads {@code \}{@code u} escapes in comments) accepts. */
  static String html(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    String html = HTML.render(MARKDOWN.parse(markdown.trim())).trim();
    return safe(html);
  }

  /** Like {@link #html} without the enclosing paragraph, for a one-sentence summary. */
  static String inline(String markdown) {
    String h = html(markdown);
    if (h.startsWith("<p>") && h.endsWith("</p>") && h.indexOf("<p>", 1) < 0) {
      h = h.substring(3, h.length() - 4);
    }
    return h;
  }

  static String safe(String html) {
    return html.replace("*/", "*&#47;")
        .replace("\\u", "&#92;u")
        .replace("@", "&#64;")
        .replace("{&#64;", "{@")
        .replace("\n", "\n * ");
  }

  /** Plain text for a Java string literal inside generated code. */
  static String literal(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }

  /** "Between 1 and 100000. At most 64 characters. Pattern …. One of …. Default (when not sent): …." */
  static String constraints(Schema<?> s, List<String> enumValues, boolean required) {
    List<String> parts = new ArrayList<>();
    if (required) {
      parts.add("Required.");
    }
    BigDecimal min = s.getMinimum();
    BigDecimal max = s.getMaximum();
    if (min != null && max != null) {
      parts.add("From " + min.toPlainString() + " to " + max.toPlainString() + ".");
    } else if (min != null) {
      parts.add("At least " + min.toPlainString() + ".");
    } else if (max != null) {
      parts.add("At most " + max.toPlainString() + ".");
    }
    if (s.getMinLength() != null && s.getMaxLength() != null) {
      parts.add(s.getMinLength() + " to " + s.getMaxLength() + " characters.");
    } else if (s.getMaxLength() != null) {
      parts.add("At most " + s.getMaxLength() + " characters.");
    } else if (s.getMinLength() != null) {
      parts.add("At least " + s.getMinLength() + " characters.");
    }
    if (s.getMaxItems() != null) {
      parts.add("At most " + s.getMaxItems() + " items.");
    }
    if (s.getPattern() != null) {
      parts.add("Pattern " + code(s.getPattern()) + ".");
    }
    if (enumValues != null && !enumValues.isEmpty()) {
      List<String> v = new ArrayList<>();
      enumValues.forEach(e -> v.add(code(e.isEmpty() ? "\"\"" : e)));
      parts.add(
          s.getEnum() != null
              ? "One of " + String.join(", ", v) + "."
              : "Known values " + String.join(", ", v) + "; others may arrive (x-known-values).");
    }
    if ("email".equals(s.getFormat())) {
      parts.add("An email address.");
    }
    if (s.getDefault() != null) {
      parts.add("Default when not sent: " + code(String.valueOf(s.getDefault()))
          + " (the server's; the SDK sends nothing).");
    }
    return String.join(" ", parts);
  }

  /** {@code {@code s}} when javadoc and javac can take it as is, else {@code <code>} with entities. */
  static String code(String s) {
    int depth = 0;
    boolean balanced = true;
    for (char c : s.toCharArray()) {
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      balanced &= depth >= 0;
    }
    if (balanced && depth == 0 && !s.contains("*/") && !s.contains("\\u") && !s.contains("\n")) {
      return "{@code " + s + "}";
    }
    return "<code>"
        + s.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("*/", "*&#47;")
            .replace("\\u", "&#92;u")
            .replace("@", "&#64;")
            .replace("{", "&#123;")
            .replace("}", "&#125;")
        + "</code>";
  }
}
