package com.coupontools.benchmarks;

import com.coupontools.api.MultipleSingleUseCreateRequest;
import com.coupontools.api.MultipleSingleUseCreateResponse;
import com.coupontools.client.CoupontoolsClient;
import com.coupontools.stock.api.SingleUseApi;
import com.coupontools.stock.invoker.ApiClient;
import com.coupontools.stock.invoker.auth.ApiKeyAuth;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
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
 * One createMultiple call (2 codes, the spec's example) against the in-process server: the SDK,
 * raw java.net.http + Jackson databind into plain classes (issue 3's baseline), raw OkHttp +
 * Jackson databind (issue 11's baseline: the SDK's own transport, nothing else), and the stock
 * generated client.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
public class PerCallBenchmark {
  private BenchServer server;
  private CoupontoolsClient sdk;
  private SingleUseApi stock;
  private HttpClient javaHttp;
  private OkHttpClient okHttp;
  private ObjectMapper mapper;
  private MultipleSingleUseCreateRequest request;
  private RawModels.CreateMultipleRequest rawRequest;
  private com.coupontools.stock.model.MultipleSingleUseCreateRequest stockRequest;
  private URI uri;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    server = new BenchServer(Fixtures.createMultipleResponse(2));
    sdk = CoupontoolsClient.builder()
        .credentials(Fixtures.CLIENT_ID, Fixtures.SECRET)
        .baseUrl(server.url())
        .build();
    ApiClient stockClient = new ApiClient(new String[] {"ClientId", "ClientSecret"});
    stockClient.setBasePath(server.url());
    ((ApiKeyAuth) stockClient.getAuthorization("ClientId")).setApiKey(Fixtures.CLIENT_ID);
    ((ApiKeyAuth) stockClient.getAuthorization("ClientSecret")).setApiKey(Fixtures.SECRET);
    stock = stockClient.buildClient(SingleUseApi.class);
    javaHttp = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    okHttp = new OkHttpClient();
    mapper = Fixtures.plainMapper();
    request = Fixtures.sdkRequest();
    rawRequest = Fixtures.rawRequest();
    stockRequest = Fixtures.stockRequest();
    uri = URI.create(server.url() + Fixtures.PATH);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    server.close();
    sdk.close();
    okHttp.dispatcher().executorService().shutdown();
    okHttp.connectionPool().evictAll();
  }

  @Benchmark
  public MultipleSingleUseCreateResponse sdk() {
    return sdk.singleUse().createMultiple(request);
  }

  @Benchmark
  public RawModels.CreateMultipleResponse rawJavaHttp() throws Exception {
    HttpRequest r = HttpRequest.newBuilder(uri)
        .header("X-Client-Id", Fixtures.CLIENT_ID)
        .header("X-Client-Secret", Fixtures.SECRET)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(rawRequest)))
        .build();
    HttpResponse<byte[]> response = javaHttp.send(r, HttpResponse.BodyHandlers.ofByteArray());
    return mapper.readValue(response.body(), RawModels.CreateMultipleResponse.class);
  }

  @Benchmark
  public RawModels.CreateMultipleResponse rawOkHttp() throws Exception {
    okhttp3.Request r = new okhttp3.Request.Builder()
        .url(uri.toString())
        .header("X-Client-Id", Fixtures.CLIENT_ID)
        .header("X-Client-Secret", Fixtures.SECRET)
        .header("Accept", "application/json")
        .post(RequestBody.create(
            mapper.writeValueAsBytes(rawRequest), MediaType.get("application/json")))
        .build();
    try (okhttp3.Response response = okHttp.newCall(r).execute()) {
      return mapper.readValue(response.body().byteStream(), RawModels.CreateMultipleResponse.class);
    }
  }

  @Benchmark
  public com.coupontools.stock.model.MultipleSingleUseCreateResponse stock() {
    return stock.multiplesingleuseCreate(stockRequest);
  }
}
