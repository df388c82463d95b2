package com.coupontools.sandbox.bench;

import com.coupontools.sandbox.Database;
import com.coupontools.sandbox.Sandbox;
import com.coupontools.sandbox.SandboxConfig;
import com.coupontools.sandbox.TestPostgres;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The two figures, against a sandbox on a database file (the default mode) in the
 * benchmark's own JVM, over real HTTP with OkHttp:
 * <ul>
 *   <li>{@code createMultiple100k}: {@code multiplesingleuse/create} with {@code amount=100000}
 *       and generated codes, until the last byte of the ~27 MB response is parsed (target ≤ 2 s).
 *       The fork runs with {@code -Xmx160m}: the response is streamed, never held.</li>
 *   <li>{@code readSessionData}: {@code couponsession/data} from 4 client threads (requests/s).</li>
 * </ul>
 * Both on SQLite (a file) and on PostgreSQL (a throw-away server on loopback, see
 * {@code TestPostgres}; run with {@code FSYNC=on} for durable commits).
 * Run: {@code mvn -pl sandbox test-compile exec:exec@bench} (JMH arguments: {@code -Dbench.args=…}).
 */
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx160m", "-XX:+AlwaysPreTouch", "-Xms160m"})
public class SandboxBench {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final JsonFactory PARSER = new JsonFactory();

  @Param({"sqlite", "postgresql"})
  public String engine;

  private Path dir;
  private Sandbox sandbox;
  private OkHttpClient http;
  private String base;
  private final AtomicLong prefix = new AtomicLong();

  @Setup(Level.Trial)
  public void start() throws IOException {
    dir = Files.createTempDirectory("sandbox-bench");
    Database database =
        engine.equals("postgresql") ? TestPostgres.get().newDatabase() : Database.directory(dir);
    sandbox = Sandbox.start(SandboxConfig.defaults().port(0).database(database));
    base = sandbox.baseUrl();
    http = new OkHttpClient.Builder()
        .connectionPool(new ConnectionPool(8, 1, TimeUnit.MINUTES))
        .readTimeout(60, TimeUnit.SECONDS)
        .build();
  }

  @TearDown(Level.Trial)
  public void stop() throws IOException {
    sandbox.close();
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private Response post(String path, String json) throws IOException {
    Request r = new Request.Builder()
        .url(base + path)
        .header("X-Client-Id", SandboxConfig.DEFAULT_CLIENT_ID)
        .header("X-Client-Secret", SandboxConfig.DEFAULT_CLIENT_SECRET)
        .post(RequestBody.create(json.getBytes(StandardCharsets.UTF_8), JSON))
        .build();
    return http.newCall(r).execute();
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 5)
  @Measurement(iterations = 10)
  public long createMultiple100k() throws IOException {
    String body = "{\"campaign\":\"cam_123457\",\"amount\":100000,\"automated_codes\":true,"
        + "\"code_prefix\":\"B" + prefix.incrementAndGet()
        + "-\",\"code_length\":12,\"code_type\":\"alphanumeric\"}";
    try (Response r = post("/v3/multiplesingleuse/create", body);
        InputStream in = r.body().byteStream();
        JsonParser p = PARSER.createParser(in)) {
      if (r.code() != 200) {
        throw new IllegalStateException("HTTP " + r.code());
      }
      long items = 0;
      for (JsonToken t; (t = p.nextToken()) != null; ) {
        if (t == JsonToken.FIELD_NAME && "custom_validation_code".equals(p.currentName())) {
          items++;
        }
      }
      if (items != 100_000) {
        throw new IllegalStateException("got " + items + " codes");
      }
      return items;
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(4)
  @Warmup(iterations = 8, time = 2)
  @Measurement(iterations = 5, time = 3)
  public int readSessionData() throws IOException {
    try (Response r =
        post("/v3/couponsession/data", "{\"couponsession\":\"ujzde8gxd6ncf10epf91d\"}")) {
      if (r.code() != 200) {
        throw new IllegalStateException("HTTP " + r.code());
      }
      return r.body().bytes().length;
    }
  }
}
