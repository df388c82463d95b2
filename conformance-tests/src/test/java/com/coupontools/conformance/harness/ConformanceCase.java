package com.coupontools.conformance.harness;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One conformance case: an operation of the bundle, and either its happy path ({@code code = 0})
 * or one of its documented error codes. The case runs once per selected target × body encoding;
 * the method takes a {@link Call}. Every exchange it causes is checked for Prism violations.
 *
 * <pre>
 * &#64;ConformanceCase(operation = "campaign_info", code = 502)
 * void unknownCampaign(Call call) {
 *   call.forceExampleOnMock("e502_campaign_not_found");
 *   var e = assertThrows(NotFoundException.class, () -&gt; call.client().campaigns().info("cam_999999"));
 *   assertEquals(502, e.code());
 * }
 * </pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(ConformanceExtension.class)
public @interface ConformanceCase {

  /** The operationId in the bundle. */
  String operation();

  /** The documented error code this case provokes; 0 for the happy path. */
  int code() default 0;

  /** Targets the case is meaningful on (intersected with the selected ones). */
  TargetKind[] targets() default {TargetKind.MOCK, TargetKind.SANDBOX, TargetKind.LIVE};

  /** Body encodings the case runs with; a case without a body (the GET forms) runs once, as JSON. */
  Encoding[] encodings() default {Encoding.JSON, Encoding.FORM};

  /** True when the case changes state: on a real account it runs only with COUPONTOOLS_LIVE_WRITES=true. */
  boolean writes() default false;

  /** Why a target is left out, shown in the report (e.g. "101 needs an expired account"). */
  String note() default "";
}
