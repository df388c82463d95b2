package com.coupontools.sandbox.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The kit's start time per test class (issue #13's closing figure), outside any test's
 * assertions: runs {@code kit.probe.classes} test classes one after the other through the JUnit
 * launcher in a fresh JVM and prints, per class, the time from the class starting to its first
 * test starting — the extension's whole set-up: for the first class the sandbox's start plus a
 * tenant, for the later ones a tenant and its client. Run:
 * {@code mvn -B -pl sandbox-junit test-compile exec:exec@kit-start}.
 */
public final class KitStartProbe {
  private KitStartProbe() {}

  @CoupontoolsSandbox
  public static class Probe0 {
    @Test
    void t() {}
  }

  @CoupontoolsSandbox
  public static class Probe1 {
    @Test
    void t() {}
  }

  @CoupontoolsSandbox
  public static class Probe2 {
    @Test
    void t() {}
  }

  @CoupontoolsSandbox
  public static class Probe3 {
    @Test
    void t() {}
  }

  @CoupontoolsSandbox
  public static class Probe4 {
    @Test
    void t() {}
  }

  @CoupontoolsSandbox
  public static class Probe5 {
    @Test
    void t() {}
  }

  @CoupontoolsSandbox
  public static class Probe6 {
    @Test
    void t() {}
  }

  @CoupontoolsSandbox
  public static class Probe7 {
    @Test
    void t() {}
  }

  @CoupontoolsSandbox
  public static class Probe8 {
    @Test
    void t() {}
  }

  @CoupontoolsSandbox
  public static class Probe9 {
    @Test
    void t() {}
  }

  public static void main(String[] args) {
    int n = Math.min(10, Integer.getInteger("kit.probe.classes", 10));
    Class<?>[] all = {
      Probe0.class,
      Probe1.class,
      Probe2.class,
      Probe3.class,
      Probe4.class,
      Probe5.class,
      Probe6.class,
      Probe7.class,
      Probe8.class,
      Probe9.class
    };
    List<ClassSelector> selectors = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      selectors.add(selectClass(all[i]));
    }
    Map<String, Long> classStart = new ConcurrentHashMap<>();
    List<String> lines = new ArrayList<>();
    List<Long> later = new ArrayList<>();
    TestExecutionListener timing = new TestExecutionListener() {
      @Override
      public void executionStarted(TestIdentifier id) {
        long now = System.nanoTime();
        if (id.isContainer() && id.getLegacyReportingName().contains("Probe")) {
          classStart.put(id.getUniqueId(), now);
        } else if (id.isTest()) {
          String parent = id.getParentId().orElseThrow();
          long ms = (now - classStart.get(parent)) / 1_000_000;
          if (!lines.isEmpty()) {
            later.add(ms);
          }
          lines.add(String.format(
              "class %2d: %5d ms to its first test%s",
              lines.size() + 1, ms, lines.isEmpty() ? " (starts the sandbox)" : ""));
        }
      }
    };
    long t0 = System.nanoTime();
    LauncherFactory.create()
        .execute(LauncherDiscoveryRequestBuilder.request().selectors(selectors).build(), timing);
    lines.forEach(System.out::println);
    later.sort(Long::compare);
    if (!later.isEmpty()) {
      System.out.printf(
          "later classes: median %d ms, max %d ms; whole run %d ms%n",
          later.get(later.size() / 2),
          later.get(later.size() - 1),
          (System.nanoTime() - t0) / 1_000_000);
    }
    System.exit(
        0); // the JDK HTTP servers' dispatcher threads are not daemons; the shutdown hook stops
    // them
  }
}
