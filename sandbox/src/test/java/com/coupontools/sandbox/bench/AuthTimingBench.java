package com.coupontools.sandbox.bench;

import com.coupontools.sandbox.Sandbox;
import com.coupontools.sandbox.SandboxConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whether response time tells which client IDs exist (issue #9 defect 13): the two ways a login
 * fails, a client ID no account has and a real client ID with a wrong secret, each answered 1000.
 * SampleTime mode: JMH prints the median (p0.50) of every call of the measurement; compare the two
 * medians of one run. Run: {@code mvn -pl sandbox test-compile exec:exec@bench -Dbench.args=AuthTimingBench}.
 */
@State(Scope.Benchmark)
@Fork(1)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
public class AuthTimingBench {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final byte[] BODY = "{\"couponsession\":\"ujzde8gxd6ncf10epf91d\"}".getBytes(StandardCharsets.UTF_8);

  private Path dir;
  private Sandbox sandbox;
  private OkHttpClient http;
  private String url;

  @Setup(Level.Trial)
  public void start() throws IOException {
    dir = Files.createTempDirectory("sandbox-auth-bench");
    sandbox = Sandbox.start(SandboxConfig.defaults().port(0).dataDir(dir));
    url = sandbox.baseUrl() + "/v3/couponsession/data";
    http = new OkHttpClient.Builder().connectionPool(new ConnectionPool(2, 1, TimeUnit.MINUTES)).build();
  }

  @TearDown(Level.Trial)
  public void stop() throws IOException {
    sandbox.close();
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private int call(String id, String secret) throws IOException {
    Request r = new Request.Builder().url(url).header("X-Client-Id", id).header("X-Client-Secret", secret)
        .post(RequestBody.create(BODY, JSON)).build();
    try (Response resp = http.newCall(r).execute()) {
      resp.body().bytes();
      if (resp.code() != 401) {
        throw new IllegalStateException("HTTP " + resp.code());
      }
      return resp.code();
    }
  }

  /** No account has this client ID. */
  @Benchmark
  public int unknownClientId() throws IOException {
    return call("no-such-client-id", SandboxConfig.DEFAULT_CLIENT_SECRET);
  }

  /** The demo account's client ID with a wrong secret. */
  @Benchmark
  public int knownClientIdWrongSecret() throws IOException {
    return call(SandboxConfig.DEFAULT_CLIENT_ID, "wrong-secret-of-the-same-length");
  }
}
