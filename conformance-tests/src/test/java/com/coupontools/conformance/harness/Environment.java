package com.coupontools.conformance.harness;

import com.coupontools.testsupport.Bundle;
import com.coupontools.testsupport.Prism;
import com.coupontools.testsupport.ServerProcess;
import com.coupontools.testsupport.ServerStartException;
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
  private Bundle bundle;

  private Environment(Settings settings) {
    this.settings = settings;
    this.report = new Report(settings.workDir);
  }

  static Environment of(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(
            Environment.class, k -> new Environment(Settings.load()), Environment.class);
  }

  /** The bundle the targets serve (test-support's model of it), read once. */
  synchronized Bundle bundle() {
    if (bundle == null) bundle = Bundle.load(settings.bundle);
    return bundle;
  }

  /** The started target, or null when it is not selected or cannot run (see {@link #skipReason}). */
  synchronized Target target(TargetKind kind) {
    if (skipReason(kind) != null) return null;
    // A target that failed to start fails every later case at once, instead of each one waiting
    // out the start timeout again.
    HarnessException failed = startFailures.get(kind);
    if (failed != null)
      throw new HarnessException(
          kind.label() + " did not start (first failure below)\n" + failed.getMessage(), failed);
    try {
      return targets.computeIfAbsent(kind, this::start);
    } catch (HarnessException e) {
      startFailures.put(kind, e);
      throw e;
    } catch (ServerStartException e) {
      HarnessException h =
          new HarnessException(e.getMessage() + "\n" + HarnessException.HOW_TO_FIX, e);
      startFailures.put(kind, h);
      throw h;
    }
  }

  String skipReason(TargetKind kind) {
    if (!settings.targets.contains(kind))
      return kind.label() + ": not selected (conformance.targets=" + settings.targets + ")";
    if (kind == TargetKind.LIVE) return settings.liveSkipReason();
    return null;
  }

  private Target start(TargetKind kind) {
    switch (kind) {
      case MOCK: {
        String url = register(Prism.mock(settings.prism, settings.bundle, logFile("prism-mock")))
            .url();
        return register(new Target(
            kind, new ExchangeRecorder(URI.create(url)), "mock-client", "mock-secret", true));
      }
      case SANDBOX: {
        String data;
        Map<String, String> env = Map.of();
        if (settings.sandboxDatabase.equals("postgresql")) {
          TestPostgres pg = TestPostgres.start(
              settings.kitRoot.resolve("scripts/test-postgres.sh"),
              settings.workDir.resolve("test-postgres.state"));
          resources.add(pg);
          data = pg.jdbcUrl;
          env = Map.of("SANDBOX_DB_PASSWORD", pg.password);
        } else {
          data = tempDir("sandbox-data").toString();
        }
        ServerProcess sandbox = ServerProcess.start(
            "sandbox",
            List.of(
                javaBin(),
                "-jar",
                settings.sandboxJar.toString(),
                "--port",
                "0",
                "--data",
                data,
                "--client-id",
                SANDBOX_CLIENT_ID,
                "--client-secret",
                SANDBOX_CLIENT_SECRET),
            env,
            logFile("sandbox"),
            Pattern.compile("Sandbox listening on (http://\\S+)"),
            HarnessException.HOW_TO_FIX);
        resources.add(sandbox);
        String sandboxUrl = sandbox.awaitReadyLine(START_TIMEOUT);
        String proxyUrl = register(
                Prism.proxy(settings.prism, settings.bundle, sandboxUrl, logFile("prism-proxy")))
            .url();
        return register(new Target(
            kind,
            new ExchangeRecorder(URI.create(proxyUrl)),
            SANDBOX_CLIENT_ID,
            SANDBOX_CLIENT_SECRET,
            true));
      }
      case LIVE:
        return register(new Target(
            kind,
            new ExchangeRecorder(URI.create(settings.liveBaseUrl)),
            settings.liveClientId,
            settings.liveClientSecret,
            settings.liveWrites));
      default:
        throw new IllegalArgumentException(kind.toString());
    }
  }

  private Prism register(Prism prism) {
    resources.add(prism);
    return prism;
  }

  private Target register(Target target) {
    resources.add(target);
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
      throw new HarnessException(
          "cannot create a temporary directory in " + settings.workDir + ": " + e.getMessage(), e);
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
          // best effort: the shutdown hook in ServerProcess is the second line
        }
      }
    }
  }
}
