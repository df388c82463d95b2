package com.coupontools.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The SDK version and the hash of the spec bundle it was generated from (written by the build). */
public final class BuildInfo {
  public static final String VERSION;
  public static final String SPEC_SHA256;

  static {
    Properties p = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream("sdk.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // keep the defaults
    }
    VERSION = p.getProperty("version", "dev");
    String sha = "unknown";
    try (InputStream in = BuildInfo.class.getResourceAsStream("openapi.yaml-sdk.sha256")) {
      if (in != null) {
        sha = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).trim();
      }
    } catch (IOException e) {
      // keep "unknown"
    }
    SPEC_SHA256 = sha;
  }

  private BuildInfo() {}
}
