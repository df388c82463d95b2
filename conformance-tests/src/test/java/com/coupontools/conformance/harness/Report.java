package com.coupontools.conformance.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The conformance matrix of a run, written when the run ends to
 * {@code target/conformance-report.md} and {@code .json}: one row per operation, one column per
 * target × encoding; a cell counts the cases that passed, failed or were skipped there.
 */
final class Report {

  enum Outcome {
    PASS,
    FAIL,
    SKIP
  }

  /** One case run; {@code derived}: a case of {@link DerivedCases}, else a hand-written {@link ConformanceCase}. */
  record Row(
      String operation,
      int code,
      String caseName,
      TargetKind target,
      Encoding encoding,
      Outcome outcome,
      int violations,
      String detail,
      boolean derived) {}

  private final Path dir;
  private final List<Row> rows = new ArrayList<>();
  private final long started = System.nanoTime();

  Report(Path dir) {
    this.dir = dir;
  }

  synchronized void add(Row row) {
    rows.add(row);
  }

  synchronized void write() {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("conformance-report.md"), markdown(), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("conformance-report.json"), json(), StandardCharsets.UTF_8);
      Files.writeString(
          dir.resolve("coverage-conformance.tsv"), coverageColumn(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String markdown() {
    List<String> columns = new ArrayList<>();
    for (TargetKind t : TargetKind.values())
      for (Encoding e : Encoding.values()) columns.add(t.label() + " " + e.label());
    Map<String, Map<String, int[]>> cells = new TreeMap<>();
    int pass = 0, fail = 0, skip = 0, violations = 0;
    for (Row r : rows) {
      int[] c = cells
          .computeIfAbsent(r.operation, k -> new LinkedHashMap<>())
          .computeIfAbsent(r.target.label() + " " + r.encoding.label(), k -> new int[3]);
      c[r.outcome.ordinal()]++;
      violations += r.violations;
      switch (r.outcome) {
        case PASS:
          pass++;
          break;
        case FAIL:
          fail++;
          break;
        default:
          skip++;
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append("# Conformance report\n\n");
    long derived = rows.stream().filter(Row::derived).count();
    sb.append(String.format(
        Locale.ROOT,
        "%d operations, %d case runs (%d hand-written, %d derived from the bundle): %d passed,"
            + " %d failed, %d skipped; %d Prism violations; %.1f s.%n%n",
        cells.size(),
        rows.size(),
        rows.size() - derived,
        derived,
        pass,
        fail,
        skip,
        violations,
        (System.nanoTime() - started) / 1e9));
    sb.append(
        "Cells: passed/failed/skipped case runs for that operation on that target and body encoding.\n\n");
    sb.append("| operation | ").append(String.join(" | ", columns)).append(" |\n");
    sb.append("|---|").append("---|".repeat(columns.size())).append('\n');
    for (Map.Entry<String, Map<String, int[]>> op : cells.entrySet()) {
      sb.append("| ").append(op.getKey());
      for (String col : columns) {
        int[] c = op.getValue().get(col);
        sb.append(" | ").append(c == null ? "–" : c[0] + "/" + c[1] + "/" + c[2]);
      }
      sb.append(" |\n");
    }
    List<Row> notable = new ArrayList<>();
    for (Row r : rows) if (r.outcome != Outcome.PASS || r.violations > 0) notable.add(r);
    notable.sort(Comparator.comparing(Row::operation).thenComparing(Row::caseName));
    Map<String, Integer> skipReasons = new TreeMap<>();
    List<Row> failures = new ArrayList<>();
    for (Row r : notable) {
      if (r.outcome == Outcome.SKIP && r.violations == 0)
        skipReasons.merge(r.detail, 1, Integer::sum);
      else failures.add(r);
    }
    if (!failures.isEmpty()) {
      sb.append(
          "\n## Failures and violations\n\n| operation | case | target | encoding | outcome | violations | detail |\n|---|---|---|---|---|---|---|\n");
      for (Row r : failures) {
        sb.append(String.format(
            "| %s | %s | %s | %s | %s | %d | %s |%n",
            r.operation,
            r.caseName,
            r.target.label(),
            r.encoding.label(),
            r.outcome,
            r.violations,
            cell(r.detail)));
      }
    }
    if (!skipReasons.isEmpty()) {
      sb.append("\n## Skip reasons\n\n| reason | case runs |\n|---|---|\n");
      skipReasons.forEach((reason, n) ->
          sb.append("| ").append(cell(reason)).append(" | ").append(n).append(" |\n"));
    }
    return sb.toString();
  }

  /**
   * The Conformance column of the endpoint coverage table ({@code operationId<TAB>cell}): per
   * operation the codes with a case (0 = happy path), the passed runs per target, and how many of
   * the passed runs were derived from the bundle.
   */
  private String coverageColumn() {
    Map<String, java.util.TreeSet<Integer>> codes = new TreeMap<>();
    Map<String, Map<String, int[]>> runs = new TreeMap<>();
    Map<String, Integer> derived = new TreeMap<>();
    for (Row r : rows) {
      codes.computeIfAbsent(r.operation, k -> new java.util.TreeSet<>()).add(r.code);
      int[] c = runs.computeIfAbsent(r.operation, k -> new TreeMap<>())
          .computeIfAbsent(r.target.label(), k -> new int[2]);
      if (r.outcome != Outcome.SKIP)
        c[1]++; // a skipped run (target not selected, encoding not applicable) is not counted
      if (r.outcome == Outcome.PASS) c[0]++;
      if (r.outcome == Outcome.PASS && r.derived) derived.merge(r.operation, 1, Integer::sum);
    }
    StringBuilder sb = new StringBuilder(
        "# operationId\tcodes with a case (0 = happy path); passed/run case runs per target run;"
            + " passed runs derived from the bundle\n");
    codes.forEach((op, cs) -> {
      List<String> perTarget = new ArrayList<>();
      runs.get(op).forEach((t, c) -> {
        if (c[1] > 0) perTarget.add(t + " " + c[0] + "/" + c[1]);
      });
      sb.append(op)
          .append('\t')
          .append(
              cs.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(" ")))
          .append("; ")
          .append(String.join(", ", perTarget))
          .append("; ")
          .append(derived.getOrDefault(op, 0))
          .append(" derived\n");
    });
    return sb.toString();
  }

  private String json() {
    StringBuilder sb = new StringBuilder("{\n  \"rows\": [\n");
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      sb.append(String.format(
          Locale.ROOT,
          "    {\"operation\": %s, \"code\": %d, \"case\": %s, \"derived\": %s, \"target\": %s, \"encoding\": %s, \"outcome\": %s, \"violations\": %d, \"detail\": %s}%s%n",
          q(r.operation),
          r.code,
          q(r.caseName),
          r.derived,
          q(r.target.label()),
          q(r.encoding.label()),
          q(r.outcome.name().toLowerCase(Locale.ROOT)),
          r.violations,
          q(r.detail),
          i + 1 < rows.size() ? "," : ""));
    }
    return sb.append("  ]\n}\n").toString();
  }

  private static String cell(String s) {
    return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
  }

  private static String q(String s) {
    if (s == null) return "null";
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') sb.append('\\').append(c);
      else if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
      else sb.append(c);
    }
    return sb.append('"').toString();
  }
}
