package com.coupontools.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.sandbox.Api.Creds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The container image is real, proved without Docker: the layers of {@code target/jib-image.tar}
 * (the {@code docker load} format Jib writes) are unpacked in order into an empty directory,
 * which is then the whole file system ({@code chroot}) of the image's own entrypoint, run as the
 * image's user with the image's environment: nothing from this machine but the kernel. It serves
 * the API on SQLite in memory and on PostgreSQL. Needs root (chroot); skipped with a reason
 * otherwise.
 */
class ImageIT {
  private static final Pattern READY =
      Pattern.compile("Sandbox listening on (http://127\\.0\\.0\\.1:\\d+)");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path work;

  @Test
  void theImageRunsFromItsOwnLayersAloneOnBothEngines() throws Exception {
    Path tar = Path.of(System.getProperty("build.dir", "target"), "jib-image.tar");
    assertTrue(Files.isRegularFile(tar), "the image is built by `mvn package` (Jib): " + tar);
    Assumptions.assumeTrue(
        "0".equals(run(List.of("id", "-u")).trim()), "chroot needs root; not run");
    Path chroot = Path.of("/usr/sbin/chroot");
    Assumptions.assumeTrue(Files.isExecutable(chroot), "no /usr/sbin/chroot");

    Path image = work.resolve("image");
    Path rootfs = work.resolve("rootfs");
    Files.createDirectories(image);
    Files.createDirectories(rootfs);
    run(List.of("tar", "-xf", tar.toString(), "-C", image.toString()));
    JsonNode manifest = JSON.readTree(image.resolve("manifest.json").toFile()).path(0);
    for (JsonNode layer : manifest.path("Layers")) {
      run(List.of(
          "tar", "-xzf", image.resolve(layer.asText()).toString(), "-C", rootfs.toString()));
    }
    JsonNode config =
        JSON.readTree(image.resolve(manifest.path("Config").asText()).toFile()).path("config");
    assertEquals("65532:65532", config.path("User").asText());
    assertTrue(config.path("ExposedPorts").has("8090/tcp"), config::toString);

    serve(chroot, rootfs, config, List.of("--data", "mem"), Map.of());
    Database pg = TestPostgres.get().newDatabase();
    serve(
        chroot,
        rootfs,
        config,
        List.of("--data", pg.jdbcUrl()),
        Map.of(Database.PASSWORD_ENV, pg.password()));
  }

  /** The image's entrypoint with {@code data} (replacing its default arguments, as {@code docker run IMAGE …} would). */
  private void serve(
      Path chroot, Path rootfs, JsonNode config, List<String> data, Map<String, String> env)
      throws Exception {
    List<String> cmd = new ArrayList<>(List.of(
        chroot.toString(), "--userspec=" + config.path("User").asText(), rootfs.toString()));
    config.path("Entrypoint").forEach(a -> cmd.add(a.asText()));
    cmd.addAll(List.of(
        "--host",
        "127.0.0.1",
        "--port",
        "0",
        "--client-id",
        "image-id",
        "--client-secret",
        "image-secret"));
    cmd.addAll(data);
    ProcessBuilder pb = new ProcessBuilder(cmd)
        .redirectError(work.resolve("image-" + data.get(1).charAt(0) + ".log").toFile());
    pb.environment().clear();
    config.path("Env").forEach(e -> {
      String kv = e.asText();
      pb.environment().put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
    });
    pb.environment().putAll(env);
    Process p = pb.start();
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      Matcher m = READY.matcher(line == null ? "" : line);
      assertTrue(
          m.matches(),
          "first stdout line of the image: " + line + "; stderr: "
              + Files.readString(work.resolve("image-" + data.get(1).charAt(0) + ".log")));
      Api api = new Api(m.group(1));
      Creds creds = new Creds("image-id", "image-secret");
      assertEquals(
          200,
          api.send("GET", "/_sandbox/ready", null, null, Creds.NONE, Map.of()).status());
      String session = api.post(
              "/v3/singleuse/create", Map.of("campaign", "cam_123456", "customid", "IMG"), creds)
          .json()
          .path("single_use_code")
          .asText();
      assertEquals(
          "IMG",
          api.post("/v3/couponsession/data", Map.of("couponsession", session), creds)
              .json()
              .path("customid")
              .asText());
      assertEquals(
          100,
          api.post(
                  "/v3/multiplesingleuse/create",
                  Map.of("campaign", "cam_123456", "amount", 100),
                  creds)
              .json()
              .path("data")
              .size());
      p.toHandle().destroy();
      assertTrue(p.waitFor(20, TimeUnit.SECONDS), "the image's java did not stop on SIGTERM");
    } finally {
      p.destroyForcibly();
    }
  }

  private static String run(List<String> cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0, cmd + " failed: " + out);
    return out;
  }
}
