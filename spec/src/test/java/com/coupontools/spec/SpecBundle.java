package com.coupontools.spec;

import com.coupontools.testsupport.Bundle;
import java.nio.file.Path;

/** The bundle this module builds, read once by test-support's bundle model for every test here. */
final class SpecBundle {
  static final Bundle INSTANCE =
      Bundle.load(Path.of(System.getProperty("spec.bundle", "target/openapi.yaml")));

  private SpecBundle() {}
}
