package com.coupontools.conformance.harness;

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
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server process the suite started (Prism, the sandbox): its output goes to a log file, it is
 * stopped with its whole process tree, and a JVM shutdown hook stops it if the suite is killed
 * (a SIGTERM'd surefire JVM would otherwise orphan Prism).
 */
final class ManagedProcess implements AutoCloseable {

  private static final Set<ManagedProcess> LIVE = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(ManagedProcess::close), "stop-servers"));
  }

  final String name;
  final Path log;
  private final Process process;
  private final CompletableFuture<String> readyLine = new CompletableFuture<>();
  private final Pattern readyPattern;

  private ManagedProcess(String name, Process process, Path log, Pattern readyPattern) {
    this.name = name;
    this.process = process;
    this.log = log;
    this.readyPattern = readyPattern;
  }

  /** Starts {@code command}, copying its output to {@code log}; {@code readyPattern} may be null. */
  static ManagedProcess start(String name, List<String> command, Path log, Pattern readyPattern) {
    return start(name, command, java.util.Map.of(), log, readyPattern);
  }

  /** As {@link #start(String, List, Path, Pattern)}, with {@code env} added to the environment (secrets stay off the command line). */
  static ManagedProcess start(String name, List<String> command, java.util.Map<String, String> env, Path log,
      Pattern readyPattern) {
    try {
      Files.createDirectories(log.getParent());
      ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
      pb.environment().putAll(env);
      // Prism watches its document; on a busy machine inotify instances run out and it dies
      // with EMFILE. It never needs to see the bundle change during a run: poll, rarely.
      pb.environment().put("CHOKIDAR_USEPOLLING", "1");
      pb.environment().put("CHOKIDAR_INTERVAL", "60000");
      Process p = pb.start();
      ManagedProcess mp = new ManagedProcess(name, p, log, readyPattern);
      LIVE.add(mp);
      Thread pump = new Thread(mp::pumpOutput, name + "-output");
      pump.setDaemon(true);
      pump.start();
      return mp;
    } catch (IOException e) {
      throw new HarnessException("cannot start " + name + " (" + String.join(" ", command) + "): " + e.getMessage()
          + "\n" + HarnessException.HOW_TO_FIX, e);
    }
  }

  private void pumpOutput() {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
         Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        out.write(line);
        out.write('\n');
        out.flush();
        if (readyPattern != null && !readyLine.isDone()) {
          Matcher m = readyPattern.matcher(line);
          if (m.find()) readyLine.complete(m.group(1));
        }
      }
    } catch (IOException e) {
      readyLine.completeExceptionally(e);
    } finally {
      readyLine.completeExceptionally(new IllegalStateException(name + " closed its output"));
    }
  }

  /** Waits for the ready line and returns its first group (e.g. the sandbox URL). */
  String awaitReadyLine(Duration timeout) {
    try {
      return readyLine.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      throw failure("did not print its ready line within " + timeout.toSeconds() + " s");
    }
  }

  /** Polls a TCP connect to {@code port} until it succeeds. */
  void awaitPort(int port, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      if (!process.isAlive()) throw failure("exited with code " + process.exitValue() + " before listening");
      try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
        return;
      } catch (IOException notYet) {
        if (System.nanoTime() > deadline) throw failure("was not listening on port " + port + " within " + timeout.toSeconds() + " s");
        sleep(50);
      }
    }
  }

  boolean isAlive() {
    return process.isAlive();
  }

  private HarnessException failure(String what) {
    String tail;
    try {
      List<String> lines = Files.readAllLines(log);
      tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    } catch (IOException e) {
      tail = "(no log)";
    }
    close();
    return new HarnessException(name + " " + what + ". Its log (" + log + ") ends with:\n" + tail + "\n" + HarnessException.HOW_TO_FIX);
  }

  @Override
  public void close() {
    LIVE.remove(this);
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

  static int freePort() {
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
}
