package com.coupontools.publishing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a command to completion with its output in a log file; the result keeps the log's tail. */
final class Proc {
  final int exitCode;
  final Duration took;
  final Path log;

  private Proc(int exitCode, Duration took, Path log) {
    this.exitCode = exitCode;
    this.took = took;
    this.log = log;
  }

  static Proc run(
      List<String> command, Path dir, Map<String, String> env, Path log, Duration timeout)
      throws IOException, InterruptedException {
    Files.createDirectories(log.getParent());
    ProcessBuilder pb = new ProcessBuilder(command)
        .directory(dir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(nullFile()));
    pb.environment().putAll(env);
    long start = System.nanoTime();
    Process p = pb.start();
    try {
      if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        p.waitFor(10, TimeUnit.SECONDS);
        return new Proc(-1, Duration.ofNanos(System.nanoTime() - start), log);
      }
      return new Proc(p.exitValue(), Duration.ofNanos(System.nanoTime() - start), log);
    } finally {
      if (p.isAlive()) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
      }
    }
  }

  /** Output of a short command (gpg): stdout and stderr together. */
  static String output(List<String> command, Path dir) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command)
        .directory(dir.toFile())
        .redirectErrorStream(true)
        .redirectInput(ProcessBuilder.Redirect.from(nullFile()))
        .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("timed out: " + command);
    }
    if (p.exitValue() != 0) {
      throw new IOException("exit " + p.exitValue() + ": " + command + "\n" + out);
    }
    return out;
  }

  boolean ok() {
    return exitCode == 0;
  }

  String output() throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  /** What a failed assertion shows: the command's end (Maven's error summary) and where the log is. */
  String describe() throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    List<String> tail =
        new ArrayList<>(lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    return (exitCode == -1 ? "timed out" : "exit " + exitCode) + " after " + took.toSeconds()
        + " s; log " + log + ":\n" + String.join("\n", tail);
  }

  static boolean onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }

  private static java.io.File nullFile() {
    return new java.io.File("/dev/null");
  }
}
