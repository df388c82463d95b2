package com.coupontools.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server for the tests of this JVM: a throw-away cluster on 127.0.0.1 started
 * by {@code scripts/test-postgres.sh} on first use (which installs Debian's server package when
 * it is missing and we are root) and stopped and deleted when the JVM exits, whether the tests
 * passed or not. Each caller gets its own database ({@link #createDatabase}). Never a mock.
 */
public final class TestPostgres {
  private static TestPostgres instance;

  final int port;
  final String password;
  private final Path script;
  private final Path state;
  private final AtomicInteger databases = new AtomicInteger();

  private TestPostgres(Path script, Path state) throws IOException, InterruptedException {
    this.script = script;
    this.state = state;
    run("start");
    String port = null;
    String password = null;
    for (String line : Files.readAllLines(state)) {
      if (line.startsWith("PG_PORT=")) {
        port = line.substring(8);
      } else if (line.startsWith("PG_PASSWORD=")) {
        password = line.substring(12);
      }
    }
    if (port == null || password == null) {
      throw new IllegalStateException("test-postgres.sh wrote no port or password to " + state);
    }
    this.port = Integer.parseInt(port);
    this.password = password;
    Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "test-postgres-stop"));
  }

  /** The shared server, started on first use. */
  public static synchronized TestPostgres get() {
    if (instance == null) {
      Path root = Path.of(System.getProperty("kit.root", ".."));
      Path script = root.resolve("scripts/test-postgres.sh").toAbsolutePath();
      Path state = Path.of(System.getProperty("build.dir", "target"))
          .toAbsolutePath()
          .resolve("test-postgres-" + ProcessHandle.current().pid() + ".state");
      try {
        Files.createDirectories(state.getParent());
        instance = new TestPostgres(script, state);
      } catch (IOException e) {
        throw new IllegalStateException(
            "Cannot start the test PostgreSQL server: " + e.getMessage(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return instance;
  }

  /** The JDBC URL of database {@code name} (user {@code postgres}; the password is {@link #password}). */
  String url(String name) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + name + "?user=postgres";
  }

  /** A new empty database; returns its name. */
  String createDatabase() {
    String name = "sandbox_test_" + databases.incrementAndGet();
    Properties p = new Properties();
    p.setProperty("password", password);
    try (Connection c = DriverManager.getConnection(url("postgres"), p);
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("CREATE DATABASE " + name + ": " + e.getMessage(), e);
    }
    return name;
  }

  /** A {@link Database} on a new empty database. */
  public Database newDatabase() {
    return Database.postgres(url(createDatabase()), password);
  }

  private void run(String command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("bash", script.toString(), command, state.toString())
        .redirectErrorStream(true)
        .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException("test-postgres.sh " + command + " failed:\n" + out);
    }
  }

  private void stop() {
    try {
      run("stop");
    } catch (IOException e) {
      System.err.println("test PostgreSQL server not stopped: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
