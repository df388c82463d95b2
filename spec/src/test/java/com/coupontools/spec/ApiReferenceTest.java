package com.coupontools.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.testsupport.Bundle.Op;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML API reference (built by {@code redocly build-docs --inlineBundle}) is self-contained,
 * holds every operation of the bundle, and shows each operation's documented/inferred status.
 */
class ApiReferenceTest {

  static final Path HTML =
      Path.of(System.getProperty("api.reference", "target/reference/index.html"));

  /** Anything that makes a browser fetch from the network when the page loads. */
  static final List<Pattern> NETWORK_LOADS = List.of(
      Pattern.compile("<script\\b[^>]*\\bsrc\\s*=", Pattern.CASE_INSENSITIVE),
      Pattern.compile("<link\\b[^>]*\\bhref\\s*=\\s*[\"']?(https?:)?//", Pattern.CASE_INSENSITIVE),
      Pattern.compile(
          "<(img|iframe|embed|object|source|audio|video)\\b[^>]*\\b(src|data)\\s*=\\s*[\"']?(https?:)?//",
          Pattern.CASE_INSENSITIVE),
      Pattern.compile("url\\(\\s*[\"']?(https?:)?//", Pattern.CASE_INSENSITIVE),
      Pattern.compile("@import\\s+[\"']", Pattern.CASE_INSENSITIVE),
      // ES modules: `import {x} from "https://..."` and `import("https://...")`
      Pattern.compile("\\bimport\\s*(\\(\\s*|[\\w{}\\s,*]*?\\bfrom\\s*)[\"'](https?:)?//"));

  static String html;
  static JsonNode definition;
  static JsonNode options;

  @TempDir
  Path tmp;

  @BeforeAll
  static void load() throws IOException {
    html = Files.readString(HTML);
    ObjectMapper json = new ObjectMapper();
    definition = json.readTree(embedded("__redoc_definition"));
    options = json.readTree(embedded("__redoc_options"));
  }

  @Test
  void loadsNothingFromTheNetwork() {
    assertEquals(List.of(), networkLoads(html));
  }

  @Test
  void itsContentSecurityPolicyAllowsNoNetworkSource() {
    // Redoc's own code would still fetch a logo from its CDN at run time; the page's CSP forbids
    // it.
    Matcher m = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\"")
        .matcher(html);
    assertTrue(m.find(), "no Content-Security-Policy meta tag (spec/reference/template.hbs)");
    List<String> directives = List.of(m.group(1).split("\\s*;\\s*"));
    assertTrue(directives.contains("default-src 'none'"), directives.toString());
    for (String directive : directives) {
      List<String> tokens = List.of(directive.trim().split("\\s+"));
      for (String source : tokens.subList(1, tokens.size())) {
        assertTrue(
            List.of("'none'", "'unsafe-inline'", "data:").contains(source),
            "CSP source " + source + " in '" + directive + "' would allow a network load");
      }
    }
  }

  @Test
  void theNetworkCheckCatchesTheCdnVersion() throws IOException {
    // The same build without --inlineBundle references Redoc on a CDN; the check must see it.
    Path out = tmp.resolve("cdn.html");
    SpecGatesTest.Result r = SpecGatesTest.run(
        "redocly",
        "build-docs",
        System.getProperty("spec.bundle", "target/openapi.yaml"),
        "--output",
        out.toString());
    assertEquals(0, r.exit(), r.output());
    List<String> loads = networkLoads(Files.readString(out));
    assertFalse(loads.isEmpty(), "the CDN build was not flagged");
    assertTrue(loads.stream().anyMatch(l -> l.contains("import")), loads.toString());
    assertTrue(loads.stream().anyMatch(l -> l.contains("modulepreload")), loads.toString());
  }

  @Test
  void everyOperationIsInTheReference() {
    Map<String, JsonNode> inHtml = operationsById(definition);
    List<String> missing = new ArrayList<>();
    for (Op op : SpecBundle.INSTANCE.ops()) {
      if (!inHtml.containsKey(op.id()) || !html.contains("\"operationId\":\"" + op.id() + "\"")) {
        missing.add(op.id());
      }
    }
    assertEquals(List.of(), missing);
    assertEquals(SpecBundle.INSTANCE.ops().size(), inHtml.size());
  }

  @Test
  void everyOperationShowsItsDocStatus() {
    // Shown twice: as a badge (header and navigation) and in the extensions panel.
    Map<String, JsonNode> inHtml = operationsById(definition);
    List<String> wrong = new ArrayList<>();
    for (Op op : SpecBundle.INSTANCE.ops()) {
      String status = op.node().path("x-doc-status").asText();
      JsonNode shown = inHtml.get(op.id());
      String badge =
          shown == null ? "" : shown.path("x-badges").path(0).path("name").asText();
      if (status.isEmpty()
          || !badge.equalsIgnoreCase(status)
          || !shown.path("x-doc-status").asText().equals(status)) {
        wrong.add(op.id() + " (x-doc-status " + status + ", badge '" + badge + "')");
      }
    }
    assertEquals(List.of(), wrong);
    List<String> shownExtensions = new ArrayList<>();
    options.path("showExtensions").forEach(e -> shownExtensions.add(e.asText()));
    assertTrue(shownExtensions.contains("x-doc-status"), options.toString());
  }

  @Test
  void everyWebhookIsInTheReferenceWithItsDocStatus() {
    // x-webhooks (what Coupontools POSTs to an endpoint): Redoc renders them in their own section.
    JsonNode bundled = SpecBundle.INSTANCE.root().path("x-webhooks");
    JsonNode shown = definition.path("x-webhooks");
    assertTrue(bundled.size() > 0, "no x-webhooks in the bundle");
    List<String> wrong = new ArrayList<>();
    bundled.properties().forEach(e -> {
      JsonNode op = e.getValue().path("post");
      JsonNode inPage = shown.path(e.getKey()).path("post");
      String status = op.path("x-doc-status").asText();
      String badge = inPage.path("x-badges").path(0).path("name").asText();
      if (!inPage.path("operationId").asText().equals(op.path("operationId").asText())
          || status.isEmpty()
          || !badge.equalsIgnoreCase(status)) {
        wrong.add(e.getKey() + " (x-doc-status " + status + ", badge '" + badge + "')");
      }
    });
    assertEquals(List.of(), wrong);
  }

  @Test
  void thePublishedBundleCarriesNoBadges() {
    // The badges are a property of the reference page only.
    assertFalse(SpecBundle.INSTANCE.ops().stream().anyMatch(op -> op.node().has("x-badges")));
  }

  static List<String> networkLoads(String page) {
    List<String> found = new ArrayList<>();
    for (Pattern p : NETWORK_LOADS) {
      Matcher m = p.matcher(page);
      while (m.find()) {
        found.add(page.substring(m.start(), Math.min(page.length(), m.end() + 80)));
      }
    }
    return found;
  }

  private static Map<String, JsonNode> operationsById(JsonNode spec) {
    Map<String, JsonNode> ops = new HashMap<>();
    spec.path("paths")
        .forEach(path -> path.forEach(op -> {
          if (op.has("operationId")) ops.put(op.get("operationId").asText(), op);
        }));
    return ops;
  }

  /** The JSON that the page hands to Redoc as `const <name> = {...};`. */
  private static String embedded(String name) {
    Matcher m = Pattern.compile(
            "const " + name + " = (\\{.*?\\});\\s*(const |hydrate\\()", Pattern.DOTALL)
        .matcher(html);
    if (!m.find())
      throw new AssertionError(
          "no " + name + " in " + HTML + " (did the Redoc page layout change?)");
    return m.group(1);
  }
}
