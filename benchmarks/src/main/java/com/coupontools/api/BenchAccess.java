package com.coupontools.api;

import com.coupontools.internal.WireReader;

/**
 * Benchmark access to what the generated service uses to read a createMultiple answer (same
 * package, other jar; benchmarks run on the class path): the exact reader a call uses.
 */
public final class BenchAccess {
  private BenchAccess() {}

  public static WireReader.Body<MultipleSingleUseCreateResponse> createMultipleBody() {
    return SingleUseService.CREATE_MULTIPLE_BODY;
  }

  public static com.coupontools.internal.Operation createMultipleOperation() {
    return SingleUseService.CREATE_MULTIPLE;
  }
}
