package com.coupontools.sandbox;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One sandbox per data directory (#9 defect 8: two processes on one SQLite directory answered
 * HTTP 500). A second start on a directory in use is refused with a message naming the directory
 * and the process holding it; the directory is free again once the first one stops. Across two
 * processes (exit status 2): JarIT.
 */
class DataDirLockTest {
  @TempDir
  Path dir;

  @Test
  void aSecondSandboxOnTheSameDirectoryIsRefusedUntilTheFirstStops() {
    try (Sandbox first = Sandbox.start(SandboxConfig.defaults().port(0).dataDir(dir))) {
      DataDirectoryInUseException e = assertThrows(
          DataDirectoryInUseException.class,
          () -> Sandbox.start(SandboxConfig.defaults().port(0).dataDir(dir)).close());
      assertTrue(e.getMessage().contains(dir.toAbsolutePath().toString()), e.getMessage());
      assertTrue(e.getMessage().contains("PID " + ProcessHandle.current().pid()), e.getMessage());
      assertTrue(new Api(first.baseUrl())
          .post("/v4/subaccount/list", Map.of())
          .ok()); // the first one serves on
    }
    try (Sandbox again = Sandbox.start(SandboxConfig.defaults().port(0).dataDir(dir))) {
      assertTrue(new Api(again.baseUrl()).post("/v4/subaccount/list", Map.of()).ok());
    }
  }
}
