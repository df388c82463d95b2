package com.coupontools.conformance.harness;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Owns the servers of one suite run, started once and on first use: Prism mocking the bundle;
 * the sandbox (fresh temporary data) behind a Prism validating proxy (no {@code --errors}, so the
 * sandbox's own errors reach the SDK and violations arrive in {@code sl-violations}); and an
 * {@link ExchangeRecorder} in front of each target. Stored in JUnit's root store, so it is closed
 * when the run ends.
 */
public final class Environment implements ExtensionContext.Store.CloseableResource {

  static final String SANDBOX_CLIENT_ID = "conformance-client";
  static final String SANDBOX_CLIENT_SECRET = "conformance-secret-value";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  final Settings settings;
  final Report report;
  private final Map<TargetKind, Target> targets = new EnumMap<>(TargetKind.class);
  private final Map<TargetKind, HarnessException> startFailures = new EnumMap<>(TargetKind.class);
  private final List<AutoCloseable> resources = new ArrayList<>();

  private Environment(Settings settings) {
    this.settings = settings;
    this.report = new Report(settings.workDir);
  }

  static Environment of(ExtensionContext context) {
    return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(Environment.class, k -> new Environment(Settings.load()), Environment.class);
  }

  /** The started target, or null when it is not selected or cannot run (see {@link #skipReason}). */
  synchronized Target target(TargetKind kind) {
    if (skipReason(kind) != null) return null;
    // A target that failed to start fails every later case at once, instead of each one waiting
    // out the start timeout again.
    HarnessException failed = startFailures.get(kind);
    if (failed != null) throw new HarnessException(kind.label() + " did not start (first failure below)\n" + failed.getMessage(), failed);
    try {
      return targets.computeIfAbsent(kind, this::start);
    } catch (HarnessException e) {
      startFailures.put(kind, e);
      throw e;
    }
  }

  String skipReason(TargetKind kind) {
    if (!settings.targets.contains(kind)) return kind.label() + ": not selected (conformance.targets=" + settings.targets + ")";
    if (kind == TargetKind.LIVE) return settings.liveSkipReason();
    return null;
  }

  private Target start(TargetKind kind) {
    switch (kind) {
      case MOCK: {
        String url = startPrism("prism-mock", "mock", null);
        return register(new Target(kind, new ExchangeRecorder(URI.create(url)), "mock-client", "mock-secret", true));
      }
      case SANDBOX: {
        String data;
        Map<String, String> env = Map.of();
        if (settings.sandboxDatabase.equals("postgresql")) {
          TestPostgres pg = TestPostgres.start(settings.kitRoot.resolve("scripts/test-postgres.sh"),
              settings.workDir.resolve("test-postgres.state"));
          resources.add(pg);
          data = pg.jdbcUrl;
          env = Map.of("SANDBOX_DB_PASSWORD", pg.password);
        } else {
          data = tempDir("sandbox-data").toString();
        }
        ManagedProcess sandbox = ManagedProcess.start("sandbox", List.of(javaBin(), "-jar", settings.sandboxJar.toString(),
                "--port", "0", "--data", data,
                "--client-id", SANDBOX_CLIENT_ID, "--client-secret", SANDBOX_CLIENT_SECRET),
            env, logFile("sandbox"), Pattern.compile("Sandbox listening on (http://\\S+)"));
        resources.add(sandbox);
        String sandboxUrl = sandbox.awaitReadyLine(START_TIMEOUT);
        String proxyUrl = startPrism("prism-proxy", "proxy", sandboxUrl);
        return register(new Target(kind, new ExchangeRecorder(URI.create(proxyUrl)), SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, true));
      }
      case LIVE:
        return register(new Target(kind, new ExchangeRecorder(URI.create(settings.liveBaseUrl)),
            settings.liveClientId, settings.liveClientSecret, settings.liveWrites));
      default:
        throw new IllegalArgumentException(kind.toString());
    }
  }

  private String startPrism(String name, String mode, String upstream) {
    int port = ManagedProcess.freePort();
    List<String> cmd = new ArrayList<>(List.of(settings.prism.toString(), mode, "-h", "127.0.0.1", "-p", String.valueOf(port)));
    cmd.add(settings.bundle.toString());
    if (upstream != null) cmd.add(upstream);
    ManagedProcess prism = ManagedProcess.start(name, cmd, logFile(name), null);
    resources.add(prism);
    prism.awaitPort(port, START_TIMEOUT);
    return "http://127.0.0.1:" + port;
  }

  private Target register(Target target) {
    resources.add(target.recorder);
    return target;
  }

  private Path logFile(String name) {
    return settings.workDir.resolve("servers").resolve(name + ".log");
  }

  private Path tempDir(String prefix) {
    try {
      Files.createDirectories(settings.workDir);
      return Files.createTempDirectory(settings.workDir, prefix);
    } catch (IOException e) {
      throw new HarnessException("cannot create a temporary directory in " + settings.workDir + ": " + e.getMessage(), e);
    }
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  @Override
  public void close() {
    try {
      report.write();
    } finally {
      for (int i = resources.size() - 1; i >= 0; i--) {
        try {
          resources.get(i).close();
        } catch (Exception ignored) {
          // best effort: the shutdown hook in ManagedProcess is the second line
        }
      }
    }
  }
}
