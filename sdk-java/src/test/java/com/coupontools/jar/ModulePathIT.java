package com.coupontools.jar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar is a real named module: a small application (src/test/module-path) that
 * requires it compiles and runs on the module path with no --add-reads, --add-opens or
 * --add-modules, against a local server.
 */
class ModulePathIT {
  static final Path JAR = Path.of(System.getProperty("sdk.jar"));

  static List<Path> runtimeDependencies() throws Exception {
    String cp =
        Files.readString(Path.of(System.getProperty("sdk.runtime.classpath"))).trim();
    return Stream.of(cp.split(File.pathSeparator))
        .filter(s -> !s.isBlank())
        .map(Path::of)
        .collect(Collectors.toList());
  }

  private static String modulePath(List<Path> entries) {
    return entries.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }

  @Test
  void theDescriptorExportsOnlyThePublicPackagesAndOpensNone() {
    ModuleDescriptor d =
        ModuleFinder.of(JAR).find("com.coupontools.client").orElseThrow().descriptor();
    assertEquals(
        Set.of("com.coupontools.client", "com.coupontools.api", "com.coupontools.errors"),
        d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
    assertTrue(d.packages().contains("com.coupontools.internal"));
    assertEquals(Set.of(), d.opens(), "nothing is read reflectively");
    assertTrue(!d.isAutomatic() && !d.isOpen());
    Set<String> requires = d.requires().stream()
        .map(ModuleDescriptor.Requires::name)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(
        Set.of(
            "java.base",
            "org.slf4j",
            "okhttp3",
            "okio",
            "com.fasterxml.jackson.core",
            "jakarta.annotation"),
        requires);
  }

  @Test
  void anApplicationRunsOnTheModulePathWithNoExtraFlags() throws Exception {
    Path work = Path.of("target", "module-path-it");
    Path classes = work.resolve("classes");
    Files.createDirectories(classes);
    List<Path> modulePath = new ArrayList<>();
    modulePath.add(JAR);
    modulePath.addAll(runtimeDependencies());
    Path src = Path.of("src", "test", "module-path", "example.app");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int rc = javac.run(
        null,
        null,
        null,
        "--module-path",
        modulePath(modulePath),
        "-d",
        classes.toString(),
        src.resolve("module-info.java").toString(),
        src.resolve("example/app/Main.java").toString());
    assertEquals(0, rc, "the application compiles against the module");

    try (MockWebServer server = new MockWebServer()) {
      String list =
          "{\"status\":{\"status\":\"OK\"},\"amount_of_results\":\"1\",\"coupon_info\":[{\"ID\":\"cam_1\",\"code\":\"c\","
              + "\"name\":\"n\",\"title\":\"Spring\",\"status\":\"active\",\"url\":\"https://digicpn.com/p/c\"}]}";
      server.enqueue(
          new MockResponse().setHeader("Content-Type", "application/json").setBody(list));
      server.enqueue(
          new MockResponse().setHeader("Content-Type", "application/json").setBody(list));
      server.enqueue(
          new MockResponse()
              .setResponseCode(422)
              .setHeader("X-Request-Id", "req_9")
              .setHeader("Content-Type", "application/json")
              .setBody(
                  "{\"status\":{\"status\":\"failed\",\"errors\":{\"error_code\":[502],\"error_message_description\":[\"Campaign ID not found.\"]}}}"));
      server.start();
      List<Path> runPath = new ArrayList<>(modulePath);
      runPath.add(0, classes);
      Process p = new ProcessBuilder(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "--module-path",
              modulePath(runPath),
              "--module",
              "example.app/example.app.Main",
              server.url("/").toString())
          .redirectErrorStream(true)
          .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(60, TimeUnit.SECONDS));
      assertEquals(0, p.exitValue(), out);
      assertTrue(out.contains("cam_1 Spring https://digicpn.com/p/c"), out);
      assertTrue(out.contains("async 1"), out);
      assertTrue(out.contains("error 502 req_9"), out);
      assertEquals(3, server.getRequestCount());
    }
  }
}
