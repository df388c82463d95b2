package com.coupontools.conformance.harness;

/** The suite could not set up its servers; the message says how to fix it. */
public final class HarnessException extends RuntimeException {

  static final String HOW_TO_FIX = String.join(
      "\n",
      "How to fix:",
      "  * Run the suite through Maven from the repository root (mvn -B verify): the build installs the",
      "    pinned Prism into ./node_modules (scripts/node-tools.sh) and builds the spec bundle and the",
      "    sandbox jar the suite starts.",
      "  * Node.js 20+ and Java 17+ must be on the PATH; the servers bind 127.0.0.1 on free ports.",
      "  * Logs of every server the suite started are in conformance-tests/target/servers/.");

  HarnessException(String message) {
    super(message);
  }

  HarnessException(String message, Throwable cause) {
    super(message, cause);
  }
}
