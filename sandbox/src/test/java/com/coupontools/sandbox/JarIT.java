package com.coupontools.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped jar, as a user runs it: {@code java -jar target/coupontools-sandbox.jar}. It prints
 * exactly one line when ready, serves the API, and stops cleanly on SIGTERM (the database is
 * checkpointed: no WAL file is left behind) with its data kept for the next start.
 */
class JarIT {
  private static final Pattern READY = Pattern.compile("Sandbox listening on (http://127\\.0\\.0\\.1:(\\d+))");

  @TempDir
  Path data;

  @Test
  void startsPrintsOneLineServesAndStopsCleanlyOnSigterm() throws Exception {
    Path jar = Path.of(System.getProperty("build.dir", "target"), "coupontools-sandbox.jar");
    assertTrue(Files.isRegularFile(jar), "run `mvn -pl sandbox package` first: " + jar);
    String session;
    for (int run = 0; run < 2; run++) {
      Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
          jar.toString(), "--port", "0", "--data", data.toString(), "--client-id", "jar-id",
          "--client-secret", "jar-secret")
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      try {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        Matcher m = READY.matcher(line == null ? "" : line);
        assertTrue(m.matches(), "first stdout line: " + line);
        Api api = new Api(m.group(1));
        Api.Creds creds = new Api.Creds("jar-id", "jar-secret");
        if (run == 0) {
          session = api.post("/v3/singleuse/create", Map.of("campaign", "cam_123456", "customid", "JAR-1"), creds)
              .json().path("single_use_code").asText();
          Files.writeString(data.resolve("session.txt"), session);
        } else {
          session = Files.readString(data.resolve("session.txt"));
          assertEquals("JAR-1", api.post("/v3/couponsession/data", Map.of("couponsession", session), creds).json()
              .path("customid").asText());
        }
        p.toHandle().destroy(); // SIGTERM (Process.destroy would also close our end of stdout)
        assertTrue(p.waitFor(20, TimeUnit.SECONDS), "did not stop within 20 s of SIGTERM");
        List<String> rest = new ArrayList<>();
        for (String l; (l = out.readLine()) != null; ) {
          rest.add(l);
        }
        assertEquals(List.of(), rest, "stdout must hold exactly one line");
        assertFalse(Files.exists(data.resolve("sandbox.db-wal")) && Files.size(data.resolve("sandbox.db-wal")) > 0,
            "the WAL was not checkpointed on shutdown");
      } finally {
        p.destroyForcibly();
      }
    }
  }

  @Test
  void badFlagsExitWithUsage() throws Exception {
    Path jar = Path.of(System.getProperty("build.dir", "target"), "coupontools-sandbox.jar");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        jar.toString(), "--port", "seventy").redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(20, TimeUnit.SECONDS));
    assertEquals(2, p.exitValue());
    assertTrue(out.contains("--port needs a number"), out);
  }
}
