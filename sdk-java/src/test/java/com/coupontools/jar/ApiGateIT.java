package com.coupontools.jar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The API-compatibility gate (japicmp, execution {@code api-gate} of this module's pom) as the
 * build runs it: the packaged jar passes, and the same jar with one public method removed
 * ({@code AutoPager.stream()}) fails it.
 */
class ApiGateIT {

  private static Process gate(Path newJar) throws Exception {
    String mvn = Path.of(System.getProperty("maven.home"), "bin", "mvn").toString();
    List<String> cmd = new ArrayList<>(List.of(
        mvn,
        "-B",
        "validate",
        "japicmp:cmp@api-gate",
        "-Dapi.new.jar=" + newJar.toAbsolutePath(),
        // alone, outside the reactor: this module's own artifact is not installed (CI's first run
        // has
        // an empty local repository), see api.gate.standalone in the pom
        "-Dapi.gate.standalone=true"));
    return new ProcessBuilder(cmd)
        .directory(new File("."))
        .redirectErrorStream(true)
        .start();
  }

  private static String run(Process p) throws Exception {
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), out);
    return out;
  }

  @Test
  void thePackagedJarPassesAndARemovedPublicMethodFails() throws Exception {
    Process ok = gate(ModulePathIT.JAR);
    String okOut = run(ok);
    assertEquals(0, ok.exitValue(), okOut);

    // AutoPager without stream(), compiled against the real jar
    Path work = Files.createDirectories(Path.of("target", "api-gate-it"));
    Path src = Files.createDirectories(work.resolve("src/com/coupontools/client"))
        .resolve("AutoPager.java");
    Files.writeString(
        src,
        "package com.coupontools.client;\npublic interface AutoPager<T> extends Iterable<T> {}\n");
    Path classes = Files.createDirectories(work.resolve("classes"));
    assertEquals(
        0,
        ToolProvider.getSystemJavaCompiler()
            .run(
                null,
                null,
                null,
                "--release",
                "11",
                "-d",
                classes.toString(),
                "-cp",
                ModulePathIT.JAR.toString(),
                src.toString()));
    Path tampered = work.resolve("coupontools-java-tampered.jar");
    String replaced = "com/coupontools/client/AutoPager.class";
    try (JarFile in = new JarFile(ModulePathIT.JAR.toFile());
        OutputStream os = Files.newOutputStream(tampered);
        JarOutputStream out = new JarOutputStream(os)) {
      for (JarEntry e : Collections.list(in.entries())) {
        out.putNextEntry(new JarEntry(e.getName()));
        try (InputStream body = e.getName().equals(replaced)
            ? Files.newInputStream(classes.resolve(replaced))
            : in.getInputStream(e)) {
          body.transferTo(out);
        }
        out.closeEntry();
      }
    }
    Process broken = gate(tampered);
    String out = run(broken);
    assertNotEquals(0, broken.exitValue(), out);
    assertTrue(out.contains("METHOD_REMOVED") || out.contains("stream()"), out);
  }
}
