package com.coupontools.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one Prism launcher of the kit's tests: {@code prism mock} on the bundle, or
 * {@code prism proxy} validating a server's answers against it, on a free loopback port, from the
 * build's pinned npm install (never a global or Docker one). It is ready when it listens; a
 * failure to start names the log's tail and how to fix it; {@link #close()} stops its process tree.
 */
public final class Prism implements AutoCloseable {

  /** How to fix a Prism that is missing or does not start. */
  public static final String HOW_TO_FIX =
      "Prism comes from the build's pinned npm install: run `npm ci` in the"
          + " repository root (the spec module does it in `mvn verify`), or set the path with -Dprism.bin=…";

  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  private final ServerProcess process;
  private final String url;

  private Prism(ServerProcess process, String url) {
    this.process = process;
    this.url = url;
  }

  /** {@code prism mock} serving the bundle's examples (Prefer headers pick one). */
  public static Prism mock(Path prism, Path bundle, Path log) {
    return start(prism, "mock", bundle, null, List.of(), log);
  }

  /**
   * {@code prism proxy} in front of {@code upstream}: answers pass through, contract violations
   * are named in the {@code sl-violations} header (no {@code --errors}, so the upstream's own
   * errors reach the caller).
   */
  public static Prism proxy(Path prism, Path bundle, String upstream, Path log) {
    return start(prism, "proxy", bundle, upstream, List.of(), log);
  }

  /** Prism in {@code mode} with extra command-line options ({@code --errors}, {@code --dynamic} …). */
  public static Prism start(
      Path prism, String mode, Path bundle, String upstream, List<String> options, Path log) {
    if (!Files.isExecutable(prism)) {
      throw new ServerStartException("Prism is not at " + prism + ".\n" + HOW_TO_FIX, null);
    }
    int port = ServerProcess.freePort();
    List<String> cmd = new ArrayList<>(
        List.of(prism.toString(), mode, "-h", "127.0.0.1", "-p", String.valueOf(port)));
    cmd.addAll(options);
    cmd.add(bundle.toString());
    if (upstream != null) {
      cmd.add(upstream);
    }
    // Prism watches its document; on a busy machine inotify instances run out and it dies with
    // EMFILE. It never needs to see the bundle change during a run: poll, rarely.
    Map<String, String> env = Map.of("CHOKIDAR_USEPOLLING", "1", "CHOKIDAR_INTERVAL", "60000");
    ServerProcess p = ServerProcess.start("prism-" + mode, cmd, env, log, null, HOW_TO_FIX);
    p.awaitPort(port, START_TIMEOUT);
    return new Prism(p, "http://127.0.0.1:" + port);
  }

  /** The path of the build's Prism: {@code -Dprism.bin}, else {@code node_modules/.bin/prism} under {@code kitRoot}. */
  public static Path binary(Path kitRoot) {
    String bin = System.getProperty("prism.bin");
    return bin != null && !bin.isBlank()
        ? Path.of(bin)
        : kitRoot.resolve("node_modules/.bin/prism");
  }

  /** {@code http://127.0.0.1:<port>}. */
  public String url() {
    return url;
  }

  public ServerProcess process() {
    return process;
  }

  @Override
  public void close() {
    process.close();
  }
}
