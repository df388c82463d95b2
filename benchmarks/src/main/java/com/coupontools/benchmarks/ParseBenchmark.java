package com.coupontools.benchmarks;

import com.coupontools.internal.BenchDecoding;
import com.coupontools.stock.invoker.ApiClient;
import com.coupontools.stock.invoker.ApiResponseDecoder;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decoding a 100,000-code createMultiple response (~27 MB) from the same bytes: raw Jackson
 * databind into plain classes holding the same wire values, the SDK's answer reader (envelope check
 * + generated streaming readers into the immutable models) and the stock generated client's decoder
 * (Reader + URI-typed models).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class ParseBenchmark {
  private byte[] body;
  private ObjectMapper mapper;
  private BenchDecoding sdk;
  private ApiResponseDecoder stock;

  @Setup(Level.Trial)
  public void setUp() {
    body = Fixtures.createMultipleResponse(100_000);
    mapper = Fixtures.plainMapper();
    sdk = new BenchDecoding();
    stock = new ApiResponseDecoder(new ApiClient().getObjectMapper());
  }

  /** Plain databind from the same bytes as a stream (both sides read a stream, as from the network). */
  @Benchmark
  public RawModels.CreateMultipleResponse rawDatabind() throws Exception {
    return mapper.readValue(
        new java.io.ByteArrayInputStream(body), RawModels.CreateMultipleResponse.class);
  }

  @Benchmark
  public Object sdk() {
    return sdk.decode(body);
  }

  @Benchmark
  public Object stock() throws Exception {
    return stock.decode(
        StockDecoding.response(body),
        com.coupontools.stock.model.MultipleSingleUseCreateResponse.class);
  }
}
