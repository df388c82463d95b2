package com.coupontools.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The README snippet compiles with the build; here it is also checked that it needs the environment. */
class ReadmeExampleTest {
  @Test
  void snippetExplainsMissingCredentials() {
    boolean haveEnv = System.getenv("COUPONTOOLS_CLIENT_ID") != null;
    if (!haveEnv) {
      IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
          () -> ReadmeExample.main(new String[0]));
      assertEquals(true, e.getMessage().startsWith("Set COUPONTOOLS_CLIENT_ID"));
    }
  }
}
