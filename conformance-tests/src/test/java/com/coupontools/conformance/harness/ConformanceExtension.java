package com.coupontools.conformance.harness;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Expands each {@link ConformanceCase} into one run per target × encoding, hands the run a
 * {@link Call}, fails the run when any of its exchanges carries a Prism violation, skips (never
 * silently) what cannot run, and records every run in the {@link Report}.
 */
public final class ConformanceExtension implements TestTemplateInvocationContextProvider {

  @Override
  public boolean supportsTestTemplate(ExtensionContext context) {
    return context.getTestMethod().map(m -> m.isAnnotationPresent(ConformanceCase.class)).orElse(false);
  }

  @Override
  public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
    Method method = context.getRequiredTestMethod();
    ConformanceCase spec = method.getAnnotation(ConformanceCase.class);
    Environment env = Environment.of(context);
    List<TestTemplateInvocationContext> runs = new ArrayList<>();
    for (TargetKind kind : TargetKind.values()) {
      boolean meaningful = Stream.of(spec.targets()).anyMatch(k -> k == kind);
      for (Encoding encoding : Encoding.values()) {
        runs.add(new Run(env, spec, method.getName(), kind, encoding, meaningful));
      }
    }
    return runs.stream().map(r -> r);
  }

  private static final class Run implements TestTemplateInvocationContext {
    final Environment env;
    final ConformanceCase spec;
    final String caseName;
    final TargetKind kind;
    final Encoding encoding;
    final boolean meaningful;
    Call call;

    Run(Environment env, ConformanceCase spec, String caseName, TargetKind kind, Encoding encoding, boolean meaningful) {
      this.env = env;
      this.spec = spec;
      this.caseName = caseName;
      this.kind = kind;
      this.encoding = encoding;
      this.meaningful = meaningful;
    }

    @Override
    public String getDisplayName(int invocationIndex) {
      return kind.label() + " · " + encoding.label();
    }

    String skipReason() {
      if (Stream.of(spec.encodings()).noneMatch(e -> e == encoding)) {
        return encoding.label() + ": not applicable (the request has no body to encode)";
      }
      if (!meaningful) {
        return kind.label() + ": not applicable" + (spec.note().isEmpty() ? "" : " (" + spec.note() + ")");
      }
      String reason = env.skipReason(kind);
      if (reason != null) return reason;
      if (kind == TargetKind.LIVE && spec.writes() && !env.settings.liveWrites) {
        return "live: writes state (set COUPONTOOLS_LIVE_WRITES=true to run it against a real account)";
      }
      return null;
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
      return List.of(
          (ExecutionCondition) ctx -> {
            String reason = skipReason();
            return reason == null ? ConditionEvaluationResult.enabled("runs on " + kind.label())
                : ConditionEvaluationResult.disabled(reason);
          },
          new ParameterResolver() {
            @Override
            public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
              return p.getParameter().getType() == Call.class;
            }

            @Override
            public Object resolveParameter(ParameterContext p, ExtensionContext e) {
              Target target = env.target(kind);
              target.recorder.drain(); // forget anything a previous run left behind
              target.recorder.preferNext(null); // … including a Prefer it set but never sent
              call = new Call(target, encoding);
              return call;
            }
          },
          (AfterTestExecutionCallback) ctx -> {
            if (call == null) return;
            List<ExchangeRecorder.Exchange> exchanges = call.exchanges(); // drains into call.seen
            List<ExchangeRecorder.Exchange> bad = exchanges.stream()
                .filter(Run.this::violates).collect(Collectors.toList());
            if (exchanges.isEmpty()) {
              throw new AssertionError("the case sent no request to " + kind.label());
            }
            List<String> wrongEncoding = exchanges.stream()
                .filter(x -> !x.requestBody().isEmpty())
                .filter(x -> x.requestContentType() == null || !x.requestContentType().startsWith(encoding.mediaType))
                .map(x -> "  " + x.method() + " " + x.path() + " sent Content-Type " + x.requestContentType())
                .collect(Collectors.toList());
            if (!wrongEncoding.isEmpty()) {
              throw new AssertionError("the SDK did not send " + encoding.mediaType + ":\n" + String.join("\n", wrongEncoding));
            }
            if (!bad.isEmpty()) {
              throw new AssertionError("Prism found contract violations:\n" + bad.stream()
                  .map(x -> "  " + x.method() + " " + x.path() + " → " + x.status() + ": " + x.violations())
                  .collect(Collectors.joining("\n")));
            }
          },
          new TestWatcher() {
            @Override
            public void testSuccessful(ExtensionContext ctx) {
              record(Report.Outcome.PASS, "");
            }

            @Override
            public void testFailed(ExtensionContext ctx, Throwable cause) {
              record(Report.Outcome.FAIL, String.valueOf(cause.getMessage()));
            }

            @Override
            public void testAborted(ExtensionContext ctx, Throwable cause) {
              record(Report.Outcome.SKIP, String.valueOf(cause.getMessage()));
            }

            @Override
            public void testDisabled(ExtensionContext ctx, Optional<String> reason) {
              record(Report.Outcome.SKIP, reason.orElse("disabled"));
            }
          });
    }

    /** An error case (code ≠ 0) may break the request contract on purpose; nothing else may. */
    private boolean violates(ExchangeRecorder.Exchange x) {
      return spec.code() == 0 ? x.hasViolations() : x.hasViolationsBeyondRequest();
    }

    private void record(Report.Outcome outcome, String detail) {
      int violations = 0;
      if (call != null) {
        for (ExchangeRecorder.Exchange x : call.seen) if (violates(x)) violations++;
      }
      env.report.add(new Report.Row(spec.operation(), spec.code(), caseName, kind, encoding, outcome, violations, detail));
    }
  }
}
