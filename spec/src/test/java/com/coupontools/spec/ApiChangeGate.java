package com.coupontools.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.ComposedChanged;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * The breaking-change gate: compares the bundle with the committed baseline (the last released
 * contract, {@code spec/baseline/openapi.yaml}) using openapi-diff, writes a Markdown report and
 * fails on a backward-incompatible change unless the major version was raised or the change was
 * accepted with {@code -Dapi.acceptBreaking=true}. Run by the build (exec:java) and by the tests.
 *
 * <p>One rule is added to openapi-diff's: a removed schema property is breaking even when it was
 * optional (openapi-diff calls that compatible), because generated SDKs drop its getter or setter
 * and their users' code stops compiling.
 */
public final class ApiChangeGate {

  private static final Pattern MAJOR = Pattern.compile("^\\s*v?(\\d+)");

  private ApiChangeGate() {}

  /** The outcome of one comparison. */
  record Verdict(
      ChangedOpenApi diff,
      List<String> removedFields,
      String baselineVersion,
      String bundleVersion,
      boolean acceptFlag) {

    boolean unchanged() {
      return diff.isUnchanged();
    }

    boolean breaking() {
      return diff.isIncompatible() || !removedFields.isEmpty();
    }

    boolean majorChanged() {
      return !major(baselineVersion).equals(major(bundleVersion));
    }

    boolean fails() {
      return breaking() && !majorChanged() && !acceptFlag;
    }

    String summary() {
      if (unchanged()) return "no changes";
      if (!breaking()) return "compatible changes only";
      if (majorChanged())
        return "BREAKING, allowed: the major version changed (" + baselineVersion + " -> "
            + bundleVersion + ")";
      if (acceptFlag) return "BREAKING, accepted with -Dapi.acceptBreaking=true";
      return "BREAKING: the build fails";
    }
  }

  static Verdict compare(Path baseline, Path bundle, boolean acceptBreaking) {
    ChangedOpenApi diff = OpenApiCompare.fromFiles(baseline.toFile(), bundle.toFile());
    return new Verdict(
        diff, removedFields(diff), version(diff, true), version(diff, false), acceptBreaking);
  }

  /** Every property the bundle dropped, as "POST /path request|response: name", sorted. */
  static List<String> removedFields(ChangedOpenApi diff) {
    Set<String> found = new TreeSet<>();
    Set<Changed> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (ChangedOperation op : diff.getChangedOperations()) {
      walk(op, op.getHttpMethod() + " " + op.getPathUrl(), found, seen);
    }
    return List.copyOf(found);
  }

  private static void walk(Changed node, String operation, Set<String> found, Set<Changed> seen) {
    if (node == null || !seen.add(node)) return;
    if (node instanceof ChangedSchema schema && schema.getContext() != null) {
      String side = schema.getContext().isResponse() ? "response" : "request";
      schema
          .getMissingProperties()
          .keySet()
          .forEach(name -> found.add(operation + " " + side + ": " + name));
    }
    if (node instanceof ComposedChanged composed) {
      for (Changed child : composed.getChangedElements()) walk(child, operation, found, seen);
    }
  }

  /** The report: our verdict and the rules first, then openapi-diff's own Markdown. */
  static String report(Verdict v, String baselineName, String bundleName) {
    // render(diff) returns a String; the Writer overload closes the writer it is given.
    String details = new MarkdownRender().render(v.diff());
    StringBuilder md = new StringBuilder();
    md.append("# API changes: ")
        .append(baselineName)
        .append(' ')
        .append(v.baselineVersion())
        .append(" -> ")
        .append(bundleName)
        .append(' ')
        .append(v.bundleVersion())
        .append("\n\n");
    md.append("**Verdict: ").append(v.summary()).append(".**\n\n");
    md.append("- new operations: ")
        .append(v.diff().getNewEndpoints().size())
        .append(", removed: ")
        .append(v.diff().getMissingEndpoints().size())
        .append(", changed: ")
        .append(v.diff().getChangedOperations().size())
        .append('\n');
    if (!v.removedFields().isEmpty()) {
      md.append("- removed fields (breaking: generated SDKs lose the accessor):\n");
      v.removedFields().forEach(f -> md.append("  - `").append(f).append("`\n"));
    }
    md.append(
            "- A backward-incompatible change fails the build unless `info.version`'s major number")
        .append(" changes, or it is accepted once with `-Dapi.acceptBreaking=true`.\n")
        .append("- After a release, copy the bundle over the baseline:")
        .append(" `cp spec/target/openapi.yaml spec/baseline/openapi.yaml`.\n\n");
    md.append(v.unchanged() ? "The bundle and the baseline describe the same API.\n" : details);
    return md.toString();
  }

  static String major(String version) {
    Matcher m = MAJOR.matcher(version == null ? "" : version);
    return m.find() ? m.group(1) : String.valueOf(version);
  }

  private static String version(ChangedOpenApi diff, boolean old) {
    var api = old ? diff.getOldSpecOpenApi() : diff.getNewSpecOpenApi();
    return api == null || api.getInfo() == null ? "?" : api.getInfo().getVersion();
  }

  /** Arguments: baseline, bundle, report file, acceptBreaking (true|false). */
  public static void main(String[] args) {
    if (args.length != 4) {
      throw new IllegalArgumentException(
          "usage: ApiChangeGate <baseline.yaml> <bundle.yaml> <report.md> <acceptBreaking>");
    }
    Path baseline = Path.of(args[0]);
    Path bundle = Path.of(args[1]);
    Path reportFile = Path.of(args[2]);
    if (!Files.isRegularFile(baseline)) {
      throw new IllegalStateException(
          "no baseline contract at " + baseline
              + " (copy the released bundle there: cp spec/target/openapi.yaml spec/baseline/openapi.yaml)");
    }
    Verdict v = compare(baseline, bundle, Boolean.parseBoolean(args[3]));
    try {
      Files.createDirectories(reportFile.toAbsolutePath().getParent());
      Files.writeString(reportFile, report(v, "baseline", "bundle"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + reportFile, e);
    }
    System.out.printf(
        "[api-changes] %s -> %s: %s. Report: %s%n",
        v.baselineVersion(), v.bundleVersion(), v.summary(), reportFile);
    if (v.fails()) {
      // Thrown, not System.exit: exec:java runs inside Maven's JVM.
      throw new IllegalStateException("Backward-incompatible API change (see " + reportFile
          + "). Raise info.version's major number, or accept it with -Dapi.acceptBreaking=true.");
    }
  }
}
