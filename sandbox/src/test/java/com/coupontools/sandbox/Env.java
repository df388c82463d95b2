package com.coupontools.sandbox;

import com.coupontools.sandbox.internal.ApiSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The shared test environment: one in-memory sandbox and one {@code prism proxy} (no
 * {@code --errors}) in front of it, started once per test run and injected as a parameter.
 * Prism reports every request and response that breaks the bundle in {@code sl-violations}.
 */
final class Env implements ExtensionContext.Store.CloseableResource {
  final Sandbox sandbox;
  final Api direct;
  final Api prism;
  private final Process prismProcess;

  private Env() {
    sandbox = Sandbox.start(SandboxConfig.defaults().port(0).database(TestDatabases.scratch()));
    direct = new Api(sandbox.baseUrl());
    try {
      int port = freePort();
      Path buildDir = Path.of(System.getProperty("build.dir", "target"));
      Path spec = bundleFile(buildDir);
      Path log = buildDir.resolve("prism-proxy-" + port + ".log");
      ProcessBuilder pb = new ProcessBuilder(prismBin(), "proxy", "-h", "127.0.0.1", "-p", String.valueOf(port),
          spec.toString(), sandbox.baseUrl())
          .redirectErrorStream(true)
          .redirectOutput(log.toFile());
      // Prism watches its document for changes with inotify; on a machine where other processes
      // have used up the inotify instances it dies with EMFILE right after starting. Polling
      // (once a minute, the file never changes during a run) needs no inotify instance.
      pb.environment().put("CHOKIDAR_USEPOLLING", "1");
      pb.environment().put("CHOKIDAR_INTERVAL", "60000");
      prismProcess = pb.start();
      Runtime.getRuntime().addShutdownHook(new Thread(this::stopPrism));
      awaitPort(port, log);
      prism = new Api("http://127.0.0.1:" + port);
    } catch (IOException e) {
      sandbox.close();
      throw new UncheckedIOException(e);
    }
  }

  /** The bundle on the test classpath, written where Prism can read it. */
  static Path bundleFile(Path buildDir) throws IOException {
    Path out = buildDir.resolve("prism").resolve("openapi.yaml");
    Files.createDirectories(out.getParent());
    try (InputStream in = ApiSpec.class.getClassLoader().getResourceAsStream(ApiSpec.CLASSPATH_LOCATION)) {
      Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
    }
    return out;
  }

  private static String prismBin() {
    String bin = System.getProperty("prism.bin");
    if (bin == null || !Files.isExecutable(Path.of(bin))) {
      throw new IllegalStateException("""
          Prism is not available (system property prism.bin = %s).
          The conformance tests run every response through `prism proxy`. Install the pinned Node
          tools once from the repository root with `scripts/node-tools.sh` (npm ci from
          package-lock.json), or build the spec module (`mvn -pl spec install`), then run
          `mvn -pl sandbox verify` again. Maven passes the path from the root pom's kit.node.bin.
          """.formatted(bin));
    }
    return bin;
  }

  private void awaitPort(int port, Path log) throws IOException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (!prismProcess.isAlive()) {
        throw new IllegalStateException("prism proxy exited with " + prismProcess.exitValue() + ":\n"
            + String.join("\n", tail(log)));
      }
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException notYet) {
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
    }
    stopPrism();
    throw new IllegalStateException("prism proxy did not listen on " + port + " within 60 s; log: " + log);
  }

  private static List<String> tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log);
    return lines.subList(Math.max(0, lines.size() - 20), lines.size());
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private void stopPrism() {
    prismProcess.descendants().forEach(ProcessHandle::destroy);
    prismProcess.destroy();
  }

  @Override
  public void close() {
    stopPrism();
    sandbox.close();
  }

  /** Injects the shared {@link Env} into test constructors and methods. */
  static final class Extension implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
      return p.getParameter().getType() == Env.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext c) {
      return c.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
          .getOrComputeIfAbsent(Env.class, k -> new Env(), Env.class);
    }
  }
}
