package com.coupontools.sandbox.junit;

import com.coupontools.client.CoupontoolsClient;
import java.net.URI;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 extension behind {@link CoupontoolsSandbox}: the JVM's one sandbox (started on
 * first use, stopped when the test run ends), a tenant per test class (made before its first
 * test, deleted after its last, with its client closed), and the parameters it resolves.
 */
public final class SandboxExtension
    implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NS =
      ExtensionContext.Namespace.create(SandboxExtension.class);
  private static final String TENANT = "tenant";

  @Override
  public void beforeAll(ExtensionContext context) {
    tenant(context);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (classContext(context) != context) {
      return; // a nested class: the outer class's tenant lives on
    }
    SandboxTenant t = context.getStore(NS).remove(TENANT, SandboxTenant.class);
    if (t != null) {
      t.close();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext p, ExtensionContext context) {
    Class<?> type = p.getParameter().getType();
    return type == CoupontoolsClient.class || type == SandboxTenant.class || type == URI.class;
  }

  @Override
  public Object resolveParameter(ParameterContext p, ExtensionContext context) {
    SandboxTenant t = tenant(context);
    Class<?> type = p.getParameter().getType();
    if (type == CoupontoolsClient.class) {
      return t.client();
    }
    if (type == SandboxTenant.class) {
      return t;
    }
    if (type == URI.class) {
      return t.baseUrl();
    }
    throw new ParameterResolutionException("not a sandbox parameter: " + type);
  }

  /** The tenant of the test class {@code context} belongs to (nested classes share their outer class's). */
  private static SandboxTenant tenant(ExtensionContext context) {
    ExtensionContext classContext = classContext(context);
    String name = classContext.getTestClass().map(Class::getName).orElse("junit");
    return classContext
        .getStore(NS)
        .getOrComputeIfAbsent(
            TENANT, k -> SharedSandbox.get().newTenant(name), SandboxTenant.class);
  }

  /** The outermost class-level context (the one below the engine's root). */
  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext c = context;
    while (c.getParent().isPresent() && c.getParent().get().getParent().isPresent()) {
      c = c.getParent().get();
    }
    return c;
  }
}
