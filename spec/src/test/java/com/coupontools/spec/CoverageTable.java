package com.coupontools.spec;

import com.coupontools.testsupport.Bundle;
import com.coupontools.testsupport.Bundle.Op;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the endpoint coverage table ({@code spec/target/ENDPOINTS-COVERAGE.md}) from the bundle:
 * every operation with its method, path, style, documented/inferred status, source page and
 * SDK method, plus the counts by API version. Run by the build (exec:java, after the bundle).
 *
 * <p>Other modules add columns without touching this class: each extra argument
 * {@code Name=file.tsv} names a column and a file of {@code operationId<TAB>value} lines (for
 * example the sandbox's supported operations, the conformance suite's case counts). Without one,
 * the Sandbox and Conformance columns show "—" (not reported).
 */
public final class CoverageTable {

  static final List<String> DEFAULT_COLUMNS = List.of("Sandbox", "Conformance");

  private CoverageTable() {}

  /** One row of the table. */
  record Row(
      String method,
      String path,
      String id,
      String tag,
      String style,
      String status,
      String source,
      String sdkMethod) {
    /** The API version of the path and the operation's style: {@code v3 rpc}, {@code v4 rpc}, {@code v4 rest}. */
    String version() {
      return (path.startsWith("/v4") ? "v4" : path.startsWith("/v3") ? "v3" : "other") + " "
          + style;
    }
  }

  static List<Row> rows(Bundle bundle) {
    List<Row> rows = new ArrayList<>();
    for (Op op : bundle.ops()) {
      JsonNode n = op.node();
      String tag = n.path("tags").path(0).asText("");
      String method = n.path("x-sdk-method").asText(camel(op.id()));
      String sdk = n.path("x-sdk-skip").asBoolean(false)
          ? "— (x-sdk-skip)"
          : "`client." + accessor(tag) + "()." + method + "(…)`";
      rows.add(new Row(
          op.method(),
          op.path(),
          op.id(),
          tag,
          op.style(),
          n.path("x-doc-status").asText("?"),
          n.path("x-doc-source").asText(""),
          sdk));
    }
    return rows;
  }

  /** The SDK's resource accessor of a tag: {@code LoyaltyCards} → {@code loyaltyCards}. */
  static String accessor(String tag) {
    return tag.isEmpty() ? "" : Character.toLowerCase(tag.charAt(0)) + tag.substring(1);
  }

  /** What generators use without {@code x-sdk-method}: the camelized operationId. */
  static String camel(String id) {
    StringBuilder b = new StringBuilder();
    for (String part : id.split("_")) {
      if (part.isEmpty()) continue;
      b.append(b.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
    }
    return b.toString();
  }

  /** The counts by version and style, and doc status (v3 rpc, v4 rest, v4 rpc). */
  static Map<String, int[]> counts(List<Row> rows) {
    Map<String, int[]> counts = new TreeMap<>();
    for (Row r : rows) {
      int[] c = counts.computeIfAbsent(r.version(), v -> new int[2]);
      c[r.status().equals("inferred") ? 1 : 0]++;
    }
    return counts;
  }

  static String markdown(List<Row> rows, Map<String, Map<String, String>> columns) {
    StringBuilder md = new StringBuilder();
    md.append("# Endpoint coverage\n\n")
        .append(
            "Generated from the bundle (`spec/target/openapi.yaml`) by the build; do not edit. The spec build writes\n")
        .append(
            "it first; a full reactor build writes it again at the end with the SDK, Sandbox and Conformance columns.\n")
        .append(
            "*Documented*: method and path are in the public docs (designed parts inside are marked\n")
        .append(
            "`x-doc-status: inferred` where they stand); *inferred*: the whole operation is our design, from\n")
        .append(
            "a sidebar title and its neighbours. A \"—\" means the module has not reported that column.\n\n");
    md.append("| API, style | documented | inferred | total |\n|---|---:|---:|---:|\n");
    int documented = 0;
    int inferred = 0;
    for (Map.Entry<String, int[]> e : counts(rows).entrySet()) {
      int[] c = e.getValue();
      md.append("| ")
          .append(e.getKey())
          .append(" | ")
          .append(c[0])
          .append(" | ")
          .append(c[1])
          .append(" | ")
          .append(c[0] + c[1])
          .append(" |\n");
      documented += c[0];
      inferred += c[1];
    }
    md.append("| **all** | **")
        .append(documented)
        .append("** | **")
        .append(inferred)
        .append("** | **")
        .append(documented + inferred)
        .append("** |\n\n");
    long skipped =
        rows.stream().filter(r -> r.sdkMethod().contains("x-sdk-skip")).count();
    if (skipped > 0) {
      md.append("Of these, ")
          .append(skipped)
          .append(" are a second method of another operation's path that SDKs leave\n")
          .append(
              "out (`x-sdk-skip`: GET forms of rpc reads, for clients that read with GET).\n\n");
    }

    md.append(
        "| # | Resource | Method | Path | operationId | Style | Status | SDK method | Source");
    columns.keySet().forEach(c -> md.append(" | ").append(c));
    md.append(" |\n|---:|---|---|---|---|---|---|---|---");
    columns.keySet().forEach(c -> md.append("|---"));
    md.append("|\n");
    int i = 0;
    for (Row r : rows) {
      md.append("| ")
          .append(++i)
          .append(" | ")
          .append(r.tag())
          .append(" | ")
          .append(r.method())
          .append(" | `")
          .append(r.path())
          .append("` | `")
          .append(r.id())
          .append("` | ")
          .append(r.style())
          .append(" | ")
          .append(r.status())
          .append(" | ")
          .append(r.sdkMethod())
          .append(" | ")
          .append(link(r.source()));
      for (Map<String, String> values : columns.values()) {
        md.append(" | ").append(cell(values.getOrDefault(r.id(), "—")));
      }
      md.append(" |\n");
    }
    return md.toString();
  }

  private static String link(String url) {
    if (url.isEmpty()) return "—";
    String shown = url.replaceFirst("^https?://(www\\.)?", "");
    return "[" + cell(shown) + "](" + url + ")";
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }

  /** Reads {@code operationId<TAB>value} lines (blank lines and {@code #} comments skipped). */
  static Map<String, String> readColumn(Path file) {
    Map<String, String> values = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] kv = line.split("\t", 2);
        values.put(kv[0].trim(), kv.length > 1 ? kv[1].trim() : "");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read coverage column " + file, e);
    }
    return values;
  }

  /** Arguments: bundle, output file, then any {@code Column=file.tsv}. */
  public static void main(String[] args) throws IOException {
    Map<String, Map<String, String>> columns = new LinkedHashMap<>();
    DEFAULT_COLUMNS.forEach(c -> columns.put(c, Map.of()));
    for (int i = 2; i < args.length; i++) {
      String[] kv = args[i].split("=", 2);
      if (kv.length == 2 && Files.isRegularFile(Path.of(kv[1]))) {
        columns.put(kv[0], readColumn(Path.of(kv[1])));
      }
    }
    List<Row> rows = rows(Bundle.load(Path.of(args[0])));
    Path out = Path.of(args[1]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, markdown(rows, columns), StandardCharsets.UTF_8);
    Map<String, int[]> counts = counts(rows);
    StringBuilder summary = new StringBuilder();
    counts.forEach(
        (v, c) -> summary.append(String.format(" %s %d documented + %d inferred;", v, c[0], c[1])));
    System.out.printf("[coverage] %d operations:%s table: %s%n", rows.size(), summary, out);
  }
}
