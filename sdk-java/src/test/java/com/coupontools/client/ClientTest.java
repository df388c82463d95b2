package com.coupontools.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.internal.BuildInfo;
import java.io.File;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The builder's contract and the client's coverage of the generated APIs. */
class ClientTest extends ClientTestSupport {

  @Test
  void credentialsFromTheEnvironment() throws Exception {
    CoupontoolsClient c = CoupontoolsClient.builder()
        .environment(Map.of(
            "COUPONTOOLS_CLIENT_ID", "env-id", "COUPONTOOLS_CLIENT_SECRET", "env-secret-value"))
        .credentialsFromEnvironment()
        .baseUrl(server.url("/").toString())
        .build();
    server.enqueue(json(
        "{\"status\":{\"status\":\"OK\"},\"amount_of_subaccounts\":\"0\",\"subaccounts\":[]}"));
    c.subaccounts().list();
    okhttp3.mockwebserver.RecordedRequest r = take();
    assertEquals("env-id", r.getHeader("X-Client-Id"));
    assertEquals("env-secret-value", r.getHeader("X-Client-Secret"));
  }

  @Test
  void missingCredentialsFailWithAnExplanation() {
    IllegalStateException e = assertThrows(
        IllegalStateException.class,
        () -> CoupontoolsClient.builder().environment(Map.of()).credentialsFromEnvironment());
    assertTrue(e.getMessage().contains("COUPONTOOLS_CLIENT_SECRET"));
    assertThrows(IllegalStateException.class, () -> CoupontoolsClient.builder().build());
    assertThrows(
        IllegalArgumentException.class, () -> CoupontoolsClient.builder().credentials("id", " "));
    IllegalArgumentException bad = assertThrows(
        IllegalArgumentException.class,
        () -> CoupontoolsClient.builder().credentials("id", "sec\nret-value"));
    assertFalse(bad.getMessage().contains("ret-value"), "the value is never quoted");
    assertThrows(
        IllegalArgumentException.class, () -> CoupontoolsClient.builder().baseUrl("ftp://x"));
    assertThrows(
        IllegalArgumentException.class, () -> CoupontoolsClient.builder().maxRetries(-1));
  }

  @Test
  void servicesAreSharedAndDerivedClientsKeepTheirOwnSettings() {
    CoupontoolsClient c = client();
    assertSame(c.campaigns(), c.campaigns());
    assertSame(c.async().campaigns(), c.async().campaigns());
    assertSame(c, c.async().sync());
    CoupontoolsClient form = c.withOptions(b -> b.bodyEncoding(BodyEncoding.FORM));
    assertTrue(form.toString().contains("FORM"));
    assertTrue(c.toString().contains("JSON"));
    assertEquals("CampaignsService", c.campaigns().toString());
  }

  /** A new tag in the spec gives a new service pair; the client must hand out both. */
  @Test
  void everyGeneratedServiceHasAnAccessor() throws URISyntaxException {
    File dir =
        new File(CoupontoolsClient.class.getResource("/com/coupontools/api").toURI());
    Set<String> generated = Arrays.stream(dir.list())
        .filter(n -> n.endsWith("Service.class"))
        .map(n -> n.replace(".class", ""))
        .collect(Collectors.toSet());
    Set<String> served = Arrays.stream(CoupontoolsClient.class.getMethods())
        .map(Method::getReturnType)
        .map(Class::getSimpleName)
        .collect(Collectors.toSet());
    Set<String> async = Arrays.stream(CoupontoolsClientAsync.class.getMethods())
        .map(Method::getReturnType)
        .map(Class::getSimpleName)
        .collect(Collectors.toSet());
    assertEquals(11, generated.size(), generated.toString());
    assertTrue(served.containsAll(generated), "missing accessors: " + generated);
    for (String s : generated) {
      assertTrue(async.contains(s + "Async"), "missing async accessor of " + s);
    }
  }

  @Test
  void theJarKnowsItsSpec() {
    assertEquals(64, BuildInfo.SPEC_SHA256.length(), BuildInfo.SPEC_SHA256);
    assertFalse(BuildInfo.VERSION.contains("${"));
    assertNotNull(List.of(BuildInfo.VERSION));
  }
}
