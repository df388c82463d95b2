package com.coupontools.sandbox.internal;

/**
 * What a request broke: the parameter (as the catalogue names it: {@code email},
 * {@code pagination[page]}, {@code directoryId}, {@code users[1].email}), the check of the
 * catalogue's {@code constraints} ({@code required}, {@code type}, {@code enum}, …) and the rule
 * of the parameter (for the sentence's placeholders). A check throws it; {@link Errors} alone
 * turns it into a code and a sentence.
 */
final class Violation extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String parameter;
  private final String check;
  private final transient ParamRule rule;

  Violation(String parameter, String check, ParamRule rule) {
    super(check + " " + parameter, null, false, false);
    this.parameter = parameter;
    this.check = check;
    this.rule = rule;
  }

  String parameter() {
    return parameter;
  }

  String check() {
    return check;
  }

  /** The rule of the parameter, or null for a check with no schema behind it ({@code required} of a name). */
  ParamRule rule() {
    return rule;
  }
}
