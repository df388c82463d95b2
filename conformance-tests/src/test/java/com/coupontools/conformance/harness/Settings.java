package com.coupontools.conformance.harness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The suite's switches: system properties (set by the pom) win over environment variables.
 *
 * <ul>
 *   <li>{@code conformance.targets} / {@code CONFORMANCE_TARGETS}: comma list of mock, sandbox, live (default all three;
 *       live is skipped with a reason when no credentials are set)</li>
 *   <li>{@code conformance.sandboxDatabase} / {@code CONFORMANCE_SANDBOX_DATABASE}: sqlite (default) or postgresql,
 *       the sandbox's engine (postgresql: a throw-away server from scripts/test-postgres.sh)</li>
 *   <li>{@code COUPONTOOLS_CLIENT_ID}, {@code COUPONTOOLS_CLIENT_SECRET}, optional {@code COUPONTOOLS_BASE_URL}
 *       (default https://api4coupons.com) and {@code COUPONTOOLS_LIVE_WRITES=true} for the live target</li>
 * </ul>
 */
final class Settings {

  final Set<TargetKind> targets;
  final Path bundle;
  final Path prism;
  final Path sandboxJar;
  final Path workDir;
  /** The sandbox's engine: sqlite (a temporary directory) or postgresql (a throw-away server). */
  final String sandboxDatabase;

  final Path kitRoot;
  final String liveClientId;
  final String liveClientSecret;
  final String liveBaseUrl;
  final boolean liveWrites;

  private Settings() {
    targets = parseTargets(get("conformance.targets", "CONFORMANCE_TARGETS", "mock,sandbox,live"));
    bundle = Path.of(get("conformance.bundle", null, "target/bundle/openapi.yaml"));
    prism = Path.of(get("conformance.prism", null, "../node_modules/.bin/prism"));
    sandboxJar =
        Path.of(get("conformance.sandboxJar", null, "target/sandbox/coupontools-sandbox.jar"));
    workDir = Path.of(get("conformance.workDir", null, "target"));
    sandboxDatabase = get("conformance.sandboxDatabase", "CONFORMANCE_SANDBOX_DATABASE", "sqlite");
    if (!sandboxDatabase.equals("sqlite") && !sandboxDatabase.equals("postgresql")) {
      throw new HarnessException(
          "conformance.sandboxDatabase must be sqlite or postgresql, was " + sandboxDatabase);
    }
    kitRoot = Path.of(get("kit.root", null, ".."));
    liveClientId = blankToNull(System.getenv("COUPONTOOLS_CLIENT_ID"));
    liveClientSecret = blankToNull(System.getenv("COUPONTOOLS_CLIENT_SECRET"));
    liveBaseUrl = get(null, "COUPONTOOLS_BASE_URL", "https://api4coupons.com");
    liveWrites = "true".equalsIgnoreCase(System.getenv("COUPONTOOLS_LIVE_WRITES"));
  }

  static Settings load() {
    Settings s = new Settings();
    for (Path required : new Path[] {s.bundle, s.prism}) {
      if (!Files.exists(required)) {
        throw new HarnessException(
            "missing " + required.toAbsolutePath() + "\n" + HarnessException.HOW_TO_FIX);
      }
    }
    if (s.targets.contains(TargetKind.SANDBOX) && !Files.exists(s.sandboxJar)) {
      throw new HarnessException("missing the sandbox jar " + s.sandboxJar.toAbsolutePath() + "\n"
          + HarnessException.HOW_TO_FIX);
    }
    return s;
  }

  /** Why the live target cannot run, or null when it can. */
  String liveSkipReason() {
    if (liveClientId == null || liveClientSecret == null) {
      return "live: no credentials (set COUPONTOOLS_CLIENT_ID and COUPONTOOLS_CLIENT_SECRET to run against a real account)";
    }
    return null;
  }

  private static Set<TargetKind> parseTargets(String list) {
    Set<TargetKind> set = EnumSet.noneOf(TargetKind.class);
    for (String part : list.split(",")) {
      String p = part.trim().toUpperCase(Locale.ROOT);
      if (p.isEmpty()) continue;
      try {
        set.add(TargetKind.valueOf(p));
      } catch (IllegalArgumentException e) {
        throw new HarnessException(
            "unknown conformance target '" + part.trim() + "': use mock, sandbox and/or live");
      }
    }
    if (set.isEmpty())
      throw new HarnessException("no conformance target selected: use mock, sandbox and/or live");
    return set;
  }

  private static String get(String property, String env, String fallback) {
    String v = property == null ? null : blankToNull(System.getProperty(property));
    if (v == null && env != null) v = blankToNull(System.getenv(env));
    return v == null ? fallback : v;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
