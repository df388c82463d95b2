package com.coupontools.sandbox;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The shipped jar as a child process (for the failsafe tests): started, read until ready, killed. */
final class SandboxJar implements AutoCloseable {
  private static final Pattern READY =
      Pattern.compile("Sandbox listening on (http://127\\.0\\.0\\.1:\\d+)");

  final Process process;
  final String url;
  final Path log;

  private SandboxJar(Process process, String url, Path log) {
    this.process = process;
    this.url = url;
    this.log = log;
  }

  static Path jar() {
    Path jar = Path.of(System.getProperty("build.dir", "target"), "coupontools-sandbox.jar");
    assertTrue(Files.isRegularFile(jar), "run `mvn -pl sandbox package` first: " + jar);
    return jar;
  }

  static List<String> command(String... args) {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m",
        "-jar",
        jar().toString()));
    cmd.addAll(List.of(args));
    return cmd;
  }

  /** Starts the jar with {@code args} (and {@code env} added), stderr to {@code target/<name>.log}. */
  static SandboxJar start(String name, Map<String, String> env, String... args) {
    Path log = Path.of(System.getProperty("build.dir", "target"), name + ".log");
    try {
      ProcessBuilder pb = new ProcessBuilder(command(args)).redirectError(log.toFile());
      pb.environment().putAll(env);
      Process p = pb.start();
      String line = new BufferedReader(
              new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))
          .readLine();
      Matcher m = READY.matcher(line == null ? "" : line);
      if (!m.matches()) {
        p.destroyForcibly();
        throw new AssertionError(
            name + ": first stdout line " + line + "; log: " + Files.readString(log));
      }
      return new SandboxJar(p, m.group(1), log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** SIGKILL: no shutdown hook, no clean close. */
  void kill9() throws InterruptedException {
    process.destroyForcibly();
    assertTrue(process.waitFor(20, TimeUnit.SECONDS), "not gone 20 s after SIGKILL");
  }

  @Override
  public void close() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(20, TimeUnit.SECONDS);
  }
}
