package com.coupontools.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** What the spec says about one generated API method; read by the runtime, written by the templates. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Operation {
  /** The spec's operationId, e.g. {@code campaign_info}. */
  String id();

  /** The operation's {@code x-error-codes}. */
  int[] errorCodes() default {};

  /** Its documented invalid-parameter examples, {@code "key|code|text"}. */
  String[] documentedErrors() default {};
}
