package com.coupontools.conformance.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A throw-away PostgreSQL server for the sandbox target (scripts/test-postgres.sh: a fresh
 * cluster on 127.0.0.1, installed first when missing and we are root), whose empty
 * {@code postgres} database the sandbox uses. Stopped and deleted on close, and by a shutdown
 * hook if the suite dies first.
 */
final class TestPostgres implements AutoCloseable {
  final String jdbcUrl;
  final String password;
  private final Path script;
  private final Path state;
  private final Thread hook;

  private TestPostgres(Path script, Path state, String jdbcUrl, String password) {
    this.script = script;
    this.state = state;
    this.jdbcUrl = jdbcUrl;
    this.password = password;
    this.hook = new Thread(this::stop, "stop-test-postgres");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  static TestPostgres start(Path script, Path state) {
    try {
      Files.createDirectories(state.toAbsolutePath().getParent());
      String url = run(script, "start", state).trim();
      String password = null;
      for (String line : Files.readAllLines(state)) {
        if (line.startsWith("PG_PASSWORD=")) password = line.substring("PG_PASSWORD=".length());
      }
      if (password == null || !url.startsWith("jdbc:postgresql:")) {
        throw new HarnessException(
            "test-postgres.sh printed no JDBC URL or wrote no password: " + url);
      }
      return new TestPostgres(script, state, url, password);
    } catch (IOException e) {
      throw new HarnessException("cannot start the test PostgreSQL server: " + e.getMessage(), e);
    }
  }

  private static String run(Path script, String command, Path state) throws IOException {
    Process p = new ProcessBuilder(
            "bash",
            script.toAbsolutePath().toString(),
            command,
            state.toAbsolutePath().toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IOException(
            "test-postgres.sh " + command + " failed (exit " + p.exitValue() + ")");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    return out;
  }

  private void stop() {
    try {
      run(script, "stop", state);
    } catch (IOException e) {
      System.err.println("test PostgreSQL server not stopped: " + e.getMessage());
    }
  }

  @Override
  public void close() {
    stop();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook runs anyway; stop is idempotent
    }
  }
}
