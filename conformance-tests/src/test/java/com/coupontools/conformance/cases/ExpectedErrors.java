package com.coupontools.conformance.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.errors.ApiException;
import org.junit.jupiter.api.function.Executable;

/**
 * Asserts what an error case must see through the SDK: the typed exception, the documented code,
 * the parameter the message names (200 and 3xx), and that the message says the code.
 */
final class ExpectedErrors {

  private ExpectedErrors() {}

  static <T extends ApiException> T expect(Class<T> type, int code, Executable call) {
    T e = assertThrows(type, call);
    assertEquals(code, e.code(), () -> "code of " + e);
    assertTrue(e.codes().contains(code), () -> "codes of " + e);
    assertTrue(
        String.valueOf(e.getMessage()).contains(String.valueOf(code)), () -> "message of " + e);
    return e;
  }

  static <T extends ApiException> T expect(
      Class<T> type, int code, String parameter, Executable call) {
    T e = expect(type, code, call);
    assertEquals(parameter, e.parameter(), () -> "parameter of " + e);
    return e;
  }
}
