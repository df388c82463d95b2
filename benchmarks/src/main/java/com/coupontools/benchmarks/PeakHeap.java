package com.coupontools.benchmarks;

import com.coupontools.internal.BenchDecoding;
import com.coupontools.stock.invoker.ApiClient;
import com.coupontools.stock.invoker.ApiResponseDecoder;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Peak heap of decoding the 100,000-code response, measured as the smallest {@code -Xmx} (Serial
 * GC, 1 MB steps) with which a fresh JVM decodes it three times from a file stream (so that no
 * input buffer is counted). Run: {@code java -cp target/benchmarks.jar com.coupontools.benchmarks.PeakHeap}.
 */
public final class PeakHeap {
  private static final String[] VARIANTS = {"raw", "sdk", "stock"};

  public static void main(String[] args) throws Exception {
    if (args.length == 2) {
      child(args[0], Path.of(args[1]));
      return;
    }
    Path file = Fixtures.createMultipleFile(100_000).toAbsolutePath();
    System.out.printf("input: %s (%.1f MB)%n", file, Files.size(file) / 1e6);
    for (String v : VARIANTS) {
      int low = 8;
      int high = 1024;
      while (low < high) { // smallest passing -Xmx in [low, high]
        int mid = (low + high) / 2;
        if (runs(v, file, mid)) {
          high = mid;
        } else {
          low = mid + 1;
        }
      }
      System.out.printf("%-6s min -Xmx %4d MB%n", v, low);
    }
  }

  private static boolean runs(String variant, Path file, int mb) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + mb + "m",
        "-XX:+UseSerialGC",
        "-cp",
        System.getProperty("java.class.path"),
        PeakHeap.class.getName(),
        variant,
        file.toString()));
    Process p = new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    return p.waitFor() == 0;
  }

  private static void child(String variant, Path file) throws Exception {
    int size = (int) Files.size(file);
    Object keep = null;
    BenchDecoding sdk = new BenchDecoding();
    ApiResponseDecoder stock =
        "stock".equals(variant) ? new ApiResponseDecoder(new ApiClient().getObjectMapper()) : null;
    for (int i = 0; i < 3; i++) {
      keep = null; // the previous result is garbage before the next decode
      try (InputStream in = Files.newInputStream(file)) {
        switch (variant) {
          case "raw":
            keep = Fixtures.plainMapper().readValue(in, RawModels.CreateMultipleResponse.class);
            break;
          case "sdk":
            keep = sdk.decode(in, size);
            break;
          default:
            keep = stock.decode(
                StockDecoding.response(in, size),
                com.coupontools.stock.model.MultipleSingleUseCreateResponse.class);
        }
      }
    }
    System.exit(keep != null ? 0 : 2);
  }
}
