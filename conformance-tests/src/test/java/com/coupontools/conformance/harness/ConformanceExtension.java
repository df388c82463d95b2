package com.coupontools.conformance.harness;

import com.coupontools.testsupport.Scenarios;
import com.coupontools.testsupport.Scenarios.Scenario;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 * Expands each {@link ConformanceCase}, and each scenario of {@link DerivedCases}, into one run per
 * target × encoding, hands the run a {@link Call} (and its scenario), fails the run when any of its
 * exchanges carries a Prism violation, skips (never silently) what cannot run, and records every
 * run in the {@link Report}.
 */
public final class ConformanceExtension implements TestTemplateInvocationContextProvider {

  @Override
  public boolean supportsTestTemplate(ExtensionContext context) {
    return context
        .getTestMethod()
        .map(m -> m.isAnnotationPresent(ConformanceCase.class)
            || m.isAnnotationPresent(DerivedCases.class))
        .orElse(false);
  }

  /** What a run needs to know of its case, hand-written or derived. */
  record CaseInfo(
      String operation,
      int code,
      String name,
      Set<TargetKind> targets,
      Set<Encoding> encodings,
      boolean writes,
      String note,
      Scenario scenario) {
    static CaseInfo of(ConformanceCase c, String method) {
      return new CaseInfo(
          c.operation(),
          c.code(),
          method,
          set(TargetKind.class, c.targets()),
          set(Encoding.class, c.encodings()),
          c.writes(),
          c.note(),
          null);
    }

    /**
     * A derived case: every target, except live where it needs an account a real one does not
     * give (an expired account, made only on the sandbox; the demo subaccount's credentials) and
     * all but the mock for an unreadable body; a form run only where the operation takes one; an
     * error never writes, but a taken value's first request does (it creates the record that
     * holds the value).
     */
    static CaseInfo of(Scenario s) {
      String note = switch (s.kind()) {
        case EXPIRED_ACCOUNT ->
          "101 needs an account whose expiry date has passed (the sandbox gets one through"
              + " subaccount create; none is created on a real account)";
        case SUBACCOUNT_CREDENTIALS, NO_SMS_INTEGRATION, NO_EMAIL_INTEGRATION ->
          s.expected().code()
              + " needs the credentials of the demo subaccount (sub_1234: a subaccount, with neither the SMS nor an"
              + " email integration)";
        case UNREADABLE_BODY ->
          "the SDK cannot send an unreadable body (the sandbox's own tests send one to every operation)";
        default -> "";
      };
      Set<TargetKind> targets = s.kind() == Scenarios.Kind.UNREADABLE_BODY
          ? EnumSet.of(TargetKind.MOCK)
          : note.isEmpty()
              ? EnumSet.allOf(TargetKind.class)
              : EnumSet.of(TargetKind.MOCK, TargetKind.SANDBOX);
      return new CaseInfo(
          s.op().id(),
          s.expected().code(),
          "derived " + s.expected().key(),
          targets,
          s.op().form() ? EnumSet.allOf(Encoding.class) : EnumSet.of(Encoding.JSON),
          s.kind() == Scenarios.Kind.TAKEN_VALUE,
          note,
          s);
    }

    @SafeVarargs
    private static <E extends Enum<E>> Set<E> set(Class<E> type, E... values) {
      Set<E> out = EnumSet.noneOf(type);
      out.addAll(List.of(values));
      return out;
    }
  }

  @Override
  public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(
      ExtensionContext context) {
    Method method = context.getRequiredTestMethod();
    Environment env = Environment.of(context);
    List<CaseInfo> cases = new ArrayList<>();
    ConformanceCase spec = method.getAnnotation(ConformanceCase.class);
    if (spec != null) {
      cases.add(CaseInfo.of(spec, method.getName()));
    } else {
      for (Scenario s : Scenarios.all(env.bundle())) {
        cases.add(CaseInfo.of(s));
      }
    }
    List<TestTemplateInvocationContext> runs = new ArrayList<>();
    for (CaseInfo c : cases) {
      for (TargetKind kind : TargetKind.values()) {
        for (Encoding encoding : Encoding.values()) {
          runs.add(new Run(env, c, kind, encoding, c.targets().contains(kind)));
        }
      }
    }
    return runs.stream().map(r -> r);
  }

  private static final class Run implements TestTemplateInvocationContext {
    final Environment env;
    final CaseInfo spec;
    final TargetKind kind;
    final Encoding encoding;
    final boolean meaningful;
    Call call;

    Run(Environment env, CaseInfo spec, TargetKind kind, Encoding encoding, boolean meaningful) {
      this.env = env;
      this.spec = spec;
      this.kind = kind;
      this.encoding = encoding;
      this.meaningful = meaningful;
    }

    @Override
    public String getDisplayName(int invocationIndex) {
      return (spec.scenario() == null ? "" : spec.scenario().name() + " · ") + kind.label() + " · "
          + encoding.label();
    }

    String skipReason() {
      if (!spec.encodings().contains(encoding)) {
        return encoding.label() + ": not applicable (the request has no body to encode)";
      }
      if (!meaningful) {
        return kind.label() + ": not applicable"
            + (spec.note().isEmpty() ? "" : " (" + spec.note() + ")");
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
            return reason == null
                ? ConditionEvaluationResult.enabled("runs on " + kind.label())
                : ConditionEvaluationResult.disabled(reason);
          },
          new ParameterResolver() {
            @Override
            public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
              return p.getParameter().getType() == Call.class
                  || (p.getParameter().getType() == Scenario.class && spec.scenario() != null);
            }

            @Override
            public Object resolveParameter(ParameterContext p, ExtensionContext e) {
              if (p.getParameter().getType() == Scenario.class) {
                return spec.scenario();
              }
              Target target = env.target(kind);
              target.recorder.drain(); // forget anything a previous run left behind
              target.recorder.preferNext(null); // … including a Prefer it set but never sent
              call = new Call(target, encoding, env.bundle(), spec.operation());
              return call;
            }
          },
          (AfterTestExecutionCallback) ctx -> {
            if (call == null) return;
            List<ExchangeRecorder.Exchange> exchanges = call.exchanges(); // drains into call.seen
            List<ExchangeRecorder.Exchange> bad =
                exchanges.stream().filter(Run.this::violates).collect(Collectors.toList());
            if (exchanges.isEmpty()) {
              throw new AssertionError("the case sent no request to " + kind.label());
            }
            List<String> wrongEncoding = exchanges.stream()
                .filter(x -> !x.requestBody().isEmpty())
                .filter(x -> x.requestContentType() == null
                    || !x.requestContentType().startsWith(encoding.mediaType))
                .map(x -> "  " + x.method() + " " + x.path() + " sent Content-Type "
                    + x.requestContentType())
                .collect(Collectors.toList());
            if (!wrongEncoding.isEmpty()) {
              throw new AssertionError("the SDK did not send " + encoding.mediaType + ":\n"
                  + String.join("\n", wrongEncoding));
            }
            if (!bad.isEmpty()) {
              throw new AssertionError("Prism found contract violations:\n"
                  + bad.stream()
                      .map(x -> "  " + x.method() + " " + x.path() + " → " + x.status() + ": "
                          + x.violations())
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
      env.report.add(new Report.Row(
          spec.operation(),
          spec.code(),
          spec.name(),
          kind,
          encoding,
          outcome,
          violations,
          detail,
          spec.scenario() != null));
    }
  }
}
