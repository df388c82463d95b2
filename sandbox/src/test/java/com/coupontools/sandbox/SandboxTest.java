package com.coupontools.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.sandbox.internal.ApiSpec;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The sandbox covers the bundle it ships with, and refuses a bad configuration early. */
class SandboxTest {
  @Test
  void everyOperationOfTheBundleHasBehaviour() {
    ApiSpec spec = ApiSpec.fromClasspath();
    assertEquals(SpecBundle.INSTANCE.ops().size(), spec.operations().size());
    assertTrue(
        spec.operations().size() >= 36,
        "operations in the bundle: " + spec.operations().size());
    try (Sandbox s = Sandbox.start(SandboxConfig.defaults().port(0).inMemory(), spec)) {
      assertEquals(Set.of(), s.unimplementedOperations());
      assertTrue(s.baseUrl().matches("http://127\\.0\\.0\\.1:\\d+"), s.baseUrl());
    }
  }

  @Test
  void configurationIsCheckedUpFront() {
    assertThrows(IllegalArgumentException.class, () -> SandboxConfig.defaults().port(70000));
    assertThrows(
        IllegalArgumentException.class, () -> SandboxConfig.defaults().credentials(" ", "x"));
  }
}
