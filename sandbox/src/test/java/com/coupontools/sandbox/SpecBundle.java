package com.coupontools.sandbox;

import com.coupontools.sandbox.internal.ApiSpec;
import com.coupontools.testsupport.Bundle;

/** The bundle the sandbox serves (its class-path copy), read once by test-support's bundle model. */
final class SpecBundle {
  static final Bundle INSTANCE = Bundle.fromClasspath(ApiSpec.CLASSPATH_LOCATION);

  private SpecBundle() {}
}
