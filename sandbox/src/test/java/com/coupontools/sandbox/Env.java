package com.coupontools.sandbox;

import com.coupontools.sandbox.internal.ApiSpec;
import com.coupontools.testsupport.Prism;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The shared test environment: one in-memory sandbox and one {@code prism proxy} (no
 * {@code --errors}) in front of it, started once per test run and injected as a parameter.
 * Prism reports every request and response that breaks the bundle in {@code sl-violations}.
 */
final class Env implements ExtensionContext.Store.CloseableResource {
  final Sandbox sandbox;
  final Api direct;
  final Api prism;
  private final Prism prismProxy;

  private Env() {
    sandbox = Sandbox.start(SandboxConfig.defaults().port(0).database(TestDatabases.scratch()));
    direct = new Api(sandbox.baseUrl());
    try {
      Path buildDir = Path.of(System.getProperty("build.dir", "target"));
      prismProxy = Prism.proxy(
          Path.of(System.getProperty("prism.bin", "../node_modules/.bin/prism")),
          bundleFile(buildDir),
          sandbox.baseUrl(),
          buildDir.resolve("prism-proxy-" + ProcessHandle.current().pid() + ".log"));
      prism = new Api(prismProxy.url());
    } catch (IOException | RuntimeException e) {
      sandbox.close();
      throw e instanceof IOException
          ? new UncheckedIOException((IOException) e)
          : (RuntimeException) e;
    }
  }

  /** The bundle on the test classpath, written where Prism can read it. */
  static Path bundleFile(Path buildDir) throws IOException {
    Path out = buildDir.resolve("prism").resolve("openapi.yaml");
    Files.createDirectories(out.getParent());
    try (InputStream in =
        ApiSpec.class.getClassLoader().getResourceAsStream(ApiSpec.CLASSPATH_LOCATION)) {
      Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
    }
    return out;
  }

  @Override
  public void close() {
    prismProxy.close();
    sandbox.close();
  }

  /** Injects the shared {@link Env} into test constructors and methods. */
  static final class Extension implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
      return p.getParameter().getType() == Env.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext c) {
      return c.getRoot()
          .getStore(ExtensionContext.Namespace.GLOBAL)
          .getOrComputeIfAbsent(Env.class, k -> new Env(), Env.class);
    }
  }
}
