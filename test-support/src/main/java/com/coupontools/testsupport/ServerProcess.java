package com.coupontools.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server process a test suite started (Prism, the sandbox): its output goes to a log file, a
 * failure to start says so with the log's tail, it is stopped with its whole process tree, and a
 * JVM shutdown hook stops it if the suite is killed (a SIGTERM'd surefire JVM would otherwise
 * orphan Prism).
 */
public final class ServerProcess implements AutoCloseable {

  private static final Set<ServerProcess> RUNNING = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(() -> RUNNING.forEach(ServerProcess::close), "stop-test-servers"));
  }

  private final String name;
  private final Path log;
  private final String hint;
  private final Process process;
  private final CompletableFuture<String> readyLine = new CompletableFuture<>();
  private final Pattern readyPattern;

  private ServerProcess(String name, Process process, Path log, Pattern readyPattern, String hint) {
    this.name = name;
    this.process = process;
    this.log = log;
    this.readyPattern = readyPattern;
    this.hint = hint;
  }

  /**
   * Starts {@code command} with {@code env} added to its environment (secrets stay off the
   * command line), copying its output to {@code log}.
   *
   * @param readyPattern a line that says the server is ready (its first group is returned by
   *     {@link #awaitReadyLine}), or null
   * @param hint how to fix a server that does not start, added to every failure
   */
  public static ServerProcess start(
      String name,
      List<String> command,
      Map<String, String> env,
      Path log,
      Pattern readyPattern,
      String hint) {
    try {
      Files.createDirectories(log.toAbsolutePath().getParent());
      ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
      pb.environment().putAll(env);
      Process p = pb.start();
      ServerProcess sp = new ServerProcess(name, p, log, readyPattern, hint);
      RUNNING.add(sp);
      Thread pump = new Thread(sp::pumpOutput, name + "-output");
      pump.setDaemon(true);
      pump.start();
      return sp;
    } catch (IOException e) {
      throw new ServerStartException(
          "cannot start " + name + " (" + String.join(" ", command) + "): " + e.getMessage() + "\n"
              + hint,
          e);
    }
  }

  private void pumpOutput() {
    try (BufferedReader in = new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        out.write(line);
        out.write('\n');
        out.flush();
        if (readyPattern != null && !readyLine.isDone()) {
          Matcher m = readyPattern.matcher(line);
          if (m.find()) {
            readyLine.complete(m.groupCount() > 0 ? m.group(1) : line);
          }
        }
      }
    } catch (IOException e) {
      readyLine.completeExceptionally(e);
    } finally {
      readyLine.completeExceptionally(new IllegalStateException(name + " closed its output"));
    }
  }

  /** Waits for the ready line and returns its first group (e.g. the sandbox's URL). */
  public String awaitReadyLine(Duration timeout) {
    try {
      return readyLine.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      throw failure("did not print its ready line within " + timeout.toSeconds() + " s");
    }
  }

  /** Polls a TCP connect to {@code port} on the loopback address until it succeeds. */
  public void awaitPort(int port, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      if (!process.isAlive()) {
        throw failure("exited with code " + process.exitValue() + " before listening");
      }
      try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
        return;
      } catch (IOException notYet) {
        if (System.nanoTime() > deadline) {
          throw failure(
              "was not listening on port " + port + " within " + timeout.toSeconds() + " s");
        }
        sleep(50);
      }
    }
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public Path log() {
    return log;
  }

  /** The last {@code n} lines of the log. */
  public String logTail(int n) {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - n), lines.size()));
    } catch (IOException e) {
      return "(no log)";
    }
  }

  private ServerStartException failure(String what) {
    String tail = logTail(15);
    close();
    return new ServerStartException(
        name + " " + what + ". Its log (" + log + ") ends with:\n" + tail + "\n" + hint, null);
  }

  /** Stops the process and its descendants (forcibly after 5 s). */
  @Override
  public void close() {
    RUNNING.remove(this);
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A free TCP port on the loopback address. */
  public static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return name + " (log " + log + ")";
  }
}
